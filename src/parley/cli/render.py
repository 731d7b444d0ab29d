"""Rich tables for what the CLI prints: balances, discrepancies, persons, problems."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from parley.domain.balances import BalanceRow, Discrepancy
from parley.domain.views import PersonView, StatusEntry, VerifyReport
from parley.errors import Problem

BALANCE_COLUMNS = (
    "quota",
    "terms",
    "owed",
    "listed",
    "handed over",
    "confirmed",
    "unconfirmed",
    "outstanding",
)
DISCREPANCY_COLUMNS = ("stage", "date", "quota", "handed over", "received", "difference", "finding")
PERSON_COLUMNS = ("id", "kind", "name", "born", "origin", "held by", "status", "ref")


# Exports get numbers as numbers (a spreadsheet can sum them); tables show them as text.
Cell = int | str | None


def _text(cell: Cell, *, signed: bool = False) -> str:
    if cell is None:
        return "—"
    if isinstance(cell, int):
        return f"{cell:+,}" if signed else f"{cell:,}"
    return cell


def balance_rows(rows: Sequence[BalanceRow]) -> list[list[Cell]]:
    """The balance's cells, in BALANCE_COLUMNS order (for tables and exports)."""
    return [
        [
            f"{r.from_party}→{r.to_party}",
            r.terms,
            "all" if r.owed is None else r.owed,
            r.listed,
            r.handed_over,
            r.confirmed,
            r.unconfirmed,
            r.outstanding,
        ]
        for r in rows
    ]


def balance_table(title: str, rows: Sequence[BalanceRow]) -> Table:
    """An agreement's balance, one row per quota and direction."""
    table = Table(title=title, title_justify="left")
    for i, name in enumerate(BALANCE_COLUMNS):
        table.add_column(name, justify="left" if i < 2 else "right")
    for cells in balance_rows(rows):
        table.add_row(*map(_text, cells))
    return table


def discrepancy_rows(found: Sequence[Discrepancy]) -> list[list[Cell]]:
    """Discrepancies' cells, in DISCREPANCY_COLUMNS order."""
    return [
        [
            d.stage.stage_ref,
            d.stage.planned_on or "",
            f"{d.stage.from_party}→{d.stage.to_party} {d.stage.category}",
            d.stage.handed_over,
            d.stage.confirmed,
            d.difference,
            d.kind,
        ]
        for d in found
    ]


def discrepancy_table(title: str, found: Sequence[Discrepancy]) -> Table:
    """Where handovers and receipts disagree."""
    table = Table(title=title, title_justify="left")
    for i, name in enumerate(DISCREPANCY_COLUMNS):
        table.add_column(name, justify="right" if 3 <= i <= 5 else "left")
    for cells in discrepancy_rows(found):
        table.add_row(*(_text(c, signed=i == 5) for i, c in enumerate(cells)))
    return table


def person_rows(persons: Sequence[PersonView]) -> list[list[str]]:
    """Persons as text cells, in PERSON_COLUMNS order."""
    return [
        [
            p.person_id,
            p.kind,
            p.display_name,
            p.date_of_birth or "",
            p.origin_party,
            p.holding_party,
            p.status,
            p.external_ref or "",
        ]
        for p in persons
    ]


def person_table(persons: Sequence[PersonView]) -> Table:
    """A list of persons."""
    table = Table()
    for name in PERSON_COLUMNS:
        table.add_column(name)
    for cells in person_rows(persons):
        table.add_row(*cells)
    return table


def history_table(history: Sequence[StatusEntry]) -> Table:
    """A person's status history."""
    table = Table(title="status history", title_justify="left")
    for name in ("event", "from", "to", "when", "stage", "reason"):
        table.add_column(name)
    for h in history:
        table.add_row(
            str(h.seq), h.from_status, h.to_status, h.occurred_at or "", h.stage_ref or "", h.reason
        )
    return table


def problem_table(problems: Sequence[Problem]) -> Table:
    """Every problem found in an input, where it is and why."""
    table = Table(title=f"{len(problems)} problem(s); nothing was written", title_justify="left")
    for name in ("file", "row", "field", "value", "problem"):
        table.add_column(name)
    for p in problems:
        table.add_row(
            p.file or "",
            "" if p.row is None else str(p.row),
            p.field or "",
            p.value or "",
            p.reason,
        )
    return table


def verify_lines(report: VerifyReport, *, rebuilt: bool = True) -> list[str]:
    """The outcome of a journal verification, as lines of rich markup."""
    lines = [f"events checked: {report.events:,}", f"chain head: {report.head_hash}"]
    if report.chain_break:
        b = report.chain_break
        lines.append(f"[bold red]chain broken at event {b.seq}[/]: {b.reason}")
    if report.mismatch:
        m = report.mismatch
        where = f" at event {m.seq}" if m.seq is not None else ""
        lines.append(
            f"[bold red]projection disagrees with the journal{where}[/]: "
            f"table {m.table}, row {m.key}: {m.detail}"
        )
    if report.ok:
        rebuild = (
            ", projection matches a rebuild from the journal"
            if rebuilt
            else " (projection not checked)"
        )
        lines.append(f"[bold green]journal verified[/]: chain intact{rebuild}")
    return lines
