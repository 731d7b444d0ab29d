"""Guessing the person field of each column of an uploaded list from its header."""

from __future__ import annotations

import pytest

from parley.domain.headers import ALIASES, guess_field, guess_fields
from parley.domain.records import PERSON_FIELDS


def test_every_field_has_its_aliases() -> None:
    assert set(ALIASES) == set(PERSON_FIELDS)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("surname", "surname"),
        ("Прізвище", "surname"),
        ("ФАМИЛИЯ", "surname"),
        ("Ім'я", "given_name"),
        ("Імʼя", "given_name"),  # the modifier-letter apostrophe of Ukrainian orthography
        ("First name", "given_name"),
        ("По батькові", "patronymic"),
        ("Date of Birth", "date_of_birth"),
        ("date_of_birth", "date_of_birth"),
        ("Дата рождения", "date_of_birth"),
        ("Військове звання", "rank"),
        ("№", "external_ref"),
        ("Прізвище (Surname)", "surname"),
        ("Held by", "holding_party"),
        ("notes", None),
    ],
)
def test_headers_in_three_languages(header: str, field: str | None) -> None:
    assert guess_field(header) == field


def test_a_field_goes_to_one_column_and_a_second_name_column_to_latin() -> None:
    found = guess_fields(["Прізвище", "Surname", "Фамилия", "ID", "Ref"])
    assert found == {
        "Прізвище": "surname",
        "Surname": "surname_latin",
        "Фамилия": None,
        "ID": "external_ref",
        "Ref": None,
    }
