"""Reading one clause: the figures that belong to each verb, breakdowns, and denials.

What a figure counts, and which assertion a verb makes once its object is read, is
`_categories`'s; which verbs assert and which do not, `_verbs` and `_skip`.
"""

from __future__ import annotations

import re

from parley.claims import _lexicon as lex
from parley.claims._categories import category_for, category_in, refine
from parley.claims._quantities import Mention
from parley.claims._skip import skip
from parley.claims._verbs import TOTAL, Window, triggers
from parley.domain.claims import Qualifier

_EACH_SIDE = re.compile(r"\s+(?:(?:from|on|for|by) each side|per side|apiece|each)\b", re.I)
__all__ = [
    "TOTAL",
    "Window",
    "category_for",
    "delayed_figures",
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
_CLOSE_WORDS = 6
_ASIDE = re.compile(r",\s+(?:through|with|via|thanks to|under)\s+[^,]{1,40},\s+", re.I)
# "... and 19 had been sent back": a figure followed by an auxiliary is the next verb's subject.
# "... held 8,000 and had returned 1,000": "and had" goes on with the same subject.
_SUBJECT_OF_NEXT = re.compile(
    r"^\s*(?:(?!(?:and|but|or|it|they|he|she|said|says|who|which|that)\b)[a-z]+\s+){0,4}?"
    r"(?:had|has|have|were|was|are|is|will|would)\b"
    r"(?=[^,.;]*$)",
    re.I,
)
_BREAKDOWN = re.compile(
    r"\b(?:among them|among whom|including|included|includes|of whom|of them|of which|"
    r"incl\.)\s+"
    # "including a priest and two journalists": the breakdown's later parts too.
    r"(?:(?:[\w-]+\s+){1,5}?(?:and|,)\s+|(?:an?|one)\s+[\w-]+(?:\s+[\w-]+)?(?:,\s+|\s+and\s+))?"
    r"(?:(?:some|about|around|nearly|more than|over|at least|up to)\s+)?$|\(\s*$",
    re.I,
)
# "Seventy defenders, 15 of them seriously wounded": a part named after the whole.
_OF_THEM = re.compile(r"\s+of (?:them|whom)\b", re.I)
_LISTED = re.compile(
    r"(?<!confirmed the )(?<!verified the )(?<!identified the )(?<!established the )"
    r"\b(?:lists?|names|requests?|applications?) of\s+(?:some\s+|about\s+)?$",
    re.I,
)
_NEXT_NOUN = re.compile(r"\s+([a-z]{3,}s)\b")  # lower case: "78 Ukrainians" names people
_NOT_NOUNS = {"was", "has", "this", "plus", "less", "across", "thus", "unless", "whereas"}
# A toll counts people by what befell them: "700,000 casualties", "13,000 civilian deaths".
_TOLL_NOUNS = {"casualties", "deaths", "fatalities", "losses"}
# "in exchange for 84 Ukrainian prisoners": the other side's figure, not this verb's claim.
_COUNTER = re.compile(
    lex.PAID_FOR + r"\s+(?:the\s+|another\s+)?$",
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
    parts = _parts_of_a_sum(mentions) | _totals_of_a_swap(mentions, content)
    return [
        m
        for i, m in enumerate(mentions)
        if i not in parts
        and not (i and _BREAKDOWN.search(content[mentions[i - 1].end : m.start]))
        and not (i and _WHOLE.match(content[mentions[i - 1].end : m.start]))
        and not _PART_OF.search(content[: m.start])
        and not _LISTED.search(content[: m.start])
        and not _COUNTER.search(content[: m.start])
        and not _counts_other(m, content)
        and not (i and _OF_THEM.match(content, m.end) and _set_off(mentions[i - 1], m, content))
    ]


def _set_off(whole: Mention, part: Mention, content: str) -> bool:
    """ "Seventy defenders, 15 of them wounded": a part set off by a comma right after its
    whole ("lost more than 400 of them" states the 400)."""
    gap = content[whole.end : part.start]
    return "," in gap and len(gap.split()) <= 4


def _totals_of_a_swap(mentions: list[Mention], content: str) -> set[int]:
    """ "600 prisoners were swapped, 300 from each side": the swap is counted per side, so the
    total before a per-side figure is dropped."""
    return {
        i - 1
        for i, m in enumerate(mentions)
        if i
        and _EACH_SIDE.match(content, m.end)
        and "," in content[mentions[i - 1].end : m.start]
        and ";" not in content[mentions[i - 1].end : m.start]
        # "swapped 390 each ..., which is to total 1,000 per side": a later figure of its own.
        and len(content[mentions[i - 1].end : m.start].split()) <= 6
    }


def _parts_of_a_sum(mentions: list[Mention]) -> set[int]:
    """ "390 of its citizens, 270 soldiers and 120 civilians": two or more exact figures that
    add up to the exact figure before them break it down."""
    parts: set[int] = set()
    for i, whole in enumerate(mentions):
        if whole.quantity.qualifier is not Qualifier.EXACT or i in parts:
            continue
        total = 0
        for j in range(i + 1, len(mentions)):
            part = mentions[j].quantity
            if part.qualifier is not Qualifier.EXACT or part.value is None:
                break
            total += part.value
            if total == whole.quantity.value and j > i + 1:
                parts.update(range(i + 1, j + 1))
    return parts


def _counts_other(m: Mention, content: str) -> bool:
    """ "received 200 requests", "the DNA of 500 relatives": a figure right before a plural
    noun that names nothing the ledger counts is a count of that, not of people moved."""
    if m.quantity.unit:
        return False
    noun = _NEXT_NOUN.match(content, m.end)
    if noun is None:
        return False
    word = noun[1].lower()
    return word not in _NOT_NOUNS | _TOLL_NOUNS and category_in(noun[1]) is None


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
    # "swapped on Sunday, 300 from each side": a per-side figure set off after the verb.
    after = (
        after
        or [m for m in free if w.end <= m.start < w.stop and _EACH_SIDE.match(content, m.end)][:1]
    )
    before = [m for m in free if w.since <= m.start < w.start]
    # "757 bodies had been returned to Ukraine and 35 to Russia": a passive verb's figure is
    # its subject, before it.
    passive = _PASSIVE.search(content[w.since : w.start]) and before
    chosen = _chain(after, content) if after and not passive else _chain(before[::-1], content)
    used.update(m.start for m in chosen)
    return sorted(chosen, key=lambda m: m.start)


# "postponed a planned exchange of 500 prisoners", "the handover of 1,212 bodies was delayed".
_EVENT_OF = re.compile(
    r"\b(?:exchange|swap|handover|hand-over|repatriation|transfer|return|release|bodie|"
    r"remain)s?\s+of\s+(?:the\s+)?(?:(?:first|last|remaining|next|other)\s+)?"
    r"(?:(?:some|about|around|nearly|almost|more than|over|at least|up to)\s+)?$",
    re.I,
)


def delayed_figures(
    mentions: list[Mention], used: set[int], content: str, w: Window
) -> list[Mention]:
    """A delay keeps the figure of the exchange or handover it delays, named around it."""
    chosen = [
        m
        for m in mentions
        if m.start not in used
        and w.since <= m.start < w.stop
        and _EVENT_OF.search(content[max(w.since, m.start - 60) : m.start])
    ][:1]
    used.update(m.start for m in chosen)
    return chosen


def _close(gap: str) -> bool:
    # "agreed, through its mediation, to exchange 10 clergymen": an aside between commas.
    gap = _ASIDE.sub(" ", gap)
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


def negated(content: str, w: Window) -> bool:
    """Whether the verb is denied ("did not hand over"); "not ... any" is a zero, not a denial."""
    if re.match(r"no\b", content[w.start : w.end], re.I):
        return True  # "no such deal had been reached"
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
