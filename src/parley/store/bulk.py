"""Bulk writes straight to the driver's executemany, for the journal's hot path.

SQLAlchemy's executemany builds and processes a parameter dict per row; at hundreds of
thousands of rows that dominates an append. Here each statement is compiled once per
dialect and shape with positional parameters, and each row dict becomes a tuple in one C
call (`itemgetter`): sqlite3 binds a named parameter by making a string of its name and
looking it up in the row, per parameter and row, which cost more than the tuple.
Only plain types are written this way (str, int, bool, None), which need no processing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam
from sqlalchemy.engine import Dialect

Row = Mapping[str, Any]
Prepared = tuple[str, Callable[[Row], Any]]
Shape = tuple[str, str, str, tuple[str, ...]]  # dialect, kind, table or name, row keys

_compiled: dict[Shape, Prepared] = {}
_POSITIONAL = {"sqlite": "qmark", "postgresql": "format"}


def _dialect(conn: Connection) -> Dialect:
    """The connection's dialect with positional parameters (sqlite3 `?`, psycopg `%s`)."""
    dialect_class: Any = type(conn.dialect)
    return dialect_class(paramstyle=_POSITIONAL[conn.dialect.name])  # type: ignore[no-any-return]


def _prepare(conn: Connection, cache_key: Shape, statement: Callable[[], Any]) -> Prepared:
    """The SQL of the statement `statement()` builds (built once per shape) and a function
    from a row dict to its parameters, in order."""
    if cache_key not in _compiled:
        columns = [n for n in cache_key[3] if not n.startswith("k_")]
        compiled = statement().compile(dialect=_dialect(conn), column_keys=columns or None)
        order = tuple(compiled.positiontup or ())
        if len(order) == 1:
            name = order[0]
            _compiled[cache_key] = (str(compiled), lambda row: (row[name],))
        else:
            _compiled[cache_key] = (str(compiled), itemgetter(*order))
    return _compiled[cache_key]


def _run(conn: Connection, prepared: Prepared, rows: Sequence[Row]) -> None:
    sql, parameters = prepared
    conn.exec_driver_sql(sql, list(map(parameters, rows)))


def execute_many(conn: Connection, name: str, stmt: Any, rows: Sequence[Row]) -> None:
    """Run one statement, known by `name`, once per row (rows all have the same keys)."""
    _run(conn, _prepare(conn, (conn.dialect.name, "statement", name, ()), lambda: stmt), rows)


def insert_many(conn: Connection, table: Table, rows: Sequence[Row]) -> None:
    """Insert rows that all have the same keys."""
    cache_key = (conn.dialect.name, "insert", table.name, tuple(rows[0]))
    _run(conn, _prepare(conn, cache_key, table.insert), rows)


def update_many(conn: Connection, table: Table, key: Sequence[str], rows: Sequence[Row]) -> None:
    """Update rows found by `key` columns (given as `k_<column>`), setting the other keys."""
    cache_key = (conn.dialect.name, "update", table.name, tuple(rows[0]))

    def statement() -> Any:
        return table.update().where(*[table.c[k] == bindparam(f"k_{k}") for k in key])

    _run(conn, _prepare(conn, cache_key, statement), rows)
