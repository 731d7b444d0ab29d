"""The ledger's vocabulary: kinds of party, person and quota, roles, and names."""

from __future__ import annotations

from dataclasses import dataclass
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


# The largest count a quota, manifest, handover or receipt may state: far above any
# exchange on record, and inside every database's integer column (PostgreSQL's INTEGER
# ends at 2**31 - 1).
MAX_COUNT = 1_000_000_000
HEALTH_FLAGS = frozenset({"severely_wounded", "sick", "wounded", "disabled", "pregnant"})
SCRIPTS = frozenset({"Cyrl", "Latn"})


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
