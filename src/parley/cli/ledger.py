"""Commands for parties, agreements, exchanges, stages and the journal."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import Progress

from parley.cli.app import app, handled, state
from parley.cli.options import Export, Key, When
from parley.cli.render import (
    BALANCE_COLUMNS,
    DISCREPANCY_COLUMNS,
    balance_rows,
    balance_table,
    discrepancy_rows,
    discrepancy_table,
    verify_lines,
)
from parley.domain.balances import describe
from parley.domain.pairs import pairs
from parley.tabular import write_table

party_app = typer.Typer(help="Parties: belligerents, intermediaries, transit states, observers.")
agreement_app = typer.Typer(help="Agreements, their quotas and balances.")
exchange_app = typer.Typer(help="Exchanges, stages, manifests, handovers and receipts.")
journal_app = typer.Typer(help="The hash-chained journal.")
app.add_typer(party_app, name="party")
app.add_typer(agreement_app, name="agreement")
app.add_typer(exchange_app, name="exchange")
app.add_typer(journal_app, name="journal")

Persons = Annotated[list[str] | None, typer.Option("--person", help="A person id (repeatable).")]
Count = Annotated[int | None, typer.Option("--count", help="How many in all, named or not.")]


@party_app.command("add")
@handled
def party_add(
    ctx: typer.Context,
    code: str,
    kind: Annotated[str, typer.Option(help="belligerent, intermediary, transit or observer")],
    name: Annotated[list[str] | None, typer.Option(help="LANG=NAME, repeatable")] = None,
    key: Key = None,
) -> None:
    """Register a party under a short code."""
    state(ctx).registry.register_party(code, kind, pairs(name, "name"), key=key)
    state(ctx).console.print(f"party {code} registered")


@party_app.command("list")
@handled
def party_list(ctx: typer.Context) -> None:
    """List the parties."""
    for p in state(ctx).registry.parties():
        state(ctx).console.print(f"{p.code:6} {p.kind:13} {', '.join(p.names.values())}")


@agreement_app.command("add")
@handled
def agreement_add(
    ctx: typer.Context,
    ref: str,
    title: Annotated[str, typer.Option()],
    quota: Annotated[list[str], typer.Option(help="CATEGORY[/SUB]:FROM>TO:AMOUNT, repeatable")],
    party: Annotated[list[str], typer.Option(help="A party to the agreement, repeatable")],
    via: Annotated[list[str] | None, typer.Option(help="An intermediary, repeatable")] = None,
    signed_on: Annotated[str | None, typer.Option()] = None,
    venue: Annotated[str, typer.Option()] = "",
    key: Key = None,
) -> None:
    """Record an agreement and its quotas."""
    state(ctx).exchanges.record_agreement(
        ref,
        title=title,
        signed_on=signed_on,
        venue=venue,
        parties=party,
        intermediaries=via or [],
        quotas=quota,
        key=key,
    )
    state(ctx).console.print(f"agreement {ref} recorded")


@agreement_app.command("list")
@handled
def agreement_list(ctx: typer.Context) -> None:
    """List the agreements and their quotas."""
    for a in state(ctx).exchanges.agreements():
        terms = "; ".join(f"{q.from_party}→{q.to_party} {describe(q)}" for q in a.quotas)
        state(ctx).console.print(
            f"[bold]{a.ref}[/] {a.signed_on or ''} {a.title}: {terms}", highlight=False
        )


@agreement_app.command("balance")
@handled
def agreement_balance(ctx: typer.Context, ref: str, export: Export = None) -> None:
    """Per quota and direction: owed, listed, handed over, confirmed."""
    rows = state(ctx).exchanges.balance(ref)
    state(ctx).console.print(balance_table(f"balance of {ref}", rows))
    if export is not None:
        write_table(export, BALANCE_COLUMNS, balance_rows(rows))


@agreement_app.command("discrepancies")
@handled
def agreement_discrepancies(ctx: typer.Context, ref: str, export: Export = None) -> None:
    """Stages whose receipts do not match their handovers."""
    found = state(ctx).exchanges.discrepancies(ref)
    state(ctx).console.print(discrepancy_table(f"discrepancies in {ref}", found))
    if export is not None:
        write_table(export, DISCREPANCY_COLUMNS, discrepancy_rows(found))


@exchange_app.command("open")
@handled
def exchange_open(
    ctx: typer.Context, agreement: str, ref: str, title: str = "", key: Key = None
) -> None:
    """Open an exchange under an agreement."""
    state(ctx).exchanges.open_exchange(agreement, ref, title=title, key=key)


@exchange_app.command("stage")
@handled
def exchange_stage(
    ctx: typer.Context,
    exchange: str,
    ref: str,
    on: Annotated[str | None, typer.Option(help="Planned date")] = None,
    place: str = "",
    transit: Annotated[str | None, typer.Option(help="Third country of medical transit")] = None,
    key: Key = None,
) -> None:
    """Schedule a stage of an exchange."""
    state(ctx).exchanges.schedule_stage(
        exchange, ref, planned_on=on, place=place, transit_party=transit, key=key
    )


@exchange_app.command("manifest")
@handled
def exchange_manifest(
    ctx: typer.Context,
    stage: str,
    quota: str,
    person: Persons = None,
    count: Count = None,
    key: Key = None,
) -> None:
    """Put persons and/or a count on a stage's manifest for one quota."""
    result = state(ctx).exchanges.enter_manifest(
        stage, quota, person_ids=person or [], count=count, key=key
    )
    state(ctx).console.print(f"listed {result['listed']:,} ({result['named']:,} named)")


@exchange_app.command("approve")
@handled
def exchange_approve(
    ctx: typer.Context, stage: str, quota: str, party: str | None = None, key: Key = None
) -> None:
    """Record one side's approval of a manifest."""
    approvals = state(ctx).exchanges.approve_manifest(stage, quota, party=party, key=key)
    state(ctx).console.print(f"approved by {', '.join(approvals)}")


@exchange_app.command("transit")
@handled
def exchange_transit(
    ctx: typer.Context,
    stage: str,
    quota: str,
    person: Persons = None,
    medical: bool = False,
    key: Key = None,
) -> None:
    """Set approved persons on their way (`--medical` for treatment in a third country)."""
    moved = state(ctx).exchanges.start_transit(
        stage, quota, person_ids=person, medical=medical, key=key
    )
    state(ctx).console.print(f"{moved:,} in transit")


@exchange_app.command("handover")
@handled
def exchange_handover(
    ctx: typer.Context,
    stage: str,
    quota: str,
    person: Persons = None,
    count: Count = None,
    via: str | None = None,
    when: When = None,
    key: Key = None,
) -> None:
    """Record a handover as the handing side states it."""
    n = state(ctx).exchanges.record_handover(
        stage, quota, count=count, person_ids=person or [], via_party=via, occurred_at=when, key=key
    )
    state(ctx).console.print(f"handover of {n:,} recorded")


@exchange_app.command("receipt")
@handled
def exchange_receipt(
    ctx: typer.Context,
    stage: str,
    quota: str,
    person: Persons = None,
    count: Count = None,
    note: str = "",
    when: When = None,
    key: Key = None,
) -> None:
    """Record the receiving side's confirmation, with its own count."""
    n = state(ctx).exchanges.confirm_receipt(
        stage, quota, count=count, person_ids=person or [], note=note, occurred_at=when, key=key
    )
    state(ctx).console.print(f"receipt of {n:,} recorded")


@journal_app.command("verify")
@handled
def journal_verify(
    ctx: typer.Context,
    chain_only: Annotated[
        bool, typer.Option(help="Check the hash chain only, not the projection.")
    ] = False,
) -> None:
    """Recompute the chain and rebuild the projection from the journal; exit 1 if either fails."""
    with Progress(console=state(ctx).console, transient=True) as progress:
        task = progress.add_task("verifying", total=None)
        report = state(ctx).journal.verify(
            lambda n: progress.update(task, completed=n), rebuild=not chain_only
        )
    for line in verify_lines(report, rebuilt=not chain_only):
        state(ctx).console.print(line)
    if not report.ok:
        raise typer.Exit(1)


@journal_app.command("show")
@handled
def journal_show(ctx: typer.Context, after: int = 0, limit: int = 20) -> None:
    """Print events after a sequence number (mediators only)."""
    for e in state(ctx).journal.events(after_seq=after, limit=limit):
        state(ctx).console.print(
            f"{e['seq']:>8} {e['recorded_at']} {e['type']:28} "
            f"{e['actor_role']}:{e['actor']} {e['hash'][:16]}",
            highlight=False,
        )
