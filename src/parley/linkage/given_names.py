"""Given-name equivalence classes: Ukrainian and Russian forms and diminutives (pure)."""

from __future__ import annotations

from parley.domain.given_names import GIVEN_NAME_CLASSES, given_name_class, given_name_table
from parley.linkage.romanise import skeleton

__all__ = [
    "class_forms",
    "given_name_class",
    "given_name_key",
    "is_given_name",
    "known_classes",
    "looks_like_patronymic",
    "patronymic_class",
]

_table = given_name_table


def known_classes() -> frozenset[str]:
    """Every class id in the table."""
    return frozenset(_table().values())


def class_forms() -> dict[str, tuple[str, ...]]:
    """Each class id with the written forms listed for it."""
    out: dict[str, tuple[str, ...]] = {}
    for line in GIVEN_NAME_CLASSES.splitlines():
        class_id, _, forms = line.partition(":")
        out[class_id.strip()] = tuple(forms.split())
    return out


def given_name_key(name: str) -> str:
    """Class id when known, else the name's skeleton: a value two spellings can agree on."""
    return given_name_class(name) or skeleton(name)


def is_given_name(name: str) -> bool:
    """True when the word is a listed given name (used to tell name order)."""
    return len(name) > 1 and given_name_class(name) is not None


def patronymic_class(patronymic: str) -> str | None:
    """Class of the father's name a patronymic is built on (Петрович, Petrovna → petro)."""
    key = skeleton(patronymic)
    stem = _strip_patronymic_suffix(key)
    if stem is None:
        return None
    table = _table()
    for candidate in (stem, stem + "i", stem[:-1], stem + "a", stem + "o"):
        if candidate in table:
            return table[candidate]
    return None


# Skeleton endings of -ович/-евич/-йович/-івна/-овна/-ична in every supported scheme.
_PATRONYMIC_SUFFIXES = ("ioviC", "oviC", "eviC", "ivna", "ovna", "evna", "iCna")


def _strip_patronymic_suffix(key: str) -> str | None:
    for suffix in _PATRONYMIC_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            return key[: -len(suffix)]
    return None


def looks_like_patronymic(word: str) -> bool:
    """True for words ending like a Ukrainian or Russian patronymic in any script."""
    return _strip_patronymic_suffix(skeleton(word)) is not None
