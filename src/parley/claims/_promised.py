"""Movements promised rather than made: "under the deal, Russia will hand over 6,000 bodies".

The bench records a handover or swap a deal promises as what was agreed, without a
direction: nothing has moved yet.
"""

from __future__ import annotations

import re

from parley.claims._verbs import Window
from parley.domain.claims import AssertionType

__all__ = ["promised"]

_MOVES = (
    AssertionType.HANDED_OVER,
    AssertionType.RECEIVED,
    AssertionType.RETURNED,
    AssertionType.EXCHANGED,
)
# "will also hand over", "would be freed", "are to be returned": a movement still to come.
_TO_COME = re.compile(
    r"\b(?:will|would|shall|(?:is|are) to|(?:is|are) (?:due|expected|set|scheduled) to)\s+"
    r"(?:also\s+|then\s+|now\s+|each\s+|both\s+)?"
    r"(?:be\s+)?$",
    re.I,
)
# "under the deal", "under an agreement reached in Istanbul", "as part of the accord".
_UNDER_A_DEAL = re.compile(
    r"\b(?:under|as part of|in line with|according to)\s+(?:the|a|an|this|that|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|arrangement|memorandum|formula|terms|framework|"
    r"understanding|plan)\b",
    re.I,
)
# "the sides agreed that Russia would hand over ...": what was agreed is still to come.
_AGREED_THAT = re.compile(r"\bagree(?:d|s)?\s+(?:\w+\s+){0,3}?that\b[^.;]*$", re.I)


def promised(assertion: AssertionType, content: str, w: Window) -> AssertionType:
    """ "agreed" for a movement a deal promises; the assertion as it was otherwise."""
    if assertion not in _MOVES or not _TO_COME.search(content[w.since : w.start]):
        return assertion
    if _UNDER_A_DEAL.search(content) or _AGREED_THAT.search(content[: w.start]):
        return AssertionType.AGREED
    return assertion
