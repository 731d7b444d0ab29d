"""Commands for persons: registering, importing, listing, status changes and disclosure."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from parley.cli.app import app, handled, state
from parley.cli.options import Export, Key, When
from parley.cli.render import PERSON_COLUMNS, history_table, person_rows, person_table
from parley.domain.pairs import pairs
from parley.domain.ports import PersonFilter, TableSource
from parley.tabular import read_table, write_table

person_app = typer.Typer(help="Persons: POWs, detained civilians and remains.")
import_app = typer.Typer(help="All-or-nothing imports from CSV and XLSX.")
app.add_typer(person_app, name="person")
app.add_typer(import_app, name="import")

Fields = Annotated[list[str] | None, typer.Option("--field", "-f", help="FIELD=VALUE, repeatable")]
SubmittedBy = Annotated[
    str | None, typer.Option(help="Party submitting the records (mediators must say).")
]


@person_app.command("add")
@handled
def person_add(
    ctx: typer.Context, field: Fields = None, submitted_by: SubmittedBy = None, key: Key = None
) -> None:
    """Register one person (fields as in an import: kind, origin_party, surname, ...)."""
    person_id = state(ctx).registry.register_person(
        pairs(field, "field"), submitted_by=submitted_by, key=key
    )
    state(ctx).console.print(person_id)


@person_app.command("show")
@handled
def person_show(ctx: typer.Context, person_id: str) -> None:
    """One person's record and status history."""
    person, history = state(ctx).registry.person(person_id)
    console = state(ctx).console
    console.print(person_table([person]))
    for name in person.names[1:]:
        console.print(f"also written: {name.display()} ({name.script}, {name.lang})")
    console.print(history_table(history))
    for other in state(ctx).registry.links(person_id):
        console.print(
            f"same person as {other.person_id}: {other.display_name} "
            f"(submitted by {other.submitted_by})"
        )


@person_app.command("list")
@handled
def person_list(
    ctx: typer.Context,
    holding: str | None = None,
    origin: str | None = None,
    status: str | None = None,
    limit: int = 50,
    offset: int = 0,
    export: Export = None,
) -> None:
    """Persons the actor may see."""
    where = PersonFilter(
        holding_party=holding, origin_party=origin, status=status, limit=limit, offset=offset
    )
    persons = state(ctx).registry.persons(where)
    state(ctx).console.print(person_table(persons))
    if export is not None:
        write_table(export, PERSON_COLUMNS, person_rows(persons))


@person_app.command("status")
@handled
def person_status(
    ctx: typer.Context,
    person_id: str,
    status: str,
    reason: str = "",
    when: When = None,
    key: Key = None,
) -> None:
    """Move a person to another status (refused if the lifecycle does not allow it)."""
    state(ctx).registry.change_status(person_id, status, reason=reason, occurred_at=when, key=key)
    state(ctx).console.print(f"{person_id}: {status}")


@person_app.command("disclose")
@handled
def person_disclose(ctx: typer.Context, party: str, person_ids: list[str], key: Key = None) -> None:
    """Let a party's officers see these persons' records."""
    n = state(ctx).registry.disclose(party, person_ids, key=key)
    state(ctx).console.print(f"{n} record(s) disclosed to {party}")


@import_app.command("persons")
@handled
def import_persons(
    ctx: typer.Context,
    file: Path,
    map_: Annotated[
        list[str] | None, typer.Option("--map", help="FIELD=COLUMN, repeatable")
    ] = None,
    default: Annotated[
        list[str] | None, typer.Option(help="FIELD=VALUE for every row, repeatable")
    ] = None,
    sheet: str | None = None,
    submitted_by: SubmittedBy = None,
    key: Key = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check every row as the import would; write nothing.")
    ] = False,
) -> None:
    """Import persons from a CSV (UTF-8 or cp1251) or XLSX file: every row, or none."""
    table = read_table(file, sheet=sheet)
    if dry_run:
        _check_import(ctx, file, table, map_, default, submitted_by, key)
        return
    columns = [TextColumn("importing"), BarColumn(), MofNCompleteColumn()]
    with Progress(*columns, console=state(ctx).console, transient=True) as progress:
        task = progress.add_task("rows", total=len(table.rows))
        result = state(ctx).registry.import_persons(
            table,
            mapping=pairs(map_, "map"),
            defaults=pairs(default, "default"),
            submitted_by=submitted_by,
            key=key,
            progress=lambda n: progress.update(task, completed=n),
        )
    state(ctx).console.print(f"{result['imported']:,} person(s) imported from {file}")


def _check_import(
    ctx: typer.Context,
    file: Path,
    table: TableSource,
    map_: list[str] | None,
    default: list[str] | None,
    submitted_by: str | None,
    key: str | None,
) -> None:
    found = state(ctx).registry.import_persons(
        table,
        mapping=pairs(map_, "map"),
        defaults=pairs(default, "default"),
        submitted_by=submitted_by,
        key=key,
        dry_run=True,
    )
    if done := found["already_imported"]:
        state(ctx).console.print(f"already imported from {file}: {done:,} person(s); nothing to do")
    else:
        state(ctx).console.print(
            f"{found['would_import']:,} person(s) would be imported from {file}"
        )


@import_app.command("manifest")
@handled
def import_manifest(
    ctx: typer.Context,
    file: Path,
    stage: str,
    quota: str,
    column: Annotated[
        str, typer.Option(help="external_ref (the handing party's reference) or person_id")
    ] = "external_ref",
    sheet: str | None = None,
    key: Key = None,
) -> None:
    """Put the persons a CSV or XLSX file names on a stage's manifest: every row, or none."""
    table = read_table(file, sheet=sheet)
    result = state(ctx).exchanges.import_manifest(stage, quota, table, column=column, key=key)
    state(ctx).console.print(f"{result['named']:,} person(s) listed on {stage} from {file}")
