"""Normalised columns: one person written in two scripts lands on the same keys."""

from __future__ import annotations

import translitua
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.linkage.features import FEATURE_COLUMNS, feature_table, features
from parley.linkage.records import to_records

SCHEMES = [translitua.UkrainianKMU, translitua.UkrainianISO9, translitua.UkrainianPassport2007]
KEYS = ("surname_sk", "given_key", "patronymic_class", "dob_iso", "dob_md")


def _row(**kwargs: str) -> dict[str, object]:
    return features(to_records([{"record_id": "x", **kwargs}])[0])


@settings(max_examples=50)
@given(
    surname=st.sampled_from(["Коваленко", "Шевченко", "Бондаренко", "Ткачук", "Мельник"]),
    given_name=st.sampled_from(["Олександр", "Сергій", "Микола", "Юрій", "Григорій"]),
    scheme=st.sampled_from(SCHEMES),
)
def test_cyrillic_and_romanised_renderings_share_keys(
    surname: str, given_name: str, scheme: type
) -> None:
    held = _row(full_name=f"{surname} {given_name} Петрович", date_of_birth="12.03.1998")
    latin = [translitua.translit(w, scheme) for w in (given_name, "Petrovych", surname)]
    asked = _row(full_name=" ".join(latin), date_of_birth="03/12/1998")
    assert {k: held[k] for k in KEYS} == {k: asked[k] for k in KEYS}


def test_missing_parts_become_nulls() -> None:
    row = _row(full_name="Kovalenko O.")
    assert row["given_key"] is None
    assert row["given_initial"] == "o"
    assert row["patronymic_sk"] is None
    assert row["dob_y"] is None


def test_swapped_day_and_month_share_a_block_key() -> None:
    assert _row(surname="Бондар", date_of_birth="12.03.1998")["dob_md"] == "0312"
    assert _row(surname="Бондар", date_of_birth="03.12.1998")["dob_md"] == "0312"


def test_service_number_is_romanised_alphanumerics() -> None:
    assert _row(surname="Бондар", service_number="АВ-123 456")["service_number"] == "av123456"


def test_feature_table_is_column_wise() -> None:
    table = feature_table(to_records([{"record_id": "1", "surname": "Бондар"}]))
    assert tuple(table) == FEATURE_COLUMNS
    assert table["unique_id"] == ["1"]


def test_a_unit_is_known_by_its_number() -> None:
    first = _row(surname="Бондар", unit="в/ч А1234")["unit"]
    assert first == _row(surname="Бондар", unit="military unit A1234")["unit"] == "a1234"
    assert _row(surname="Бондар", unit="stanley street")["unit"] == "stanleystreet"
