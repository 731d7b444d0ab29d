"""Balances and discrepancies as pure functions of the ledger's counts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parley.domain.balances import QuotaFigures, StageFigures, compute_balance, find_discrepancies
from parley.domain.events import QuotaTerm
from parley.domain.quotas import parse_quota

RU_UA = parse_quota("remains:RU>UA:6000", "A")
UA_RU_RATIO = parse_quota("remains:UA>RU:1/2", "A")
ALL = parse_quota("pow:RU>UA:all>=1000", "A")


def figures(quota: QuotaTerm, listed: int = 0, handed: int = 0, confirmed: int = 0) -> QuotaFigures:
    return QuotaFigures(quota, listed, handed, confirmed, known_held=0)


def test_count_quota_owes_its_count_and_tracks_what_is_outstanding() -> None:
    [row] = compute_balance([figures(RU_UA, 6060, 6060, 6057)])
    assert (row.owed, row.unconfirmed, row.outstanding, row.terms) == (6000, 3, 0, "6,000 remains")


def test_ratio_quota_owes_in_proportion_to_confirmed_receipts_the_other_way() -> None:
    rows = compute_balance([figures(RU_UA, confirmed=1245), figures(UA_RU_RATIO)])
    assert rows[1].owed == 623  # one for every two received, rounded up


def test_all_quota_has_no_fixed_number() -> None:
    [row] = compute_balance([figures(ALL, 1200, 1200, 1200)])
    assert (row.owed, row.outstanding) == (None, None)
    assert row.terms == "all pow (at least 1,000)"


counts = st.integers(0, 10_000)
optional = st.none() | counts


@given(st.lists(st.tuples(optional, optional), max_size=20))
def test_a_stage_is_a_discrepancy_exactly_when_its_two_counts_differ(
    pairs: list[tuple[int | None, int | None]],
) -> None:
    stages = [
        StageFigures("X", f"S{i}", None, "q", "RU", "UA", "remains", handed, confirmed)
        for i, (handed, confirmed) in enumerate(pairs)
    ]
    found = {d.stage.stage_ref: d for d in find_discrepancies(stages)}
    for s in stages:
        assert (s.stage_ref in found) == (s.handed_over != s.confirmed)
        if s.stage_ref in found:
            assert found[s.stage_ref].difference == (s.confirmed or 0) - (s.handed_over or 0)


@given(counts, counts, counts)
def test_outstanding_never_negative_and_zero_once_confirmed_covers_the_count(
    listed: int, handed: int, confirmed: int
) -> None:
    [row] = compute_balance([figures(RU_UA, listed, handed, confirmed)])
    assert row.outstanding is not None
    assert row.outstanding >= 0
    assert (row.outstanding == 0) == (confirmed >= 6000)
