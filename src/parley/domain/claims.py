"""The claim vocabulary: who said what, when, about which exchange.

A claim is a statement made by a source (an outlet or an official body) for a
party, quoted as said. Claims are facts about statements, not about the world:
how far one is borne out (its verification level) is derived by
`parley.domain.reconcile`, never stored here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

__all__ = [
    "AssertionType",
    "Category",
    "Claim",
    "Direction",
    "Qualifier",
    "Quantity",
    "Source",
    "SourceKind",
    "Subject",
    "SubjectKind",
    "Verification",
]


class SourceKind(StrEnum):
    """What kind of body a source is; state media are told apart from officials."""

    OFFICIAL = "official"
    STATE_MEDIA = "state_media"
    MEDIA = "media"
    INTERMEDIARY = "intermediary"


class AssertionType(StrEnum):
    """What a claim says happened or holds."""

    HANDED_OVER = "handed_over"
    RECEIVED = "received"
    RETURNED = "returned"
    EXCHANGED = "exchanged"
    HOLDS = "holds"
    KILLED = "killed"
    TROOPS_MASSED = "troops_massed"
    TERRITORY_CONTROLLED = "territory_controlled"
    AGREED = "agreed"
    POSTPONED = "postponed"


class Category(StrEnum):
    """What (or whom) a claim counts."""

    POW = "pow"
    CIVILIAN = "civilian"
    PRISONER = "prisoner"  # prisoners of either kind, when the statement does not split them
    REMAINS = "remains"
    TROOPS = "troops"
    TERRITORY = "territory"
    OTHER = "other"


class Qualifier(StrEnum):
    """How a figure was put: exactly, roughly, as a bound, as a share, or not at all."""

    EXACT = "exact"
    ABOUT = "about"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    UP_TO = "up_to"
    NONE = "none"
    FRACTION = "fraction"
    UNKNOWN = "unknown"


class Verification(StrEnum):
    """How far a claim is borne out; derived by reconciliation, never stored."""

    CLAIMED = "claimed"
    CONFIRMED_BY_COUNTERPARTY = "confirmed_by_counterparty"
    CORROBORATED_BY_LEDGER = "corroborated_by_ledger"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"


class SubjectKind(StrEnum):
    """What a claim is about: an agreement, one exchange (or stage), or a free topic."""

    AGREEMENT = "agreement"
    EXCHANGE = "exchange"
    TOPIC = "topic"


# "about" figures are taken to be within this share of the true one (1,200 vs 1,212 agree).
ABOUT_TOLERANCE = 0.10


@dataclass(frozen=True)
class Quantity:
    """A figure as stated: value (None when not given), unit, and how it was qualified."""

    value: int | None
    unit: str = ""
    qualifier: Qualifier = Qualifier.EXACT
    share: Fraction | None = None  # set only for Qualifier.FRACTION ("one-fifth")

    @classmethod
    def none(cls, unit: str = "") -> Quantity:
        """A stated zero: "none", "had not received any"."""
        return cls(0, unit, Qualifier.NONE)

    def __str__(self) -> str:
        """The figure as a person would say it: "about 1,200", "none", "one in 5"."""
        if self.qualifier is Qualifier.NONE:
            return "none"
        if self.qualifier is Qualifier.FRACTION and self.share is not None:
            return f"{self.share.numerator} in {self.share.denominator}"
        if self.value is None:
            return "an unknown number"
        words = "" if self.qualifier is Qualifier.EXACT else self.qualifier.value.replace("_", " ")
        figure = f"{words} {self.value:,}".strip()
        return f"{figure} {self.unit}".strip()

    def bounds(self) -> tuple[float, float] | None:
        """The closed range of true values this figure allows, or None if not comparable."""
        v, q = self.value, self.qualifier
        if q is Qualifier.NONE:
            return (0.0, 0.0)
        if v is None or q in (Qualifier.FRACTION, Qualifier.UNKNOWN):
            return None
        slack = max(1.0, v * ABOUT_TOLERANCE)
        table = {
            Qualifier.EXACT: (v, v),
            Qualifier.ABOUT: (v - slack, v + slack),
            Qualifier.MORE_THAN: (v + 1, math.inf),
            Qualifier.AT_LEAST: (v, math.inf),
            Qualifier.LESS_THAN: (0, v - 1),
            Qualifier.UP_TO: (0, v),
        }
        low, high = table[q]
        return (float(low), float(high))

    def agrees_with(self, other: Quantity) -> bool | None:
        """True if both figures can hold at once, False if not, None if either is vague."""
        mine, theirs = self.bounds(), other.bounds()
        if mine is None or theirs is None:
            return None
        return mine[0] <= theirs[1] and theirs[0] <= mine[1]

    def allows(self, count: int) -> bool | None:
        """Whether a counted figure (from the ledger) fits this stated one."""
        return self.agrees_with(Quantity(count))


@dataclass(frozen=True)
class Source:
    """Who made the statement: an outlet or official body, and the speaker if named."""

    name: str
    kind: SourceKind = SourceKind.OFFICIAL
    speaker: str | None = None
    citing: str | None = None  # "citing sources", "citing the defence ministry"


@dataclass(frozen=True)
class Subject:
    """What the claim is about: an agreement ref, an exchange or stage ref, or a topic."""

    kind: SubjectKind
    ref: str


@dataclass(frozen=True)
class Direction:
    """Which way people or remains moved: from one party to another (party codes)."""

    from_party: str
    to_party: str

    def reversed(self) -> Direction:
        """The opposite way, for "each way" exchanges."""
        return Direction(self.to_party, self.from_party)


@dataclass(frozen=True)
class Claim:
    """One statement by a source, for a party, on a day, about a subject."""

    claim_id: str
    source: Source
    party: str | None  # the party the claim speaks for ("UA", "RU"); None for third parties
    said_at: date
    passage: str
    subject: Subject
    assertion: AssertionType
    category: Category
    quantity: Quantity | None = None
    direction: Direction | None = None
    negated: bool = False  # "denied having received", "had not received"
    marked_unverifiable: bool = False  # the source itself said it could not verify

    def stated_quantity(self) -> Quantity | None:
        """The figure to compare: a denial without a figure counts as a stated zero."""
        if self.negated:
            return Quantity.none(self.quantity.unit if self.quantity else "")
        return self.quantity
