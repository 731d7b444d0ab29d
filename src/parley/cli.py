"""Parley's command line: thin commands that parse, call one service, and print with rich."""

from __future__ import annotations

import typer

app = typer.Typer(help="Parley: the intermediary's ledger.", no_args_is_help=True)


@app.command()
def version() -> None:
    """Print Parley's version."""
    from parley import __version__

    typer.echo(__version__)


def main() -> None:
    """Console entry point."""
    app()
