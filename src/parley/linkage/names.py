"""Splitting and ordering personal names: surname, given name, patronymic, initials (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.domain.scripts import clean
from parley.linkage.given_names import is_given_name, looks_like_patronymic
from parley.linkage.romanise import skeleton


@dataclass(frozen=True)
class NameParts:
    """A person's name split into its parts; any part may be empty, initials are 1 letter."""

    surname: str = ""
    given_name: str = ""
    patronymic: str = ""

    @property
    def given_is_initial(self) -> bool:
        """True when only the initial of the given name is known."""
        return is_initial(self.given_name)

    @property
    def patronymic_is_initial(self) -> bool:
        """True when only the initial of the patronymic is known."""
        return is_initial(self.patronymic)


_WORD = re.compile(r"[^\s,.;]+\.?")
_MAX_INITIAL = 3  # romanised initials can take up to three letters: Ye., Kh., Shch.


def is_initial(word: str) -> bool:
    """True for a one-letter word or a short word written with a full stop (Ye., Kh.)."""
    return len(word) == 1 or (word.endswith(".") and len(word) <= _MAX_INITIAL + 1)


def _words(text: str) -> list[str]:
    out = []
    for raw in _WORD.findall(text):
        word = clean(raw)
        if word.strip("-"):
            dotted = raw.endswith(".") and len(word) <= _MAX_INITIAL
            out.append(word + "." if dotted else word)
    return out


def _is_upper_word(word: str) -> bool:
    return not is_initial(word) and word.isupper()


def split_full_name(full_name: str) -> NameParts:
    """Split one name string, telling surname-first from given-first order.

    Clues, strongest first: a comma after the first word, a word in capitals (the
    surname, by list convention), a known given name or patronymic in a position.
    """
    words = _words(full_name)
    if not words:
        return NameParts()
    if len(words) == 1:
        return NameParts(surname=words[0])
    if "," in full_name.split()[0]:
        return _surname_first(words)
    uppers = [w for w in words if _is_upper_word(w)]
    if len(uppers) == 1 and not all(_is_upper_word(w) for w in words):
        rest = [w for w in words if w is not uppers[0]]
        return _surname_first([uppers[0], *rest])
    if _given_first_likely(words):
        return _given_first(words)
    return _surname_first(words)


def _given_first_likely(words: list[str]) -> bool:
    if len(words) >= 3:
        middle, last = words[1], words[-1]
        if is_initial(middle) and not is_initial(last):
            return True  # "Oleksandr P. Kovalenko": a patronymic initial sits in the middle
        if looks_like_patronymic(middle) and not is_given_name(middle):
            return True  # checked before the last word: surnames can end like patronymics
        if is_initial(last) or looks_like_patronymic(last):
            return False
    if is_initial(words[0]) and not is_initial(words[-1]):
        return True
    return _given_score(words[0]) > _given_score(words[-1])


def _given_score(word: str) -> int:
    """+2 for a listed given name, -1 for a typical surname ending (Kostiantyn ends in -in)."""
    return 2 * int(is_given_name(word)) - int(looks_like_surname(word))


def _surname_first(words: list[str]) -> NameParts:
    rest = words[1:]
    return NameParts(
        surname=words[0],
        given_name=rest[0] if rest else "",
        patronymic=" ".join(rest[1:]),
    )


def _given_first(words: list[str]) -> NameParts:
    middle = words[1:-1]
    return NameParts(surname=words[-1], given_name=words[0], patronymic=" ".join(middle))


def order_columns(surname: str, given_name: str, patronymic: str) -> NameParts:
    """Name parts given in columns, swapped back when surname and given name were exchanged."""
    surname_w, given_w = " ".join(_words(surname)), " ".join(_words(given_name))
    patronymic_w = " ".join(_words(patronymic))
    # Swap only on strong evidence: some surnames are given names too (Павлик, Ярема).
    if is_given_name(surname_w) and looks_like_surname(given_w) and not is_given_name(given_w):
        surname_w, given_w = given_w, surname_w
    return NameParts(surname=surname_w, given_name=given_w, patronymic=patronymic_w)


# Skeleton endings of common Ukrainian and Russian surnames that given names rarely have
# (-in, -ar, -un are left out: Kostiantyn, Makar); no library lists them.
_SURNAME_ENDINGS = (
    "enko",
    "ko",
    "uk",
    "iuk",
    "Cuk",
    "ak",
    "iak",
    "ov",
    "ev",
    "ova",
    "eva",
    "ski",
    "ska",
    "Qki",
    "Qka",
    "iC",
    "eQ",
    "ovski",
)


def looks_like_surname(word: str) -> bool:
    """True for words with a typical surname ending (-енко, -ук, -ов, -ський, ...)."""
    key = skeleton(word)
    return len(key) > 3 and key.endswith(_SURNAME_ENDINGS)
