"""The access matrix: each role against each operation, enforced in the service layer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from parley.domain.claims import AssertionType
from parley.domain.matching import Job
from parley.errors import AccessDenied, NotFound
from parley.linkage.port import SplinkLinker
from parley.services.claims import Claims
from parley.services.context import Context
from parley.services.demo import MemoryRow, MemoryTable
from parley.services.exchanges import Exchanges
from parley.services.journal import Journal
from parley.services.matching import Matching
from parley.services.registry import Registry
from parley.store.sql_store import SqlStore
from tests.services.test_claims import statement
from tests.support import (
    MEDIATOR,
    OBSERVER,
    RU_OFFICER,
    UA_OFFICER,
    Small,
    as_actor,
    build_small,
    person,
)

S1, RU_UA, UA_RU = "A1-X1-S1", "A1/pow/RU>UA", "A1/pow/UA>RU"
ONE_ROW = MemoryTable("one.csv", ("surname",), (MemoryRow(2, {"surname": "Бойко"}),))


@dataclass
class World:
    small: Small
    ctx: Context


Operation = Callable[[World], object]

OPERATIONS: dict[str, Operation] = {
    "register party": lambda w: Registry(w.ctx).register_party("PL", "observer", {"en": "Poland"}),
    "record agreement": lambda w: Exchanges(w.ctx).record_agreement(
        "A2",
        title="t",
        signed_on=None,
        venue="",
        parties=["UA", "RU"],
        intermediaries=[],
        quotas=["pow:RU>UA:1"],
    ),
    "open exchange": lambda w: Exchanges(w.ctx).open_exchange("A1", "A1-X2"),
    "schedule stage": lambda w: Exchanges(w.ctx).schedule_stage(
        "A1-X1", "A1-X1-S9", planned_on=None
    ),
    "disclose": lambda w: Registry(w.ctx).disclose("UA", w.small.ru_held[:1]),
    "read journal": lambda w: list(Journal(w.ctx).events()),
    "verify journal": lambda w: Journal(w.ctx).verify(),
    "register person held by RU": lambda w: Registry(w.ctx).register_person(
        person("Гнатюк", "Ігор", "UA", "RU"), submitted_by="RU"
    ),
    "list persons": lambda w: Registry(w.ctx).persons(),
    "read RU-submitted person": lambda w: Registry(w.ctx).person(w.small.ru_held[0]),
    "release RU-held person": lambda w: Registry(w.ctx).change_status(
        w.small.ru_held[0], "released"
    ),
    "manifest RU>UA": lambda w: Exchanges(w.ctx).enter_manifest(S1, RU_UA, count=3),
    "approve RU>UA for RU": lambda w: Exchanges(w.ctx).approve_manifest(S1, RU_UA, party="RU"),
    "handover RU>UA": lambda w: Exchanges(w.ctx).record_handover(S1, RU_UA, count=3),
    "receipt RU>UA": lambda w: Exchanges(w.ctx).confirm_receipt(S1, RU_UA, count=3),
    "balance": lambda w: Exchanges(w.ctx).balance("A1"),
    "discrepancies": lambda w: Exchanges(w.ctx).discrepancies("A1"),
    "review matches": lambda w: Matching(w.ctx, SplinkLinker()).queue(),
    "run matching": lambda w: Matching(w.ctx, SplinkLinker()).run(Job.DEDUPE, ONE_ROW),
    "record RU's claim": lambda w: Claims(w.ctx).record(
        statement("RU", AssertionType.HANDED_OVER, "6060")
    ),
    "reconcile claims": lambda w: Claims(w.ctx).reconcile("A1"),
}

OK, DENIED, HIDDEN = "ok", "denied", "hidden"
# Rows: operation; columns: mediator, UA officer, RU officer, observer.
MATRIX = {
    "register party": (OK, DENIED, DENIED, DENIED),
    "record agreement": (OK, DENIED, DENIED, DENIED),
    "open exchange": (OK, DENIED, DENIED, DENIED),
    "schedule stage": (OK, DENIED, DENIED, DENIED),
    "disclose": (OK, DENIED, DENIED, DENIED),
    "read journal": (OK, DENIED, DENIED, DENIED),
    "verify journal": (OK, OK, OK, OK),
    "register person held by RU": (OK, DENIED, OK, DENIED),
    "list persons": (OK, OK, OK, DENIED),
    "read RU-submitted person": (OK, HIDDEN, OK, DENIED),
    "release RU-held person": (OK, HIDDEN, OK, DENIED),
    "manifest RU>UA": (OK, DENIED, OK, DENIED),
    "approve RU>UA for RU": (OK, DENIED, OK, DENIED),
    "handover RU>UA": (OK, DENIED, OK, DENIED),
    "receipt RU>UA": (OK, OK, DENIED, DENIED),
    "balance": (OK, OK, OK, OK),
    "discrepancies": (OK, OK, OK, OK),
    "review matches": (OK, DENIED, DENIED, DENIED),
    "run matching": (OK, DENIED, DENIED, DENIED),
    "record RU's claim": (OK, DENIED, OK, DENIED),
    "reconcile claims": (OK, OK, OK, OK),
}
ACTORS = (MEDIATOR, UA_OFFICER, RU_OFFICER, OBSERVER)
CASES = [(op, actor, MATRIX[op][i]) for op in OPERATIONS for i, actor in enumerate(ACTORS)]


def test_matrix_covers_every_operation() -> None:
    assert set(MATRIX) == set(OPERATIONS)


@pytest.mark.parametrize(
    ("operation", "actor", "expected"), CASES, ids=[f"{o}|{a}" for o, a, _ in CASES]
)
def test_access(store: SqlStore, operation: str, actor: str, expected: str) -> None:
    small = build_small(as_actor(store, MEDIATOR))
    world = World(small, as_actor(store, actor))
    if expected == OK:
        OPERATIONS[operation](world)
    else:
        with pytest.raises(AccessDenied if expected == DENIED else NotFound):
            OPERATIONS[operation](world)


def test_officer_sees_own_submissions_and_disclosures_only(store: SqlStore) -> None:
    small = build_small(as_actor(store, MEDIATOR))
    ua = Registry(as_actor(store, UA_OFFICER))
    assert {p.person_id for p in ua.persons()} == set(small.ua_held)
    Registry(as_actor(store, MEDIATOR)).disclose("UA", small.ru_held[:1])
    assert {p.person_id for p in ua.persons()} == {*small.ua_held, small.ru_held[0]}
    assert ua.person(small.ru_held[0])[0].person_id == small.ru_held[0]
