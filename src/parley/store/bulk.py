"""Bulk writes straight to the driver's executemany, for the journal's hot path.

SQLAlchemy's executemany builds and processes a parameter dict per row; at hundreds of
thousands of rows that dominates an append. Here each statement is compiled once per
dialect and shape with named parameters, and the row dicts go to the driver as they are.
Only plain types are written this way (str, int, bool, None), which need no processing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam
from sqlalchemy.dialects import sqlite

_compiled: dict[tuple[str, str, str, tuple[str, ...]], str] = {}
# sqlite3 takes :name parameters from dicts; psycopg's %(name)s style is named already.
_NAMED = {"sqlite": sqlite.dialect(paramstyle="named")}


def _compile(conn: Connection, kind: str, table: Table, names: tuple[str, ...], stmt: Any) -> str:
    cache_key = (conn.dialect.name, kind, table.name, names)
    if cache_key not in _compiled:
        dialect = _NAMED.get(conn.dialect.name, conn.dialect)
        columns = [n for n in names if not n.startswith("k_")]
        _compiled[cache_key] = str(stmt.compile(dialect=dialect, column_keys=columns))
    return _compiled[cache_key]


def execute_many(conn: Connection, name: str, stmt: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    """Run one statement, known by `name`, once per row (rows all have the same keys)."""
    cache_key = (conn.dialect.name, "statement", name, ())
    if cache_key not in _compiled:
        dialect = _NAMED.get(conn.dialect.name, conn.dialect)
        _compiled[cache_key] = str(stmt.compile(dialect=dialect))
    conn.exec_driver_sql(_compiled[cache_key], list(rows))


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows that all have the same keys."""
    names = tuple(rows[0])
    conn.exec_driver_sql(_compile(conn, "insert", table, names, table.insert()), list(rows))


def update_many(
    conn: Connection, table: Table, key: Sequence[str], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Update rows found by `key` columns (given as `k_<column>`), setting the other keys."""
    names = tuple(rows[0])
    stmt = table.update().where(*[table.c[k] == bindparam(f"k_{k}") for k in key])
    conn.exec_driver_sql(_compile(conn, "update", table, names, stmt), list(rows))
