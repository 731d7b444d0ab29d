"""Romanisation and skeleton: idempotent, and every supported scheme lands on one skeleton."""

from __future__ import annotations

import iuliia
import pytest
import translitua
from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.linkage import romanise, skeleton

UK_SCHEMES = [
    translitua.UkrainianKMU,
    translitua.UkrainianNational1996,
    translitua.UkrainianUNGEGN,
    translitua.UkrainianBGN,
    translitua.UkrainianBGN2019,
    translitua.UkrainianALALC,
    translitua.UkrainianALALCModified,
    translitua.UkrainianISO9,
    translitua.UkrainianGOST1971,
    translitua.UkrainianGOST1986,
    translitua.UkrainianPassport2007,
    translitua.UkrainianSimple,
    translitua.UkrainianBritish,
]
RU_SCHEMES = [
    iuliia.ALA_LC,
    iuliia.ALA_LC_ALT,
    iuliia.BGN_PCGN,
    iuliia.BGN_PCGN_ALT,
    iuliia.BS_2979,
    iuliia.BS_2979_ALT,
    iuliia.GOST_16876,
    iuliia.GOST_52290,
    iuliia.GOST_52535,
    iuliia.GOST_779,
    iuliia.ICAO_DOC_9303,
    iuliia.ISO_9_1954,
    iuliia.ISO_9_1968,
    iuliia.ISO_9_1968_ALT,
    iuliia.MOSMETRO,
    iuliia.MVD_310,
    iuliia.MVD_782,
    iuliia.UNGEGN_1987,
    iuliia.WIKIPEDIA,
    iuliia.YANDEX_MAPS,
    iuliia.YANDEX_MONEY,
]
# Schemes that write зг as zh (the same as ж) cannot be told apart there; see report.
_ZH_LOSSY = {
    translitua.UkrainianBGN,
    translitua.UkrainianALALCModified,
    translitua.UkrainianSimple,
    translitua.UkrainianBritish,
}


def _names(locale: str) -> list[str]:
    provider = Faker(locale).provider("faker.providers.person")
    assert provider is not None
    pool = {*provider.last_names, *provider.first_names, *provider.middle_names}  # type: ignore[attr-defined]
    return sorted(str(n) for n in pool)


UK_NAMES = _names("uk_UA")
RU_NAMES = _names("ru_RU")
any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@settings(max_examples=400)
@given(name=st.sampled_from(UK_NAMES), scheme=st.sampled_from(UK_SCHEMES))
def test_every_ukrainian_scheme_lands_on_the_cyrillic_skeleton(name: str, scheme: type) -> None:
    if scheme in _ZH_LOSSY and "зг" in name.lower():
        return
    assert skeleton(translitua.translit(name, scheme)) == skeleton(name)


@settings(max_examples=400)
@given(name=st.sampled_from(RU_NAMES), scheme=st.sampled_from(RU_SCHEMES))
def test_every_russian_scheme_lands_on_the_cyrillic_skeleton(name: str, scheme: object) -> None:
    assert skeleton(scheme.translate(name)) == skeleton(name)  # type: ignore[attr-defined]


@given(any_text)
def test_romanise_is_idempotent(text: str) -> None:
    once = romanise(text)
    assert romanise(once) == once


@given(any_text)
def test_skeleton_of_the_romanised_form_is_the_skeleton(text: str) -> None:
    assert skeleton(romanise(text)) == skeleton(text)


@given(any_text)
def test_romanised_text_is_lower_case_ascii(text: str) -> None:
    assert all(ch.isascii() and not ch.isupper() for ch in romanise(text))


@pytest.mark.parametrize(
    ("variants"),
    [
        ["Коваленко", "Kovalenko", "Kowalenko", "KOVALENKO"],
        ["Щербак", "Shcherbak", "Ščerbak", "Scherbak", "Shherbak"],
        ["Хоменко", "Khomenko", "Homenko", "Xomenko"],
        ["Ярошенко", "Yaroshenko", "Iaroshenko", "Jaroshenko"],
        ["Юрченко", "Yurchenko", "Iurchenko", "Jurchenko"],
        ["Цибуля", "Tsybulia", "Cybulja", "Tsybulya"],
        ["Ковальчук", "Koval'chuk", "Kovalchuk"],
        ["Євтушенко", "Yevtushenko", "Ievtushenko", "Jevtušenko"],
    ],
)
def test_common_variant_spellings_share_a_skeleton(variants: list[str]) -> None:
    assert len({skeleton(v) for v in variants}) == 1


def test_different_surnames_keep_different_skeletons() -> None:
    assert skeleton("Коваленко") != skeleton("Коваль")
    assert skeleton("Шевченко") != skeleton("Савченко")
