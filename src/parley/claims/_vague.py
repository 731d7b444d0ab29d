"""Figures that state a bound, not a number: "dozens of", "several hundred", "300 to 400".

Each is read as the lower bound it states for sure, because a Quantity holds one bound,
not two. Hand-written: text2num reads no vague plurals, dozens or ranges.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parley.claims._numbers import (
    FIGURE,
    QUAL,
    UNITS,
    Mention,
    in_clock,
    parse_number,
    qualifier,
)
from parley.domain.claims import Qualifier, Quantity

__all__ = ["MONTHS", "NOT_COUNTED", "vague_mentions"]

MONTHS = [
    *["january", "february", "march", "april", "may", "june"],
    *["july", "august", "september", "october", "november", "december"],
]
# Nouns after a figure that make it something other than a count of people or land.
NOT_COUNTED = {
    *["sides", "countries", "parties", "delegations", "rounds", "stages", "days", "weeks"],
    *["months", "hours", "times", "exchanges"],
    # singular: "in one day", "for a second time" (a figure of one is a count only of people)
    *["day", "week", "month", "hour", "year", "time", "round", "stage", "side", "country"],
}
_VAGUE_FLOORS = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "several dozen": 12,
    "a few dozen": 12,
    "several hundred": 100,
    "several thousand": 1_000,
    "a few hundred": 100,
    "a few thousand": 1_000,
}
_VAGUE = re.compile(
    r"\b(?P<what>(?:tens|hundreds) of thousands|dozens|scores|hundreds|thousands"
    r"|(?:several|a few) (?:dozen|hundred|thousand))(?: of)?"
    rf"(?:\s+(?:\w+\s+)?(?P<unit>{UNITS})(?![a-z]))?(?!\s+of\s+(?:kilomet|km|miles))",
    re.IGNORECASE,
)
# "a dozen", "nearly two dozen": text2num does not read "dozen".
_DOZEN = re.compile(
    rf"(?:\b(?P<qual>{QUAL})\s+)?\b(?P<n>a|one|two|three|four|five|half a)\s+dozen\b"
    rf"(?:\s+(?P<unit>{UNITS})\b)?",
    re.I,
)
_DOZENS = {"a": 12, "one": 12, "two": 24, "three": 36, "four": 48, "five": 60, "half a": 6}
# "a couple of hundred": about two of the scale, not the scale alone.
_COUPLE = re.compile(
    rf"\ba couple(?: of)? (?P<scale>dozen|hundred|thousand)\b(?:\s+(?P<unit>{UNITS})\b)?", re.I
)
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000}
# "between 300 and 400", "300 to 400", "300-400", "two or three hundred".
_RANGE = re.compile(
    rf"\b(?:between\s+(?P<low>{FIGURE})\s+and\s+(?P<high>{FIGURE})"
    rf"|(?P<low2>{FIGURE})(?:\s+(?:to|or)\s+|\s*[-–—]\s*(?=\d))(?P<high2>{FIGURE}))\b"
    rf"(?:\s*(?P<unit>{UNITS})(?![a-z]))?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_SCALE_END = re.compile(r"\b(hundred|thousand|million)$", re.I)
# "a 1,000-for-1,000 exchange": one figure each way, stated as a modifier.
_PAIR = re.compile(r"\b(?P<a>\d{1,3}(?:,\d{3})+|\d+)-for-(?P<b>\d{1,3}(?:,\d{3})+|\d+)\b")


def vague_mentions(sentence: str) -> Iterator[Mention]:
    """Vague amounts, dozens, ranges and pairs in a sentence, as lower bounds or figures."""
    for m in _VAGUE.finditer(sentence):
        floor = _VAGUE_FLOORS[" ".join(m["what"].lower().split())]
        yield Mention(Quantity(floor, _unit(m), Qualifier.AT_LEAST), m.start(), m.end())
    for m in _DOZEN.finditer(sentence):
        value = _DOZENS[" ".join(m["n"].lower().split())]
        yield Mention(Quantity(value, _unit(m), qualifier(m["qual"])), m.start(), m.end())
    for m in _COUPLE.finditer(sentence):
        value = 2 * _SCALES[m["scale"].lower()]
        yield Mention(Quantity(value, _unit(m), Qualifier.ABOUT), m.start(), m.end())
    for m in _RANGE.finditer(sentence):
        if in_clock(sentence, m.start(), m.start()):
            continue  # "11:05 — 205 servicemen": a time of day, then a figure
        if (found := _from_range(m)) is not None:
            yield found
    for m in _PAIR.finditer(sentence):
        pair = parse_number(m["a"], None, None), parse_number(m["b"], None, None)
        if pair[0] == pair[1]:
            yield Mention(Quantity(pair[0]), m.start(), m.end())


def _unit(match: re.Match[str]) -> str:
    return (match["unit"] or "").lower()


def _from_range(match: re.Match[str]) -> Mention | None:
    low_text, high_text = match["low"] or match["low2"], match["high"] or match["high2"]
    low, high = _value(low_text), _value(high_text)
    scale = _SCALE_END.search(high_text)
    factor = _value(scale[1]) or 1 if scale and not _SCALE_END.search(low_text) else 1
    if low is not None and high is not None and low * factor <= high:
        low *= factor  # "two or three hundred": the scale is shared
    if low is None or high is None or not low < high or _not_a_count(match, low, high):
        return None
    return Mention(Quantity(low, _unit(match), Qualifier.AT_LEAST), match.start(), match.end())


def _not_a_count(match: re.Match[str], low: int, high: int) -> bool:
    """ "two to three days", "16 to 18 May", "aged 18 to 60", "2022-2023" are no counts."""
    after = (match.string[match.end() :].lower().split()[:1] or [""])[0].strip(".,;:")
    before = (match.string[: match.start()].lower().split()[-1:] or [""])[0]
    low_text, high_text = match["low"] or match["low2"], match["high"] or match["high2"]
    # "2022-2023" is a span of years; "since 2022 to 5,100" a year, then a figure.
    years = bool(_YEAR.fullmatch(low_text)) and bool(_YEAR.fullmatch(high_text) or "," in high_text)
    return (
        after in NOT_COUNTED
        or after in MONTHS
        or after.startswith("year")
        or before in ("aged", "age", "ages")
        or years
    )


def _value(text: str) -> int | None:
    if text[0].isdigit():
        return parse_number(text, None, None)
    return parse_number(None, None, text)
