"""The SQL store: the domain's Store port on SQLAlchemy, for SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing, contextmanager
from typing import Any

from sqlalchemy import Engine

from parley.domain.ports import Progress
from parley.domain.views import VerifyReport
from parley.store import verify as verification
from parley.store.database import make_engine, read_only, upgrade
from parley.store.reader import SqlReader
from parley.store.writer import SqlWriter


class SqlStore:
    """Journal and projection in one SQL database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(
        cls, url: str, *, busy_timeout_ms: int = 30_000, cache_mib: int = 256, migrate: bool = True
    ) -> SqlStore:
        """Connect to `url`, bringing its schema up to date unless told not to."""
        engine = make_engine(url, busy_timeout_ms=busy_timeout_ms, cache_mib=cache_mib)
        if migrate:
            upgrade(engine)
        return cls(engine)

    @contextmanager
    def reading(self) -> Iterator[SqlReader]:
        """A read-only transaction over a consistent snapshot."""
        with self.engine.connect() as conn, read_only(conn).begin():
            yield SqlReader(conn)

    @contextmanager
    def writing(self) -> Iterator[SqlWriter]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(parley_write=True)
            with conn.begin():
                yield SqlWriter(conn)

    def journal(self, after_seq: int = 0, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Journal rows after `after_seq`, oldest first."""
        with (
            self.engine.connect() as conn,
            closing(verification.stream_journal(conn, after_seq)) as rows,
        ):
            for n, row in enumerate(rows):
                if limit is not None and n >= limit:
                    return
                yield dict(row._mapping)

    def verify(self, progress: Progress | None = None, *, rebuild: bool = True) -> VerifyReport:
        """Recompute the chain and rebuild the projection from the journal alone."""
        return verification.verify(self.engine, rebuild=rebuild, progress=progress)

    def close(self) -> None:
        """Release the engine's connections."""
        self.engine.dispose()
