"""Options several commands share (`key=value` pairs are read by `parley.domain.pairs`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

Key = Annotated[
    str | None,
    typer.Option("--key", help="Idempotency key: a retry with the same key changes nothing."),
]
When = Annotated[str | None, typer.Option("--when", help="When it happened (ISO date or time).")]
Export = Annotated[
    Path | None, typer.Option("--export", help="Also write the rows to a .csv or .xlsx file.")
]
