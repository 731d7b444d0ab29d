"""Finding persons by name across scripts: a query in Latin finds a Cyrillic record and back.

Both sides are reduced to phonetic skeletons (`domain.romanise`), so `Kovalenko`,
`Коваленко` and `Kowalenko` meet. Each word of the query must match the start of the
skeleton of some part of some name record the person carries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parley.domain.model import PersonName
from parley.domain.romanise import skeleton


def query_keys(query: str) -> list[str]:
    """The skeletons of a query's words; empty when the query has no letters."""
    return [k for word in re.split(r"[\s,]+", query) if word and (k := skeleton(word))]


def name_keys(names: Iterable[PersonName]) -> set[str]:
    """The skeletons of every part of every name record."""
    parts = (part for n in names for part in (n.surname, n.given_name, n.patronymic) if part)
    return {k for part in parts for word in part.split() if (k := skeleton(word))}


def matches(keys: list[str], names: Iterable[PersonName]) -> bool:
    """Whether every query key begins some name part's skeleton."""
    found = name_keys(names)
    return bool(keys) and all(any(f.startswith(k) for f in found) for k in keys)
