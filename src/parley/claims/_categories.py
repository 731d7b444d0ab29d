"""What a claim counts, and which assertion a verb makes once its object is read.

"captured 45 soldiers" holds people, "took back two villages" controls land, "sent 8,000
troops to the front" masses them; a figure counts what the words after it name (bodies
over the soldiers they were), a toll in a strike counts civilians.
"""

from __future__ import annotations

import re

from parley.claims import _lexicon as lex
from parley.claims._quantities import Mention
from parley.claims._verbs import Window
from parley.domain.claims import AssertionType, Category

__all__ = ["category_for", "category_in", "refine"]

_PASSIVE = re.compile(r"\b(?:were|was|been|are|is|be)\s+$", re.I)
_SOLDIERS = r"(?:soldiers|servicemen|military personnel|prisoners of war|pows|troops)"
_BOTH_KINDS = re.compile(
    rf"\b{_SOLDIERS}\s+(?:and|or)\s+civilians\b|\bcivilians\s+(?:and|or)\s+{_SOLDIERS}", re.I
)
_MOVED = (
    AssertionType.HANDED_OVER,
    AssertionType.RECEIVED,
    AssertionType.RETURNED,
    AssertionType.EXCHANGED,
)
# With no figure, the thing counted must be the verb's object, a few words on.
_OBJECT_WORDS = 5
_NOT_PEOPLE = re.compile(
    r"^\s*(?:the\s+|their\s+|its\s+)?(?:lists?|names|documents|data|information|proposals)\b",
    re.I,
)
_REMAINS_OF = re.compile(r"\b(?:bodies|remains) of\s+(?:\w+\s+)?$", re.I)
_TAKING = re.compile(r"captured|seized|took|taken", re.I)
_BACK = re.compile(r"(?:took|taken|take|takes|taking|got|get|gets|getting) back", re.I)
_SENT = re.compile(r"sent|sends|sending|transferred|transfers|transferring", re.I)
_ARMY = re.compile(r"\b(?:troops|forces|reinforcements|units|brigades)\b", re.I)
_CAPTIVE = re.compile(r"\b(?:back|captured|captive|prisoners?|pows?|bod(?:y|ies)|remains)\b", re.I)
# "our people are home", "the defenders had come home": the subject came, named before.
_COPULA = re.compile(
    r"(?:are|is|were|was|came|come|comes|coming|made it|make it|makes it|arrived|arriving)\b",
    re.I,
)
# A strike, or a death toll, with no soldiers named counts the people where it fell.
_STRIKE = re.compile(
    r"\b(?:strikes?|struck|attacks?|shelling|missiles?|drones?|bombing|air ?raids?|hit|"
    r"death toll)\b",
    re.I,
)
_STATE = re.compile(r"in |remain", re.I)
_SHARE_OF_LAND = re.compile(
    r"\s+(?:(?:just |slightly )?(?:under|over)\s+|about\s+|roughly\s+|nearly\s+|almost\s+|"
    r"some\s+|more than\s+|less than\s+)?(?:a|one)[- ](?:fifth|quarter|third|half|tenth)\s+of\s+"
    r"(?:the country|ukraine|its territory|the region|(?-i:[A-Z])\w+)\b",
    re.I,
)
_EVENT = re.compile(
    # "agreed to continue humanitarian exchanges", "to hold another swap".
    r"^(?:to |on |in )?(?:(?:continue|hold|resume|carry out|conduct|stage|organi[sz]e|work|"
    r"towards|toward|seek|pursue|the|a|an|"
    r"any|another|more|new|next|further|humanitarian|regular|future|fresh)\s+){0,4}"
    r"(?:exchanges?|swaps?|handovers?|transfers?|deal|ceasefire|truce|talks)\b",
    re.I,
)
_TOLD_PRESS = re.compile(r"\b(?:telling|told)\s+(?:reporters|journalists)\b", re.I)
_A_SWAP_WORD = re.compile(r"\b(?:swap|exchange)\b", re.I)
_BECAUSE = re.compile(r"\b(?:because|after|since|as|when|so)\b", re.I)
_FREEING = re.compile(r"fre(?:e|ed|es|eing|edom of)\b|releas(?:ed|es|ing|e of)\b", re.I)
# "seized Kupiansk", "took control of the northern part of Bakhmut": a place named by its
# name (a capital, and no party's), after the verb.
_NOT_PLACES = "|".join(sorted((re.escape(n) for n in lex.PARTIES), key=len, reverse=True))
_PLACE_NAMED = re.compile(
    r"^\s*(?:(?:full|total|complete|effective)\s+)?(?:control\s+)?(?:(?:of|over)\s+)?"
    r"(?:(?:the|most|all|much|half|parts?|rest|outskirts|centre|center|[a-z]+ern|central)\s+"
    r"(?:of\s+)?)*(?:(?:city|town|village|port|district)\s+of\s+)?"
    rf"(?!(?i:{_NOT_PLACES})\b)(?-i:[A-Z][a-z]{{3,}})\b",
    re.I,
)
# "denied that Novoselivka had fallen": a place named as the subject.
_PLACE_SUBJECT = re.compile(
    rf"(?<![\w'])(?!(?i:{_NOT_PLACES})\b)(?-i:[A-Z][a-z]{{3,}})\s+(?:had|has|have)\s+(?:been\s+)?$"
)
_PEOPLE = (Category.POW, Category.CIVILIAN, Category.PRISONER, Category.REMAINS)


def refine(assertion: AssertionType, content: str, w: Window) -> AssertionType:
    """Holding land is controlling territory: "its forces hold 5,000 square kilometres";
    capturing people is holding them: "captured 45 Russian soldiers"."""
    if assertion is AssertionType.TERRITORY_CONTROLLED and _TAKING.fullmatch(
        content[w.start : w.end]
    ):
        obj = " ".join(content[w.end : w.stop].split()[:_OBJECT_WORDS])
        if category_in(obj) in (*_PEOPLE, Category.TROOPS):
            return AssertionType.HOLDS
    obj = " ".join(content[w.end : w.stop].split()[: _OBJECT_WORDS + 2])
    # "held in Russian-occupied territory" is where people are held, not land held.
    held_in = re.match(r"\s*(?:in|to)\b", content[w.end : w.stop], re.I)  # or "deported to"
    if assertion is AssertionType.HOLDS and category_in(obj) is Category.TERRITORY and not held_in:
        return AssertionType.TERRITORY_CONTROLLED
    # "Russian forces now held just under a fifth of the country": a share of land.
    if assertion is AssertionType.HOLDS and _SHARE_OF_LAND.match(content, w.end):
        return AssertionType.TERRITORY_CONTROLLED
    word = content[w.start : w.end]
    # "took back two villages": land won back, not people received.
    if _BACK.fullmatch(word) and category_in(obj) is Category.TERRITORY:
        return AssertionType.TERRITORY_CONTROLLED
    # "sent 10,000 more troops to the front": a deployment, not a handover of prisoners.
    if _SENT.fullmatch(word) and _ARMY.search(obj) and not _CAPTIVE.search(obj):
        return AssertionType.TROOPS_MASSED
    return assertion


def category_for(
    assertion: AssertionType, content: str, w: Window, mention: Mention | None, upto: int
) -> Category | None:
    """What a figure counts (the words after it first), or None if the verb counts nothing."""
    after, before = content[w.end : w.stop], content[w.since : w.start]
    if mention is None and _NOT_PEOPLE.match(after):
        return None  # "exchanged lists of missing persons"
    # What was agreed may come after a verb and its adjectives: "to exchange all wounded prisoners".
    reach = _OBJECT_WORDS + 8 if assertion is AssertionType.AGREED else _OBJECT_WORDS
    obj = " ".join(after.split()[:reach])
    passive = (
        _PASSIVE.search(before) and not content[w.start : w.end].endswith("ing")
    ) or _COPULA.match(content[w.start : w.end])
    # "the prisoners were exchanged": the subject is what was moved; "keeping 40 clergy in
    # detention": the people held come before the state they are held in.
    if passive or _STATE.match(content[w.start : w.end]):
        obj = " ".join(before.split()[-_OBJECT_WORDS:])
    near = [content[mention.start : upto], after, before] if mention else [obj]
    if assertion in lex.FIELD_ASSERTIONS:
        return _field(lex.FIELD_ASSERTIONS[assertion], content, (after, before), mention)
    if mention is not None and _REMAINS_OF.search(content[: mention.start]):
        return Category.REMAINS  # "the bodies of 45 servicemen"
    if assertion is AssertionType.KILLED:
        return _killed(after + " " + before, mention, content[w.end :], content[w.since : w.stop])
    if assertion is AssertionType.POSTPONED:
        # "... because it had cancelled the handover": a reason starts its own clause.
        since = _BECAUSE.split(before)[-1]
        # "holding up the exchange, telling reporters ...": whom it told is not what was delayed.
        held = _TOLD_PRESS.sub(" ", after)
        return category_in(held) or category_in(since) or Category.OTHER
    found = next((c for t in near if (c := category_in(t))), None)
    if (
        assertion is AssertionType.EXCHANGED
        and found is None
        and mention is None
        and _A_SWAP_WORD.search(content, max(0, w.start - 9), w.end)
    ):
        return Category.OTHER  # "the exchange was carried out": an exchange of no one named
    if assertion is AssertionType.AGREED and found is None and _EVENT.match(obj):
        return Category.OTHER  # "had not agreed to the exchange": an agreement on no one named
    if (assertion in _MOVED or assertion is AssertionType.HOLDS) and found is Category.TROOPS:
        return Category.POW  # troops handed over, come home or held are prisoners of war
    if assertion in _MOVED and found is Category.TERRITORY:
        return None  # "(civilians of the Kursk region) were now home": land does not move
    if found is None and mention is not None and _FREEING.match(content[w.start : w.end]):
        return Category.PRISONER  # "freed 45 Crimean Tatars": only the living are freed
    if assertion is AssertionType.HOLDS and found not in _PEOPLE:
        return None  # "holds 50,000 open cases" is not about people held
    return found


def _field(
    wanted: Category, content: str, around: tuple[str, str], mention: Mention | None
) -> Category | None:
    """Troops or land: named anywhere around the verb ("denied that Kupiansk had fallen,
    saying its troops were still clearing the town"), or counted by its figure; a figure of
    people ("200 soldiers had fallen") is no count of land."""
    if mention is not None:
        counted = category_in(" ".join(content[mention.end :].split()[:2]))
        return None if wanted is Category.TERRITORY and counted in _PEOPLE else wanted
    if wanted is Category.TERRITORY and (
        _PLACE_NAMED.match(around[0]) or _PLACE_SUBJECT.search(around[1])
    ):
        return wanted  # "controlled the northern part of Kupiansk": a place is land
    return wanted if any(_has(wanted, t) for t in around) else None


def _has(category: Category, text: str) -> bool:
    return any(c is category and pat.search(text) for c, pat in lex.CATEGORIES)


def _killed(text: str, mention: Mention | None, rest: str, window: str) -> Category | None:
    if re.search(r"\b(prisoners? of war|pows?)\b", text, re.I):
        return Category.POW  # killing prisoners of war, not losses in battle
    if re.search(r"\b(prisoners?|captives?)\b", text, re.I):
        return Category.PRISONER  # "prisoners" without "of war" may be of either kind
    if re.search(r"\b(captured|surrender(?:ed|ing)?)\b", text, re.I):
        return Category.POW  # "captured soldiers": taken in battle
    if re.search(r"\b(?:civilians?|child(?:ren)?|women|residents|people)\b", text, re.I):
        return Category.CIVILIAN  # "shelling killed two children": casualties named as people
    # "in captivity" is itself a verb of holding, so it is looked for past the window.
    if re.search(r"^\s+in (?:\w+ )?(?:captivity|custody|detention)\b", rest, re.I):
        return Category.POW  # "two servicemen died in Russian captivity": held, not in battle
    soldiers = re.search(r"\b(soldiers|troops|servicemen|men|fighters)\b", text, re.I)
    if not soldiers and _STRIKE.search(window):
        return Category.CIVILIAN  # "the death toll from the strike rose to 23": where people live
    if mention is not None or soldiers:
        return Category.TROOPS
    return None


def category_in(text: str) -> Category | None:
    """The category the first counted noun in `text` names; remains win, "soldiers and
    civilians" are prisoners of either kind."""
    hits = [(m.start(), c) for c, pat in lex.CATEGORIES if (m := pat.search(text))]
    # Remains win over the people they belonged to ("bodies of soldiers").
    if any(c is Category.REMAINS for _s, c in hits):
        return Category.REMAINS
    if _BOTH_KINDS.search(text):
        return Category.PRISONER  # "soldiers and civilians": prisoners of either kind
    return min(hits, key=lambda h: h[0])[1] if hits else None
