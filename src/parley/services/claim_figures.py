"""The ledger's counts in the form reconciliation wants, and reconciliations as plain data.

`ledger_figures` sums the ledger's per-stage figures (handovers and receipts) by
direction and category for an agreement, one exchange or one stage. `as_data` turns a
`Reconciliation` into JSON-ready dicts for the web UI (and `--json` in the CLI).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from parley.domain.balances import StageFigures
from parley.domain.claim_records import quantity_text
from parley.domain.claims import Category
from parley.domain.reconcile import ClaimCheck, LedgerFigure, LedgerFigures, Reconciliation

__all__ = ["as_data", "ledger_figures"]

# The ledger counts "prisoners" (POWs and civilians together) where claims say "prisoner".
_CATEGORY = {"prisoners": Category.PRISONER}


def ledger_figures(
    subject_ref: str, stages: Iterable[StageFigures], where: Callable[[StageFigures], bool]
) -> LedgerFigures:
    """Sum the stages `where` selects by direction and category.

    A sum stays None while no stage recorded that count: no handover recorded is not zero.
    """
    sums: dict[tuple[str, str, Category], list[int | None]] = {}
    for s in stages:
        if not where(s):
            continue
        category = _CATEGORY.get(s.category) or Category(s.category)
        totals = sums.setdefault((s.from_party, s.to_party, category), [None, None])
        totals[0] = _add(totals[0], s.handed_over)
        totals[1] = _add(totals[1], s.confirmed)
    figures = tuple(
        LedgerFigure(src, dst, category, handed, confirmed)
        for (src, dst, category), (handed, confirmed) in sums.items()
    )
    return LedgerFigures(subject_ref, figures)


def _add(total: int | None, more: int | None) -> int | None:
    if more is None:
        return total
    return more if total is None else total + more


def as_data(rec: Reconciliation) -> dict[str, Any]:
    """The reconciliation as JSON-ready data: rows with sides, contradictions and
    discrepancies."""
    return {
        "subject": rec.subject_ref,
        "rows": [
            {
                "from_party": row.direction.from_party,
                "to_party": row.direction.to_party,
                "category": row.category.value,
                "ledger_handed_over": row.ledger_handed_over,
                "ledger_confirmed": row.ledger_confirmed,
                "one_sided": row.one_sided,
                "sides": [
                    {"party": side.party, "claims": [_check(c) for c in side.checks]}
                    for side in row.sides
                ],
                "contradictions": [
                    {"left": c.left, "right": c.right, "reason": c.reason}
                    for c in row.contradictions
                ],
                "discrepancies": [
                    {"handed_over": d.handed_over, "received": d.received, "reason": d.reason}
                    for d in row.discrepancies
                ],
            }
            for row in rec.rows
        ],
        "unplaced": [_check(c) for c in rec.unplaced],
    }


def _check(check: ClaimCheck) -> dict[str, Any]:
    claim = check.claim
    return {
        "claim_id": claim.claim_id,
        "source": claim.source.name,
        "party": claim.party,
        "said_on": claim.said_at.isoformat(),
        "assertion": claim.assertion.value,
        "negated": claim.negated,
        "quantity": quantity_text(claim.quantity),
        "passage": claim.passage,
        "level": check.level.value,
        "one_sided": check.one_sided,
        "agrees_with": list(check.agrees_with),
        "conflicts_with": list(check.conflicts_with),
        "differs_from": list(check.differs_from),
    }
