"""Running balances of an agreement: per quota, owed, listed, handed over and confirmed."""

from __future__ import annotations

import math
from dataclasses import dataclass

from parley.domain.events import QuotaTerm
from parley.domain.model import QuotaKind


@dataclass(frozen=True)
class QuotaFigures:
    """What the ledger counts for one quota: the inputs of its balance."""

    quota: QuotaTerm
    listed: int
    handed_over: int
    confirmed: int
    known_held: int


@dataclass(frozen=True)
class BalanceRow:
    """One line of an agreement's balance. `owed` is None where the terms give no number."""

    quota_id: str
    from_party: str
    to_party: str
    category: str
    subcategory: str | None
    terms: str
    owed: int | None
    listed: int
    handed_over: int
    confirmed: int
    known_held: int

    @property
    def unconfirmed(self) -> int:
        """Handed over but not (or not yet) confirmed by the receiving side."""
        return self.handed_over - self.confirmed

    @property
    def outstanding(self) -> int | None:
        """Still owed after what the receiving side confirmed; None when owed is open."""
        return None if self.owed is None else max(self.owed - self.confirmed, 0)


def describe(quota: QuotaTerm) -> str:
    """The quota's terms as a person would say them."""
    what = quota.category.value + (f" ({quota.subcategory})" if quota.subcategory else "")
    if quota.kind == QuotaKind.ALL:
        floor = f" (at least {quota.count:,})" if quota.count else ""
        return f"all {what}{floor}"
    if quota.kind == QuotaKind.RATIO:
        return f"{quota.ratio_give} for every {quota.ratio_per} received, {what}"
    prefix = "at least " if quota.at_least else ""
    return f"{prefix}{quota.count:,} {what}"


def _reverse(quota: QuotaTerm, figures: list[QuotaFigures]) -> QuotaFigures | None:
    for other in figures:
        q = other.quota
        if (q.from_party, q.to_party) == (quota.to_party, quota.from_party) and (
            q.category,
            q.subcategory,
        ) == (quota.category, quota.subcategory):
            return other
    return None


def _owed(figure: QuotaFigures, figures: list[QuotaFigures]) -> int | None:
    quota = figure.quota
    if quota.kind == QuotaKind.COUNT:
        return quota.count
    if quota.kind == QuotaKind.RATIO and quota.ratio_give and quota.ratio_per:
        reverse = _reverse(quota, figures)
        if reverse is None:
            return None
        return math.ceil(reverse.confirmed * quota.ratio_give / quota.ratio_per)
    return None


def compute_balance(figures: list[QuotaFigures]) -> list[BalanceRow]:
    """The balance of one agreement from the counts the ledger holds for its quotas."""
    return [
        BalanceRow(
            quota_id=f.quota.quota_id,
            from_party=f.quota.from_party,
            to_party=f.quota.to_party,
            category=f.quota.category.value,
            subcategory=f.quota.subcategory,
            terms=describe(f.quota),
            owed=_owed(f, figures),
            listed=f.listed,
            handed_over=f.handed_over,
            confirmed=f.confirmed,
            known_held=f.known_held,
        )
        for f in figures
    ]


@dataclass(frozen=True)
class StageFigures:
    """Handover and receipt totals of one stage for one quota; None where none was recorded."""

    exchange_ref: str
    stage_ref: str
    planned_on: str | None
    quota_id: str
    from_party: str
    to_party: str
    category: str
    handed_over: int | None
    confirmed: int | None


@dataclass(frozen=True)
class Discrepancy:
    """Where what one side says it handed over and what the other says it received differ."""

    stage: StageFigures
    kind: str

    @property
    def difference(self) -> int:
        """Received minus handed over (missing figures count as zero)."""
        return (self.stage.confirmed or 0) - (self.stage.handed_over or 0)


def find_discrepancies(stages: list[StageFigures]) -> list[Discrepancy]:
    """Every stage whose receipt does not match its handover, in stage order."""
    found: list[Discrepancy] = []
    for s in stages:
        if s.handed_over is None and s.confirmed is not None:
            found.append(Discrepancy(s, "receipt without a recorded handover"))
        elif s.handed_over is not None and s.confirmed is None:
            found.append(Discrepancy(s, "handover not confirmed by the receiving side"))
        elif s.handed_over != s.confirmed:
            found.append(Discrepancy(s, "counts differ"))
    return found
