"""A first guess at which person field each column of an uploaded list holds, from its header.

Lists arrive with headers in English, Ukrainian or Russian (`Прізвище`, `Фамилия`,
`Date of birth`); the import wizard pre-selects these guesses and the user corrects them.
The table is ours: no library knows the headers of these lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parley.domain.records import LATIN_NAME_FIELDS, NAME_FIELDS

ALIASES: dict[str, tuple[str, ...]] = {
    "kind": ("category", "type", "категорія", "категория", "тип"),
    "origin_party": (
        "origin",
        "party of origin",
        "citizenship",
        "nationality",
        "громадянство",
        "гражданство",
        "сторона походження",
    ),
    "holding_party": (
        "held by",
        "holder",
        "detaining party",
        "detaining power",
        "утримується",
        "утримуюча сторона",
        "удерживающая сторона",
    ),
    "surname": ("last name", "family name", "прізвище", "фамилия"),
    "given_name": ("first name", "name", "forename", "ім'я", "имя"),
    "patronymic": ("middle name", "по батькові", "отчество"),
    "surname_latin": ("surname latin", "latin surname", "прізвище латиницею"),
    "given_name_latin": ("given name latin", "first name latin", "ім'я латиницею"),
    "patronymic_latin": ("patronymic latin",),
    "date_of_birth": (
        "dob",
        "birth date",
        "born",
        "дата народження",
        "рік народження",
        "дата рождения",
        "год рождения",
    ),
    "capture_date": ("date of capture", "captured on", "дата полонення", "дата пленения"),
    "recovery_date": ("date of recovery", "recovered on", "дата виявлення", "дата обнаружения"),
    "service_number": (
        "service no",
        "military id",
        "personal number",
        "особистий номер",
        "личный номер",
    ),
    "rank": ("military rank", "звання", "військове звання", "звание", "воинское звание"),
    "unit": (
        "military unit",
        "військова частина",
        "частина",
        "підрозділ",
        "воинская часть",
        "часть",
        "подразделение",
    ),
    "capture_place": ("place of capture", "captured at", "місце полонення", "место пленения"),
    "detention_place": (
        "place of detention",
        "detained at",
        "місце утримання",
        "место содержания",
    ),
    "recovery_place": ("place of recovery", "recovered at", "місце виявлення", "место обнаружения"),
    "tag_number": ("tag", "tag no", "бирка", "номер бирки"),
    "external_ref": ("ref", "reference", "id", "record id", "no", "номер запису", "номер"),
    "health": ("health flags", "medical", "стан здоров'я", "состояние здоровья"),
    "identification": ("identification status", "ідентифікація", "идентификация"),
}
_PARTS = re.compile(r"[()\[\]/|,;]")


def _key(text: str) -> str:
    """Case, spacing, underscores and apostrophes do not matter; `№` reads as `no`."""
    text = text.replace("№", "no").replace("ʼ", "").casefold()  # ʼ (U+02BC) counts as a letter
    return "".join(ch for ch in text if ch.isalnum())


_FIELD_OF = {_key(a): f for f, aliases in ALIASES.items() for a in (f, *aliases)}
_LATIN_OF = dict(zip(NAME_FIELDS, LATIN_NAME_FIELDS, strict=True))


def guess_field(header: str) -> str | None:
    """The field a header names, whole or in one of its parts (`Прізвище (Surname)`)."""
    for part in (header, *_PARTS.split(header)):
        if found := _FIELD_OF.get(_key(part)):
            return found
    return None


def guess_fields(columns: Sequence[str]) -> dict[str, str | None]:
    """Each column's guessed field; a field goes to the first column that names it, and a
    second column naming a name part is taken for the name in Latin letters."""
    taken: set[str] = set()
    out: dict[str, str | None] = {}
    for column in columns:
        field = guess_field(column)
        if field in taken and field in _LATIN_OF:
            field = _LATIN_OF[field]
        out[column] = field if field not in taken else None
        if field:
            taken.add(field)
    return out
