"""Partial dates of birth."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.linkage import PartialDate, parse_partial_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.03.1998", PartialDate(1998, 3, 12)),
        ("1998-03-12", PartialDate(1998, 3, 12)),
        ("03/12/1998", PartialDate(1998, 3, 12)),
        ("25/03/1998", PartialDate(1998, 3, 25)),
        ("1998", PartialDate(1998)),
        ("03.1998", PartialDate(1998, 3)),
        ("", PartialDate()),
        ("  ", PartialDate()),
        (None, PartialDate()),
        (dt.date(1998, 3, 12), PartialDate(1998, 3, 12)),
    ],
)
def test_formats_lists_use(text: str | dt.date | None, expected: PartialDate) -> None:
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.1990", "12.13.1990", "1850", "tomorrow", "12.03.98x"])
def test_no_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"not a date|out of range|day is out of range"):
        parse_partial_date(text)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2020, 12, 31)))
def test_iso_round_trip(day: dt.date) -> None:
    parsed = parse_partial_date(day.strftime("%d.%m.%Y"))
    assert parsed.iso() == day.isoformat()
    assert parse_partial_date(parsed.iso()) == parsed


def test_partial_iso_and_emptiness() -> None:
    assert PartialDate(1998, 3).iso() == "1998-03"
    assert PartialDate().is_empty
    assert PartialDate().iso() is None
