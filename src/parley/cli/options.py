"""Options several commands share, and parsing of `key=value` pairs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from parley.errors import InputError, Problem

Key = Annotated[
    str | None,
    typer.Option("--key", help="Idempotency key: a retry with the same key changes nothing."),
]
When = Annotated[str | None, typer.Option("--when", help="When it happened (ISO date or time).")]
Export = Annotated[
    Path | None, typer.Option("--export", help="Also write the rows to a .csv or .xlsx file.")
]


def pairs(items: list[str] | None, option: str) -> dict[str, str]:
    """Parse repeated `key=value` options into a dict."""
    out: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(Problem("write it as key=value", field=option, value=item))
        out[key.strip()] = value.strip()
    return out
