"""The linkage model: comparisons and blocking rules over the normalised columns.

Built from Splink's dialect-neutral creators, so one model runs on DuckDB and Spark.
"""

from __future__ import annotations

from typing import Any, Literal

import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import SettingsCreator, block_on

LinkType = Literal["dedupe_only", "link_only"]


def _level(sql: str, label: str) -> Any:
    return cll.CustomLevel(sql, label_for_charts=label)


def _swapped(counted: bool) -> Any:
    # Sampling never sees two names agreeing crosswise, so the parameters are fixed: the
    # evidence is that of both names agreeing, counted once (under surname).
    level = _level(
        "surname_sk_l = given_sk_r AND given_sk_l = surname_sk_r",
        "surname and given name swapped" if counted else "swapped (counted under surname)",
    )
    m, u = (0.02, 1e-7) if counted else (0.02, 0.02)
    return level.configure(
        m_probability=m, u_probability=u, fix_m_probability=True, fix_u_probability=True
    )


def _surname() -> Any:
    return cl.CustomComparison(
        output_column_name="surname",
        comparison_levels=[
            cll.NullLevel("surname_sk"),
            _level("surname_rom_l = surname_rom_r", "same spelling"),
            _level("surname_sk_l = surname_sk_r", "same sound skeleton"),
            _swapped(counted=True),
            cll.JaroWinklerLevel("surname_sk", 0.92).configure(
                label_for_charts="skeleton JW ≥ 0.92"
            ),
            cll.JaroWinklerLevel("surname_sk", 0.80).configure(
                label_for_charts="skeleton JW ≥ 0.80"
            ),
            cll.ElseLevel(),
        ],
    )


def _given_name() -> Any:
    return cl.CustomComparison(
        output_column_name="given_name",
        comparison_levels=[
            cll.NullLevel("given_initial"),
            _level("given_key_l = given_key_r", "same name class"),
            _swapped(counted=False),
            cll.JaroWinklerLevel("given_sk", 0.90).configure(label_for_charts="skeleton JW ≥ 0.90"),
            _level(
                "(given_key_l IS NULL OR given_key_r IS NULL)"
                " AND given_initial_l = given_initial_r",
                "initial agrees",
            ),
            cll.ElseLevel(),
        ],
    )


def _patronymic() -> Any:
    return cl.CustomComparison(
        output_column_name="patronymic",
        comparison_levels=[
            cll.NullLevel("patronymic_initial"),
            _level("patronymic_sk_l = patronymic_sk_r", "same patronymic"),
            _level("patronymic_class_l = patronymic_class_r", "same father's name class"),
            cll.JaroWinklerLevel("patronymic_sk", 0.88).configure(label_for_charts="JW ≥ 0.88"),
            _level(
                "(patronymic_sk_l IS NULL OR patronymic_sk_r IS NULL)"
                " AND patronymic_initial_l = patronymic_initial_r",
                "initial agrees",
            ),
            cll.ElseLevel(),
        ],
    )


def _date_of_birth() -> Any:
    same_y = "dob_y_l = dob_y_r"
    same_m = "dob_m_l = dob_m_r"
    return cl.CustomComparison(
        output_column_name="date_of_birth",
        comparison_levels=[
            cll.NullLevel("dob_y"),
            _level("dob_iso_l = dob_iso_r", "exact"),
            _level(
                f"{same_y} AND dob_m_l = dob_d_r AND dob_d_l = dob_m_r", "day and month swapped"
            ),
            _level(
                f"{same_m} AND dob_d_l = dob_d_r AND abs(dob_y_l - dob_y_r) = 1", "year off by one"
            ),
            _level(
                f"{same_y} AND (dob_m_l IS NULL OR dob_m_r IS NULL"
                f" OR ({same_m} AND (dob_d_l IS NULL OR dob_d_r IS NULL)))",
                "partial date agrees",
            ),
            _level(f"{same_y} AND {same_m}", "same year and month"),
            _level(same_y, "same year"),
            # A wholly different date is rare among true matches; EM over namesake-rich
            # blocks overstates it, so its m is fixed rather than trained.
            cll.ElseLevel().configure(m_probability=0.005, fix_m_probability=True),
        ],
    )


def _exact(column: str, name: str) -> Any:
    return cl.CustomComparison(
        output_column_name=name,
        comparison_levels=[
            cll.NullLevel(column),
            _level(f"{column}_l = {column}_r", "same"),
            cll.ElseLevel(),
        ],
    )


def _unit() -> Any:
    return cl.CustomComparison(
        output_column_name="unit",
        comparison_levels=[
            cll.NullLevel("unit"),
            _level("unit_l = unit_r", "same"),
            cll.JaroWinklerLevel("unit", 0.85).configure(label_for_charts="JW ≥ 0.85"),
            cll.ElseLevel(),
        ],
    )


def blocking_rules() -> list[Any]:
    """Rules that admit the pairs worth scoring; each misses a different kind of noise."""
    return [
        block_on("surname_sk", "dob_y"),
        block_on("surname_sk", "given_key"),
        block_on("given_key", "dob_iso"),
        block_on("given_key", "dob_md"),
        block_on("surname_sk", "dob_md"),
        block_on("dob_iso"),
        block_on("surname_head", "given_key"),
        block_on("service_number"),
        # Same unit and rank: catches people whose names and dates are both mangled.
        block_on("unit", "rank"),
        # Name order the parser could not tell: surname on one side is given name on the other.
        "l.surname_sk = r.given_sk AND l.given_sk = r.surname_sk",
    ]


def settings(link_type: LinkType, prior: float) -> SettingsCreator:
    """An untrained model for this kind of job, with `prior` as P(two random records match)."""
    return SettingsCreator(
        link_type=link_type,
        comparisons=[
            _surname(),
            _given_name(),
            _patronymic(),
            _date_of_birth(),
            _exact("service_number", "service_number"),
            _unit(),
            _exact("rank", "rank"),
        ],
        blocking_rules_to_generate_predictions=blocking_rules(),
        probability_two_random_records_match=prior,
        retain_intermediate_calculation_columns=True,
        retain_matching_columns=True,
        max_iterations=20,
    )


def retarget(trained: dict[str, Any], link_type: LinkType, sql_dialect: str) -> dict[str, Any]:
    """A trained model's parameters on comparisons rebuilt for another SQL dialect.

    Saved models hold SQL in the dialect they were trained on (DuckDB quotes names with
    double quotes, which Spark reads as strings), so the SQL is regenerated instead.
    """
    prior = float(trained["probability_two_random_records_match"])
    fresh: dict[str, Any] = settings(link_type, prior).create_settings_dict(sql_dialect)
    for new, old in zip(fresh["comparisons"], trained["comparisons"], strict=True):
        for new_level, old_level in zip(
            new["comparison_levels"], old["comparison_levels"], strict=True
        ):
            for key in ("m_probability", "u_probability"):
                if key in old_level:
                    new_level[key] = old_level[key]
    return fresh
