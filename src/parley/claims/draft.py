"""A draft claim: what the extractor proposes, for a person to check before it is recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parley.domain.claims import (
    AssertionType,
    Category,
    Claim,
    Direction,
    Quantity,
    Source,
    Subject,
)

__all__ = ["DraftClaim"]


@dataclass(frozen=True)
class DraftClaim:
    """A proposed claim, pointing back to its sentence and the character span in the input.

    `start`/`end` are offsets into the text given to `extract_claims`;
    `sentence_start`/`sentence_end` bound the whole sentence the claim was read from.
    """

    sentence: str
    sentence_start: int
    sentence_end: int
    start: int
    end: int
    source: Source | None
    party: str | None
    assertion: AssertionType
    category: Category
    quantity: Quantity | None = None
    direction: Direction | None = None
    negated: bool = False
    marked_unverifiable: bool = False

    def to_claim(self, claim_id: str, *, said_at: date, subject: Subject, source: Source) -> Claim:
        """The claim to record once a person has checked the draft and named subject and date.

        `source` is asked for because a draft may have none (an unattributed sentence).
        """
        return Claim(
            claim_id=claim_id,
            source=self.source or source,
            party=self.party,
            said_at=said_at,
            passage=self.sentence,
            subject=subject,
            assertion=self.assertion,
            category=self.category,
            quantity=self.quantity,
            direction=self.direction,
            negated=self.negated,
            marked_unverifiable=self.marked_unverifiable,
        )
