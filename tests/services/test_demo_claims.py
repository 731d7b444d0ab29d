"""The demo's claims reconciled against the demo ledger: the disputed 2025 figures."""

from __future__ import annotations

import pytest

from parley.domain.claims import Verification
from parley.domain.reconcile import Reconciliation
from parley.services.claims import Claims
from parley.services.demo import build_demo
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, as_actor


def _levels(rec: Reconciliation) -> dict[str, Verification]:
    return {check.claim.passage.split(" ")[0] + str(check.claim.quantity): check.level
            for check in rec.checks()}  # fmt: skip


@pytest.mark.slow
def test_demo_claims_beside_the_ledger(store: SqlStore) -> None:
    ctx = as_actor(store, MEDIATOR)
    build_demo(ctx)
    found = {rec.subject_ref: rec for rec in Claims(ctx).reconcile("IST-2")}
    ist2 = found["IST-2"]
    assert _levels(ist2)["Russia6,060"] is Verification.CORROBORATED_BY_LEDGER
    assert _levels(ist2)["Ukraine6,057"] is Verification.CORROBORATED_BY_LEDGER
    assert _levels(ist2)["Russia78"] is Verification.CORROBORATED_BY_LEDGER
    # Russia's 6,060 handed over and Ukraine's 6,057 received can both hold: a discrepancy.
    assert [c.reason for row in ist2.rows for c in row.contradictions] == []
    gaps = [d.reason for row in ist2.rows for d in row.discrepancies]
    assert gaps == ["handed over 6,060 vs received 6,057"]
    assert {c.claim.assertion.value for c in ist2.unplaced} == {"holds", "agreed"}
    batch = found["IST-2-B-06-13"]
    none = next(c for c in batch.checks() if str(c.claim.quantity) == "none")
    assert none.level is Verification.CLAIMED and none.one_sided
    assert _levels(found["IST-2-P-07-23"])["Russia'sabout 250"] is (
        Verification.CORROBORATED_BY_LEDGER
    )
    assert _levels(found["IST-2-P"])["Ukraine'smore than 1,000"] is (
        Verification.CORROBORATED_BY_LEDGER
    )
