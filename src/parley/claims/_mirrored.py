"""A swap told side by side.

A figure stated once for each side ("the release of 150 Ukrainian and 150 Russian
prisoners") is each side freeing 150, an exchange, which the bench counts once; a swap
named without a figure and then broken down by side ("swapped bodies, with Ukraine
receiving 757 and Russia 34") is told by its two movements.
"""

from __future__ import annotations

import re

from parley.claims._quantities import Mention
from parley.claims.draft import DraftClaim
from parley.domain.claims import AssertionType

__all__ = ["mirrored", "told_by_side"]

_SIDEWAYS = (AssertionType.HANDED_OVER, AssertionType.RECEIVED, AssertionType.RETURNED)

_SIDE = r"(?P<side>ukrainians?|russians?)"
# The first figure and its side, up to the "and" before the second: "150 Ukrainian and ".
_FIRST = re.compile(rf"^[\d,.]+\s+{_SIDE}\s*,?\s+(?:and|as well as)\s+$", re.I)
_SECOND = re.compile(rf"^[\d,.]+\s+{_SIDE}\b", re.I)


def mirrored(figures: list[Mention], content: str) -> bool:
    """Whether two figures are one number of each side's people ("150 Ukrainian and 150
    Russian prisoners of war", "84 Russians and 84 Ukrainians")."""
    if len(figures) != 2:
        return False
    first, second = figures
    same = (first.quantity.value, first.quantity.qualifier) == (
        second.quantity.value,
        second.quantity.qualifier,
    )
    one = _FIRST.match(content[first.start : second.start])
    other = _SECOND.match(content[second.start :])
    if not same or one is None or other is None:
        return False
    return one["side"].lower().rstrip("s") != other["side"].lower().rstrip("s")


def told_by_side(drafts: list[DraftClaim]) -> list[DraftClaim]:
    """Without a swap that has no figure when the movements after it give each side's."""
    counted = [
        i
        for i, d in enumerate(drafts)
        if d.assertion in _SIDEWAYS and d.quantity is not None and d.direction is not None
    ]
    return [
        d
        for i, d in enumerate(drafts)
        if not (
            d.assertion is AssertionType.EXCHANGED
            and d.quantity is None
            and not d.negated
            and len({drafts[j].direction for j in counted if j > i}) == 2
        )
    ]
