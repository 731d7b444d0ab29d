from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import parley.domain.claims as claims_module
from parley.domain.claims import (
    AssertionType,
    Category,
    Claim,
    Direction,
    Qualifier,
    Quantity,
    Source,
    Subject,
    SubjectKind,
)


def test_public_names_are_pinned() -> None:
    assert set(claims_module.__all__) == {
        "AssertionType",
        "Category",
        "Claim",
        "Direction",
        "Qualifier",
        "Quantity",
        "Source",
        "SourceKind",
        "Subject",
        "SubjectKind",
        "Verification",
    }


@pytest.mark.parametrize(
    ("stated", "other", "agree"),
    [
        (Quantity(1200, qualifier=Qualifier.ABOUT), Quantity(1212), True),
        (Quantity(1200, qualifier=Qualifier.ABOUT), Quantity(1500), False),
        (Quantity.none(), Quantity(27), False),
        (Quantity.none(), Quantity(0), True),
        (Quantity(1000, qualifier=Qualifier.MORE_THAN), Quantity(1200), True),
        (Quantity(1000, qualifier=Qualifier.MORE_THAN), Quantity(1000), False),
        (Quantity(1000, qualifier=Qualifier.AT_LEAST), Quantity(1000), True),
        (Quantity(1200, qualifier=Qualifier.UP_TO), Quantity(1000), True),
        (Quantity(100, qualifier=Qualifier.LESS_THAN), Quantity(100), False),
        (Quantity(6057), Quantity(6060), False),
        (
            Quantity(1000, qualifier=Qualifier.MORE_THAN),
            Quantity(1200, qualifier=Qualifier.UP_TO),
            True,
        ),
    ],
)
def test_figures_agree_within_their_qualifiers(
    stated: Quantity, other: Quantity, agree: bool
) -> None:
    assert stated.agrees_with(other) is agree


def test_vague_figures_are_not_compared() -> None:
    fifth = Quantity(None, "", Qualifier.FRACTION, Fraction(1, 5))
    assert fifth.agrees_with(Quantity(20)) is None
    assert Quantity(None, qualifier=Qualifier.UNKNOWN).allows(3) is None
    assert fifth.bounds() is None


def test_quantity_reads_as_said() -> None:
    assert str(Quantity(1200, "bodies", Qualifier.ABOUT)) == "about 1,200 bodies"
    assert str(Quantity(1000, "", Qualifier.MORE_THAN)) == "more than 1,000"
    assert str(Quantity.none()) == "none"
    assert str(Quantity(None, "", Qualifier.FRACTION, Fraction(1, 5))) == "1 in 5"


qualifiers_containing_value = st.sampled_from(
    [Qualifier.EXACT, Qualifier.ABOUT, Qualifier.AT_LEAST, Qualifier.UP_TO]
)


@given(st.integers(min_value=0, max_value=10**7), qualifiers_containing_value)
def test_a_figure_allows_its_own_value(value: int, qualifier: Qualifier) -> None:
    assert Quantity(value, qualifier=qualifier).allows(value) is True


@given(
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from(list(Qualifier)),
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from(list(Qualifier)),
)
def test_agreement_is_symmetric(a: int, qa: Qualifier, b: int, qb: Qualifier) -> None:
    first, second = Quantity(a, qualifier=qa), Quantity(b, qualifier=qb)
    assert first.agrees_with(second) == second.agrees_with(first)


def _claim(**changes: object) -> Claim:
    base: dict[str, object] = {
        "claim_id": "c1",
        "source": Source("Ukraine's ombudsman"),
        "party": "UA",
        "said_at": date(2025, 6, 16),
        "passage": "Kyiv denied receiving the remains.",
        "subject": Subject(SubjectKind.EXCHANGE, "ist-2/remains"),
        "assertion": AssertionType.RECEIVED,
        "category": Category.REMAINS,
        "direction": Direction("RU", "UA"),
    }
    base.update(changes)
    return Claim(**base)  # type: ignore[arg-type]


def test_a_denial_without_figure_states_zero() -> None:
    assert _claim(negated=True).stated_quantity() == Quantity.none()
    assert _claim().stated_quantity() is None
    assert _claim(quantity=Quantity(5)).stated_quantity() == Quantity(5)


def test_claims_are_frozen_facts() -> None:
    claim = _claim()
    with pytest.raises(AttributeError):
        claim.party = "RU"  # type: ignore[misc]
    assert Direction("RU", "UA").reversed() == Direction("UA", "RU")
