"""Turning validated records into the normalised columns the linkage model compares."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from parley.domain.dates import PartialDate
from parley.linkage.given_names import given_name_key, patronymic_class
from parley.linkage.names import NameParts, is_initial, order_columns, split_full_name
from parley.linkage.records import ValidRecord
from parley.linkage.romanise import romanise, skeleton

# Column names of the normalised table, in order; Splink compares these.
FEATURE_COLUMNS = (
    "unique_id",
    "surname_rom",
    "surname_sk",
    "surname_head",
    "given_rom",
    "given_key",
    "given_sk",
    "given_initial",
    "patronymic_sk",
    "patronymic_class",
    "patronymic_initial",
    "dob_y",
    "dob_m",
    "dob_d",
    "dob_iso",
    "dob_md",
    "service_number",
    "unit",
    "rank",
)
_NOT_ALNUM = re.compile(r"[^0-9a-z]")


def name_parts(valid: ValidRecord) -> NameParts:
    """Name parts of a record: from its columns, else split from its full name."""
    rec = valid.record
    if rec.surname.strip() or rec.given_name.strip():
        return order_columns(rec.surname, rec.given_name, rec.patronymic)
    return split_full_name(rec.full_name)


def features(valid: ValidRecord) -> dict[str, Any]:
    """One row of normalised columns; empty parts become None so Splink sees them as null."""
    parts = name_parts(valid)
    row: dict[str, Any] = {"unique_id": valid.record.record_id}
    row.update(_surname(parts.surname))
    row.update(_given(parts.given_name))
    row.update(_patronymic(parts.patronymic))
    row.update(_date(valid.date_of_birth))
    row["service_number"] = _code(valid.record.service_number)
    row["unit"] = _unit(valid.record.unit)
    row["rank"] = _code(valid.record.rank)
    return row


def feature_table(records: Sequence[ValidRecord]) -> dict[str, list[Any]]:
    """Column-wise table of features (what pyarrow and Splink's register accept)."""
    table: dict[str, list[Any]] = {c: [] for c in FEATURE_COLUMNS}
    for valid in records:
        for key, value in features(valid).items():
            table[key].append(value)
    return table


def _surname(surname: str) -> dict[str, Any]:
    key = skeleton(surname)
    return {
        "surname_rom": romanise(surname) or None,
        "surname_sk": key or None,
        # First three skeleton letters: a block that survives a typo later in the surname.
        "surname_head": key[:3] or None,
    }


def _given(given: str) -> dict[str, Any]:
    key = skeleton(given)
    full = bool(given) and not is_initial(given)
    return {
        "given_rom": romanise(given) if full else None,
        "given_key": given_name_key(given) if full else None,
        "given_sk": key if full and key else None,
        "given_initial": key[:1].lower() or None,
    }


def _patronymic(patronymic: str) -> dict[str, Any]:
    key = skeleton(patronymic)
    full = bool(patronymic) and not is_initial(patronymic)
    return {
        "patronymic_sk": key if full and key else None,
        "patronymic_class": patronymic_class(patronymic) if full else None,
        "patronymic_initial": key[:1].lower() or None,
    }


def _date(dob: PartialDate) -> dict[str, Any]:
    full = dob.day is not None
    md = sorted((dob.day, dob.month)) if dob.day is not None and dob.month is not None else None
    return {
        "dob_y": dob.year,
        "dob_m": dob.month,
        "dob_d": dob.day,
        "dob_iso": dob.iso() if full else None,
        # Day and month in sorted order, so a day-month swap still lands in one block.
        "dob_md": f"{md[0]:02d}{md[1]:02d}" if md else None,
    }


def _unit(value: str) -> str | None:
    # "в/ч А1234" and "military unit A1234" name one unit: keep the words with digits.
    words = romanise(value).split()
    numbered = [w for w in words if any(ch.isdigit() for ch in w)]
    return _code(" ".join(numbered or words))


def _code(value: str) -> str | None:
    # Service numbers and units are compared as romanised alphanumerics only.
    return _NOT_ALNUM.sub("", romanise(value)) or None
