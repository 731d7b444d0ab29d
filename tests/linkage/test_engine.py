"""End to end on DuckDB: link two lists, deduplicate one, labels, and the model as JSON."""

from __future__ import annotations

import json

import pytest

from parley.linkage import (
    JobOptions,
    LinkageResult,
    PersonList,
    deduplicate,
    link_lists,
    link_remains,
)

from .people import lists


@pytest.fixture(scope="module")
def linked() -> tuple[LinkageResult, set[tuple[str, str]]]:
    held, requested, truth = lists(400, seed=3)
    result = link_lists(PersonList(held, "held"), PersonList(requested, "requested"))
    return result, truth


def _found(result: LinkageResult) -> set[tuple[str, str]]:
    return {(a.record_id, b.record_id) for a, b in result.linked_pairs()}


def test_linking_finds_the_known_pairs(linked: tuple[LinkageResult, set[tuple[str, str]]]) -> None:
    result, truth = linked
    found = _found(result)
    assert len(found & truth) / len(truth) >= 0.97
    assert len(found & truth) / len(found) >= 0.99


def test_the_namesake_is_not_linked(linked: tuple[LinkageResult, set[tuple[str, str]]]) -> None:
    result, _ = linked
    assert all(b.record_id != "r_namesake" for _, b in result.linked_pairs())


def test_every_pair_explains_itself(linked: tuple[LinkageResult, set[tuple[str, str]]]) -> None:
    result, _ = linked
    pair = next(p for p in result.pairs if (p.left.record_id, p.right.record_id) == ("h0", "r0"))
    by_name = {c.comparison: c for c in pair.contributions}
    assert by_name["date_of_birth"].level == "exact"
    assert by_name["date_of_birth"].match_weight > 0
    assert by_name["given_name"].level == "same name class"
    assert by_name["patronymic"].level == "initial agrees"
    assert pair.match_probability > 0.95
    assert "date_of_birth" in pair.explain()
    assert pair.contributions[0].comparison == "prior"
    total = sum(c.match_weight for c in pair.contributions)
    assert total == pytest.approx(pair.match_weight, abs=1e-6)


def test_far_fewer_pairs_than_the_cross_product(
    linked: tuple[LinkageResult, set[tuple[str, str]]],
) -> None:
    result, truth = linked
    assert len(result.pairs) < 5 * len(truth)


def test_trained_model_round_trips_as_json(
    linked: tuple[LinkageResult, set[tuple[str, str]]],
) -> None:
    result, _ = linked
    held, requested, _ = lists(400, seed=3)
    model = json.loads(json.dumps(result.model))
    again = link_lists(
        PersonList(held, "held"), PersonList(requested, "requested"), JobOptions(model=model)
    )
    first = {(p.left.record_id, p.right.record_id): p.match_probability for p in result.pairs}
    second = {(p.left.record_id, p.right.record_id): p.match_probability for p in again.pairs}
    assert first.keys() == second.keys()
    assert all(abs(first[k] - second[k]) < 1e-9 for k in first)


def test_m_from_reviewer_labels(linked: tuple[LinkageResult, set[tuple[str, str]]]) -> None:
    _, truth = linked
    held, requested, _ = lists(400, seed=3)
    labels = sorted(truth)[:150]
    result = link_lists(
        PersonList(held, "held"), PersonList(requested, "requested"), JobOptions(labels=labels)
    )
    found = _found(result)
    assert len(found & truth) / len(truth) >= 0.95
    surname = next(c for c in result.model["comparisons"] if c["output_column_name"] == "surname")
    same = next(
        lv for lv in surname["comparison_levels"] if lv.get("label_for_charts") == "same spelling"
    )
    assert same["m_probability"] > 0.5  # most labelled matches spell the surname alike


def test_deduplicate_one_list() -> None:
    held, requested, truth = lists(300, seed=5)
    # One list holding both renderings of each person: the duplicates are the true pairs.
    rows = held + requested
    result = deduplicate(PersonList(rows, "list"))
    found = {tuple(sorted((a.record_id, b.record_id))) for a, b in result.linked_pairs()}
    expected = {tuple(sorted(p)) for p in truth}
    assert len(found & expected) / len(expected) >= 0.95
    assert len(found & expected) / len(found) >= 0.95


def test_link_remains_to_reports() -> None:
    held, requested, truth = lists(200, seed=9)
    remains = [
        {
            "record_id": r["record_id"],
            "full_name": r["full_name"],
            "date_of_birth": r["date_of_birth"][:4],
        }
        for r in requested
    ]
    result = link_remains(PersonList(remains, "remains"), PersonList(held, "reports"))
    found = {(b.record_id, a.record_id) for a, b in result.linked_pairs()}
    assert len(found & truth) / len(truth) >= 0.9


def test_lists_need_distinct_names() -> None:
    held, requested, _ = lists(5, seed=1)
    with pytest.raises(ValueError, match="distinct names"):
        link_lists(PersonList(held, "x"), PersonList(requested, "x"))
