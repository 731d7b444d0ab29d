"""Shapes the services' results for templates: grouping and percentages, no new facts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from parley.domain.balances import BalanceRow, Discrepancy, StageFigures
from parley.domain.views import AgreementView
from parley.errors import NotFound
from parley.services.exchanges import Exchanges


@dataclass(frozen=True)
class Progress:
    """One quota and direction of an agreement, ready for two progress bars."""

    row: BalanceRow

    @property
    def scale(self) -> int:
        """The bars' maximum: what is owed, or (when the terms give no number) the most seen."""
        return max(self.row.owed or 0, self.row.handed_over, self.row.confirmed, 1)

    @property
    def direction(self) -> str:
        return f"{self.row.from_party} → {self.row.to_party}"


@dataclass(frozen=True)
class AgreementOverview:
    agreement: AgreementView
    progress: list[Progress]
    discrepancies: list[Discrepancy]


def agreement_overview(exchanges: Exchanges, *, only: str | None = None) -> list[AgreementOverview]:
    """Each agreement (or the one named) with its balance and open discrepancies."""
    found = exchanges.agreements()
    if only is not None:
        found = [a for a in found if a.ref == only]
        if not found:
            raise NotFound("agreement", only)
    return [
        AgreementOverview(
            a,
            [Progress(row) for row in exchanges.balance(a.ref)],
            exchanges.discrepancies(a.ref),
        )
        for a in found
    ]


def exchanges_of(stages: list[StageFigures]) -> dict[str, dict[str, list[StageFigures]]]:
    """Stage figures grouped by exchange, then by stage, in the order the store gave them."""
    grouped: dict[str, dict[str, list[StageFigures]]] = defaultdict(lambda: defaultdict(list))
    for figures in stages:
        grouped[figures.exchange_ref][figures.stage_ref].append(figures)
    return {k: dict(v) for k, v in grouped.items()}


EVENT_FIELDS = ("seq", "type", "actor", "actor_role", "occurred_at", "recorded_at")


def event_rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The journal's header fields only: the payload may hold personal data."""
    return [{f: e.get(f) for f in EVENT_FIELDS} for e in events]
