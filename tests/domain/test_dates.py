"""Days written YYYY-MM-DD, for agreements' signing and stages' planned days."""

from __future__ import annotations

import pytest

from parley.domain.dates import calendar_day


@pytest.mark.parametrize(
    ("text", "day"),
    [("2025-05-16", "2025-05-16"), (" 2031-12-31 ", "2031-12-31"), ("", None), (None, None)],
)
def test_a_day_is_kept_as_written_past_or_future(text: str | None, day: str | None) -> None:
    assert calendar_day(text) == day


@pytest.mark.parametrize(
    "text", ["16.05.2025", "2025-5-16", "2025-02-30", "2025-13-01", "yesterday", "2025-05-16x"]
)
def test_anything_but_a_real_day_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="day"):
        calendar_day(text)
