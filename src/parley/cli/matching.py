"""`parley match`: link lists across scripts, deduplicate a list, review candidate pairs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.prompt import Prompt
from rich.table import Table

from parley.cli.app import app, handled, state
from parley.cli.options import Key
from parley.domain.matching import CandidateView, Job, Thresholds
from parley.domain.pairs import pairs
from parley.linkage.port import SplinkLinker
from parley.services.matching import Matching
from parley.tabular import read_table

match_app = typer.Typer(help="Cross-script matching of name lists, and the review queue.")
app.add_typer(match_app, name="match")

Map = Annotated[
    list[str] | None,
    typer.Option("--map", help="FIELD=COLUMN (record_id, surname, ...), repeatable"),
]
Engine = Annotated[str, typer.Option(help="duckdb (default) or spark")]
Review = Annotated[float, typer.Option(help="Queue pairs at or above this probability.")]
Accept = Annotated[
    float, typer.Option(help="Accept pairs at or above this probability without review.")
]


def _matching(ctx: typer.Context, engine: str = "duckdb") -> Matching:
    return Matching(state(ctx).context, SplinkLinker(engine))


def _summary(result: dict[str, Any]) -> Table:
    table = Table(title="match run", title_justify="left")
    columns = ("records", "pairs compared", "candidates", "auto-accepted", "for review", "clusters")
    for name in columns:
        table.add_column(name, justify="right")
    compared = result["pairs_compared"]
    table.add_row(
        " × ".join(f"{n:,}" for n in result["records"]),
        "—" if compared is None else f"{compared:,}",
        f"{result['candidates']:,}",
        f"{result['auto_accepted']:,}",
        f"{result['for_review']:,}",
        f"{result['clusters']:,}",
    )
    return table


@match_app.command("lists")
@handled
def match_lists(
    ctx: typer.Context,
    held: Path,
    requested: Path,
    map_: Map = None,
    held_party: Annotated[
        str | None, typer.Option(help="Party that submitted the held list")
    ] = None,
    requested_party: Annotated[
        str | None, typer.Option(help="Party that submitted the request")
    ] = None,
    remains: Annotated[
        bool, typer.Option(help="Link remains records to missing-person reports")
    ] = False,
    engine: Engine = "duckdb",
    review_above: Review = 0.5,
    accept_above: Accept = 0.995,
    key: Key = None,
) -> None:
    """Link a requested list to a held list (CSV or XLSX, any script) and queue candidates."""
    tables = read_table(held), read_table(requested)
    with state(ctx).console.status("linking (training the model, then scoring pairs)"):
        result = _matching(ctx, engine).run(
            Job.REMAINS if remains else Job.LINK,
            *tables,
            mapping=pairs(map_, "map"),
            parties=(held_party, requested_party),
            thresholds=Thresholds(review_above, accept_above),
            key=key,
        )
    state(ctx).console.print(_summary(result))


@match_app.command("dedupe")
@handled
def match_dedupe(
    ctx: typer.Context,
    file: Path,
    map_: Map = None,
    party: Annotated[str | None, typer.Option(help="Party that submitted the list")] = None,
    engine: Engine = "duckdb",
    review_above: Review = 0.5,
    accept_above: Accept = 0.995,
    key: Key = None,
) -> None:
    """Find records on one list that are the same person, and queue them."""
    table = read_table(file)
    with state(ctx).console.status("deduplicating"):
        result = _matching(ctx, engine).run(
            Job.DEDUPE,
            table,
            mapping=pairs(map_, "map"),
            parties=(party, party),
            thresholds=Thresholds(review_above, accept_above),
            key=key,
        )
    state(ctx).console.print(_summary(result))


def candidate_table(c: CandidateView) -> Table:
    """A candidate pair side by side, then each comparison's contribution."""
    table = Table(
        title=f"candidate {c.candidate_id}: probability {c.probability:.4f}", title_justify="left"
    )
    table.add_column("field")
    table.add_column(c.left_key)
    table.add_column(c.right_key)
    for name in dict.fromkeys([*c.left_record, *c.right_record]):
        table.add_row(name, c.left_record.get(name, ""), c.right_record.get(name, ""))
    waterfall = Table(title="why (match weight in bits; + for, − against)", title_justify="left")
    for name, justify in (("comparison", "left"), ("level", "left"), ("weight", "right")):
        waterfall.add_column(name, justify=justify)  # type: ignore[arg-type]
    for comparison, level, weight in c.contributions:
        waterfall.add_row(comparison, level, f"{weight:+.2f}")
    waterfall.add_row("total", "", f"{c.match_weight:+.2f}")
    grid = Table.grid(padding=(0, 4))
    grid.add_row(table, waterfall)
    return grid


@match_app.command("review")
@handled
def match_review(
    ctx: typer.Context,
    accept: Annotated[
        list[str] | None, typer.Option(help="Accept this candidate id (repeatable)")
    ] = None,
    reject: Annotated[
        list[str] | None, typer.Option(help="Reject this candidate id (repeatable)")
    ] = None,
    note: str = "",
    limit: int = 50,
) -> None:
    """Decide candidates: by id with --accept/--reject, or one by one at the prompt."""
    matching, console = _matching(ctx), state(ctx).console
    decisions = [(c, True) for c in accept or []] + [(c, False) for c in reject or []]
    for candidate_id, accepted in decisions:
        console.print(
            f"{candidate_id}: {matching.decide(candidate_id, accept=accepted, note=note)}"
        )
    if decisions:
        return
    queue = matching.queue(limit)
    if not queue:
        console.print("nothing to review")
    for candidate in queue:
        console.print(candidate_table(candidate))
        answer = Prompt.ask(
            "[a]ccept, [r]eject, [s]kip, [q]uit", choices=["a", "r", "s", "q"], default="s"
        )
        if answer == "q":
            break
        if answer in ("a", "r"):
            console.print(matching.decide(candidate.candidate_id, accept=answer == "a", note=note))
