"""The status of a person in the ledger, and which changes of status are allowed."""

from __future__ import annotations

from enum import StrEnum

from parley.domain.model import Category
from parley.errors import TransitionRefused


class Status(StrEnum):
    """Where a person stands between capture (or recovery) and return."""

    HELD = "held"
    LISTED = "listed"
    APPROVED = "approved"
    IN_TRANSIT = "in_transit"
    MEDICAL_TRANSIT = "medical_transit"
    HANDED_OVER = "handed_over"
    RECEIVED = "received"
    RELEASED = "released"
    TRANSFERRED = "transferred"
    DIED_IN_CAPTIVITY = "died_in_captivity"
    ESCAPED = "escaped"


S = Status

# Persons no longer in the holding party's hands do not count as still to be handed over.
GONE: frozenset[Status] = frozenset(
    {S.RECEIVED, S.HANDED_OVER, S.RELEASED, S.DIED_IN_CAPTIVITY, S.ESCAPED}
)

# Read as: from each status, the statuses a person may move to next.
ALLOWED: dict[Status, frozenset[Status]] = {
    S.HELD: frozenset({S.LISTED, S.RELEASED, S.TRANSFERRED, S.DIED_IN_CAPTIVITY, S.ESCAPED}),
    S.LISTED: frozenset({S.APPROVED, S.HELD, S.RELEASED, S.DIED_IN_CAPTIVITY, S.ESCAPED}),
    S.APPROVED: frozenset(
        {S.IN_TRANSIT, S.MEDICAL_TRANSIT, S.LISTED, S.HELD, S.DIED_IN_CAPTIVITY, S.ESCAPED}
    ),
    S.IN_TRANSIT: frozenset({S.HANDED_OVER, S.MEDICAL_TRANSIT, S.HELD, S.DIED_IN_CAPTIVITY}),
    S.MEDICAL_TRANSIT: frozenset({S.HANDED_OVER, S.IN_TRANSIT, S.DIED_IN_CAPTIVITY}),
    S.HANDED_OVER: frozenset({S.RECEIVED}),
    S.RECEIVED: frozenset(),
    S.RELEASED: frozenset(),
    S.TRANSFERRED: frozenset({S.HELD}),
    S.DIED_IN_CAPTIVITY: frozenset(),
    S.ESCAPED: frozenset({S.HELD}),
}

# Remains are neither released, treated in transit, nor able to die or escape.
NOT_FOR_REMAINS = frozenset({S.RELEASED, S.MEDICAL_TRANSIT, S.DIED_IN_CAPTIVITY, S.ESCAPED})

TERMINAL = frozenset(s for s, nexts in ALLOWED.items() if not nexts)


def check_transition(person: str, kind: Category, current: Status, target: Status) -> None:
    """Raise TransitionRefused unless `current -> target` is allowed for this kind of person."""
    if target == current:
        raise TransitionRefused(person, current, target, "the person is already in that state")
    if kind == Category.REMAINS and target in NOT_FOR_REMAINS:
        raise TransitionRefused(person, current, target, "not a status remains can have")
    if target not in ALLOWED[current]:
        allowed = ", ".join(sorted(ALLOWED[current])) or "none: this status is final"
        raise TransitionRefused(person, current, target, f"allowed next: {allowed}")


def allowed_next(kind: Category, current: Status) -> frozenset[Status]:
    """The statuses a person of this kind may move to from `current`."""
    nexts = ALLOWED[current]
    return nexts - NOT_FOR_REMAINS if kind == Category.REMAINS else nexts
