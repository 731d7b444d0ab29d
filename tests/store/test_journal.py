"""The storage contract, run on SQLite and PostgreSQL: append-only journal, verification."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError

from parley.domain.ports import PersonFilter
from parley.services.journal import Journal
from parley.services.registry import Registry
from parley.store import schema
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, as_actor, build_small, person


def _tamper(store: SqlStore, *statements: str) -> None:
    """Change the database behind Parley's back, as someone with admin rights could."""
    with store.engine.begin() as conn:
        _triggers(conn, enable=False)
        for statement in statements:
            conn.execute(text(statement))
        _triggers(conn, enable=True)


def _triggers(conn: Connection, *, enable: bool) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"ALTER TABLE journal {'ENABLE' if enable else 'DISABLE'} TRIGGER USER"))
    elif not enable:
        conn.execute(text("DROP TRIGGER journal_no_update"))
        conn.execute(text("DROP TRIGGER journal_no_delete"))


@pytest.fixture
def ledger(store: SqlStore) -> SqlStore:
    build_small(as_actor(store, MEDIATOR))
    return store


def _seq_of_person(store: SqlStore, surname: str) -> int:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(schema.journal.c.seq, schema.journal.c.payload).order_by(schema.journal.c.seq)
        )
        return next(seq for seq, payload in rows if surname in payload)


def test_untouched_journal_verifies(ledger: SqlStore) -> None:
    report = Journal(as_actor(ledger, MEDIATOR)).verify()
    assert report.ok and report.events > 5
    with ledger.engine.connect() as conn:
        head = conn.execute(
            select(schema.journal.c.hash).order_by(schema.journal.c.seq.desc())
        ).scalar()
    assert report.head_hash == head


def test_journal_refuses_update_and_delete(ledger: SqlStore) -> None:
    for statement in (
        "UPDATE journal SET actor = 'x' WHERE seq = 1",
        "DELETE FROM journal WHERE seq = 1",
    ):
        with pytest.raises(DBAPIError, match="append-only"), ledger.engine.begin() as conn:
            conn.execute(text(statement))


def test_changed_payload_byte_is_named(ledger: SqlStore) -> None:
    seq = _seq_of_person(ledger, "Шевчук")
    _tamper(
        ledger,
        f"UPDATE journal SET payload = replace(payload, 'Шевчук', 'Шевчук ') WHERE seq = {seq}",
    )
    report = ledger.verify()
    assert report.chain_break is not None and report.chain_break.seq == seq
    assert "hash" in report.chain_break.reason


def test_deleted_event_is_named(ledger: SqlStore) -> None:
    _tamper(ledger, "DELETE FROM journal WHERE seq = 4")
    report = ledger.verify()
    assert report.chain_break is not None and report.chain_break.seq == 4
    assert "missing" in report.chain_break.reason


def test_reordered_events_are_named(ledger: SqlStore) -> None:
    _tamper(
        ledger,
        "UPDATE journal SET seq = -1 WHERE seq = 6",
        "UPDATE journal SET seq = 6 WHERE seq = 7",
        "UPDATE journal SET seq = 7 WHERE seq = -1",
    )
    report = ledger.verify()
    assert report.chain_break is not None and report.chain_break.seq == 6


@pytest.mark.parametrize(
    ("statement", "table", "detail"),
    [
        (
            "UPDATE persons SET status = 'released' "
            "WHERE person_id = (SELECT min(person_id) FROM persons)",
            "persons",
            "columns differ from the journal: status",
        ),
        (
            "DELETE FROM person_names WHERE position = 0 AND surname = 'Бойко'",
            "person_names",
            "missing",
        ),
        (
            "INSERT INTO disclosures (person_id, party, seq) "
            "SELECT min(person_id), 'UA', 1 FROM persons",
            "disclosures",
            "no event produced",
        ),
    ],
)
def test_projection_edited_behind_the_journals_back(
    ledger: SqlStore, statement: str, table: str, detail: str
) -> None:
    _tamper(ledger, statement)
    report = ledger.verify()
    assert report.chain_break is None
    assert report.mismatch is not None, report
    assert report.mismatch.table == table and detail in report.mismatch.detail
    assert report.mismatch.seq is not None and report.mismatch.seq >= 1


def test_edited_row_is_traced_to_the_event_that_wrote_it(ledger: SqlStore) -> None:
    seq = _seq_of_person(ledger, "Бойко")
    _tamper(ledger, "UPDATE person_names SET given_name = 'Павло' WHERE surname = 'Бойко'")
    report = ledger.verify()
    assert report.mismatch is not None and report.mismatch.seq == seq


def test_a_read_sees_one_snapshot_while_others_write(ledger: SqlStore) -> None:
    with ledger.reading() as r:
        head = r.head_seq()
        persons = len(r.find_persons(PersonFilter(limit=1000)))
        Registry(as_actor(ledger, MEDIATOR)).register_person(
            person("Ткаченко", "Андрій", "UA", "RU"), submitted_by="RU"
        )
        assert r.head_seq() == head
        assert len(r.find_persons(PersonFilter(limit=1000))) == persons
    with ledger.reading() as r:
        assert r.head_seq() == head + 1
