"""Script detection and clean-up."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parley.domain.scripts import clean, cyrillic_language, fix_homoglyphs
from parley.linkage import Script, detect_script


def test_detect_script() -> None:
    assert detect_script("Коваленко") is Script.CYRILLIC
    assert detect_script("Kovalenko") is Script.LATIN
    assert detect_script("Kovalenko Олександр") is Script.MIXED
    assert detect_script("12.03.1998") is Script.NONE


def test_cyrillic_language() -> None:
    assert cyrillic_language("Григорій") == "uk"
    assert cyrillic_language("Рыбаков") == "ru"
    assert cyrillic_language("Коваленко") is None


def test_latin_look_alikes_in_a_cyrillic_word_become_cyrillic() -> None:
    assert fix_homoglyphs("Kовaленкo") == "Коваленко"
    assert fix_homoglyphs("Kovalenko") == "Kovalenko"


@given(st.text(max_size=40))
def test_clean_is_idempotent(text: str) -> None:
    assert clean(clean(text)) == clean(text)
