"""The same small model on Spark local mode (slow: starts a JVM)."""

from __future__ import annotations

import pytest

from parley.linkage import JobOptions, PersonList, link_lists

from .people import lists


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_the_same_model_links_on_spark() -> None:
    held, requested, truth = lists(60, seed=11)
    duck = link_lists(PersonList(held, "held"), PersonList(requested, "requested"))
    spark = link_lists(
        PersonList(held, "held"),
        PersonList(requested, "requested"),
        JobOptions(engine="spark", model=duck.model),
    )
    found = {(a.record_id, b.record_id) for a, b in spark.linked_pairs()}
    assert len(found & truth) >= 0.95 * len(truth)
    on_duck = {(p.left.record_id, p.right.record_id): p.match_probability for p in duck.pairs}
    on_spark = {(p.left.record_id, p.right.record_id): p.match_probability for p in spark.pairs}
    assert on_spark.keys() == on_duck.keys()
    assert all(abs(on_spark[k] - on_duck[k]) < 1e-6 for k in on_duck)
