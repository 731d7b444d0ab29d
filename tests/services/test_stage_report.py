"""The read models the web UI uses: stages of an agreement, one stage's report, recent events."""

import pytest

from parley.errors import AccessDenied, NotFound
from parley.services.exchanges import Exchanges
from parley.services.journal import Journal
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, OBSERVER, as_actor, build_small

QUOTA = "A1/pow/RU>UA"


def _handed_over(store: SqlStore) -> list[str]:
    ctx = as_actor(store, MEDIATOR)
    small = build_small(ctx)
    ex = Exchanges(ctx)
    ex.enter_manifest("A1-X1-S1", QUOTA, person_ids=small.ru_held[:2], count=5)
    ex.approve_manifest("A1-X1-S1", QUOTA, party="RU")
    ex.record_handover("A1-X1-S1", QUOTA, count=5)
    ex.confirm_receipt("A1-X1-S1", QUOTA, count=4)
    return small.ru_held


def test_stage_report_counts_without_names(store: SqlStore) -> None:
    _handed_over(store)
    report = Exchanges(as_actor(store, OBSERVER)).stage_report("A1-X1-S1")
    assert report.stage.agreement_ref == "A1"
    [q] = report.quotas  # the quotas nothing happened under are left out
    assert (q.quota_id, q.handed_over, q.confirmed, q.approvals) == (QUOTA, 5, 4, ["RU"])
    assert q.manifest == {"listed": 2}
    assert "Коваленко" not in repr(report)


def test_stages_lists_every_stage_figure(store: SqlStore) -> None:
    _handed_over(store)
    stages = Exchanges(as_actor(store, OBSERVER)).stages("A1")
    mine = [s for s in stages if s.quota_id == QUOTA]
    assert [(s.stage_ref, s.handed_over, s.confirmed) for s in mine] == [("A1-X1-S1", 5, 4)]


def test_unknown_stage_is_not_found(store: SqlStore) -> None:
    build_small(as_actor(store, MEDIATOR))
    with pytest.raises(NotFound):
        Exchanges(as_actor(store, MEDIATOR)).stage_report("NOPE")


def test_recent_events_newest_first_for_mediators_only(store: SqlStore) -> None:
    _handed_over(store)
    recent = Journal(as_actor(store, MEDIATOR)).recent(3)
    seqs = [e["seq"] for e in recent]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) == 3
    assert recent[0]["type"] == "receipt.confirmed"
    with pytest.raises(AccessDenied):
        Journal(as_actor(store, OBSERVER)).recent()
