"""Fixtures: a fresh, migrated ledger on SQLite and on PostgreSQL for every storage test.

PostgreSQL tests use a database cloned per test from a migrated template. Without a
reachable server they are skipped locally, and fail under CI=true, where they must run.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from parley.store.database import make_engine, upgrade
from parley.store.sql_store import SqlStore

PG_ADMIN_URL = os.environ.get(
    "PARLEY_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
TEMPLATE = f"parley_test_template_{os.getpid()}"


def _pg_available() -> bool:
    engine = create_engine(PG_ADMIN_URL)
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        return True
    except Exception:
        return False
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    if not _pg_available():
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"PostgreSQL is not reachable at {PG_ADMIN_URL}; under CI its tests must run"
            )
        pytest.skip("PostgreSQL is not reachable")
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{TEMPLATE}"'))
        conn.execute(text(f'CREATE DATABASE "{TEMPLATE}"'))
    engine = make_engine(str(make_url(PG_ADMIN_URL).set(database=TEMPLATE)))
    upgrade(engine)
    engine.dispose()
    yield TEMPLATE
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)'))
    admin.dispose()


def pg_database(template: str) -> Iterator[str]:
    """A fresh PostgreSQL database cloned from `template`, dropped when the generator ends."""
    name = f"parley_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield str(make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path
) -> Iterator[str]:
    """A migrated, empty ledger database of each kind."""
    if request.param == "sqlite":
        path = tmp_path / "ledger.db"
        shutil.copy(sqlite_template, path)
        yield f"sqlite:///{path}"
    else:
        yield from pg_database(request.getfixturevalue("pg_template"))


@pytest.fixture
def postgres_url(pg_template: str) -> Iterator[str]:
    """A migrated, empty PostgreSQL ledger, for what only PostgreSQL does."""
    yield from pg_database(pg_template)


@pytest.fixture
def store(database_url: str) -> Iterator[SqlStore]:
    s = SqlStore.open(database_url, migrate=False)
    yield s
    s.close()
