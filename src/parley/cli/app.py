"""The `parley` command: global options, error reporting, and the command groups."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from parley.cli.render import problem_table
from parley.cli.state import State
from parley.config import Settings
from parley.errors import InputError, ParleyError
from parley.runtime import tune_collector

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(help="Parley: the intermediary's ledger of exchanges.", no_args_is_help=True)


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None, typer.Option("--db", help="Database URL (else PARLEY_DATABASE_URL).")
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(
            "--as",
            help="Act as mediator:NAME, officer:PARTY:NAME or observer:NAME (else PARLEY_ACTOR).",
        ),
    ] = None,
) -> None:
    """Global options shared by every command."""
    overrides = {k: v for k, v in {"database_url": db, "actor": actor}.items() if v is not None}
    ctx.obj = State(Settings().model_copy(update=overrides))


def report(console: Console, exc: ParleyError) -> None:
    """Print an error so that a person knows what to fix."""
    if isinstance(exc, InputError) and len(exc.problems) > 1:
        console.print(problem_table(exc.problems))
    else:
        message = f"[bold red]error[/] ({type(exc).__name__}): {exc}"
        console.print(message, highlight=False, soft_wrap=True)


def handled(fn: F) -> F:
    """Turn Parley's errors into a readable message and exit status 1."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ParleyError as exc:
            report(Console(stderr=True), exc)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def state(ctx: typer.Context) -> State:
    """The invocation's wiring, made by the root callback."""
    obj = ctx.find_root().obj
    assert isinstance(obj, State)
    return obj


def main() -> None:
    """Console entry point."""
    tune_collector()
    app()
