"""Figures whose verb is left out: "Ukraine received 909 bodies and Russia 34", "757 were
returned to Ukraine and 35 to Russia".

Such a figure repeats the movement claimed just before it, with the party it names as
the one acting or as the end the people went to.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.claims import _lexicon as lex
from parley.claims._numbers import Mention
from parley.claims.draft import DraftClaim
from parley.domain.claims import AssertionType, Direction

__all__ = ["gapped"]

_NAMES = "|".join(sorted((re.escape(n) for n in lex.PARTIES), key=len, reverse=True))
# "... and Russia 34": the party before the figure acts as the verb before it did.
# "... and Russia 34", "... 500 bodies, Ukraine 43": the party before the figure acts.
_ACTOR = re.compile(rf"(?:\band|,)\s+(?:the\s+)?(?P<name>{_NAMES})\s+$", re.I)
# "... and 35 to Russia": the party after the figure is where they went.
_AND = re.compile(r"\band\s+$", re.I)
_END = re.compile(rf"^\s*(?:[a-z]+\s+)?(?:to|for)\s+(?:the\s+)?(?P<name>{_NAMES})\b", re.I)
_MOVED = (AssertionType.HANDED_OVER, AssertionType.RECEIVED, AssertionType.RETURNED)


def gapped(
    content: str, mentions: list[Mention], used: set[int], drafts: list[DraftClaim]
) -> list[DraftClaim]:
    """Claims for the figures no verb took that repeat the movement claimed before them."""
    out: list[DraftClaim] = []
    for m in mentions:
        earlier = [d for d in drafts if d.end <= m.start]
        if m.start in used or not earlier or earlier[-1].assertion not in _MOVED:
            continue
        direction = _direction(content, m, earlier[-1].assertion)
        if direction is not None:
            out.append(replace(earlier[-1], quantity=m.quantity, direction=direction, end=m.end))
    return out


def _direction(content: str, m: Mention, assertion: AssertionType) -> Direction | None:
    actor = _ACTOR.search(content[: m.start])
    end = _END.match(content[m.end :]) if _AND.search(content[: m.start]) else None
    named = actor or end
    code = lex.PARTIES.get(named["name"].lower()) if named else None
    other = lex.OTHER_SIDE.get(code or "")
    if code is None or other is None:
        return None
    if end is not None or assertion is AssertionType.RECEIVED:
        return Direction(other, code)  # it went to the party named
    return Direction(code, other)
