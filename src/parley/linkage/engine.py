"""The three linkage jobs on Splink: deduplicate a list, link two lists, link remains."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from splink import Linker, block_on
from splink.blocking_analysis import count_comparisons_from_blocking_rules
from splink.internals.exceptions import EMTrainingException  # not re-exported publicly

from parley.linkage.backends import Engine, database_api, register
from parley.linkage.features import feature_table
from parley.linkage.model import LinkType, blocking_rules, retarget, settings
from parley.linkage.records import PersonRecord, ValidRecord, to_records
from parley.linkage.results import LinkageResult, RecordRef
from parley.linkage.waterfall import level_labels, prior_contribution, to_pair

Row = PersonRecord | Mapping[str, Any]
# EM samples records before blocking; beyond this many it gains little but time.
_EM_RECORDS_TARGET = 400_000


@dataclass(frozen=True)
class PersonList:
    """A list as read from a file: rows, the file's name and each row's number in it."""

    rows: Sequence[Row]
    name: str = "list"
    file: str | None = None
    row_numbers: Sequence[int] | None = None


@dataclass(frozen=True)
class JobOptions:
    """Knobs of a job; the defaults suit lists of tens of thousands."""

    engine: Engine = "duckdb"
    model: dict[str, Any] | None = None
    labels: Sequence[tuple[str, str]] = ()
    report_threshold: float = 0.2
    link_threshold: float = 0.5
    seed: int = 42
    count_pairs: bool = False  # also count the pairs blocking lets through (one more pass)


def deduplicate(people: PersonList, options: JobOptions | None = None) -> LinkageResult:
    """Find records on one list that are the same person."""
    return _run("dedupe_only", [people], options or JobOptions())


def link_lists(
    held: PersonList, requested: PersonList, options: JobOptions | None = None
) -> LinkageResult:
    """Link a requested list to a held list; each person is matched at most once."""
    return _run("link_only", [held, requested], options or JobOptions())


def link_remains(
    remains: PersonList, reports: PersonList, options: JobOptions | None = None
) -> LinkageResult:
    """Link remains records to missing-person reports (same model; most fields missing)."""
    return _run("link_only", [remains, reports], options or JobOptions())


def _validated(people: PersonList) -> list[ValidRecord]:
    return to_records(people.rows, file=people.file, row_numbers=people.row_numbers)


def _run(link_type: LinkType, lists: list[PersonList], options: JobOptions) -> LinkageResult:
    names = tuple(p.name for p in lists)
    if len(set(names)) != len(names):
        raise ValueError(f"lists need distinct names, got {names}")
    valid = [_validated(p) for p in lists]
    db_api = database_api(options.engine)
    tables = [register(db_api, feature_table(v), p.name) for v, p in zip(valid, lists, strict=True)]
    sizes = [len(v) for v in valid]
    if options.model is not None:
        model: Any = retarget(options.model, link_type, options.engine)
    else:
        model = settings(link_type, _prior(link_type, sizes))
    linker = Linker(tables if len(tables) > 1 else tables[0], model, log_level=logging.ERROR)
    if options.model is None:
        _train(linker, sizes, options, db_api, names)
    result = _predict(linker, link_type, options, names)
    if not options.count_pairs:
        return result
    counts = count_comparisons_from_blocking_rules(
        tables, blocking_rules=blocking_rules(), link_type=link_type, record_sample_proportion=1.0
    )
    return replace(result, pairs_compared=int(counts[-1]["cumulative_comparison_count"]))


def _prior(link_type: LinkType, sizes: list[int]) -> float:
    # Lists exchanged for one another mostly name the same people: about one match each.
    if link_type == "link_only":
        return min(0.5, 1.0 / max(1, max(sizes)))
    return min(0.5, 0.1 / max(1, sizes[0]))


def _train(
    linker: Linker, sizes: list[int], options: JobOptions, db_api: Any, names: tuple[str, ...]
) -> None:
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=options.seed)
    if options.labels:
        labels = register(db_api, _label_table(options.labels, names), "reviewer_labels")
        training: Any = linker.training  # this method is untyped in Splink
        training.estimate_m_from_pairwise_labels(labels)
        return
    proportion = min(1.0, _EM_RECORDS_TARGET / max(1, sum(sizes)))
    for rule in (block_on("dob_iso"), block_on("surname_sk", "given_key")):
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(
                rule, record_sample_proportion=proportion
            )
        except EMTrainingException:
            continue  # no pairs under this rule (remains rarely carry a full date): skip it


def _label_table(labels: Sequence[tuple[str, str]], names: tuple[str, ...]) -> dict[str, list[Any]]:
    right = names[-1]
    return {
        "source_dataset_l": [names[0]] * len(labels),
        "unique_id_l": [a for a, _ in labels],
        "source_dataset_r": [right] * len(labels),
        "unique_id_r": [b for _, b in labels],
    }


def _predict(
    linker: Linker, link_type: LinkType, options: JobOptions, names: tuple[str, ...]
) -> LinkageResult:
    model = linker.misc.save_model_to_json()
    predictions = linker.inference.predict(
        threshold_match_probability=options.report_threshold, warning_mode="never"
    )
    labels = level_labels(model)
    pair_names = (names[0], names[-1])
    rows = predictions.as_record_list()
    prior = prior_contribution(model)
    pairs = tuple(to_pair(r, labels, pair_names, prior) for r in rows)
    clustered = _cluster(linker, predictions, link_type, options, names)
    return LinkageResult(pairs=pairs, clusters=clustered, model=model)


def _cluster(
    linker: Linker,
    predictions: Any,
    link_type: LinkType,
    options: JobOptions,
    names: tuple[str, ...],
) -> tuple[tuple[RecordRef, ...], ...]:
    if link_type == "link_only":
        clusters = linker.clustering.cluster_using_single_best_links(
            predictions,
            duplicate_free_datasets=list(names),
            threshold_match_probability=options.link_threshold,
        )
    else:
        clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
            predictions, threshold_match_probability=options.link_threshold
        )
    groups: dict[str, list[RecordRef]] = {}
    for row in clusters.as_record_list():
        source = str(row.get("source_dataset") or names[0])
        groups.setdefault(str(row["cluster_id"]), []).append(
            RecordRef(source, str(row["unique_id"]))
        )
    return tuple(tuple(m) for m in groups.values() if len(m) > 1)
