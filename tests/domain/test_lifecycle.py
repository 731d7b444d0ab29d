"""Every transition of the lifecycle, allowed and refused, against a table written out here."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.domain.lifecycle import Status, allowed_next, check_transition
from parley.domain.model import Category
from parley.errors import TransitionRefused

# The specification, written independently of the code's table: "from -> to" edges.
EDGES = [
    "held->listed",
    "held->released",
    "held->transferred",
    "held->died_in_captivity",
    "held->escaped",
    "listed->approved",
    "listed->held",
    "listed->released",
    "listed->died_in_captivity",
    "listed->escaped",
    "approved->in_transit",
    "approved->medical_transit",
    "approved->listed",
    "approved->held",
    "approved->died_in_captivity",
    "approved->escaped",
    "in_transit->handed_over",
    "in_transit->medical_transit",
    "in_transit->held",
    "in_transit->died_in_captivity",
    "medical_transit->handed_over",
    "medical_transit->in_transit",
    "medical_transit->died_in_captivity",
    "handed_over->received",
    "transferred->held",
    "escaped->held",
]
ALLOWED = {tuple(edge.split("->")) for edge in EDGES}
NEVER_FOR_REMAINS = {"released", "medical_transit", "died_in_captivity", "escaped"}
PAIRS = list(itertools.product(list(Status), list(Status)))


def _expected(kind: Category, current: Status, target: Status) -> bool:
    if kind == Category.REMAINS and target.value in NEVER_FOR_REMAINS:
        return False
    return (current.value, target.value) in ALLOWED


@pytest.mark.parametrize("kind", list(Category))
@pytest.mark.parametrize(("current", "target"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_transition_allowed_exactly_when_specified(
    kind: Category, current: Status, target: Status
) -> None:
    if _expected(kind, current, target):
        check_transition("p1", kind, current, target)
        assert target in allowed_next(kind, current)
    else:
        with pytest.raises(TransitionRefused) as refused:
            check_transition("p1", kind, current, target)
        message = str(refused.value)
        assert "p1" in message and repr(current.value) in message and repr(target.value) in message
        assert target not in allowed_next(kind, current)


def test_final_statuses_allow_nothing() -> None:
    for status in (Status.RECEIVED, Status.RELEASED, Status.DIED_IN_CAPTIVITY):
        assert allowed_next(Category.POW, status) == frozenset()


@given(st.lists(st.sampled_from(list(Status)), max_size=30), st.sampled_from(list(Category)))
def test_any_walk_only_takes_allowed_steps(steps: list[Status], kind: Category) -> None:
    """Following only accepted steps never reaches a status the specification forbids."""
    current = Status.HELD
    for target in steps:
        try:
            check_transition("p", kind, current, target)
        except TransitionRefused:
            continue
        assert _expected(kind, current, target)
        current = target
