from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from parley.store.database import downgrade, make_engine, upgrade
from parley.store.schema import metadata


def test_migrations_build_exactly_the_declared_schema(database_url: str) -> None:
    engine = make_engine(database_url)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diffs == []
    engine.dispose()


def test_migrations_go_down_and_up_again(database_url: str) -> None:
    engine = make_engine(database_url)
    downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert {"journal", "persons", "quotas"} <= set(inspect(engine).get_table_names())
    engine.dispose()
