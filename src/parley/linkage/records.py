"""The person record Parley links, and its validation into InputError problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from parley.domain.dates import PartialDate, parse_partial_date
from parley.errors import InputError, Problem


@dataclass(frozen=True)
class PersonRecord:
    """One line of a list: either the name in parts, or `full_name` when given as one string."""

    record_id: str
    surname: str = ""
    given_name: str = ""
    patronymic: str = ""
    full_name: str = ""
    date_of_birth: str | dt.date | None = None
    service_number: str = ""
    unit: str = ""
    rank: str = ""


_COLUMNS = tuple(f.name for f in fields(PersonRecord))
REQUIRED_COLUMNS = ("record_id",)


@dataclass(frozen=True)
class ValidRecord:
    """A record that passed validation, with its date of birth parsed."""

    record: PersonRecord
    date_of_birth: PartialDate


def to_records(
    rows: Iterable[PersonRecord | Mapping[str, Any]],
    *,
    file: str | None = None,
    first_row: int = 1,
    row_numbers: Sequence[int] | None = None,
) -> list[ValidRecord]:
    """Validate rows (records or dicts); raise one InputError listing every problem found.

    Row numbers come from `row_numbers` when given, else count up from `first_row`.
    """
    valid: list[ValidRecord] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, data in enumerate(rows):
        number = row_numbers[index] if row_numbers is not None else first_row + index
        record, row_problems = _check_row(data, file=file, row=number)
        if record is not None and record.record.record_id in seen:
            row_problems.append(
                Problem(
                    "record_id is not unique", file, number, "record_id", record.record.record_id
                )
            )
        if record is not None:
            seen.add(record.record.record_id)
        problems.extend(row_problems)
        if record is not None and not row_problems:
            valid.append(record)
    if problems:
        raise InputError(problems)
    return valid


def _check_row(
    data: PersonRecord | Mapping[str, Any], *, file: str | None, row: int
) -> tuple[ValidRecord | None, list[Problem]]:
    if isinstance(data, PersonRecord):
        record = data
    else:
        missing = [c for c in REQUIRED_COLUMNS if c not in data]
        if missing:
            return None, [Problem("required column missing", file, row, c) for c in missing]
        record = PersonRecord(**{k: _as_text(k, data[k]) for k in _COLUMNS if k in data})
    problems: list[Problem] = []
    if not str(record.record_id).strip():
        problems.append(Problem("record_id is empty", file, row, "record_id"))
    if not any(s.strip() for s in (record.surname, record.given_name, record.full_name)):
        problems.append(
            Problem("no name: give surname/given_name or full_name", file, row, "surname")
        )
    try:
        dob = parse_partial_date(record.date_of_birth)
    except ValueError as exc:
        problems.append(Problem(str(exc), file, row, "date_of_birth", str(record.date_of_birth)))
        dob = PartialDate()
    return ValidRecord(record, dob), problems


def _as_text(key: str, value: Any) -> Any:
    if key == "date_of_birth" and isinstance(value, dt.date):
        return value
    return "" if value is None else str(value)
