"""The whole a part is taken from, when the sentence says who holds it: "fewer than 50 of the
more than 1,600 civilians held by Russia have been released" also states 1,600 held.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.claims._categories import category_in
from parley.claims._quantities import Mention
from parley.claims.draft import DraftClaim
from parley.domain.claims import AssertionType, Category

__all__ = ["held_wholes"]

_OF_THE = re.compile(r"\bof\s+(?:the|its|their|those)\s+$", re.I)
_HELD_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:still\s+)?(?:held|detained|imprisoned|kept)\s+(?:by|in)\b|"
    r"\s*(?:[\w-]+\s+){0,3}?(?:still\s+)?in\s+(?:\w+\s+)?(?:captivity|custody|detention)\b",
    re.I,
)
_PEOPLE = (Category.CIVILIAN, Category.POW, Category.PRISONER)


def held_wholes(
    drafts: list[DraftClaim], mentions: list[Mention], content: str
) -> list[DraftClaim]:
    """`drafts` and a holding claim for each whole held ("of the 1,600 civilians held by
    Russia"), told by the same source as the part's claim."""
    if not drafts:
        return drafts
    held = []
    for m in mentions:
        if not (_OF_THE.search(content, 0, m.start) and _HELD_AFTER.match(content, m.end)):
            continue
        noun = category_in(" ".join(content[m.start :].split()[:5]))
        if noun in _PEOPLE and not any(d.quantity == m.quantity for d in drafts):
            held.append(
                replace(
                    drafts[0],
                    assertion=AssertionType.HOLDS,
                    category=noun,
                    quantity=m.quantity,
                    direction=None,
                    negated=False,
                    start=m.start,
                    end=m.end,
                )
            )
    return drafts + held
