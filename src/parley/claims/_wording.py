"""Assertions the bench names by how a movement is worded rather than by which way it went.

"1,000 bodies were repatriated", "Kyiv repatriated 757 bodies", "helped reunite 40 children
with their families": a return, whoever's verb it is; a mediator's running total ("has so far
helped repatriate") keeps the handover it took part in.
"""

from __future__ import annotations

import re

from parley.domain.claims import AssertionType

__all__ = ["as_worded"]

_REPATRIATE = re.compile(r"repatriat", re.I)
# "the ICRC helped repatriate": a mediator's part in a handover, which keeps its name.
_HELPED = re.compile(r"\b(?:help(?:ed|s|ing)?|facilitat\w+|assist\w*)(?:\s+to)?\s+$", re.I)


# "has so far helped reunite 119 children", "helped repatriate 2,000 bodies this year": a
# mediator's running total, which the bench counts as handed over, whichever way.
_RUNNING = re.compile(
    r"\b(?:so far|to date|this year|in total|altogether|from both sides|of both sides|"
    r"since (?:the |last )?(?:start|beginning|outbreak|war|invasion|spring|summer|autumn|winter|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"\d{4}))\b",
    re.I,
)
_REUNITE = re.compile(r"reunit", re.I)


def as_worded(assertion: AssertionType, content: str, start: int, since: int) -> AssertionType:
    """The assertion as the bench names it, given the verb starting at `start` and where the
    words since the previous verb begin."""
    moved = _REPATRIATE.match(content, start) or _REUNITE.match(content, start)
    if assertion not in (AssertionType.HANDED_OVER, AssertionType.RETURNED) or not moved:
        return assertion
    if _HELPED.search(content[since:start]) and _RUNNING.search(content):
        return AssertionType.HANDED_OVER
    return AssertionType.RETURNED
