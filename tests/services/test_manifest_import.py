"""Importing a manifest: every row resolved to a person, or nothing listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import ImportRejected
from parley.services.exchanges import Exchanges
from parley.services.registry import Registry
from parley.store.sql_store import SqlStore
from parley.tabular import read_table
from tests.support import MEDIATOR, as_actor, build_small, person, snapshot


@pytest.fixture
def refs(store: SqlStore) -> list[str]:
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    reg = Registry(ctx)
    for i, (surname, given) in enumerate(
        [("Гнатюк", "Ігор"), ("Ткач", "Павло"), ("Мороз", "Артем")]
    ):
        reg.register_person(
            person(surname, given, "UA", "RU", external_ref=f"RU-{i}"), submitted_by="RU"
        )
    return ["RU-0", "RU-1", "RU-2"]


def _file(tmp_path: Path, refs: list[str], name: str = "manifest.csv") -> Path:
    path = tmp_path / name
    path.write_text("external_ref\n" + "".join(f"{r}\n" for r in refs), encoding="utf-8")
    return path


def test_manifest_lists_every_named_person(
    store: SqlStore, refs: list[str], tmp_path: Path
) -> None:
    ex = Exchanges(as_actor(store, MEDIATOR))
    result = ex.import_manifest("A1-X1-S1", "A1/pow/RU>UA", read_table(_file(tmp_path, refs)))
    assert result == {"listed": 3, "named": 3}
    listed = Registry(as_actor(store, MEDIATOR)).persons()
    assert sorted(p.external_ref or "" for p in listed if p.status == "listed") == refs
    again = ex.import_manifest("A1-X1-S1", "A1/pow/RU>UA", read_table(_file(tmp_path, refs)))
    assert again == result
    assert next(b for b in ex.balance("A1") if b.quota_id == "A1/pow/RU>UA").listed == 3


def test_unknown_repeated_and_misfit_rows_are_all_named(
    store: SqlStore, refs: list[str], tmp_path: Path
) -> None:
    ex = Exchanges(as_actor(store, MEDIATOR))
    before = snapshot(store)
    path = _file(tmp_path, ["RU-0", "RU-404", "RU-0", "RU-1"])
    with pytest.raises(ImportRejected) as rejected:
        ex.import_manifest("A1-X1-S1", "A1/pow/RU>UA", read_table(path))
    assert [(p.row, p.value) for p in rejected.value.problems] == [(3, "RU-404"), (4, "RU-0")]
    assert "same person as row 2" in rejected.value.problems[1].reason
    with pytest.raises(ImportRejected) as misfit:
        ex.import_manifest(
            "A1-X1-S1", "A1/pow/UA>RU", read_table(_file(tmp_path, ["RU-1"], "m2.csv"))
        )
    assert "no person known" in misfit.value.problems[0].reason  # RU-1 is RU's reference, not UA's
    assert snapshot(store) == before
