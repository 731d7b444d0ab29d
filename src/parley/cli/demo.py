"""`parley demo`: a fresh embedded ledger with the 2025 Istanbul scenario, its balances, and
the web UI over it."""

from __future__ import annotations

import contextlib
import socket
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from parley.cli import serving
from parley.cli.app import app, handled, state
from parley.cli.claims_render import reconciliation_tables
from parley.cli.render import balance_table, discrepancy_table, verify_lines
from parley.cli.state import State
from parley.config import Settings
from parley.services.demo import SOURCES, build_demo
from parley.services.demo_users import DemoUser, add_demo_users


@app.command()
@handled
def demo(
    ctx: typer.Context,
    file: Annotated[Path, typer.Option(help="The SQLite file to (re)create.")] = Path(
        "parley-demo.db"
    ),
    seed: int = 2025,
    serve: Annotated[
        bool, typer.Option(help="Then serve the web UI until Ctrl-C (--no-serve: only print).")
    ] = True,
    host: Annotated[str, typer.Option(help="Address the web UI listens on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port the web UI listens on.")] = 8000,
) -> None:
    """Build the demo scenario in a fresh SQLite file, print its balances, and serve the web UI."""
    # The port first: a taken one fails before the file (maybe another demo's) is replaced.
    sock = serving.listen(host, port) if serve else None
    with sock or contextlib.nullcontext():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{file}{suffix}").unlink(missing_ok=True)
        settings = Settings(database_url=f"sqlite:///{file}", actor="mediator:demo")
        run = State(settings, state(ctx).console)
        try:
            _build_and_print(run, file, seed)
            if sock is not None:
                _serve(run, sock, host, port)
        finally:
            run.store.close()


def _build_and_print(run: State, file: Path, seed: int) -> None:
    console = run.console
    with console.status("building the demo ledger") as status:
        build_demo(run.context, seed=seed, step=lambda s: status.update(f"recording {s}"))
        status.update("adding the demo's users")
        users = add_demo_users(run.context)
    _print_ledger(run)
    console.print(f"\nledger written to {file}; explore it with: parley --db sqlite:///{file} ...")
    console.print(_users_table(users))


def _serve(run: State, sock: socket.socket, host: str, port: int) -> None:
    # Imported here so that `--no-serve` does not pay for loading the web stack.
    from parley.api import create_app

    app = create_app(run.settings, store=run.store)
    run.console.print(f"\nserving the web UI at {serving.address(host, port)} (Ctrl-C stops it)")
    serving.serve(app, sock, host, port)
    run.console.print("stopped")


def _print_ledger(run: State) -> None:
    """Every agreement's balance, discrepancies and claims, then the journal's verification."""
    console, ex = run.console, run.exchanges
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


def _print_claims(run: State, agreement_ref: str) -> None:
    """What each side said about the agreement and its exchanges, beside the ledger."""
    for rec in run.claims.reconcile(agreement_ref):
        if any(True for _ in rec.checks()):
            for table in reconciliation_tables(rec):
                run.console.print(table)


def _users_table(users: list[DemoUser]) -> Table:
    table = Table(title="demo users", caption="passwords made for this ledger, shown only here")
    for column in ("user", "role", "password"):
        table.add_column(column, no_wrap=True)
    for user in users:
        role = f"{user.role} of {user.party}" if user.party else user.role
        table.add_row(user.name, role, user.password)
    return table
