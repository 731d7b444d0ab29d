"""Assertions the bench names by how a movement is worded rather than by which way it went.

"1,000 bodies were repatriated", "Kyiv repatriated 757 bodies": a return, whoever's verb it
is; a mediator's "helped repatriate" keeps the handover it took part in.
"""

from __future__ import annotations

import re

from parley.domain.claims import AssertionType

__all__ = ["as_worded"]

_REPATRIATE = re.compile(r"repatriat", re.I)
# "the ICRC helped repatriate": a mediator's part in a handover, which keeps its name.
_HELPED = re.compile(r"\b(?:help(?:ed|s|ing)?|facilitat\w+|assist\w*)(?:\s+to)?\s+$", re.I)


def as_worded(assertion: AssertionType, content: str, start: int, since: int) -> AssertionType:
    """The assertion as the bench names it, given the verb starting at `start` and where the
    words since the previous verb begin."""
    if (
        assertion is AssertionType.HANDED_OVER
        and _REPATRIATE.match(content, start)
        and not _HELPED.search(content[since:start])
    ):
        return AssertionType.RETURNED
    return assertion
