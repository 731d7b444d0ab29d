from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.domain.dates import parse_partial_date
from parley.domain.records import person_fields, script_of

PARTIES = frozenset({"UA", "RU"})


def row(**values: str) -> dict[str, str]:
    return {
        "kind": "pow",
        "origin_party": "UA",
        "holding_party": "RU",
        "surname": "Коваленко",
        **values,
    }


def test_a_good_row_gives_names_with_script_and_language() -> None:
    fields, problems = person_fields(
        row(
            given_name="Олександр",
            surname_latin="Kovalenko",
            given_name_latin="Oleksandr",
            date_of_birth="12.03.1998",
        ),
        parties=PARTIES,
    )
    assert problems == []
    assert [(n.script, n.lang) for n in fields["names"]] == [("Cyrl", "uk"), ("Latn", "en")]
    assert fields["date_of_birth"] == "1998-03-12"


@pytest.mark.parametrize(
    ("values", "field", "reason"),
    [
        (row(origin_party="XX"), "origin_party", "must be one of"),
        (row(kind="tank"), "kind", "must be one of"),
        (row(surname=""), "surname", "at least one name"),
        (row(surname="K0valenko"), "surname", "not a name"),
        (row(date_of_birth="31.02.1990"), "date_of_birth", "day is out of range"),
        (row(date_of_birth="1990-13"), "date_of_birth", "month out of range"),
        (row(holding_party="UA"), "holding_party", "cannot be the party of origin"),
        (row(health="severely_wounded;grumpy"), "health", "unknown flag"),
        (row(identification="presumed"), "identification", "only remains"),
        (row(kind="remains", surname=""), "tag_number", "need a tag number"),
    ],
)
def test_each_bad_field_is_named_with_file_and_row(
    values: dict[str, str], field: str, reason: str
) -> None:
    _, problems = person_fields(values, parties=PARTIES, file="list.csv", row=7)
    assert any(
        p.field == field and reason in p.reason and p.file == "list.csv" and p.row == 7
        for p in problems
    ), problems


def test_remains_counted_by_tag_need_no_name() -> None:
    fields, problems = person_fields(
        row(kind="remains", surname="", tag_number="T-0001"), parties=PARTIES
    )
    assert problems == [] and fields["identification"] == "unidentified"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1998", "1998"),
        ("03.1998", "1998-03"),
        ("12.03.1998", "1998-03-12"),
        ("1998-3-2", "1998-03-02"),
    ],
)
def test_partial_dates(text: str, iso: str) -> None:
    assert parse_partial_date(text).iso() == iso


@given(st.dates(min_value=date(1900, 1, 1), max_value=date.today()))
def test_partial_date_round_trips(day: date) -> None:
    iso = day.isoformat()
    assert parse_partial_date(iso).iso() == iso
    assert parse_partial_date(day.strftime("%d.%m.%Y")) == parse_partial_date(iso)


def test_script_detection() -> None:
    assert (script_of("Коваленко"), script_of("Kovalenko")) == ("Cyrl", "Latn")
