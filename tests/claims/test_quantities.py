from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.claims._quantities import find_quantities, parse_number
from parley.domain.claims import Qualifier, Quantity


def only(text: str) -> Quantity:
    (mention,) = find_quantities(text)
    return mention.quantity


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("it handed over 1,200 bodies", 1200, Qualifier.EXACT),
        ("about 53,000 troops", 53000, Qualifier.ABOUT),
        ("some 50,000 open cases", 50000, Qualifier.ABOUT),
        ("nearly 700 people", 700, Qualifier.ABOUT),
        ("more than 1,000km of front", 1000, Qualifier.MORE_THAN),
        ("over 8,000 Ukrainians", 8000, Qualifier.MORE_THAN),
        ("at least 20 of the bodies", 20, Qualifier.AT_LEAST),
        ("fewer than 100 civilians", 100, Qualifier.LESS_THAN),
        ("up to 1,200 prisoners", 1200, Qualifier.UP_TO),
        ("as many as 300 soldiers", 300, Qualifier.UP_TO),
        ("six thousand bodies", 6000, Qualifier.EXACT),
        ("one hundred and twenty civilians", 120, Qualifier.EXACT),
        ("twenty-four bodies", 24, Qualifier.EXACT),
        ("1.2 million people", 1_200_000, Qualifier.EXACT),
        ("it had received none", 0, Qualifier.NONE),
        ("Moscow had not received any of its dead", 0, Qualifier.NONE),
        ("no bodies were returned", 0, Qualifier.NONE),
    ],
)
def test_each_written_form_is_read(text: str, value: int, qualifier: Qualifier) -> None:
    quantity = only(text)
    assert (quantity.value, quantity.qualifier) == (value, qualifier)


def test_units_are_kept_only_when_they_are_units() -> None:
    assert only("more than 1,000km of front").unit == "km"
    assert only("handed over 1,212 bodies").unit == "bodies"
    assert only("received 78 in return").unit == ""


def test_fractions_are_shares_not_counts() -> None:
    fifth = only("Russia controls about one-fifth of Ukraine")
    assert (fifth.qualifier, fifth.share, fifth.value) == (Qualifier.FRACTION, Fraction(1, 5), None)
    assert only("almost a third of the region").share == Fraction(1, 3)
    assert only("half of the prisoners").share == Fraction(1, 2)
    assert only("nearly one in four of the prisoners").share == Fraction(1, 4)


@pytest.mark.parametrize(
    "text",
    [
        "talks on 16 May 2025",
        "on May 16",
        "its 17th mediation",
        "prisoners aged 18",
        "men under 25",
        "over the past 3 years",
        "one of the negotiators",
        "the two sides met",
        "after three rounds of talks",
    ],
)
def test_dates_years_ordinals_and_ages_are_not_figures(text: str) -> None:
    assert find_quantities(text) == []


def test_handed_over_is_not_a_qualifier() -> None:
    assert only("Russia handed over 909 bodies").qualifier is Qualifier.EXACT


def test_mentions_point_at_their_words() -> None:
    text = "Ukraine said it received 6,057 bodies, Russia 78."
    spans = [text[m.start : m.end] for m in find_quantities(text)]
    assert spans == ["6,057 bodies", "78"]


@given(st.integers(min_value=0, max_value=10**9))
def test_a_number_written_with_commas_reads_back(n: int) -> None:
    quantity = only(f"they counted {n:,} people")
    assert quantity.value == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["thousand", "million"]))
def test_decimal_with_scale_word_reads_back(tenths: int, scale: str) -> None:
    factor = 1_000 if scale == "thousand" else 1_000_000
    text = f"{tenths / 10:.1f} {scale}"
    assert parse_number(f"{tenths / 10:.1f}", scale, None) == round(tenths / 10 * factor)
    assert only(f"some {text} people").value == round(tenths / 10 * factor)


def test_unreadable_words_give_no_number() -> None:
    assert parse_number(None, None, "hundred hundred thousand twelve nine") is None
    assert parse_number(None, None, None) is None
