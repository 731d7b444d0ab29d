"""Matching lists of persons: what goes to the linkage engine, what comes back, and what
a reviewer decides. Pure: the engine is reached through the Linker port.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from parley.errors import InputError, Problem

# The fields a list may carry for matching (the linkage adapter's PersonRecord).
MATCH_FIELDS = (
    "record_id",
    "surname",
    "given_name",
    "patronymic",
    "full_name",
    "date_of_birth",
    "service_number",
    "unit",
    "rank",
)
# Shown to reviewers side by side; the rest of a row stays in the file.
SHOWN_FIELDS = MATCH_FIELDS[1:]


class Job(StrEnum):
    """The three linkage jobs."""

    LINK = "link"
    DEDUPE = "dedupe"
    REMAINS = "remains"


@dataclass(frozen=True)
class MatchList:
    """One list as the engine gets it: named rows with their numbers in the file."""

    name: str
    file: str | None
    rows: Sequence[Mapping[str, str]]
    row_numbers: Sequence[int]

    @cached_property
    def _by_id(self) -> dict[str, Mapping[str, str]]:
        return {r["record_id"]: r for r in self.rows}

    def record(self, record_id: str) -> dict[str, str]:
        """The shown fields of one record, for reviewers."""
        row = self._by_id[record_id]
        return {k: row[k] for k in SHOWN_FIELDS if row.get(k)}


@dataclass(frozen=True)
class ScoredPair:
    """A candidate pair as the engine scored it, with each comparison's contribution."""

    left_key: str
    right_key: str
    probability: float
    match_weight: float
    contributions: Sequence[tuple[str, str, float]]


@dataclass(frozen=True)
class LinkOutcome:
    """What a linkage run returns: scored pairs above the reporting threshold, and the model."""

    pairs: Sequence[ScoredPair]
    pairs_compared: int | None
    model_json: str
    clusters: Sequence[Sequence[str]] = ()  # record ids of clusters with more than one record


@dataclass(frozen=True)
class Thresholds:
    """Pairs at or above `review` are queued; at or above `accept`, accepted without review."""

    review: float = 0.5
    accept: float = 0.995

    def __post_init__(self) -> None:
        if not 0.0 <= self.review <= self.accept <= 1.0:
            raise InputError(
                Problem("thresholds need 0 <= review <= accept <= 1", field="thresholds")
            )


@dataclass(frozen=True)
class CandidateView:
    """A queued pair, as a reviewer sees it."""

    candidate_id: str
    run_id: str
    left_key: str
    right_key: str
    left_person_id: str | None
    right_person_id: str | None
    left_record: dict[str, str]
    right_record: dict[str, str]
    probability: float
    match_weight: float
    contributions: list[tuple[str, str, float]] = field(default_factory=list)
    status: str = "review"


def ppm(probability: float) -> int:
    """A probability as parts per million (payloads hold no floats)."""
    return round(probability * 1_000_000)


def milli(weight: float) -> int:
    """A match weight in thousandths of a bit."""
    return round(weight * 1000)


def list_rows(
    rows: Sequence[tuple[int, Mapping[str, str]]], columns: Mapping[str, str], id_column: str | None
) -> list[dict[str, str]]:
    """Rows of a file as match records: mapped fields, and a record id (the row number if none)."""
    out = []
    for number, values in rows:
        row = {f: (values.get(c) or "").strip() for f, c in columns.items()}
        row["record_id"] = (values.get(id_column) or "").strip() if id_column else str(number)
        out.append(row)
    return out
