"""What the round-by-round extraction tests share: one draft, one quantity, two directions."""

from __future__ import annotations

from parley.claims import DraftClaim, extract_claims
from parley.claims._quantities import find_quantities
from parley.domain.claims import Direction, Quantity

RU_UA = Direction("RU", "UA")
UA_RU = Direction("UA", "RU")


def one(text: str) -> DraftClaim:
    """The one draft claim `text` yields (fails if it yields none or several)."""
    (draft,) = extract_claims(text)
    return draft


def only(text: str) -> Quantity:
    """The one quantity `text` mentions."""
    (mention,) = find_quantities(text)
    return mention.quantity
