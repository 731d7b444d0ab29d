"""What the round-by-round extraction tests share: one draft, one quantity, two directions,
and a draft's source name and figure."""

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


def source_of(draft: DraftClaim) -> str | None:
    """The draft's source as named, or None when unattributed."""
    return draft.source.name if draft.source else None


def value_of(draft: DraftClaim) -> int | None:
    """The draft's figure, or None when it gives none."""
    return draft.quantity.value if draft.quantity else None
