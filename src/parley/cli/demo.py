"""`parley demo`: a fresh embedded ledger with the 2025 Istanbul scenario, and its balances."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from parley.cli.app import app, handled, state
from parley.cli.claims_render import reconciliation_tables
from parley.cli.render import balance_table, discrepancy_table, verify_lines
from parley.cli.state import State
from parley.config import Settings
from parley.services.demo import SOURCES, build_demo


@app.command()
@handled
def demo(
    ctx: typer.Context,
    file: Annotated[Path, typer.Option(help="The SQLite file to (re)create.")] = Path(
        "parley-demo.db"
    ),
    seed: int = 2025,
) -> None:
    """Build the demo scenario in a fresh SQLite file and print balances and discrepancies."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{file}{suffix}").unlink(missing_ok=True)
    base = state(ctx)
    run = State(Settings(database_url=f"sqlite:///{file}", actor="mediator:demo"), base.console)
    console = run.console
    with console.status("building the demo ledger") as status:
        build_demo(run.context, seed=seed, step=lambda s: status.update(f"recording {s}"))
    ex = run.exchanges
    for agreement in ex.agreements():
        console.print()
        console.print(
            balance_table(f"{agreement.ref}: {agreement.title}", ex.balance(agreement.ref))
        )
        console.print(f"[dim]sources: {SOURCES.get(agreement.ref, '')}[/]")
        found = ex.discrepancies(agreement.ref)
        if found:
            console.print(discrepancy_table(f"{agreement.ref}: discrepancies", found))
        _print_claims(run, agreement.ref)
    console.print()
    for line in verify_lines(run.journal.verify()):
        console.print(line)
    console.print(f"\nledger written to {file}; explore it with: parley --db sqlite:///{file} ...")
    run.store.close()


def _print_claims(run: State, agreement_ref: str) -> None:
    """What each side said about the agreement and its exchanges, beside the ledger."""
    for rec in run.claims.reconcile(agreement_ref):
        if any(True for _ in rec.checks()):
            for table in reconciliation_tables(rec):
                run.console.print(table)
