"""`key=value` pairs as people type them: the CLI's `--map`/`--default`/`--name` options and
the API's repeated form fields of the same names."""

from __future__ import annotations

from parley.errors import InputError, Problem


def pairs(items: list[str] | None, field: str) -> dict[str, str]:
    """Parse repeated `key=value` items into a dict; `field` names them in the error."""
    out: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(Problem("write it as key=value", field=field, value=item))
        out[key.strip()] = value.strip()
    return out
