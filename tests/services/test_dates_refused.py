"""An agreement or stage dated with no real day is refused, naming the field; nothing changes."""

from __future__ import annotations

import pytest

from parley.errors import InputError
from parley.services.exchanges import Exchanges
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, as_actor, build_small, snapshot


def test_a_stage_planned_on_no_day_is_refused(store: SqlStore) -> None:
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    before = snapshot(store)
    with pytest.raises(InputError) as refused:
        Exchanges(ctx).schedule_stage("A1-X1", "A1-X1-S9", planned_on="next Tuesday, maybe")
    assert refused.value.problems[0].field == "planned_on"
    assert snapshot(store) == before


def test_an_agreement_signed_on_no_day_is_refused(store: SqlStore) -> None:
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    before = snapshot(store)
    with pytest.raises(InputError) as refused:
        Exchanges(ctx).record_agreement(
            "A9",
            title="t",
            signed_on="2025-02-30",
            venue="",
            parties=["UA", "RU"],
            intermediaries=[],
            quotas=["pow:RU>UA:1"],
        )
    assert refused.value.problems[0].field == "signed_on"
    assert snapshot(store) == before
