"""Splitting full names and telling the name order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.domain.scripts import clean
from parley.linkage import NameParts, split_full_name
from parley.linkage.names import order_columns


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("Коваленко Олександр Петрович", NameParts("Коваленко", "Олександр", "Петрович")),
        ("Олександр Петрович Коваленко", NameParts("Коваленко", "Олександр", "Петрович")),
        ("Kovalenko Aleksandr P.", NameParts("Kovalenko", "Aleksandr", "P.")),
        ("Oleksandr Kowalenko", NameParts("Kowalenko", "Oleksandr", "")),
        ("Albert B. Saienko", NameParts("Saienko", "Albert", "B.")),
        ("KOVALENKO Oleksandr", NameParts("KOVALENKO", "Oleksandr", "")),
        ("Kovalenko, Oleksandr", NameParts("Kovalenko", "Oleksandr", "")),
        ("O. P. Kovalenko", NameParts("Kovalenko", "O.", "P.")),
        ("Kovalenko O.P.", NameParts("Kovalenko", "O.", "P.")),
        ("Volodymyr YE. Baklan", NameParts("Baklan", "Volodymyr", "YE.")),
        ("Kamilla Rostyslavivna Artymovych", NameParts("Artymovych", "Kamilla", "Rostyslavivna")),
        ("Savvatiy Krylov", NameParts("Krylov", "Savvatiy", "")),
        ("Konstantin Charnysh", NameParts("Charnysh", "Konstantin", "")),
        ("Бондар", NameParts("Бондар", "", "")),
        ("", NameParts()),
    ],
)
def test_split_full_name(full: str, expected: NameParts) -> None:
    assert split_full_name(full) == expected


def test_initials_are_flagged() -> None:
    parts = split_full_name("Kovalenko O. P.")
    assert parts.given_is_initial
    assert parts.patronymic_is_initial


def test_columns_swapped_by_the_clerk_are_put_back() -> None:
    assert order_columns("Олександр", "Коваленко", "") == NameParts("Коваленко", "Олександр", "")


def test_a_surname_that_is_also_a_given_name_stays() -> None:
    assert order_columns("Павлик", "Теодор", "") == NameParts("Павлик", "Теодор", "")


words = st.text(
    alphabet="абвгдеєжзиіїйклмнопрстуфхцчшщьюяABCDEFGHIJKLMNOPRSTUVYZ", min_size=2, max_size=10
)


@given(st.lists(words, min_size=1, max_size=4))
def test_splitting_keeps_every_word(parts: list[str]) -> None:
    split = split_full_name(" ".join(parts))
    rebuilt = " ".join(p for p in (split.surname, split.given_name, split.patronymic) if p)
    assert sorted(rebuilt.split()) == sorted(clean(" ".join(parts)).split())
