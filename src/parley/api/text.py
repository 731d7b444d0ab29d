"""Text the ledger cannot keep: a NUL character anywhere in a request is refused as bad input.

PostgreSQL's text type cannot hold U+0000 (SQLite can), so a NUL in a path, a query or a
body would otherwise fail deep in the store as a 500. The CLI cannot pass one (argv is C
strings) and the table readers refuse it, so requests are the only way in; one app-wide
dependency refuses it there, on both databases alike, naming where it was.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

from fastapi import Request

from parley.errors import InputError, Problem

NUL = "\x00"
REASON = "text may not contain the NUL character (U+0000)"


async def refuse_nul(request: Request) -> None:
    """Dependency: 422 with the field's path when any text in the request holds a NUL."""
    found = [*_params("path", request.path_params), *_params("query", request.query_params)]
    found += [f async for f in _body(request)]
    if found:
        raise InputError([Problem(REASON, field=where) for where in found])


def _params(kind: str, params: Any) -> Iterator[str]:
    for name, value in params.items():
        if NUL in name or NUL in str(value):
            yield f"{kind}.{name}"


async def _body(request: Request) -> AsyncIterator[str]:
    kind = request.headers.get("content-type", "")
    if kind.startswith("multipart/form-data") or kind.startswith("application/x-www-form"):
        form = await request.form()  # cached by Starlette: FastAPI reads the same one
        for name, value in form.multi_items():
            if NUL in name or (isinstance(value, str) and NUL in value):
                yield f"body.{name}"
        return
    body = await request.body()
    if b"\\u0000" not in body:  # JSON writes NUL only as this escape; a raw one is invalid
        return
    try:
        data = json.loads(body)
    except ValueError:
        return  # FastAPI reports the body as unreadable
    for where in _walk(data, "body"):
        yield where


def _walk(value: Any, where: str) -> Iterator[str]:
    if isinstance(value, str):
        if NUL in value:
            yield where
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from (f"{where}.{key}",) if NUL in key else _walk(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(item, f"{where}.{i}")
