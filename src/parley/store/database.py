"""Engines and migrations: the one place that knows SQLite from PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str, *, busy_timeout_ms: int = 30_000, cache_mib: int = 256) -> Engine:
    """An engine for `url`. SQLite writers take the write lock when they begin.

    SQLite allows one writer at a time: `BEGIN IMMEDIATE` makes a writer wait for the lock
    (up to the busy timeout) before it reads the chain head, so two processes never both
    extend the same head. PostgreSQL writers instead race, and the journal's primary key
    on `seq` rejects the loser, which the service layer retries.
    """
    if not url.startswith("sqlite"):
        # A fixed pool, no overflow: an overflow connection is closed when it comes back,
        # and under load each request then paid for starting a PostgreSQL backend. Callers
        # past the twentieth wait for a connection instead (up to pool_timeout).
        return create_engine(url, pool_pre_ping=True, pool_size=20, max_overflow=0)
    engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA cache_size={-1024 * int(cache_mib)}")  # negative: KiB
        cursor.execute("PRAGMA wal_autocheckpoint=16384")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("parley_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def read_only(conn: Connection) -> Connection:
    """`conn` set for a read-only transaction over one snapshot.

    SQLite's transactions read one snapshot already. PostgreSQL's default (READ COMMITTED)
    takes a new snapshot per statement, so a balance read in several statements could mix
    states; REPEATABLE READ READ ONLY takes one, and psycopg says so in the BEGIN itself.
    """
    if conn.dialect.name != "postgresql":
        return conn
    return conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)


def alembic_config(connection: Connection) -> Config:
    """Alembic's configuration, bound to an open connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database schema up to `revision` (the newest by default)."""
    with engine.connect() as conn:
        command.upgrade(alembic_config(conn), revision)
        conn.commit()


def downgrade(engine: Engine, revision: str) -> None:
    """Take the database schema back to `revision`."""
    with engine.connect() as conn:
        command.downgrade(alembic_config(conn), revision)
        conn.commit()
