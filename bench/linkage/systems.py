"""The systems the benchmark compares, each taking two lists and returning linked id pairs."""

from __future__ import annotations

import logging
import unicodedata
from typing import Any

import translitua

from parley.linkage import JobOptions, PersonList, link_lists, parse_partial_date

Rows = list[dict[str, Any]]
Pairs = set[tuple[str, str]]


def parley(held: Rows, requested: Rows, engine: str = "duckdb") -> Pairs:
    """(a) Parley: normalised names, the full model, one-to-one clusters."""
    result = link_lists(
        PersonList(held, "held"),
        PersonList(requested, "requested"),
        JobOptions(engine=engine),  # type: ignore[arg-type]
    )
    return {(a.record_id, b.record_id) for a, b in result.linked_pairs()}


def _raw_parts(row: dict[str, Any]) -> tuple[str, str]:
    if row.get("surname"):
        return str(row["surname"]), str(row.get("given_name", ""))
    words = [*str(row.get("full_name", "")).split(), "", ""]
    return words[0], words[1]


def _raw_table(rows: Rows) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {"unique_id": [], "surname": [], "first_name": [], "dob": []}
    for row in rows:
        surname, given = _raw_parts(row)
        out["unique_id"].append(row["record_id"])
        out["surname"].append(surname.lower() or None)
        out["first_name"].append(given.lower() or None)
        out["dob"].append(str(row.get("date_of_birth") or "") or None)
    return out


def splink_standard(held: Rows, requested: Rows) -> Pairs:
    """(b) Splink as a newcomer would set it up: raw name strings, raw dates."""
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    db = DuckDBAPI()
    tables = [
        db.register(_raw_table(rows), dataset_display_name=name)
        for rows, name in ((held, "held"), (requested, "requested"))
    ]
    settings = SettingsCreator(
        link_type="link_only",
        comparisons=[
            cl.NameComparison("first_name"),
            cl.NameComparison("surname"),
            cl.LevenshteinAtThresholds("dob", [1, 2]),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("surname"),
            block_on("dob"),
            block_on("first_name", "dob"),
        ],
        probability_two_random_records_match=1 / len(held),
    )
    linker = Linker(tables, settings, log_level=logging.ERROR)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1)
    for rule in (block_on("dob"), block_on("surname")):
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, record_sample_proportion=1.0
        )
    predictions = linker.inference.predict(threshold_match_probability=0.2, warning_mode="never")
    clusters = linker.clustering.cluster_using_single_best_links(
        predictions, duplicate_free_datasets=["held", "requested"], threshold_match_probability=0.5
    )
    groups: dict[str, dict[str, str]] = {}
    for row in clusters.as_record_list():
        groups.setdefault(str(row["cluster_id"]), {})[str(row["source_dataset"])] = str(
            row["unique_id"]
        )
    return {(g["held"], g["requested"]) for g in groups.values() if len(g) == 2}


def _fold(text: str) -> str:
    latin = translitua.translit(text.lower(), translitua.UkrainianKMU)
    return "".join(c for c in unicodedata.normalize("NFKD", latin) if c.isascii() and c.isalpha())


def _exact_key(row: dict[str, Any]) -> tuple[str, str, str] | None:
    surname, given = _raw_parts(row)
    try:
        dob = parse_partial_date(str(row.get("date_of_birth") or "")).iso() or ""
    except ValueError:
        dob = ""
    key = (_fold(surname), _fold(given), dob)
    return key if all(key) else None


def exact(held: Rows, requested: Rows) -> Pairs:
    """(c) Exact match on ASCII-folded surname + given name + date of birth."""
    index: dict[tuple[str, str, str], list[str]] = {}
    for row in held:
        if (key := _exact_key(row)) is not None:
            index.setdefault(key, []).append(str(row["record_id"]))
    pairs: Pairs = set()
    for row in requested:
        key = _exact_key(row)
        for hid in index.get(key, []) if key else []:
            pairs.add((hid, str(row["record_id"])))
    return pairs
