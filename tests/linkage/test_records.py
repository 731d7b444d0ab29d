"""Bad input is refused with every problem named by file, row and field."""

from __future__ import annotations

import pytest

from parley.errors import InputError, Problem
from parley.linkage import PersonList, PersonRecord, link_lists
from parley.linkage.records import to_records


def _problems(rows: list[dict[str, object]], **kwargs: object) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        to_records(rows, **kwargs)  # type: ignore[arg-type]
    return caught.value.problems


def test_missing_record_id_column_names_the_column() -> None:
    [problem] = _problems([{"surname": "Коваленко"}], file="held.xlsx", first_row=2)
    assert (problem.file, problem.row, problem.field) == ("held.xlsx", 2, "record_id")


def test_empty_name_is_refused() -> None:
    [problem] = _problems([{"record_id": "1", "surname": " ", "full_name": ""}], file="a.csv")
    assert problem.field == "surname"
    assert "no name" in problem.reason


def test_bad_date_names_row_field_and_value() -> None:
    rows = [{"record_id": "1", "full_name": "Коваленко Олександр", "date_of_birth": "31.02.1990"}]
    [problem] = _problems(rows, file="b.csv", row_numbers=[17])
    assert (problem.row, problem.field, problem.value) == (17, "date_of_birth", "31.02.1990")


def test_every_problem_is_reported_at_once() -> None:
    rows = [
        {"record_id": "1", "full_name": ""},
        {"record_id": "2", "full_name": "Бондар Іван", "date_of_birth": "someday"},
        {"record_id": "2", "full_name": "Бондар Іван"},
        {"record_id": "", "full_name": "Бондар Іван"},
    ]
    problems = _problems(rows, file="c.csv")
    assert [(p.row, p.field) for p in problems] == [
        (1, "surname"),
        (2, "date_of_birth"),
        (3, "record_id"),
        (4, "record_id"),
    ]


def test_records_and_dicts_are_both_accepted() -> None:
    valid = to_records(
        [PersonRecord("1", full_name="Бондар Іван"), {"record_id": 2, "surname": "Бондар"}]
    )
    assert [v.record.record_id for v in valid] == ["1", "2"]


def test_a_job_refuses_bad_input_before_linking() -> None:
    held = PersonList([{"record_id": "1", "full_name": ""}], "held", file="held.xlsx")
    requested = PersonList([{"record_id": "1", "full_name": "Бондар Іван"}], "requested")
    with pytest.raises(InputError, match=r"held\.xlsx, row 1"):
        link_lists(held, requested)
