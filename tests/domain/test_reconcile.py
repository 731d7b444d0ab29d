from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.domain.claims import (
    AssertionType,
    Category,
    Claim,
    Direction,
    Qualifier,
    Quantity,
    Source,
    SourceKind,
    Subject,
    SubjectKind,
    Verification,
)
from parley.domain.reconcile import (
    LEDGER_CONFIRMED,
    LEDGER_HANDED_OVER,
    LedgerFigure,
    LedgerFigures,
    StatedDiscrepancy,
    reconcile,
)
from parley.errors import InputError

REF = "ist-2/remains-11-june"
RU_UA = Direction("RU", "UA")
UA_RU = Direction("UA", "RU")


def claim(
    claim_id: str,
    party: str | None,
    assertion: AssertionType,
    quantity: Quantity | None,
    direction: Direction | None = RU_UA,
    **extra: object,
) -> Claim:
    return Claim(
        claim_id=claim_id,
        source=Source(f"source of {claim_id}", SourceKind.OFFICIAL),
        party=party,
        said_at=date(2025, 6, 11),
        passage="(quoted passage)",
        subject=Subject(SubjectKind.EXCHANGE, extra.pop("ref", REF)),  # type: ignore[arg-type]
        assertion=assertion,
        category=extra.pop("category", Category.REMAINS),  # type: ignore[arg-type]
        quantity=quantity,
        direction=direction,
        **extra,  # type: ignore[arg-type]
    )


def ledger(*figures: LedgerFigure) -> LedgerFigures:
    return LedgerFigures(REF, figures)


def test_agreeing_claims_confirm_each_other() -> None:
    handed = claim("ru-1", "RU", AssertionType.HANDED_OVER, Quantity(1212))
    got = claim("ua-1", "UA", AssertionType.RECEIVED, Quantity(1200, qualifier=Qualifier.ABOUT))
    result = reconcile(REF, [handed, got])
    (row,) = result.rows
    assert row.contradictions == ()
    assert result.level_of("ru-1") is Verification.CONFIRMED_BY_COUNTERPARTY
    assert result.level_of("ua-1") is Verification.CONFIRMED_BY_COUNTERPARTY
    assert [side.party for side in row.sides] == ["RU", "UA"]


def test_stated_zero_contradicts_the_ledger_and_the_other_side() -> None:
    nothing = claim("ru-media", "RU", AssertionType.RECEIVED, Quantity.none(), UA_RU)
    ministry = claim("ru-mod", "RU", AssertionType.RECEIVED, Quantity(27), UA_RU)
    result = reconcile(
        REF, [nothing, ministry], ledger(LedgerFigure("UA", "RU", Category.REMAINS, 27, 27))
    )
    assert result.level_of("ru-media") is Verification.CONTRADICTED
    assert result.level_of("ru-mod") is Verification.CORROBORATED_BY_LEDGER
    (row,) = result.rows
    pairs = {(c.left, c.right) for c in row.contradictions}
    assert pairs == {("ru-media", LEDGER_CONFIRMED), ("ru-media", "ru-mod")}
    assert "none" in row.contradictions[0].reason


def test_one_sided_claim_is_shown_as_such() -> None:
    result = reconcile(REF, [claim("ru-1", "RU", AssertionType.HANDED_OVER, Quantity(6060))])
    (row,) = result.rows
    (check,) = row.sides[0].checks
    assert check.level is Verification.CLAIMED
    assert check.one_sided
    assert row.one_sided
    assert row.ledger_handed_over is None


def test_bound_agrees_with_a_larger_ledger_count() -> None:
    more = claim(
        "ua-1", "UA", AssertionType.RETURNED, Quantity(1000, qualifier=Qualifier.MORE_THAN)
    )
    result = reconcile(REF, [more], ledger(LedgerFigure("RU", "UA", Category.REMAINS, 1200, 1190)))
    check = next(iter(result.checks()))
    assert check.level is Verification.CORROBORATED_BY_LEDGER
    assert check.agrees_with == (LEDGER_HANDED_OVER,)
    assert not result.rows[0].one_sided


def test_receipt_is_checked_against_the_confirmed_count() -> None:
    figures = ledger(LedgerFigure("RU", "UA", Category.REMAINS, 1212, 1200))
    got = claim("ua-1", "UA", AssertionType.RECEIVED, Quantity(1200))
    sent = claim("ru-1", "RU", AssertionType.HANDED_OVER, Quantity(1200))
    result = reconcile(REF, [got, sent], figures)
    assert result.level_of("ua-1") is Verification.CORROBORATED_BY_LEDGER
    assert result.level_of("ru-1") is Verification.CONTRADICTED


def test_a_handover_and_a_receipt_that_differ_are_a_discrepancy() -> None:
    ua = claim("ua-1", "UA", AssertionType.RECEIVED, Quantity(6057))
    ru = claim("ru-1", "RU", AssertionType.HANDED_OVER, Quantity(6060))
    result = reconcile(REF, [ua, ru])
    (row,) = result.rows
    assert row.contradictions == ()
    assert row.discrepancies == (
        StatedDiscrepancy("ru-1", "ua-1", "handed over 6,060 vs received 6,057"),
    )
    checks = {c.claim.claim_id: c for c in result.checks()}
    assert (checks["ua-1"].differs_from, checks["ru-1"].differs_from) == (("ru-1",), ("ua-1",))
    assert {c.level for c in checks.values()} == {Verification.CLAIMED}
    assert not any(c.one_sided for c in checks.values())


def test_a_receipt_denied_against_a_handover_is_a_discrepancy() -> None:
    denied = claim("ua-1", "UA", AssertionType.RECEIVED, None, negated=True)
    sent = claim("ru-1", "RU", AssertionType.HANDED_OVER, Quantity(6000, qualifier=Qualifier.ABOUT))
    (row,) = reconcile(REF, [sent, denied]).rows
    assert row.contradictions == ()
    assert row.discrepancies[0].reason == "handed over about 6,000 vs received none"


@pytest.mark.parametrize("assertion", [AssertionType.HANDED_OVER, AssertionType.RECEIVED])
def test_two_statements_of_one_end_that_differ_contradict(assertion: AssertionType) -> None:
    ru = claim("ru-1", "RU", assertion, Quantity(6060))
    ua = claim("ua-1", "UA", assertion, Quantity(6000))
    result = reconcile(REF, [ru, ua])
    assert {result.level_of("ua-1"), result.level_of("ru-1")} == {Verification.CONTRADICTED}
    (row,) = result.rows
    assert row.discrepancies == ()
    assert row.contradictions[0].reason == "stated 6,060 vs stated 6,000"


def test_two_statements_of_one_end_within_tolerance_confirm() -> None:
    ru = claim("ru-1", "RU", AssertionType.HANDED_OVER, Quantity(6060))
    ua = claim("ua-1", "UA", AssertionType.HANDED_OVER, Quantity(6000, qualifier=Qualifier.ABOUT))
    result = reconcile(REF, [ru, ua])
    assert result.level_of("ua-1") is Verification.CONFIRMED_BY_COUNTERPARTY
    assert result.rows[0].contradictions == result.rows[0].discrepancies == ()


def test_the_ledger_outranks_a_discrepancy() -> None:
    figures = ledger(LedgerFigure("RU", "UA", Category.REMAINS, 6060, 6057))
    ua = claim("ua-1", "UA", AssertionType.RECEIVED, Quantity(6057))
    ru = claim("ru-1", "RU", AssertionType.HANDED_OVER, Quantity(6060))
    result = reconcile(REF, [ua, ru], figures)
    assert {result.level_of("ua-1"), result.level_of("ru-1")} == {
        Verification.CORROBORATED_BY_LEDGER
    }
    assert len(result.rows[0].discrepancies) == 1


def test_exchange_each_way_counts_in_both_rows() -> None:
    swap = claim("ae-1", "AE", AssertionType.EXCHANGED, Quantity(84), category=Category.PRISONER)
    result = reconcile(REF, [swap])
    assert {(r.direction, r.category) for r in result.rows} == {
        (RU_UA, Category.PRISONER),
        (UA_RU, Category.PRISONER),
    }


def test_source_doubt_outranks_agreement() -> None:
    doubted = claim("ua-1", "UA", AssertionType.RECEIVED, Quantity(1212), marked_unverifiable=True)
    result = reconcile(
        REF, [doubted], ledger(LedgerFigure("RU", "UA", Category.REMAINS, 1212, 1212))
    )
    assert result.level_of("ua-1") is Verification.UNVERIFIABLE


def test_claims_that_fit_no_row_are_listed_apart() -> None:
    troops = claim(
        "ua-2",
        "UA",
        AssertionType.TROOPS_MASSED,
        Quantity(53000, qualifier=Qualifier.ABOUT),
        None,
        category=Category.TROOPS,
    )
    result = reconcile(REF, [troops])
    assert result.rows == ()
    assert [c.claim.claim_id for c in result.unplaced] == ["ua-2"]
    assert result.level_of("ua-2") is Verification.CLAIMED
    with pytest.raises(KeyError):
        result.level_of("missing")


def test_ledger_rows_show_even_without_claims() -> None:
    result = reconcile(REF, [], ledger(LedgerFigure("RU", "UA", Category.POW, 390, 390)))
    (row,) = result.rows
    assert (row.ledger_handed_over, row.ledger_confirmed, row.sides) == (390, 390, ())


def test_claims_about_another_subject_are_refused() -> None:
    stray = claim("x", "UA", AssertionType.RECEIVED, Quantity(1), ref="other")
    with pytest.raises(InputError) as caught:
        reconcile(REF, [stray], LedgerFigures("elsewhere"))
    fields = [p.field for p in caught.value.problems]
    assert fields == ["subject", "ledger"]


figures = st.one_of(
    st.none(),
    st.builds(
        Quantity,
        st.integers(min_value=0, max_value=3000),
        st.just(""),
        st.sampled_from([q for q in Qualifier if q is not Qualifier.FRACTION]),
    ),
)


ends = st.sampled_from([AssertionType.HANDED_OVER, AssertionType.RECEIVED])


@given(st.lists(st.tuples(st.sampled_from(["UA", "RU", None]), ends, figures), max_size=6))
def test_conflicts_are_mutual_and_every_claim_is_checked_once(
    said: list[tuple[str | None, AssertionType, Quantity | None]],
) -> None:
    claims = [claim(f"c{i}", party, a, q) for i, (party, a, q) in enumerate(said)]
    result = reconcile(REF, claims)
    checks = {c.claim.claim_id: c for c in result.checks()}
    assert len(checks) == len(claims)
    for check in checks.values():
        mine = check.claim.assertion
        for other in check.conflicts_with:
            assert check.claim.claim_id in checks[other].conflicts_with
            assert checks[other].claim.assertion is mine  # only one end contradicts itself
        for other in check.differs_from:
            assert check.claim.claim_id in checks[other].differs_from
            assert checks[other].claim.assertion is not mine
        assert (check.level is Verification.CONTRADICTED) == bool(check.conflicts_with)


def test_a_count_the_ledger_never_recorded_is_not_zero() -> None:
    got = claim("ru-1", "RU", AssertionType.RECEIVED, Quantity(78), UA_RU)
    sent = claim("ua-1", "UA", AssertionType.HANDED_OVER, Quantity(78), UA_RU)
    result = reconcile(
        REF, [got, sent], ledger(LedgerFigure("UA", "RU", Category.REMAINS, None, 78))
    )
    assert result.level_of("ru-1") is Verification.CORROBORATED_BY_LEDGER
    assert result.level_of("ua-1") is Verification.CONFIRMED_BY_COUNTERPARTY
    assert not result.rows[0].one_sided
