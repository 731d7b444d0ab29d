"""Cell values as the text a person sees in a spreadsheet."""

from __future__ import annotations

import datetime as dt


def to_text(value: object) -> str:
    """Return `value` as text: dates as ISO, whole numbers without `.0`, None as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time() and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
