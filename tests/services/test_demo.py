"""The demo scenario's balances against figures computed by hand from the public facts."""

from __future__ import annotations

import pytest

from parley.services.demo import build_demo
from parley.services.exchanges import Exchanges
from parley.services.journal import Journal
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, as_actor

# quota: (owed, listed, handed over, confirmed); None where the terms give no number.
EXPECTED = {
    "IST-1/prisoners/RU>UA": (1000, 1000, 390 + 307 + 303, 1000),
    "IST-1/prisoners/UA>RU": (1000, 1000, 1000, 1000),
    "IST-2/prisoners-wounded-sick-under-25/RU>UA": (None, 1200, 1200, 1200),
    "IST-2/prisoners-wounded-sick-under-25/UA>RU": (None, 1200, 1200, 1200),
    # Russia says 6,060 handed over; Ukraine confirms 6,057 (1,212 + 3 x 1,200 + 1,245).
    "IST-2/remains/RU>UA": (6000, 6060, 6060, 1212 + 3 * 1200 + 1245),
    # Russia says it received 78 (27 on 11 June); Ukraine gave no handover figure.
    "IST-2/remains/UA>RU": (6000, 0, 0, 78),
    "IST-3/prisoners/RU>UA": (1200, 0, 0, 0),
    "IST-3/prisoners/UA>RU": (1200, 0, 0, 0),
    # 14 Aug 84, 24 Aug 146, 2 Oct 185 + 20 civilians; to Russia also 8 more civilians on 24 Aug.
    "UAE-2025/prisoners/RU>UA": (None, 84 + 146 + 205, 435, 435),
    "UAE-2025/prisoners/UA>RU": (None, 84 + 154 + 205, 443, 443),
    "REMAINS-2025/remains/RU>UA": (None, 2000, 2000, 2000),
    "REMAINS-2025/remains/UA>RU": (None, 19 + 24, 43, 43),
}


@pytest.mark.slow
def test_demo_balances_match_the_hand_computed_figures(store: SqlStore) -> None:
    ctx = as_actor(store, MEDIATOR)
    build_demo(ctx)
    ex = Exchanges(ctx)
    got = {
        row.quota_id: (row.owed, row.listed, row.handed_over, row.confirmed)
        for agreement in ex.agreements()
        for row in ex.balance(agreement.ref)
    }
    assert got == EXPECTED
    found = {
        (d.stage.stage_ref, d.stage.quota_id, d.difference, d.kind)
        for d in ex.discrepancies("IST-2")
    }
    assert found == {
        ("IST-2-B-06-16", "IST-2/remains/RU>UA", -3, "counts differ"),
        ("IST-2-B-06-11", "IST-2/remains/UA>RU", 27, "receipt without a recorded handover"),
        ("IST-2-B-06-16", "IST-2/remains/UA>RU", 51, "receipt without a recorded handover"),
    }
    assert ex.discrepancies("IST-1") == []
    assert Journal(ctx).verify().ok
