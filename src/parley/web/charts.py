"""The series the charts draw: handovers per stage date and the running balance by direction."""

from __future__ import annotations

from collections import defaultdict
from itertools import accumulate
from typing import Any

from parley.domain.balances import StageFigures
from parley.services.exchanges import Exchanges


def chart_data(exchanges: Exchanges) -> dict[str, Any]:
    """Chart.js-ready labels and datasets, built from aggregate stage figures only."""
    stages = [s for a in exchanges.agreements() for s in exchanges.stages(a.ref)]
    dated = [s for s in stages if s.planned_on]
    dates = sorted({s.planned_on for s in dated if s.planned_on})
    directions = sorted({_direction(s) for s in dated})
    handed = _per_date(dated, dates, directions, confirmed=False)
    confirmed = _per_date(dated, dates, directions, confirmed=True)
    return {
        "labels": dates,
        "timeline": [{"label": d, "data": handed[d]} for d in directions],
        "balance": [{"label": d, "data": list(accumulate(confirmed[d]))} for d in directions],
    }


def _direction(s: StageFigures) -> str:
    return f"{s.from_party} → {s.to_party}"


def _per_date(
    stages: list[StageFigures], dates: list[str], directions: list[str], *, confirmed: bool
) -> dict[str, list[int]]:
    index = {d: i for i, d in enumerate(dates)}
    series: dict[str, list[int]] = defaultdict(lambda: [0] * len(dates))
    for s in stages:
        value = s.confirmed if confirmed else s.handed_over
        series[_direction(s)][index[s.planned_on or ""]] += value or 0
    return {d: series[d] for d in directions}
