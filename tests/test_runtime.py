"""The process-wide collector settings applied by the entry points."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from parley.runtime import YOUNG_THRESHOLD, tune_collector


@pytest.fixture
def restored_collector() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


@pytest.mark.usefixtures("restored_collector")
def test_tune_collector_freezes_the_heap_and_raises_only_the_young_threshold() -> None:
    _, middle, old = gc.get_threshold()
    gc.unfreeze()
    tune_collector()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (YOUNG_THRESHOLD, middle, old)


@pytest.mark.usefixtures("restored_collector")
def test_cycles_made_after_tuning_are_still_collected() -> None:
    tune_collector()

    class Node:
        other: object

    a, b = Node(), Node()
    a.other, b.other = b, a
    alive = gc.get_objects()
    assert any(x is a for x in alive)
    del a, b, alive
    assert gc.collect() >= 2
