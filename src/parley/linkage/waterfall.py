"""Reading Splink's prediction rows into waterfalls of labelled contributions."""

from __future__ import annotations

import math
from typing import Any

from parley.linkage.results import CandidatePair, Contribution, RecordRef


def level_labels(model: dict[str, Any]) -> dict[str, dict[int, str]]:
    """For each comparison, its gamma value → level label, read from the model JSON."""
    out: dict[str, dict[int, str]] = {}
    for comparison in model["comparisons"]:
        levels = comparison["comparison_levels"]
        labels: dict[int, str] = {}
        value = sum(1 for lv in levels if not lv.get("is_null_level")) - 1
        for level in levels:
            label = str(level.get("label_for_charts") or level["sql_condition"])
            if level.get("is_null_level"):
                labels[-1] = label
            else:
                labels[value] = label
                value -= 1
        out[str(comparison["output_column_name"])] = labels
    return out


def prior_contribution(model: dict[str, Any]) -> Contribution:
    """The waterfall's first line: the prior odds that two records are one person."""
    prior = float(model["probability_two_random_records_match"])
    return Contribution("prior", f"1 in {1 / prior:,.0f}", math.log2(prior / (1 - prior)))


def to_pair(
    row: dict[str, Any],
    labels: dict[str, dict[int, str]],
    names: tuple[str, str],
    prior: Contribution,
) -> CandidatePair:
    """One prediction row as a candidate pair with its waterfall (prior first)."""
    contributions = (
        prior,
        *(
            Contribution(
                name, by_value.get(int(row[f"gamma_{name}"]), "?"), float(row[f"mw_{name}"])
            )
            for name, by_value in labels.items()
        ),
    )
    left_list = str(row.get("source_dataset_l") or names[0])
    right_list = str(row.get("source_dataset_r") or names[1])
    return CandidatePair(
        left=RecordRef(left_list, str(row["unique_id_l"])),
        right=RecordRef(right_list, str(row["unique_id_r"])),
        match_probability=float(row["match_probability"]),
        match_weight=float(row["match_weight"]),
        contributions=contributions,
    )
