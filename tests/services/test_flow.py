from parley.services.exchanges import Exchanges
from parley.services.journal import Journal
from parley.services.registry import Registry
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, as_actor, build_small


def test_exchange_flow_updates_statuses_and_balance(store: SqlStore) -> None:
    ctx = as_actor(store, MEDIATOR)
    small = build_small(ctx)
    ex, reg = Exchanges(ctx), Registry(ctx)
    ex.enter_manifest("A1-X1-S1", "A1/pow/RU>UA", person_ids=small.ru_held[:2], count=5)
    ex.approve_manifest("A1-X1-S1", "A1/pow/RU>UA", party="RU")
    ex.approve_manifest("A1-X1-S1", "A1/pow/RU>UA", party="UA")
    assert reg.person(small.ru_held[0])[0].status == "approved"
    ex.record_handover("A1-X1-S1", "A1/pow/RU>UA", count=5, person_ids=small.ru_held[:2])
    ex.confirm_receipt("A1-X1-S1", "A1/pow/RU>UA", count=4, person_ids=small.ru_held[:1])
    person, history = reg.person(small.ru_held[0])
    assert person.status == "received"
    assert [h.to_status for h in history] == [
        "listed",
        "approved",
        "in_transit",
        "handed_over",
        "received",
    ]
    row = next(b for b in ex.balance("A1") if b.quota_id == "A1/pow/RU>UA")
    assert (row.owed, row.listed, row.handed_over, row.confirmed, row.outstanding) == (
        10,
        5,
        5,
        4,
        6,
    )
    [d] = ex.discrepancies("A1")
    assert (d.kind, d.difference) == ("counts differ", -1)
    report = Journal(ctx).verify()
    assert report.ok, report
