"""Reading one clause: assertion verbs, the figures that belong to each, and what they count."""

from __future__ import annotations

import re

from parley.claims import _lexicon as lex
from parley.claims._quantities import Mention
from parley.claims._verbs import Window, skip, triggers
from parley.domain.claims import AssertionType, Category

__all__ = [
    "Window",
    "category_for",
    "drop_breakdowns",
    "merge_for",
    "pick",
    "refine",
    "skip",
    "triggers",
]

_FOR = re.compile(r"^\s*for\s*$", re.I)
# "185 soldiers and 20 civilians": figures joined like this share one verb.
_JOINED = re.compile(r"^[\w\s'-]{0,40}?\b(?:and|plus|as well as)\s+(?:a further\s+|another\s+)?$")
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
_CLOSE_WORDS = 6
# With no figure, the thing counted must be the verb's object, a few words on.
_OBJECT_WORDS = 5
_NOT_PEOPLE = re.compile(
    r"^\s*(?:the\s+|their\s+|its\s+)?(?:lists?|names|documents|data|information|proposals)\b",
    re.I,
)
# "... and 19 had been sent back": a figure followed by an auxiliary is the next verb's subject.
# "... held 8,000 and had returned 1,000": "and had" goes on with the same subject.
_SUBJECT_OF_NEXT = re.compile(
    r"^\s*(?:(?!and\b|but\b|or\b)[a-z]+\s+)?(?:had|has|have|were|was|are|is|will|would)\b"
    r"(?=[^,.;]*$)",
    re.I,
)
_REMAINS_OF = re.compile(r"\b(?:bodies|remains) of\s+(?:\w+\s+)?$", re.I)
_BREAKDOWN = re.compile(
    r"\b(?:among them|among whom|including|included|includes|of whom|of them|of which|"
    r"incl\.)\s+"
    r"(?:(?:some|about|around|nearly|more than|over|at least|up to)\s+)?$|\(\s*$",
    re.I,
)
_LISTED = re.compile(
    r"\b(?:lists?|names|requests?|applications?) of\s+(?:some\s+|about\s+)?$", re.I
)
_NEXT_NOUN = re.compile(r"\s+([a-z]{3,}s)\b")  # lower case: "78 Ukrainians" names people
_NOT_NOUNS = {"was", "has", "this", "plus", "less", "across", "thus", "unless", "whereas"}
# "in exchange for 84 Ukrainian prisoners": the other side's figure, not this verb's claim.
_COUNTER = re.compile(
    r"\b(?:in (?:exchange|return) for|(?:exchanged|swapped|traded) for)\s+(?:the\s+|another\s+)?$",
    re.I,
)
# "40 of the 200 civilians", "any of the 14 children", "a handful of the 19,000": the whole
# a part is taken from.
_WHOLE = re.compile(r"^\s+of\s+(?:the|its|their|those|these)\s+$", re.I)
_PART_OF = re.compile(
    r"\b(?:a handful|a few|some|several|many|most|few|a fraction|a small number|a number)\s+"
    r"of\s+(?:the|its|their|those|these)\s+$",
    re.I,
)
_TAKING = re.compile(r"captured|seized|took|taken", re.I)
# "our people are home", "the defenders had come home": the subject came, named before.
_COPULA = re.compile(
    r"(?:are|is|were|was|came|come|comes|coming|made it|make it|makes it|arrived|arriving)\b",
    re.I,
)
_EVENT = re.compile(
    r"^(?:to |on |in )?(?:the |a |an |any )?(?:new |next |further )?"
    r"(?:exchanges?|swaps?|handovers?|transfers?|deal|ceasefire|truce|talks)\b",
    re.I,
)
_BECAUSE = re.compile(r"\b(?:because|after|since|as|when|so)\b", re.I)
_FREEING = re.compile(r"fre(?:e|ed|es|eing|edom of)\b|releas(?:ed|es|ing|e of)\b", re.I)
_PEOPLE = (Category.POW, Category.CIVILIAN, Category.PRISONER, Category.REMAINS)
# "reports of a troop build-up were pure fiction": the report is denied after the fact.
_CALLED_FALSE = re.compile(
    r"^[^.;]{0,60}?\b(?:were|was|are|is)\s+[\"“']?(?:pure\s+|complete\s+|a\s+|an\s+|"
    r"utter\s+|totally\s+)?(?:fiction|false|fake|untrue|lies?|baseless|groundless|nonsense|"
    r"fabricat\w+|invent\w+)\b",
    re.I,
)


def drop_breakdowns(mentions: list[Mention], content: str) -> list[Mention]:
    """ "390 Ukrainians, among them 120 civilians": a breakdown belongs to the figure before it;
    "a list of 500 names" counts names on paper, not people moved; "40 of the 200" states 40;
    "in exchange for 84 prisoners" states what the other side gave."""
    return [
        m
        for i, m in enumerate(mentions)
        if not (i and _BREAKDOWN.search(content[mentions[i - 1].end : m.start]))
        and not (i and _WHOLE.match(content[mentions[i - 1].end : m.start]))
        and not _PART_OF.search(content[: m.start])
        and not _LISTED.search(content[: m.start])
        and not _COUNTER.search(content[: m.start])
        and not _counts_other(m, content)
    ]


def _counts_other(m: Mention, content: str) -> bool:
    """ "received 200 requests", "the DNA of 500 relatives": a figure right before a plural
    noun that names nothing the ledger counts is a count of that, not of people moved."""
    if m.quantity.unit:
        return False
    noun = _NEXT_NOUN.match(content, m.end)
    if noun is None:
        return False
    return noun[1].lower() not in _NOT_NOUNS and _category_in(noun[1]) is None


def refine(assertion: AssertionType, content: str, w: Window) -> AssertionType:
    """Holding land is controlling territory: "its forces hold 5,000 square kilometres";
    capturing people is holding them: "captured 45 Russian soldiers"."""
    if assertion is AssertionType.TERRITORY_CONTROLLED and _TAKING.fullmatch(
        content[w.start : w.end]
    ):
        obj = " ".join(content[w.end : w.stop].split()[:_OBJECT_WORDS])
        if _category_in(obj) in (*_PEOPLE, Category.TROOPS):
            return AssertionType.HOLDS
    if assertion is AssertionType.HOLDS:
        obj = " ".join(content[w.end : w.stop].split()[: _OBJECT_WORDS + 2])
        if _category_in(obj) is Category.TERRITORY:
            return AssertionType.TERRITORY_CONTROLLED
    return assertion


def merge_for(mentions: list[Mention], content: str) -> list[Mention]:
    """ "1,000 for 1,000" states one figure, not two."""
    out: list[Mention] = []
    for m in mentions:
        if out and _FOR.match(content[out[-1].end : m.start]) and out[-1].quantity == m.quantity:
            continue
        out.append(m)
    return out


def pick(mentions: list[Mention], used: set[int], content: str, w: Window) -> list[Mention]:
    """The figures a verb states: those right after it, else those just before ("84 were freed")."""
    free = [m for m in mentions if m.start not in used]
    after = [
        m
        for m in free
        if w.end <= m.start < w.stop
        and _close(content[w.end : m.start])
        and not _SUBJECT_OF_NEXT.match(content[m.end : w.stop])
    ]
    before = [m for m in free if w.since <= m.start < w.start]
    # "757 bodies had been returned to Ukraine and 35 to Russia": a passive verb's figure is
    # its subject, before it.
    passive = _PASSIVE.search(content[w.since : w.start]) and before
    chosen = _chain(after, content) if after and not passive else _chain(before[::-1], content)
    used.update(m.start for m in chosen)
    return sorted(chosen, key=lambda m: m.start)


def _close(gap: str) -> bool:
    return "," not in gap and len(gap.split()) <= _CLOSE_WORDS


def _chain(ordered: list[Mention], content: str) -> list[Mention]:
    if not ordered:
        return []
    chain = [ordered[0]]
    for m in ordered[1:]:
        first, second = sorted((chain[-1], m), key=lambda x: x.start)
        if not _JOINED.match(content[first.end : second.start]):
            break
        chain.append(m)
    return chain


def category_for(
    assertion: AssertionType, content: str, w: Window, mention: Mention | None, upto: int
) -> Category | None:
    """What a figure counts (the words after it first), or None if the verb counts nothing."""
    after, before = content[w.end : w.stop], content[w.since : w.start]
    if mention is None and _NOT_PEOPLE.match(after):
        return None  # "exchanged lists of missing persons"
    # What was agreed may come after a verb and its adjectives: "to exchange all wounded prisoners".
    reach = _OBJECT_WORDS + 3 if assertion is AssertionType.AGREED else _OBJECT_WORDS
    obj = " ".join(after.split()[:reach])
    passive = (
        _PASSIVE.search(before) and not content[w.start : w.end].endswith("ing")
    ) or _COPULA.match(content[w.start : w.end])
    if passive:  # "the prisoners were exchanged": the subject is what was moved
        obj = " ".join(before.split()[-_OBJECT_WORDS:])
    near = [content[mention.start : upto], after, before] if mention else [obj]
    if assertion in lex.FIELD_ASSERTIONS:
        wanted = lex.FIELD_ASSERTIONS[assertion]
        noun = any(_category_in(t) == wanted for t in (after, before))
        return wanted if noun or mention is not None else None
    if mention is not None and _REMAINS_OF.search(content[: mention.start]):
        return Category.REMAINS  # "the bodies of 45 servicemen"
    if assertion is AssertionType.KILLED:
        return _killed(after + " " + before, mention, content[w.end :])
    if assertion is AssertionType.POSTPONED:
        # "... because it had cancelled the handover": a reason starts its own clause.
        since = _BECAUSE.split(before)[-1]
        return _category_in(after) or _category_in(since) or Category.OTHER
    found = next((c for t in near if (c := _category_in(t))), None)
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


def _killed(text: str, mention: Mention | None, rest: str) -> Category | None:
    if re.search(r"\b(prisoners?|pows?|captives?|captured|surrender(?:ed|ing)?)\b", text, re.I):
        return Category.POW  # killing prisoners, not losses in battle
    if re.search(r"\b(?:civilians?|child(?:ren)?|women|residents|people)\b", text, re.I):
        return Category.CIVILIAN  # "shelling killed two children": casualties named as people
    # "in captivity" is itself a verb of holding, so it is looked for past the window.
    if re.search(r"^\s+in (?:\w+ )?(?:captivity|custody|detention)\b", rest, re.I):
        return Category.POW  # "two servicemen died in Russian captivity": held, not in battle
    if mention is not None or re.search(r"\b(soldiers|troops|servicemen)\b", text, re.I):
        return Category.TROOPS
    return None


def _category_in(text: str) -> Category | None:
    hits = [(m.start(), c) for c, pat in lex.CATEGORIES if (m := pat.search(text))]
    # Remains win over the people they belonged to ("bodies of soldiers").
    if any(c is Category.REMAINS for _s, c in hits):
        return Category.REMAINS
    if _BOTH_KINDS.search(text):
        return Category.PRISONER  # "soldiers and civilians": prisoners of either kind
    return min(hits, key=lambda h: h[0])[1] if hits else None


def negated(content: str, w: Window) -> bool:
    """Whether the verb is denied ("did not hand over"); "not ... any" is a zero, not a denial."""
    if re.search(
        r"\b(?:not|never|yet to|failed to|refused to)\s+(?:\w+\s+){0,3}?(?:any|a single)\b|"
        r"\bnot (?:one|single)\b",
        content[w.since :],
        re.I,
    ):
        return False
    if _CALLED_FALSE.match(content[w.end : w.stop]):
        return True
    # "could not confirm reports that ..." doubts the report; it does not deny the act.
    before = lex.UNVERIFIABLE.sub(" ", content[w.since : w.start])
    denial = (
        r"\b(not|never|no longer|denied|didn't|hadn't|wasn't|refus(?:ed|ing|es|al)|"
        r"declin(?:ed|ing)|failed|"
        r"(?:has|have|had) yet to)\b"
    )
    return bool(re.search(denial, before, re.I))
