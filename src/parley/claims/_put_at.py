"""A figure put on a claim by a speaker: "who put their number at about 15,000", "while
Ukrainian analysts put the figure closer to 2,000".

Said of a claim with no figure, the figure is that claim's; said in a clause of its own, it
is the speaker's claim of the same thing with that figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.claims._quantities import find_quantities
from parley.claims.draft import DraftClaim
from parley.domain.claims import Source

__all__ = ["put_at"]

_PUT = re.compile(
    r"\b(?:put|puts|putting|placed|places)\s+(?:the|their|its|this|that)\s+"
    r"(?:number|figure|total|toll|count|tally|losses)\b",
    re.I,
)
_NEAR = 40  # characters between "put the figure" and the figure: "far higher, at around"


def put_at(
    found: list[DraftClaim],
    clause: str,
    at: int,
    previous: DraftClaim | None,
    speaker: tuple[Source | None, str | None],
) -> list[DraftClaim]:
    """`found` (the clause's claims) with a figure put on them; or, when the clause states
    none, `previous` told by `speaker` (source and party) with the figure put on it."""
    put = _PUT.search(clause)
    figure = (
        next((m for m in find_quantities(clause[put.end() :]) if m.start < _NEAR), None)
        if put
        else None
    )
    if put is None or figure is None:
        return found
    if found:
        return [replace(d, quantity=figure.quantity) if d.quantity is None else d for d in found]
    if previous is None or speaker[0] is None:
        return found
    return [
        replace(
            previous,
            source=speaker[0],
            party=speaker[1],
            quantity=figure.quantity,
            negated=False,
            start=at + put.start(),
            end=at + put.end() + figure.end,
        )
    ]
