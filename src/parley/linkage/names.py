"""Splitting and ordering personal names: surname, given name, patronymic, initials (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from parley.linkage.given_names import is_given_name, looks_like_patronymic
from parley.linkage.script import tokens


@dataclass(frozen=True)
class NameParts:
    """A person's name split into its parts; any part may be empty, initials are 1 letter."""

    surname: str = ""
    given_name: str = ""
    patronymic: str = ""

    @property
    def given_is_initial(self) -> bool:
        """True when only the initial of the given name is known."""
        return len(self.given_name) == 1

    @property
    def patronymic_is_initial(self) -> bool:
        """True when only the initial of the patronymic is known."""
        return len(self.patronymic) == 1


def _is_upper_word(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def split_full_name(full_name: str) -> NameParts:
    """Split one name string, telling surname-first from given-first order.

    Clues, strongest first: a comma after the first word, a word in capitals (the
    surname, by list convention), a known given name or patronymic in a position.
    """
    words = tokens(full_name)
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
    first, second = words[0], words[1]
    if len(first) == 1 and len(words[-1]) > 1:
        return True
    if looks_like_patronymic(second) and not looks_like_patronymic(words[-1]):
        return True
    first_given, second_given = _given_like(first), _given_like(second)
    return first_given and not second_given


def _given_like(word: str) -> bool:
    return len(word) == 1 or is_given_name(word)


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
    surname_w, given_w = " ".join(tokens(surname)), " ".join(tokens(given_name))
    patronymic_w = " ".join(tokens(patronymic))
    if is_given_name(surname_w) and given_w and not is_given_name(given_w):
        surname_w, given_w = given_w, surname_w
    return NameParts(surname=surname_w, given_name=given_w, patronymic=patronymic_w)
