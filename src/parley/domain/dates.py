"""Partial dates as lists write them: 12.03.1998, 1998-03-12, 03/12/1998, 03.1998, 1998.

The one parser for dates of birth, capture and recovery, used by the registry and by
linkage alike.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_DMY = re.compile(r"^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4})$")
_YMD = re.compile(r"^(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[./\-](\d{4})$")
_YM = re.compile(r"^(\d{4})[./\-](\d{1,2})$")
_Y = re.compile(r"^(\d{4})$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EARLIEST_YEAR = 1900


@dataclass(frozen=True)
class PartialDate:
    """A date of birth of which the day, or the day and month, may be unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def is_empty(self) -> bool:
        """True when not even the year is known."""
        return self.year is None

    def iso(self) -> str | None:
        """YYYY-MM-DD, YYYY-MM or YYYY; None when empty."""
        if self.year is None:
            return None
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


EMPTY_DATE = PartialDate()


def parse_partial_date(text: str | dt.date | None) -> PartialDate:
    """Parse a date of birth; raise ValueError on text that is no date at all.

    A slash date is read month-first (03/12/1998 is 12 March) unless the first number
    cannot be a month; dotted and dashed dates are read day-first.
    """
    if text is None:
        return EMPTY_DATE
    if isinstance(text, dt.date):
        return PartialDate(text.year, text.month, text.day)
    value = text.strip()
    if not value:
        return EMPTY_DATE
    if m := _YMD.match(value):
        return _checked(int(m[1]), int(m[2]), int(m[3]), value)
    if m := _DMY.match(value):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        if "/" in value and first <= 12:
            return _checked(year, first, second, value)
        return _checked(year, second, first, value)
    if m := _MY.match(value):
        return _checked(int(m[2]), int(m[1]), None, value)
    if m := _YM.match(value):
        return _checked(int(m[1]), int(m[2]), None, value)
    if m := _Y.match(value):
        return _checked(int(m[1]), None, None, value)
    raise ValueError(f"not a date of birth: {value!r}")


def _checked(year: int, month: int | None, day: int | None, raw: str) -> PartialDate:
    if not _EARLIEST_YEAR <= year <= dt.date.today().year:
        raise ValueError(f"year out of range: {raw!r}")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month out of range: {raw!r}")
    if month is not None and day is not None:
        dt.date(year, month, day)  # raises ValueError for 31.02 and the like
    return PartialDate(year, month, day)


def calendar_day(text: str | None) -> str | None:
    """An agreement's signing or a stage's planned day: YYYY-MM-DD, a real day, or None
    when not given; raise ValueError on anything else (the past and future both allowed)."""
    if text is None or not text.strip():
        return None
    value = text.strip()
    if not _ISO_DAY.match(value):
        raise ValueError("not a day written YYYY-MM-DD")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"no such day: {value}") from None  # 2025-02-30 and the like
    return value
