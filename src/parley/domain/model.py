"""The ledger's vocabulary: kinds of party, person and quota, roles, names and partial dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class PartyKind(StrEnum):
    """What part a party plays in the exchanges."""

    BELLIGERENT = "belligerent"
    INTERMEDIARY = "intermediary"
    TRANSIT = "transit"
    OBSERVER = "observer"


class Category(StrEnum):
    """Who or what an exchange moves: the categories quotas are written in."""

    POW = "pow"
    CIVILIAN = "civilian"
    REMAINS = "remains"


class QuotaCategory(StrEnum):
    """What a quota counts: one category of person, or prisoners of either kind."""

    POW = "pow"
    CIVILIAN = "civilian"
    REMAINS = "remains"
    PRISONERS = "prisoners"

    @property
    def kinds(self) -> tuple[Category, ...]:
        """The kinds of person this quota counts."""
        if self == QuotaCategory.PRISONERS:
            return (Category.POW, Category.CIVILIAN)
        return (Category(self.value),)


class Role(StrEnum):
    """What a user of Parley may do: decides every read and write."""

    MEDIATOR = "mediator"
    OFFICER = "officer"
    OBSERVER = "observer"


class QuotaKind(StrEnum):
    """How a quota states what is owed."""

    COUNT = "count"
    ALL = "all"
    RATIO = "ratio"


class Identification(StrEnum):
    """How far remains have been identified."""

    UNIDENTIFIED = "unidentified"
    PRESUMED = "presumed"
    DNA_CONFIRMED = "dna_confirmed"


HEALTH_FLAGS = frozenset({"severely_wounded", "sick", "wounded", "disabled", "pregnant"})
SCRIPTS = frozenset({"Cyrl", "Latn"})

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DOTTED = re.compile(r"^(?:(\d{1,2})[./])?(\d{1,2})[./](\d{4})$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date of which the day, or the day and month, may be unknown."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read `1998`, `1998-03`, `1998-03-12`, `03.1998` or `12.03.1998` (day first)."""
        text = text.strip()
        if m := _ISO.match(text):
            year, month, day = m.group(1), m.group(2), m.group(3)
        elif m := _DOTTED.match(text):
            day, month, year = m.group(1), m.group(2), m.group(3)
        else:
            raise ValueError("not a date: use YYYY-MM-DD, DD.MM.YYYY, MM.YYYY or YYYY")
        parsed = cls(int(year), int(month) if month else None, int(day) if day else None)
        parsed.validate()
        return parsed

    def validate(self) -> None:
        """Raise ValueError for an impossible date (31 February, month 13, year 0)."""
        if not 1850 <= self.year <= 2100:
            raise ValueError("year out of range")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError("month out of range")
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            date(self.year, self.month, self.day)

    def iso(self) -> str:
        """The partial ISO 8601 form: `1998`, `1998-03` or `1998-03-12`."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out


@dataclass(frozen=True)
class PersonName:
    """One way a person's name is written: a script and language, and its parts."""

    surname: str
    given_name: str = ""
    patronymic: str = ""
    script: str = "Cyrl"
    lang: str = "uk"

    def display(self) -> str:
        """Surname first, as lists in the region are written."""
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)
