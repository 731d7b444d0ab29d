"""Turning submitted fields (a form, or a row of an imported list) into a person record.

Pure: it reports every problem it finds with the file, row and field, and writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from parley.domain.dates import parse_partial_date
from parley.domain.model import HEALTH_FLAGS, Category, Identification, PersonName
from parley.domain.scripts import Script, cyrillic_language, detect_script
from parley.errors import Problem

_NAME = re.compile(r"^[^\W\d_]+(?:[-' ’][^\W\d_]+)*\.?$")

TEXT_FIELDS = (
    "service_number",
    "rank",
    "unit",
    "capture_place",
    "detention_place",
    "recovery_place",
    "tag_number",
    "external_ref",
)
DATE_FIELDS = ("date_of_birth", "capture_date", "recovery_date")
NAME_FIELDS = ("surname", "given_name", "patronymic")
LATIN_NAME_FIELDS = ("surname_latin", "given_name_latin", "patronymic_latin")
PERSON_FIELDS = (
    "kind",
    "origin_party",
    "holding_party",
    *NAME_FIELDS,
    *LATIN_NAME_FIELDS,
    *DATE_FIELDS,
    *TEXT_FIELDS,
    "health",
    "identification",
)


def script_of(text: str) -> str:
    """The ISO 15924 code of a name's script: `Cyrl` if it has Cyrillic letters, else `Latn`."""
    return "Latn" if detect_script(text) in (Script.LATIN, Script.NONE) else "Cyrl"


def language_of(text: str, default: str) -> str:
    """A best guess at a Cyrillic name's language: letters only one alphabet has settle it."""
    return cyrillic_language(text) or default


@dataclass
class _Reader:
    values: Mapping[str, str]
    file: str | None
    row: int | None
    problems: list[Problem] = field(default_factory=list)

    def get(self, name: str) -> str:
        return (self.values.get(name) or "").strip()

    def problem(self, name: str, reason: str) -> None:
        self.problems.append(Problem(reason, self.file, self.row, name, self.get(name)))

    def choice(self, name: str, allowed: frozenset[str] | list[str]) -> str | None:
        value = self.get(name)
        if not value:
            self.problem(name, "required")
            return None
        if value not in allowed:
            self.problem(name, f"must be one of {', '.join(sorted(allowed))}")
            return None
        return value

    def date(self, name: str) -> str | None:
        value = self.get(name)
        if not value:
            return None
        try:
            return parse_partial_date(value).iso()
        except ValueError as exc:
            self.problem(name, str(exc))
            return None

    def name(self, fields: tuple[str, ...], cyrillic_lang: str) -> PersonName | None:
        parts = [self.get(f) for f in fields]
        if not any(parts):
            return None
        for f, part in zip(fields, parts, strict=True):
            if part and not _NAME.match(part):
                self.problem(f, "not a name: letters, hyphens, apostrophes and spaces only")
        if not parts[0]:
            self.problem(fields[0], "a name needs a surname")
        script = script_of(" ".join(parts))
        lang = language_of(" ".join(parts), cyrillic_lang) if script == "Cyrl" else "en"
        return PersonName(parts[0], parts[1], parts[2], script, lang)


def person_fields(
    values: Mapping[str, str],
    *,
    parties: frozenset[str],
    file: str | None = None,
    row: int | None = None,
    cyrillic_lang: str = "uk",
) -> tuple[dict[str, Any], list[Problem]]:
    """Validate one person's submitted fields; returns the event fields and every problem."""
    r = _Reader(values, file, row)
    kind = r.choice("kind", [c.value for c in Category])
    out: dict[str, Any] = {
        "kind": kind,
        "origin_party": r.choice("origin_party", parties),
        "holding_party": r.choice("holding_party", parties),
    }
    names = [n for n in (r.name(NAME_FIELDS, cyrillic_lang), r.name(LATIN_NAME_FIELDS, "en")) if n]
    out["names"] = names
    out.update({f: r.date(f) for f in DATE_FIELDS})
    out.update({f: r.get(f) or None for f in TEXT_FIELDS})
    out["health"] = _health(r)
    out["identification"] = _identification(r, kind)
    if not names and kind != Category.REMAINS:
        r.problem("surname", "required: a person needs at least one name")
    if not names and kind == Category.REMAINS and not out["tag_number"]:
        r.problem("tag_number", "remains without a name need a tag number")
    if out["origin_party"] and out["origin_party"] == out["holding_party"]:
        r.problem("holding_party", "the holding party cannot be the party of origin")
    return out, r.problems


def _health(r: _Reader) -> list[str]:
    flags = sorted({f.strip() for f in r.get("health").replace(",", ";").split(";") if f.strip()})
    unknown = [f for f in flags if f not in HEALTH_FLAGS]
    if unknown:
        r.problem(
            "health", f"unknown flag(s) {', '.join(unknown)}; use {', '.join(sorted(HEALTH_FLAGS))}"
        )
    return flags


def _identification(r: _Reader, kind: str | None) -> str | None:
    value = r.get("identification")
    if kind != Category.REMAINS:
        if value:
            r.problem("identification", "only remains have an identification status")
        return None
    if not value:
        return Identification.UNIDENTIFIED.value
    if value not in {i.value for i in Identification}:
        r.problem("identification", f"must be one of {', '.join(i.value for i in Identification)}")
        return None
    return value
