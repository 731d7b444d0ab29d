"""Which verbs in a clause assert something: triggers, and verbs that fold into a neighbour.

A verb that is the object or subject of its neighbour ("agreed to return", "delayed the
handover of") makes one claim with it; which uses of a verb assert nothing is `_skip`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.claims._triggers import TRIGGERS
from parley.domain.claims import AssertionType

__all__ = ["TOTAL", "Window", "triggers"]

_SUBJECT_OF = re.compile(
    r"^(?:(?!, )[^;]){0,60}\b(?:had been|has been|was|were|is|are|been)\s+$", re.I
)
# "delayed the handover of", "dragging its feet over the exchange of": the delay is of it.
_THE = re.compile(r"^\s+(?:the\s+)?$", re.I)
_NOT_HELD = re.compile(r"did not|didn't|failed to|fell through", re.I)
_GERUND = re.compile(r"\w+ing\b", re.I)
_DELAYED = re.compile(r"^\s+(?:(?:over|on|in|with)\s+)?(?:the|a|an|its|their)\s+$", re.I)
# "agreed to return", "agreed in Istanbul to swap": what was agreed is one claim with it.
_AGREED_TO = re.compile(r"^(?:,[^,.;]{1,40},)?[^,.;]{0,40}?\b(?:to|on)\s+(?:\w+\s+)?$", re.I)
# "agreed to exchange 1,200 prisoners and to repatriate 3,000 bodies": both were agreed.
_AND_TO = re.compile(r"^(?:[^,.;]|,(?=\d)){0,60}?\band\s+(?:also\s+)?to\s+(?:\w+\s+)?$", re.I)
# "holding 8,000 Ukrainians in captivity": a state after a verb's object is where it happened.
_STATE = re.compile(r"in\s", re.I)
_NO_BREAK = re.compile(
    r"^(?!.*\b(?:are|is|were|was|remain\w*|still|and)\b)(?:[^,;.]|(?<=\d)[,.](?=\d))*$", re.I
)
# "the total freed through its mediation had reached 5,725": a running total over both ways,
# sharing neither the way nor the people of the claim before it.
TOTAL = re.compile(
    r"\b(?:the|a|its|their) (?:(?:total|overall (?:number|total)|tally|cumulative (?:number|total))"
    r"(?: number)?|"
    # "bringing the number of captives released through its mediation to 6,089".
    r"(?:total |overall |cumulative )?number of (?:[\w-]+ ){1,3}?)\s*$",
    re.I,
)


@dataclass(frozen=True)
class Window:
    """Around one verb: from the previous verb's end, the verb itself, to the next verb."""

    since: int
    start: int
    end: int
    stop: int


def triggers(content: str) -> list[tuple[AssertionType, int, int]]:
    """Assertion verbs in order; a span taken by an earlier pattern is not read twice."""
    found: list[tuple[AssertionType, int, int]] = []
    for assertion, pattern in TRIGGERS:
        for m in pattern.finditer(content):
            if not any(s < m.end() and m.start() < e for _a, s, e in found):
                found.append((assertion, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    kept = [t for i, t in enumerate(found) if not _folded(found, i, content)]
    return [_agreed_too(kept, i, content) for i in range(len(kept))]


def _agreed_too(
    kept: list[tuple[AssertionType, int, int]], i: int, content: str
) -> tuple[AssertionType, int, int]:
    """ "agreed to exchange 1,200 prisoners and to repatriate 3,000 bodies": the second verb
    is agreed as well, a claim of its own."""
    kind, start, end = kept[i]
    if (
        i
        and kept[i - 1][0] is AssertionType.AGREED
        and _AND_TO.match(content[kept[i - 1][2] : start])
    ):
        return AssertionType.AGREED, start, end
    return kind, start, end


def _folded(found: list[tuple[AssertionType, int, int]], i: int, content: str) -> bool:
    """Whether verb `i` is the object or subject of its neighbour, which makes the one claim:
    "agreed to return 1,200", "delayed the handover of 1,200 bodies", "the handover of 1,212
    bodies had been delayed"."""
    _kind, start, end = found[i]
    if i:
        before, gap = found[i - 1][0], content[found[i - 1][2] : start]
        if before is AssertionType.AGREED and (_AGREED_TO.match(gap) or _THE.match(gap)):
            return True  # "agreed to return 1,200", "provides for the return of civilians"
        if before is AssertionType.POSTPONED and _DELAYED.match(gap):
            return True
        # "postponed taking back the bodies": what was put off is the verb after it.
        if before is AssertionType.POSTPONED and not gap.strip() and _GERUND.match(content, start):
            return True
        # "holding 8,000 Ukrainians in captivity", "killed 177 prisoners in captivity": the
        # state says where the verb before it happened, unless a verb of its own comes between.
        if _STATE.match(content[start:end]) and _NO_BREAK.match(gap):
            return True
    if i + 1 < len(found) and found[i + 1][0] is AssertionType.POSTPONED:
        gap = content[end : found[i + 1][1]]
        later = content[found[i + 1][1] : found[i + 1][2]]
        return content[start:end].endswith(" of") and bool(
            _SUBJECT_OF.match(gap) or (_NOT_HELD.match(later) and "," not in gap)
        )
    return False
