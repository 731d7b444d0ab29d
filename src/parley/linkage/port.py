"""The Linker port on Splink: the domain's lists in, scored pairs with their reasons out."""

from __future__ import annotations

import json
from collections.abc import Sequence

from parley.domain.matching import Job, LinkOutcome, MatchList, ScoredPair
from parley.linkage.engine import JobOptions, PersonList, deduplicate, link_lists, link_remains
from parley.linkage.results import LinkageResult

# The reviewer's labels train m only when there are enough of them to mean something.
MIN_LABELS = 20


class SplinkLinker:
    """Runs the linkage jobs on DuckDB (default) or Spark."""

    def __init__(self, engine: str = "duckdb") -> None:
        if engine not in ("duckdb", "spark"):
            raise ValueError(f"unknown engine {engine!r}: use duckdb or spark")
        self.engine = engine

    def link(
        self,
        job: Job,
        left: MatchList,
        right: MatchList | None,
        *,
        labels: Sequence[tuple[str, str]] = (),
        report_threshold: float = 0.2,
    ) -> LinkOutcome:
        """Score the pairs of one job; labels (accepted pairs) replace EM once there are enough."""
        options = JobOptions(
            engine=self.engine,  # type: ignore[arg-type]
            labels=tuple(labels) if len(labels) >= MIN_LABELS else (),
            report_threshold=report_threshold,
            count_pairs=True,
        )
        if job == Job.DEDUPE or right is None:
            result = deduplicate(_people(left), options)
        elif job == Job.REMAINS:
            result = link_remains(_people(left), _people(right), options)
        else:
            result = link_lists(_people(left), _people(right), options)
        return _outcome(result)


def _people(source: MatchList) -> PersonList:
    return PersonList(
        list(source.rows), name=source.name, file=source.file, row_numbers=list(source.row_numbers)
    )


def _outcome(result: LinkageResult) -> LinkOutcome:
    pairs = [
        ScoredPair(
            left_key=p.left.record_id,
            right_key=p.right.record_id,
            probability=p.match_probability,
            match_weight=p.match_weight,
            contributions=[(c.comparison, c.level, c.match_weight) for c in p.contributions],
        )
        for p in result.pairs
    ]
    clusters = [[r.record_id for r in members] for members in result.clusters if len(members) > 1]
    return LinkOutcome(
        pairs, result.pairs_compared, json.dumps(result.model, sort_keys=True), clusters
    )
