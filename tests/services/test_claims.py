"""The claims register on both databases: recording, corrections, access, reconciliation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from parley.domain.claim_records import parse_quantity
from parley.domain.claims import (
    AssertionType,
    Category,
    Claim,
    Direction,
    Source,
    SourceKind,
    Subject,
    SubjectKind,
    Verification,
)
from parley.errors import AccessDenied, Conflict, InputError, NotFound
from parley.services.claim_figures import as_data
from parley.services.claims import Claims
from parley.services.context import Context
from parley.services.exchanges import Exchanges
from parley.services.journal import Journal
from parley.store.sql_store import SqlStore
from tests.support import (
    MEDIATOR,
    OBSERVER,
    RU_OFFICER,
    UA_OFFICER,
    as_actor,
    build_small,
    snapshot,
)

REMAINS_RU_UA = "A1/remains/RU>UA"


def statement(
    party: str | None,
    assertion: AssertionType,
    quantity: str | None,
    *,
    direction: tuple[str, str] = ("RU", "UA"),
    subject: str = "A1",
    kind: SubjectKind = SubjectKind.AGREEMENT,
    category: Category = Category.REMAINS,
) -> Claim:
    """A claim as a reviewer would enter it (the ledger assigns the id)."""
    source = {"RU": "Russia's defence ministry", "UA": "Ukraine's coordination headquarters"}
    return Claim(
        claim_id="",
        source=Source(source.get(party or "", "Wire service"), SourceKind.OFFICIAL),
        party=party,
        said_at=date(2025, 6, 16),
        passage=f"{party} said {assertion.value} {quantity}",
        subject=Subject(kind, subject),
        assertion=assertion,
        category=category,
        quantity=parse_quantity(quantity),
        direction=Direction(*direction),
    )


def _with_remains(ctx: Context, handed: int, received: int) -> None:
    build_small(ctx)
    ex = Exchanges(ctx)
    ex.enter_manifest("A1-X1-S1", REMAINS_RU_UA, count=handed)
    ex.record_handover("A1-X1-S1", REMAINS_RU_UA, count=handed)
    ex.confirm_receipt("A1-X1-S1", REMAINS_RU_UA, count=received)


def test_record_list_correct_and_retract(store: SqlStore) -> None:
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    claims = Claims(ctx)
    first = claims.record(statement("RU", AssertionType.HANDED_OVER, "6060"))
    [listed] = claims.list_claims("A1")
    assert listed.claim.claim_id == first and str(listed.claim.quantity) == "6,060"
    fixed = claims.correct(
        first, statement("RU", AssertionType.HANDED_OVER, "about 6000"), reason="misquoted"
    )
    [current] = claims.list_claims("A1")
    assert current.claim.claim_id == fixed and current.corrects == first
    history = {r.claim.claim_id: r for r in claims.list_claims("A1", history=True)}
    assert history[first].status == "superseded" and history[first].superseded_by == fixed
    with pytest.raises(Conflict):
        claims.correct(first, statement("RU", AssertionType.HANDED_OVER, "1"), reason="again")
    claims.retract(fixed, reason="recorded against the wrong agreement")
    assert claims.list_claims("A1") == []
    assert Journal(ctx).verify().ok


def test_retry_with_the_same_key_records_once(store: SqlStore) -> None:
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    claim = statement("UA", AssertionType.RECEIVED, "6057", direction=("RU", "UA"))
    first = Claims(ctx).record(claim, key="k1")
    assert Claims(ctx).record(claim, key="k1") == first
    assert len(Claims(ctx).list_claims()) == 1


@pytest.mark.parametrize(
    ("claim", "error"),
    [
        (statement("RU", AssertionType.HANDED_OVER, "5", subject="NOPE"), NotFound),
        (
            statement(
                "RU", AssertionType.HANDED_OVER, "5", subject="A1-X9", kind=SubjectKind.EXCHANGE
            ),
            NotFound,
        ),
        (statement("XX", AssertionType.HANDED_OVER, "5"), NotFound),
        (replace(statement("RU", AssertionType.HANDED_OVER, "5"), passage=" "), InputError),
    ],
    ids=["unknown agreement", "unknown exchange", "unknown party", "empty passage"],
)
def test_bad_claims_change_nothing(store: SqlStore, claim: Claim, error: type[Exception]) -> None:
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    before = snapshot(store)
    with pytest.raises(error):
        Claims(ctx).record(claim)
    assert snapshot(store) == before


def test_officers_record_their_own_partys_claims_only(store: SqlStore) -> None:
    build_small(as_actor(store, MEDIATOR))
    ru_claim = statement("RU", AssertionType.HANDED_OVER, "1212")
    Claims(as_actor(store, RU_OFFICER)).record(ru_claim)
    with pytest.raises(AccessDenied):
        Claims(as_actor(store, UA_OFFICER)).record(ru_claim)
    with pytest.raises(AccessDenied):
        Claims(as_actor(store, UA_OFFICER)).record(statement(None, AssertionType.RECEIVED, "5"))
    observer = Claims(as_actor(store, OBSERVER))
    with pytest.raises(AccessDenied):
        observer.record(ru_claim)
    [rec] = observer.reconcile("A1")
    assert rec.level_of(observer.list_claims()[0].claim.claim_id) is Verification.CLAIMED


def test_reconcile_agreeing_contradicting_one_sided_and_approximate(store: SqlStore) -> None:
    ctx = as_actor(store, MEDIATOR)
    _with_remains(ctx, handed=1212, received=1200)
    claims = Claims(ctx)
    agreeing = claims.record(statement("RU", AssertionType.HANDED_OVER, "1212"))
    approximate = claims.record(statement("UA", AssertionType.RECEIVED, "about 1,190"))
    contradicting = claims.record(statement("UA", AssertionType.RECEIVED, "none"))
    one_sided = claims.record(statement("RU", AssertionType.RECEIVED, "27", direction=("UA", "RU")))
    [rec] = claims.reconcile("A1")
    assert rec.level_of(agreeing) is Verification.CORROBORATED_BY_LEDGER
    assert rec.level_of(approximate) is Verification.CORROBORATED_BY_LEDGER
    assert rec.level_of(contradicting) is Verification.CONTRADICTED
    assert rec.level_of(one_sided) is Verification.CLAIMED
    rows = {(r.direction.from_party, r.direction.to_party): r for r in rec.rows}
    assert (rows["RU", "UA"].ledger_handed_over, rows["RU", "UA"].ledger_confirmed) == (1212, 1200)
    assert rows["UA", "RU"].one_sided and rows["UA", "RU"].ledger_handed_over is None
    reasons = [c.reason for c in rows["RU", "UA"].contradictions]
    assert "stated none, ledger counts 1,200" in reasons


def test_reconcile_shows_a_handover_and_receipt_that_differ_as_a_discrepancy(
    store: SqlStore,
) -> None:
    ctx = as_actor(store, MEDIATOR)
    _with_remains(ctx, handed=1212, received=1200)
    claims = Claims(ctx)
    sent = claims.record(statement("RU", AssertionType.HANDED_OVER, "1212"))
    got = claims.record(statement("UA", AssertionType.RECEIVED, "1200"))
    short = claims.record(statement("UA", AssertionType.HANDED_OVER, "1000"))
    [rec] = claims.reconcile("A1")
    assert rec.level_of(sent) is rec.level_of(got) is Verification.CORROBORATED_BY_LEDGER
    assert rec.level_of(short) is Verification.CONTRADICTED
    [row] = [r for r in rec.rows if r.direction == Direction("RU", "UA")]
    pairs = {(c.left, c.right) for c in row.contradictions}
    assert pairs == {(sent, short), (short, "ledger:handed_over")}
    data = as_data(rec)["rows"][0]
    assert data["discrepancies"] == [
        {"handed_over": sent, "received": got, "reason": "handed over 1,212 vs received 1,200"},
        {"handed_over": short, "received": got, "reason": "handed over 1,000 vs received 1,200"},
    ]
    ua_claims = next(side["claims"] for side in data["sides"] if side["party"] == "UA")
    assert ua_claims[0]["differs_from"] == [sent, short]


def test_reconcile_takes_stage_claims_apart_from_the_agreements(store: SqlStore) -> None:
    ctx = as_actor(store, MEDIATOR)
    _with_remains(ctx, handed=150, received=150)
    claims = Claims(ctx)
    on_stage = statement(
        "RU", AssertionType.HANDED_OVER, "150", subject="A1-X1-S1", kind=SubjectKind.EXCHANGE
    )
    stage_claim = claims.record(on_stage)
    total = claims.record(statement("RU", AssertionType.HANDED_OVER, "more than 100"))
    whole, stage = claims.reconcile("A1")
    assert (whole.subject_ref, stage.subject_ref) == ("A1", "A1-X1-S1")
    assert whole.level_of(total) is Verification.CORROBORATED_BY_LEDGER
    assert stage.level_of(stage_claim) is Verification.CORROBORATED_BY_LEDGER
    data = as_data(stage)
    assert data["rows"][0]["sides"][0]["claims"][0]["level"] == "corroborated_by_ledger"


def test_reconcile_of_an_unknown_agreement_is_not_found(store: SqlStore) -> None:
    with pytest.raises(NotFound):
        Claims(as_actor(store, MEDIATOR)).reconcile("NOPE")


def test_recording_several_is_all_or_nothing(store: SqlStore) -> None:
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    good = statement("RU", AssertionType.HANDED_OVER, "5")
    bad = statement("RU", AssertionType.HANDED_OVER, "5", subject="NOPE")
    before = snapshot(store)
    with pytest.raises(NotFound):
        Claims(ctx).record_all([good, bad])
    assert snapshot(store) == before
    assert len(Claims(ctx).record_all([good, good])) == 2


def test_officer_corrects_and_retracts_own_partys_claims_only(store: SqlStore) -> None:
    build_small(as_actor(store, MEDIATOR))
    ru = Claims(as_actor(store, RU_OFFICER))
    first = ru.record(statement("RU", AssertionType.HANDED_OVER, "1212"))
    ua = Claims(as_actor(store, UA_OFFICER))
    with pytest.raises(AccessDenied):
        ua.retract(first, reason="not ours to retract")
    with pytest.raises(AccessDenied):
        ua.correct(first, statement("UA", AssertionType.HANDED_OVER, "1"), reason="x")
    fixed = ru.correct(first, statement("RU", AssertionType.HANDED_OVER, "1200"), reason="typo")
    with pytest.raises(InputError):
        ru.retract(fixed, reason=" ")
    ru.retract(fixed, reason="duplicate")
    assert ru.get(fixed).status == "retracted"
