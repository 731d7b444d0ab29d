"""What a linkage job hands back: scored candidate pairs with their reasons, and clusters."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Contribution:
    """One line of a pair's waterfall: how one comparison moved the match weight."""

    comparison: str
    level: str
    match_weight: float

    @property
    def bayes_factor(self) -> float:
        """2 ** match weight: how many times likelier this level is among matches."""
        return math.pow(2.0, self.match_weight)


@dataclass(frozen=True)
class RecordRef:
    """A record on a named list."""

    list_name: str
    record_id: str


@dataclass(frozen=True)
class CandidatePair:
    """Two records that may be one person, with the probability and its reasons."""

    left: RecordRef
    right: RecordRef
    match_probability: float
    match_weight: float
    contributions: tuple[Contribution, ...]

    def explain(self) -> str:
        """A readable waterfall, one comparison a line."""
        lines = [f"{self.left.record_id} ~ {self.right.record_id}: p={self.match_probability:.4f}"]
        for c in self.contributions:
            lines.append(f"  {c.comparison:<15} {c.level:<28} {c.match_weight:+6.2f}")
        return "\n".join(lines)


@dataclass(frozen=True)
class LinkageResult:
    """Candidate pairs above the reporting threshold, clusters, and the trained model."""

    pairs: tuple[CandidatePair, ...]
    clusters: tuple[tuple[RecordRef, ...], ...]
    model: dict[str, Any]
    pairs_compared: int | None = None

    def linked_pairs(self) -> set[tuple[RecordRef, RecordRef]]:
        """Every pair of records that landed in one cluster."""
        out: set[tuple[RecordRef, RecordRef]] = set()
        for members in self.clusters:
            ordered = sorted(members, key=lambda r: (r.list_name, r.record_id))
            for i, left in enumerate(ordered):
                out.update((left, right) for right in ordered[i + 1 :])
        return out
