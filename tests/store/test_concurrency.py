"""Two writer processes at once: no event lost, no fork of the chain (SQLite and PostgreSQL)."""

from __future__ import annotations

import multiprocessing as mp
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from parley.domain.access import Actor
from parley.domain.events import PartyRegistered
from parley.domain.model import PartyKind
from parley.services.context import Context, execute
from parley.services.demo import MemoryRow, MemoryTable
from parley.services.registry import Registry
from parley.store import schema
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, as_actor

COMMANDS, BATCH = 25, 8


def _writer(url: str, name: str, barrier: Any) -> None:
    store = SqlStore.open(url, migrate=False)
    registry = Registry(Context(store, Actor.parse(f"mediator:{name}")))
    barrier.wait()
    for n in range(COMMANDS):
        rows = tuple(
            MemoryRow(
                i + 2,
                {
                    "kind": "pow",
                    "origin_party": "UA",
                    "holding_party": "RU",
                    "surname": "Петренко",
                    "external_ref": f"{name}-{n}-{i}",
                },
            )
            for i in range(BATCH)
        )
        registry.import_persons(
            MemoryTable(f"{name}-{n}.csv", tuple(rows[0].values), rows), submitted_by="RU"
        )
    store.close()


def test_two_processes_append_without_loss_or_fork(store: SqlStore, database_url: str) -> None:
    registry = Registry(as_actor(store, MEDIATOR))
    registry.register_party("UA", "belligerent", {"en": "Ukraine"})
    registry.register_party("RU", "belligerent", {"en": "Russia"})
    spawn = mp.get_context("spawn")
    barrier = spawn.Barrier(2)
    workers = [
        spawn.Process(target=_writer, args=(database_url, name, barrier)) for name in ("w1", "w2")
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
        assert w.exitcode == 0
    expected = 2 + 2 * COMMANDS * BATCH
    with store.engine.connect() as conn:
        j = schema.journal
        count, top = conn.execute(select(func.count(), func.max(j.c.seq))).one()
        actors = set(conn.execute(select(j.c.actor).distinct()).scalars())
    assert (count, top) == (expected, expected)
    assert actors == {"amira", "w1", "w2"}
    report = store.verify()
    assert report.ok, report
    assert len(registry.persons()) == 2 * COMMANDS * BATCH


def test_a_writer_that_lost_the_race_is_retried_on_fresh_state(postgres_url: str) -> None:
    """On PostgreSQL a stale head is rejected by the journal's key, and the command reruns."""
    store = SqlStore.open(postgres_url, migrate=False)
    ctx = as_actor(store, MEDIATOR)
    attempts: list[int] = []

    def decide(writer: Any) -> Any:
        attempts.append(writer.head[0])
        if len(attempts) == 1:  # another writer commits after this one read the head
            Registry(as_actor(store, "mediator:other")).register_party("RU", "belligerent", {})
        return [PartyRegistered(code="UA", kind=PartyKind.BELLIGERENT, names={})], "UA"

    assert execute(ctx, "register_party", {"code": "UA"}, decide, key=None) == "UA"
    assert attempts == [0, 1]
    assert [p.code for p in Registry(ctx).parties()] == ["RU", "UA"]
    assert store.verify().ok
    store.close()


def test_sqlite_writers_queue_for_the_lock(tmp_path: Any, sqlite_template: Any) -> None:
    """On SQLite a second writer waits for the first (BEGIN IMMEDIATE) instead of forking."""
    import shutil

    path = tmp_path / "l.db"
    shutil.copy(sqlite_template, path)
    first = SqlStore.open(f"sqlite:///{path}", migrate=False)
    impatient = SqlStore.open(f"sqlite:///{path}", migrate=False, busy_timeout_ms=100)
    with first.writing(), pytest.raises(OperationalError, match="locked"), impatient.writing():
        pass
    first.close()
    impatient.close()
