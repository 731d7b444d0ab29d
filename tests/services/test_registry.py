"""Registering and importing persons: every bad input is reported and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import (
    DuplicateSubmission,
    IdempotencyMismatch,
    ImportRejected,
    InputError,
    NotFound,
    TransitionRefused,
)
from parley.services.registry import Registry
from parley.store.sql_store import SqlStore
from parley.tabular import read_table
from tests.support import MEDIATOR, UA_OFFICER, as_actor, build_small, person, snapshot

HEADER = "kind;origin_party;holding_party;Прізвище;Ім'я;date_of_birth;external_ref\n"


@pytest.fixture
def registry(store: SqlStore) -> Registry:
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    return Registry(ctx)


def _csv(tmp_path: Path, body: str, name: str = "list.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes((HEADER + body).encode(encoding))
    return path


MAPPING = {"surname": "Прізвище", "given_name": "Ім'я"}


def test_cp1251_list_imports_with_names_intact(
    registry: Registry, store: SqlStore, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path,
        "pow;UA;RU;Гнатюк;Ігор;1990;R-1\npow;UA;RU;Ящук;Євген;03.1991;R-2\n",
        encoding="cp1251",
    )
    result = registry.import_persons(read_table(path), mapping=MAPPING, submitted_by="RU")
    assert result["imported"] == 2
    names = {p.names[0].display() for p in registry.persons()}
    assert {"Гнатюк Ігор", "Ящук Євген"} <= names


def test_bad_rows_are_all_reported_and_nothing_is_written(
    registry: Registry, store: SqlStore, tmp_path: Path
) -> None:
    body = (
        "pow;UA;RU;Гнатюк;Ігор;1990;R-1\npow;UA;XX;Бойко;Іван;1990;R-2\npow;UA;RU;Ткач;Іван;31.02.1990;R-3\n"
        "pow;UA;RU;Мельник;Петро;1990;R-1\n"
    )
    before = snapshot(store)
    with pytest.raises(ImportRejected) as rejected:
        registry.import_persons(
            read_table(_csv(tmp_path, body)), mapping=MAPPING, submitted_by="RU"
        )
    found = {(Path(p.file or "").name, p.row, p.field) for p in rejected.value.problems}
    assert found == {
        ("list.csv", 3, "holding_party"),
        ("list.csv", 4, "date_of_birth"),
        ("list.csv", 5, "external_ref"),
    }
    assert snapshot(store) == before


def test_unmapped_column_is_named(registry: Registry, tmp_path: Path) -> None:
    with pytest.raises(ImportRejected) as rejected:
        registry.import_persons(
            read_table(_csv(tmp_path, "")), mapping={"surname": "Surname"}, submitted_by="RU"
        )
    assert rejected.value.problems[0].field == "Surname"


def test_reimport_changes_nothing(registry: Registry, store: SqlStore, tmp_path: Path) -> None:
    path = _csv(tmp_path, "pow;UA;RU;Гнатюк;Ігор;1990;R-1\n")
    first = registry.import_persons(read_table(path), mapping=MAPPING, submitted_by="RU")
    after_first = snapshot(store)
    again = registry.import_persons(read_table(path), mapping=MAPPING, submitted_by="RU")
    assert again == first
    assert snapshot(store) == after_first


def test_same_people_in_another_file_are_a_duplicate_submission(
    registry: Registry, store: SqlStore, tmp_path: Path
) -> None:
    registry.import_persons(
        read_table(_csv(tmp_path, "pow;UA;RU;Гнатюк;Ігор;1990;R-1\n")),
        mapping=MAPPING,
        submitted_by="RU",
    )
    before = snapshot(store)
    other = _csv(
        tmp_path,
        "pow;UA;RU;Гнатюк;Ігор;1990;R-1\npow;UA;RU;Бойко;Іван;1990;R-9\n",
        name="again.csv",
    )
    with pytest.raises(ImportRejected) as rejected:
        registry.import_persons(read_table(other), mapping=MAPPING, submitted_by="RU")
    [problem] = rejected.value.problems
    assert (Path(problem.file or "").name, problem.row, problem.field, problem.value) == (
        "again.csv",
        2,
        "external_ref",
        "R-1",
    )
    assert snapshot(store) == before
    with pytest.raises(DuplicateSubmission):
        registry.register_person(
            person("Гнатюк", "Ігор", "UA", "RU", external_ref="R-1"), submitted_by="RU"
        )


def test_unknown_party_in_a_single_registration(registry: Registry, store: SqlStore) -> None:
    before = snapshot(store)
    with pytest.raises(Exception, match="holding_party"):
        registry.register_person(person("Гнатюк", "Ігор", "UA", "XX"), submitted_by="RU")
    assert snapshot(store) == before


def test_impossible_status_change_names_person_and_states(
    registry: Registry, store: SqlStore
) -> None:
    pid = registry.register_person(person("Гнатюк", "Ігор", "UA", "RU"), submitted_by="RU")
    registry.change_status(pid, "released")
    before = snapshot(store)
    with pytest.raises(TransitionRefused, match=rf"{pid}: cannot go from 'released' to 'listed'"):
        registry.change_status(pid, "listed")
    assert snapshot(store) == before


def test_idempotency_key_replays_and_refuses_reuse(registry: Registry, store: SqlStore) -> None:
    fields = person("Гнатюк", "Ігор", "UA", "RU")
    pid = registry.register_person(fields, submitted_by="RU", key="k-1")
    after = snapshot(store)
    assert registry.register_person(fields, submitted_by="RU", key="k-1") == pid
    assert snapshot(store) == after
    with pytest.raises(IdempotencyMismatch):
        registry.register_person(person("Бойко", "Іван", "UA", "RU"), submitted_by="RU", key="k-1")
    assert snapshot(store) == after


def test_unknown_person_and_party(registry: Registry) -> None:
    with pytest.raises(NotFound):
        registry.change_status("nope", "released")
    with pytest.raises(NotFound):
        registry.disclose("XX", [])


def test_malformed_file_is_refused_before_anything_is_written(
    registry: Registry, store: SqlStore, tmp_path: Path
) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(
        HEADER + "pow;UA;RU;Гнатюк;Ігор;1990\npow;UA;RU;Бойко;Іван;1990;R-2;extra\n",
        encoding="utf-8",
    )
    before = snapshot(store)
    with pytest.raises(InputError) as bad:
        registry.import_persons(read_table(path), mapping=MAPPING, submitted_by="RU")
    assert {(Path(p.file or "").name, p.row) for p in bad.value.problems} == {
        ("broken.csv", 2),
        ("broken.csv", 3),
    }
    assert snapshot(store) == before


def test_dry_run_reports_what_the_import_would_and_writes_nothing(
    registry: Registry, store: SqlStore, tmp_path: Path
) -> None:
    bad = read_table(
        _csv(tmp_path, "pow;UA;RU;Гнатюк;Ігор;1990;R-1\npow;UA;XX;Бойко;Іван;1990;R-2\n")
    )
    before = snapshot(store)
    with pytest.raises(ImportRejected) as checked:
        registry.import_persons(bad, mapping=MAPPING, submitted_by="RU", dry_run=True)
    with pytest.raises(ImportRejected) as imported:
        registry.import_persons(bad, mapping=MAPPING, submitted_by="RU")
    assert checked.value.problems == imported.value.problems
    assert [(p.row, p.field) for p in checked.value.problems] == [(3, "holding_party")]
    good = read_table(_csv(tmp_path, "pow;UA;RU;Гнатюк;Ігор;1990;R-1\n", name="good.csv"))
    preview = registry.import_persons(good, mapping=MAPPING, submitted_by="RU", dry_run=True)
    assert preview == {"would_import": 1, "already_imported": 0}
    assert snapshot(store) == before


def test_dry_run_of_an_import_already_made_says_so(
    registry: Registry, store: SqlStore, tmp_path: Path
) -> None:
    table = read_table(_csv(tmp_path, "pow;UA;RU;Гнатюк;Ігор;1990;R-1\npow;UA;RU;Ткач;Іван;;\n"))
    registry.import_persons(table, mapping=MAPPING, submitted_by="RU")  # key from the rows
    other = read_table(_csv(tmp_path, "pow;UA;RU;Бойко;Іван;;\n", name="other.csv"))
    registry.import_persons(other, mapping=MAPPING, submitted_by="RU", key="list-2")
    after = snapshot(store)
    done = {"would_import": 0, "already_imported": 2}
    assert registry.import_persons(table, mapping=MAPPING, submitted_by="RU", dry_run=True) == done
    again = registry.import_persons(
        other, mapping=MAPPING, submitted_by="RU", key="list-2", dry_run=True
    )
    assert again == {"would_import": 0, "already_imported": 1}
    with pytest.raises(IdempotencyMismatch):
        registry.import_persons(
            table, mapping=MAPPING, submitted_by="RU", key="list-2", dry_run=True
        )
    assert snapshot(store) == after


def test_records_leave_out_what_an_officer_may_not_see(store: SqlStore) -> None:
    small = build_small(as_actor(store, MEDIATOR))
    ua = Registry(as_actor(store, UA_OFFICER))
    wanted = [small.ua_held[1], small.ru_held[0], small.ua_held[0]]
    assert [p.person_id for p in ua.records(wanted)] == [small.ua_held[1], small.ua_held[0]]
