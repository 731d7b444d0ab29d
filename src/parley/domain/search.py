"""Finding persons by name across scripts: a query in Latin finds a Cyrillic record and back.

Both sides are reduced to phonetic skeletons (`domain.romanise`), so `Kovalenko`,
`Коваленко` and `Kowalenko` meet. Each word of the query must match the start of the
skeleton of some part of some name record the person carries, or, when it is a listed
given name, share its class with one of the person's given names (`Oleksandr`,
`Александр` and `Sasha` are one name). The store keeps each person's `search_keys` in an
indexed table; `matches` is the same rule over names in memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from parley.domain.given_names import given_name_class
from parley.domain.model import PersonName
from parley.domain.romanise import skeleton

# Marks a given-name class key; skeletons are letters only, so the two never collide.
CLASS_MARK = "="
# Sorts after every letter: `prefix <= key < prefix + PREFIX_END` is a prefix match.
PREFIX_END = "\x7f"
# Longer words are cut to this (the store's column holds 200): a prefix still matches.
KEY_LENGTH = 100


@dataclass(frozen=True)
class SearchTerm:
    """One query word: its skeleton, matched as a prefix, and its given-name class key."""

    prefix: str
    name_class: str | None = None

    def exact(self) -> tuple[str, ...]:
        """Keys that match this word whole (ranked above a mere prefix)."""
        return (self.prefix,) if self.name_class is None else (self.prefix, self.name_class)


def query_keys(query: str) -> list[SearchTerm]:
    """The search terms of a query's words; empty when the query has no letters."""
    words = re.split(r"[\s,]+", query)
    terms = [_term(k[:KEY_LENGTH], w) for w in words if w and (k := skeleton(w))]
    return list(dict.fromkeys(terms))  # a repeated word asks nothing new


def _term(prefix: str, word: str) -> SearchTerm:
    name_class = given_name_class(word)
    return SearchTerm(prefix, CLASS_MARK + name_class if name_class else None)


def search_keys(names: Iterable[PersonName]) -> set[str]:
    """What the store indexes for a person: every name part's skeleton, given-name classes."""
    keys: set[str] = set()
    for n in names:
        for part in (n.surname, n.given_name, n.patronymic):
            keys.update(k[:KEY_LENGTH] for word in part.split() if (k := skeleton(word)))
        for word in n.given_name.split():
            if name_class := given_name_class(word):
                keys.add(CLASS_MARK + name_class)
    return keys


def score(terms: Sequence[SearchTerm], names: Iterable[PersonName]) -> int:
    """Two points per term matched whole, one per term matched by prefix or given-name class
    only; 0 unless every term matches (the rule the store's search applies to its keys)."""
    found = search_keys(names)
    total = 0
    for t in terms:
        if any(k in found for k in t.exact()):
            total += 2
        elif t.name_class in found or any(f.startswith(t.prefix) for f in found):
            total += 1
        else:
            return 0
    return total


def matches(terms: Sequence[SearchTerm], names: Iterable[PersonName]) -> bool:
    """Whether every term begins some name part's skeleton or shares a given-name class."""
    return score(terms, names) > 0
