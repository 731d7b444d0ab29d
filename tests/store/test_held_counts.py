"""The running counts of persons held agree with the persons they count, on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import Integer, func, select, text

from parley.domain.lifecycle import GONE
from parley.services.registry import Registry
from parley.store import schema
from parley.store.database import downgrade, upgrade
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, as_actor, build_small

BUCKET = ("holding_party", "origin_party", "kind")


@pytest.fixture
def ledger(store: SqlStore) -> SqlStore:
    """The small scenario, with persons leaving their holder's hands and one coming back."""
    ctx = as_actor(store, MEDIATOR)
    small = build_small(ctx)
    reg = Registry(ctx)
    reg.change_status(small.ru_held[0], "released")
    reg.change_status(small.ru_held[1], "died_in_captivity")
    reg.change_status(small.ua_held[0], "listed")
    reg.change_status(small.ua_held[0], "held")
    return store


def _counted(store: SqlStore) -> dict[tuple[str, ...], int]:
    p = schema.persons
    still = func.sum((~p.c.status.in_([s.value for s in GONE])).cast(Integer))
    stmt = select(*(p.c[c] for c in BUCKET), still).group_by(*(p.c[c] for c in BUCKET))
    with store.engine.connect() as conn:
        return {tuple(r[:3]): int(r[3]) for r in conn.execute(stmt)}


def _kept(store: SqlStore) -> dict[tuple[str, ...], int]:
    h = schema.held_counts
    with store.engine.connect() as conn:
        return {tuple(r[:3]): int(r[3]) for r in conn.execute(select(h))}


def test_counts_equal_the_persons_still_held(ledger: SqlStore) -> None:
    kept = _kept(ledger)
    assert kept == _counted(ledger)
    assert kept == {("RU", "UA", "pow"): 1, ("UA", "RU", "pow"): 2}


def test_an_edited_count_is_found_by_verify(ledger: SqlStore) -> None:
    with ledger.engine.begin() as conn:
        conn.execute(text("UPDATE held_counts SET held = held + 1"))
    report = ledger.verify()
    assert report.chain_break is None and report.mismatch is not None
    assert report.mismatch.table == "held_counts" and report.mismatch.seq is None


def test_migration_counts_the_persons_already_registered(ledger: SqlStore) -> None:
    before = _kept(ledger)
    downgrade(ledger.engine, "0005")
    upgrade(ledger.engine)
    assert _kept(ledger) == before
    assert ledger.verify().ok
