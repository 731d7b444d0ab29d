"""Verification: recompute the hash chain and rebuild the projection from the journal alone.

Both run in one streaming pass over the journal, in memory that does not grow with the
number of events: rows are fetched in batches and the rebuilt projection is written to a
scratch SQLite file, then compared with the stored projection table by table in key order.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, String, Table, Text, create_engine, select

from parley.domain.canonical import GENESIS_HASH, STORED_FIELDS, ChainVerifier
from parley.domain.ports import Progress
from parley.domain.views import ProjectionMismatch, VerifyReport
from parley.store import schema as t
from parley.store.projector import Projector

BATCH = 10_000
_TYPE, _PAYLOAD, _OCCURRED_AT = (STORED_FIELDS.index(f) for f in ("type", "payload", "occurred_at"))


def stream_journal(
    conn: Connection, after_seq: int = 0, columns: Sequence[str] | None = None
) -> Generator[Any, None, None]:
    """Journal rows in sequence order, fetched in batches (server-side on PostgreSQL)."""
    j = t.journal
    chosen = [j.c[name] for name in columns] if columns else list(j.columns)
    stmt = select(*chosen).where(j.c.seq > after_seq).order_by(j.c.seq)
    with conn.execution_options(stream_results=True, yield_per=BATCH).execute(stmt) as result:
        yield from result


def verify(
    engine: Engine, *, rebuild: bool = True, progress: Progress | None = None
) -> VerifyReport:
    """Check the chain and (unless `rebuild` is False) the projection against the journal."""
    with tempfile.TemporaryDirectory(prefix="parley-verify-") as scratch_dir:
        scratch = create_engine(f"sqlite:///{Path(scratch_dir) / 'rebuilt.db'}")
        try:
            t.metadata.create_all(scratch, tables=list(t.PROJECTION_TABLES))
            with engine.connect() as live, scratch.begin() as rebuilt:
                rebuilt.exec_driver_sql("PRAGMA synchronous=OFF")
                report = _replay(live, rebuilt if rebuild else None, progress)
                if report.ok and rebuild:
                    mismatch = _first_mismatch(live, rebuilt)
                    report = VerifyReport(report.events, report.head_hash, None, mismatch)
            return report
        finally:
            scratch.dispose()


def _replay(
    live: Connection, rebuilt: Connection | None, progress: Progress | None
) -> VerifyReport:
    chain = ChainVerifier()
    projector = Projector(rebuilt) if rebuilt is not None else None
    with closing(stream_journal(live, columns=STORED_FIELDS)) as rows:
        return _replay_rows(rows, chain, projector, progress)


def _replay_rows(
    rows: Iterator[Any],
    chain: ChainVerifier,
    projector: Projector | None,
    progress: Progress | None,
) -> VerifyReport:
    for row in rows:
        broken = chain.check(row)
        if broken is not None:
            return VerifyReport(chain.count, chain.prev_hash, broken)
        if projector is not None:
            projector.apply(row[_TYPE], json.loads(row[_PAYLOAD]), row[0], row[_OCCURRED_AT])
            if chain.count % BATCH == 0:
                projector.flush()
        if progress is not None and chain.count % BATCH == 0:
            progress(chain.count)
    if projector is not None:
        projector.flush()
    if progress is not None:
        progress(chain.count)
    return VerifyReport(chain.count, chain.prev_hash if chain.count else GENESIS_HASH)


def _normal(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


def _rows(conn: Connection, table: Table) -> Generator[tuple[Any, ...], None, None]:
    # Byte order on both sides ("C" on PostgreSQL, BINARY on SQLite) so keys merge-join.
    pg = conn.dialect.name == "postgresql"
    key = [
        c.collate("C") if pg and isinstance(c.type, String | Text) else c
        for c in table.primary_key.columns
    ]
    stmt = select(*table.columns).order_by(*key)
    with conn.execution_options(stream_results=True, yield_per=BATCH).execute(stmt) as result:
        for row in result:
            yield tuple(_normal(v) for v in row)


def _first_mismatch(live: Connection, rebuilt: Connection) -> ProjectionMismatch | None:
    """The disagreement with the lowest event number across all projection tables."""
    found = [m for table in t.PROJECTION_TABLES if (m := _table_mismatch(live, rebuilt, table))]
    # A table without seq (running counts) names no event: reported only if nothing else is.
    return min(found, key=lambda m: m.seq if m.seq is not None else float("inf"), default=None)


def _table_mismatch(
    live: Connection, rebuilt: Connection, table: Table
) -> ProjectionMismatch | None:
    names = [c.name for c in table.columns]
    key_at = [names.index(c.name) for c in table.primary_key.columns]
    seq_at = names.index("seq") if "seq" in names else None

    def key(row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(row[i] for i in key_at)

    def mismatch(
        row: tuple[Any, ...], detail: str, other: tuple[Any, ...] | None = None
    ) -> ProjectionMismatch:
        if seq_at is None:
            seq = None
        else:
            seq = row[seq_at] if other is None else min(row[seq_at], other[seq_at])
        return ProjectionMismatch(table.name, "/".join(map(str, key(row))), seq, detail)

    with closing(_rows(live, table)) as stored_rows, closing(_rows(rebuilt, table)) as fresh_rows:
        return _merge(stored_rows, fresh_rows, names, key, mismatch)


def _merge(
    stored_rows: Iterator[tuple[Any, ...]],
    fresh_rows: Iterator[tuple[Any, ...]],
    names: list[str],
    key: Callable[[tuple[Any, ...]], tuple[Any, ...]],
    mismatch: Callable[..., ProjectionMismatch],
) -> ProjectionMismatch | None:
    stored, fresh = next(stored_rows, None), next(fresh_rows, None)
    while stored is not None or fresh is not None:
        if stored == fresh:
            stored, fresh = next(stored_rows, None), next(fresh_rows, None)
        elif fresh is None or (stored is not None and key(stored) < key(fresh)):
            return mismatch(stored, "row in the stored projection that no event produced")
        elif stored is None or key(fresh) < key(stored):
            return mismatch(fresh, "row missing from the stored projection")
        else:
            changed = [n for n, a, b in zip(names, stored, fresh, strict=True) if a != b]
            return mismatch(stored, f"columns differ from the journal: {', '.join(changed)}", fresh)
    return None
