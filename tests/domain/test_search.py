"""Name search across scripts: skeletons make Latin and Cyrillic spellings meet."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parley.domain.model import PersonName
from parley.domain.search import matches, query_keys, score, search_keys

KOVALENKO = [PersonName("Коваленко", "Олександр", "Петрович")]


def test_either_script_finds_the_other() -> None:
    assert matches(query_keys("Kovalenko"), KOVALENKO)
    assert matches(query_keys("kowalenko oleksandr"), KOVALENKO)
    assert matches(query_keys("Мельник"), [PersonName("Melnyk", script="Latn", lang="en")])
    assert not matches(query_keys("Shevchuk"), KOVALENKO)


def test_words_match_by_prefix() -> None:
    assert matches(query_keys("Koval"), KOVALENKO)
    assert not matches(query_keys("Kovalenkov"), KOVALENKO)


def test_no_letters_no_keys() -> None:
    assert query_keys("  ,, ") == []
    assert not matches([], KOVALENKO)


@given(st.text(min_size=1, max_size=30))
def test_any_text_is_safe(text: str) -> None:
    matches(query_keys(text), KOVALENKO)


def test_given_name_forms_share_a_class() -> None:
    assert matches(query_keys("Aleksandr Kovalenko"), KOVALENKO)
    assert matches(query_keys("Саша"), KOVALENKO)
    assert not matches(query_keys("Ivan"), KOVALENKO)
    assert "=oleksandr" in search_keys(KOVALENKO)


def test_whole_words_rank_above_prefixes() -> None:
    assert score(query_keys("Kovalenko Oleksandr"), KOVALENKO) == 4
    assert score(query_keys("Koval Oleks"), KOVALENKO) == 2
