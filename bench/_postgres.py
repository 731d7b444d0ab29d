"""A throwaway PostgreSQL database for a benchmark run, created fresh and dropped after."""

from __future__ import annotations

import os
from collections.abc import Callable

from sqlalchemy import create_engine, text

from parley.services.context import new_id

PG_ADMIN = os.environ.get(
    "PARLEY_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def temporary_database(prefix: str) -> tuple[str, Callable[[], None]]:
    """Create a database named `<prefix>_<id>`; returns its URL and the function that drops it."""
    name = f"{prefix}_{new_id()[-12:]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", drop
