"""Given-name classes: Ukrainian, Russian, diminutive and Latin forms share a class."""

from __future__ import annotations

import iuliia
import pytest
import translitua
from hypothesis import given
from hypothesis import strategies as st

from parley.linkage import given_name_class, patronymic_class
from parley.linkage.given_names import class_forms, known_classes

_FORMS = class_forms()
# Diminutives shared by two names belong to the first listed (Саша → oleksandr).
_FIRST_CLASS = {
    form: next(c for c, fs in _FORMS.items() if form in fs) for fs in _FORMS.values() for form in fs
}
CYRILLIC_FORMS = sorted(f for f in _FIRST_CLASS if f.isalpha() and not f.isascii())


def test_at_least_150_given_names_are_classed() -> None:
    assert len(known_classes()) >= 150


@given(st.sampled_from(sorted(_FIRST_CLASS)))
def test_every_listed_form_lands_in_a_class(form: str) -> None:
    assert given_name_class(form) is not None


@given(
    form=st.sampled_from(CYRILLIC_FORMS),
    scheme=st.sampled_from(
        [translitua.UkrainianKMU, translitua.UkrainianISO9, translitua.UkrainianBGN2019]
    ),
)
def test_ukrainian_romanisations_keep_the_class(form: str, scheme: type) -> None:
    assert given_name_class(translitua.translit(form, scheme)) == given_name_class(form)


@given(
    form=st.sampled_from(CYRILLIC_FORMS),
    scheme=st.sampled_from([iuliia.WIKIPEDIA, iuliia.ICAO_DOC_9303]),
)
def test_russian_romanisations_keep_the_class(form: str, scheme: object) -> None:
    assert given_name_class(scheme.translate(form)) == given_name_class(form)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("forms", "class_id"),
    [
        (["Олександр", "Александр", "Саша", "Oleksandr", "Aleksandr", "Alexander"], "oleksandr"),
        (["Сергій", "Сергей", "Serhii", "Sergey", "Sergiy", "Серёжа"], "serhii"),
        (["Микола", "Николай", "Коля", "Mykola", "Nikolay", "Nikolai"], "mykola"),
        (["Григорій", "Григорий", "Hryhorii", "Grigoriy", "Гриша"], "hryhorii"),
        (["Марія", "Мария", "Маша", "Mariia", "Mariya", "Maria"], "mariia"),
    ],
)
def test_equivalent_given_names_share_a_class(forms: list[str], class_id: str) -> None:
    assert {given_name_class(f) for f in forms} == {class_id}


def test_different_names_have_different_classes() -> None:
    assert given_name_class("Олександр") != given_name_class("Олексій")
    assert given_name_class("Іван") != given_name_class("Іванна")
    assert given_name_class("Zzyzx") is None


@pytest.mark.parametrize(
    ("patronymic", "class_id"),
    [
        ("Петрович", "petro"),
        ("Petrovna", "petro"),
        ("Олександрович", "oleksandr"),
        ("Aleksandrovich", "oleksandr"),
        ("Serhiiovych", "serhii"),
        ("Sergeevich", "serhii"),
        ("Миколайович", "mykola"),
        ("Nikolaevna", "mykola"),
        ("Андріївна", "andrii"),
    ],
)
def test_patronymics_resolve_to_the_fathers_class(patronymic: str, class_id: str) -> None:
    assert patronymic_class(patronymic) == class_id


def test_a_surname_is_no_patronymic() -> None:
    assert patronymic_class("Коваленко") is None
