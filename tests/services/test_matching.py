"""List matching through the service layer, on real Splink (DuckDB) and both databases."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from parley.domain.matching import Job, LinkOutcome, MatchList, Thresholds
from parley.errors import AccessDenied, Conflict, InputError
from parley.linkage.port import SplinkLinker
from parley.services.journal import Journal
from parley.services.matching import Matching
from parley.services.registry import Registry
from parley.store import schema
from parley.store.sql_store import SqlStore
from parley.tabular import read_table
from tests.linkage.people import lists
from tests.support import MEDIATOR, RU_OFFICER, as_actor, build_small, snapshot


class RecordingLinker(SplinkLinker):
    """The real linker, remembering the labels it was given."""

    labels: Sequence[tuple[str, str]] = ()

    def link(self, job: Job, left: MatchList, right: MatchList | None, **kw: Any) -> LinkOutcome:
        self.labels = kw.get("labels", ())
        return super().link(job, left, right, **kw)


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    columns = list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, set[tuple[str, str]]]:
    held, requested, truth = lists(150, seed=11)
    for row in held:  # the held list is RU's, in the ledger under RU's own references
        row.update(
            kind="pow", origin_party="UA", holding_party="RU", external_ref=row.pop("record_id")
        )
    return _write(tmp_path / "held.csv", held), _write(tmp_path / "requested.csv", requested), truth


def test_link_queue_review_and_rerun(
    store: SqlStore, files: tuple[Path, Path, set[tuple[str, str]]]
) -> None:
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    held, requested, truth = files
    Registry(ctx).import_persons(read_table(held), submitted_by="RU")
    linker = RecordingLinker()
    matching = Matching(ctx, linker)
    tables = read_table(held), read_table(requested)
    result = matching.run(
        Job.LINK, *tables, parties=("RU", None), thresholds=Thresholds(0.5, 0.995)
    )
    assert result["records"] == [150, len(truth) + 1]
    assert result["pairs_compared"] < 150 * (len(truth) + 1) / 4
    assert result["candidates"] == result["auto_accepted"] + result["for_review"]
    assert result["candidates"] >= 0.9 * len(truth)
    assert (
        0.9 * len(truth) <= result["clusters"] <= len(truth) + 1
    )  # pairs: one held, one asked for

    queue = matching.queue(limit=500)
    assert len(queue) == result["for_review"]
    found = {(c.left_key, c.right_key) for c in queue}
    with store.engine.connect() as conn:
        c = schema.match_candidates
        found |= set(
            conn.execute(select(c.c.left_key, c.c.right_key).where(c.c.status == "accepted")).all()
        )
        tied = (
            conn.execute(select(c.c.left_person_id).where(c.c.left_person_id.is_not(None)))
            .scalars()
            .all()
        )
    assert len(found & truth) >= 0.9 * len(truth)
    assert len(tied) == result["candidates"]  # every held record is a person in the ledger
    first = queue[0]
    assert first.contributions[0][0] == "prior"
    assert abs(sum(w for _, _, w in first.contributions) - first.match_weight) < 0.01

    assert matching.decide(
        first.candidate_id, accept=(first.left_key[1:] == first.right_key[1:])
    ) in {"accepted", "rejected"}
    with pytest.raises(Conflict):
        matching.decide(first.candidate_id, accept=True)

    before = snapshot(store)
    assert (
        matching.run(Job.LINK, *tables, parties=("RU", None), thresholds=Thresholds(0.5, 0.995))
        == result
    )
    assert snapshot(store) == before
    assert Journal(ctx).verify().ok


def test_accepted_pairs_train_the_next_run(
    store: SqlStore, files: tuple[Path, Path, set[tuple[str, str]]]
) -> None:
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    held, requested, _ = files
    linker = RecordingLinker()
    matching = Matching(ctx, linker)
    tables = read_table(held), read_table(requested)
    matching.run(Job.LINK, *tables, thresholds=Thresholds(0.5, 1.0))
    assert linker.labels == []
    decided = [c for c in matching.queue(limit=500) if c.left_key[1:] == c.right_key[1:]][:25]
    for c in decided:
        matching.decide(c.candidate_id, accept=True)
    matching.run(Job.LINK, *tables, thresholds=Thresholds(0.6, 1.0))
    assert sorted(linker.labels) == sorted((c.left_key, c.right_key) for c in decided)


def test_dedupe_links_two_records_of_one_person(store: SqlStore, tmp_path: Path) -> None:
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    held, _, _ = lists(60, seed=5)
    twin = dict(held[0], record_id="dup", surname=held[0]["surname"].upper())
    rows = [
        dict(r, kind="pow", origin_party="UA", holding_party="RU", external_ref=r.pop("record_id"))
        for r in [*held, twin]
    ]
    path = _write(tmp_path / "list.csv", rows)
    Registry(ctx).import_persons(read_table(path), submitted_by="RU")
    matching = Matching(ctx, SplinkLinker())
    matching.run(
        Job.DEDUPE, read_table(path), parties=("RU", "RU"), thresholds=Thresholds(0.5, 1.0)
    )
    pair = next(c for c in matching.queue() if {c.left_key, c.right_key} == {"h0", "dup"})
    matching.decide(pair.candidate_id, accept=True, note="same service record")
    with store.engine.connect() as conn:
        links = conn.execute(select(schema.person_links)).all()
    assert len(links) == 1
    assert {links[0].person_a, links[0].person_b} == {pair.left_person_id, pair.right_person_id}
    assert pair.left_person_id and pair.right_person_id
    [other] = Registry(ctx).links(pair.left_person_id)
    assert other.person_id == pair.right_person_id
    ua_sees = Registry(as_actor(store, "officer:UA:olena")).persons()
    assert all(p.submitted_by == "UA" for p in ua_sees)  # a match discloses nothing
    assert Journal(ctx).verify().ok


def test_only_mediators_match_and_bad_mappings_are_named(store: SqlStore, tmp_path: Path) -> None:
    build_small(as_actor(store, MEDIATOR))
    path = _write(tmp_path / "l.csv", [{"record_id": "1", "surname": "Бойко"}])
    nameless = _write(tmp_path / "n.csv", [{"record_id": "1", "date_of_birth": "1990"}])
    with pytest.raises(InputError, match=r"n.csv, row 1, field 'surname': a list needs a surname"):
        Matching(as_actor(store, MEDIATOR), SplinkLinker()).run(Job.DEDUPE, read_table(nameless))
    with pytest.raises(AccessDenied):
        Matching(as_actor(store, RU_OFFICER), SplinkLinker()).run(Job.DEDUPE, read_table(path))
    with pytest.raises(InputError) as bad:
        Matching(as_actor(store, MEDIATOR), SplinkLinker()).run(
            Job.DEDUPE, read_table(path), mapping={"surname": "Прізвище", "height": "h"}
        )
    assert {(p.field, p.reason.split(";")[0]) for p in bad.value.problems} == {
        ("height", "not a match field"),
        ("h", "column not found in the file"),
        ("Прізвище", "column not found in the file"),
    }
