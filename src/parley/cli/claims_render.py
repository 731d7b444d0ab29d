"""Rich tables for claims: draft claims for review, the register, and reconciliations."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from parley.claims import DraftClaim
from parley.domain.claim_records import ClaimRecord
from parley.domain.claims import Claim, Direction, Quantity
from parley.domain.reconcile import ClaimCheck, Reconciliation

_LEVEL_STYLE = {
    "claimed": "yellow",
    "confirmed_by_counterparty": "cyan",
    "corroborated_by_ledger": "green",
    "contradicted": "bold red",
    "unverifiable": "dim",
}


def _way(d: Direction | None) -> str:
    return f"{d.from_party}→{d.to_party}" if d else ""


def _figure(q: Quantity | None, negated: bool = False) -> str:
    return "none (denied)" if negated and q is None else str(q) if q else ""


def _says(assertion: str, negated: bool) -> str:
    return ("not " if negated else "") + assertion.replace("_", " ")


def draft_table(title: str, drafts: Sequence[DraftClaim], text: str) -> Table:
    """Numbered drafts for a reviewer, each with its character span and the words there."""
    table = Table(title=title, title_justify="left")
    for name in ("#", "span", "source", "party", "says", "way", "category", "figure", "words"):
        table.add_column(name, justify="right" if name == "#" else "left")
    for i, d in enumerate(drafts, 1):
        says = _says(d.assertion.value, d.negated) + (
            " (unverified)" if d.marked_unverifiable else ""
        )
        table.add_row(
            str(i),
            f"{d.start}–{d.end}",
            d.source.name if d.source else "(unattributed)",
            d.party or "",
            says,
            _way(d.direction),
            d.category.value,
            _figure(d.quantity),
            text[d.start : d.end],
        )
    return table


def claim_table(records: Sequence[ClaimRecord]) -> Table:
    """The register: one line per claim, with what it is about and its status."""
    table = Table()
    for name in ("id", "said on", "source", "party", "about", "says", "way", "category", "figure"):
        table.add_column(name)
    table.add_column("status")
    for rec in records:
        c = rec.claim
        status = rec.status + (f" by {rec.superseded_by}" if rec.superseded_by else "")
        table.add_row(
            c.claim_id,
            c.said_at.isoformat(),
            _source(c),
            c.party or "",
            f"{c.subject.kind.value}:{c.subject.ref}",
            _says(c.assertion.value, c.negated),
            _way(c.direction),
            c.category.value,
            _figure(c.quantity, c.negated),
            status,
        )
    return table


def _source(c: Claim) -> str:
    speaker = f" ({c.source.speaker})" if c.source.speaker else ""
    citing = f", citing {c.source.citing}" if c.source.citing else ""
    return f"{c.source.name}{speaker}{citing}"


def reconciliation_tables(rec: Reconciliation) -> list[Table]:
    """One table per direction and category (every side's claims beside the ledger), then
    the claims that fit no row."""
    # Rows the ledger has but nobody spoke about are left to `agreement balance`.
    tables = [_row_table(rec, i) for i, row in enumerate(rec.rows) if row.sides]
    if rec.unplaced:
        tables.append(_checks_table(f"{rec.subject_ref}: other statements", rec.unplaced))
    return tables


def _row_table(rec: Reconciliation, index: int) -> Table:
    row = rec.rows[index]
    ledger = (
        f"ledger: handed over {_n(row.ledger_handed_over)}, confirmed {_n(row.ledger_confirmed)}"
    )
    one_sided = " — one-sided" if row.one_sided else ""
    title = f"{rec.subject_ref}: {_way(row.direction)} {row.category.value} ({ledger}){one_sided}"
    checks = [c for side in row.sides for c in side.checks]
    table = _checks_table(title, checks)
    for c in row.contradictions:
        table.add_row(
            "", "", "", "[bold red]contradiction[/]", "", f"{c.left} ≠ {c.right}: {c.reason}"
        )
    for d in row.discrepancies:  # both can hold: what went missing between the two ends
        table.add_row(
            "", "", "", "[yellow]discrepancy[/]", "", f"{d.handed_over} → {d.received}: {d.reason}"
        )
    return table


def _checks_table(title: str, checks: Sequence[ClaimCheck]) -> Table:
    table = Table(title=title, title_justify="left")
    for name in ("claim", "party", "source", "says", "figure", "level"):
        table.add_column(name)
    for check in checks:
        c = check.claim
        style = _LEVEL_STYLE.get(check.level.value, "")
        level = check.level.value.replace("_", " ") + (" (one-sided)" if check.one_sided else "")
        table.add_row(
            c.claim_id,
            c.party or "—",
            f"{_source(c)}, {c.said_at.isoformat()}",
            _says(c.assertion.value, c.negated),
            _figure(c.quantity, c.negated),
            f"[{style}]{level}[/]" if style else level,
        )
    return table


def _n(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"
