"""Figures in a sentence: "1,200", "about 53,000", "more than 1,000km", "one-fifth", "none".

Spelled-out numbers are read by text2num; the qualifier, fraction and zero
phrases around them are a short hand-written table because no library reads
English hedges ("more than", "up to") or stated zeros ("had not received any").
Vague amounts ("hundreds of") and ranges ("between 300 and 400") are read as the
lower bound they state for sure, because a Quantity holds one bound, not two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from text_to_num import text2num

from parley.domain.claims import Qualifier, Quantity

__all__ = ["Mention", "find_quantities", "parse_number"]

_QUALIFIERS: dict[str, Qualifier] = {
    "about": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "nearly": Qualifier.ABOUT,
    "almost": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "at least": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "fewer than": Qualifier.LESS_THAN,
    "less than": Qualifier.LESS_THAN,
    "up to": Qualifier.UP_TO,
    "as many as": Qualifier.UP_TO,
}
_WORDS = [
    *[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
    ],
    *[
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
    ],
    *["fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion"],
]
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "tenth": 10}
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# Nouns after a figure that make it something other than a count of people or land.
_NOT_COUNTED = {
    "sides",
    "countries",
    "parties",
    "delegations",
    "rounds",
    "stages",
    "days",
    "weeks",
    "months",
    "hours",
    "times",
    "exchanges",
    # singular: "in one day", "for a second time" (a figure of one is a count only of people)
    "day",
    "week",
    "month",
    "hour",
    "year",
    "time",
    "round",
    "stage",
    "side",
    "country",
}
_COMPOUND_AFTER = re.compile(r"-[a-z]", re.I)
_COMPOUND_BEFORE = re.compile(r"[a-z]-$", re.I)
_MONTHS = [
    *["january", "february", "march", "april", "may", "june"],
    *["july", "august", "september", "october", "november", "december"],
]

# Only these words after a figure are kept as its unit; others belong to the sentence.
_UNITS = (
    r"km|kilomet(?:re|er)s|square kilomet(?:re|er)s|per ?cent|%|bodies|remains|prisoners|pows|"
    r"soldiers|servicemen|civilians|people|troops|villages|settlements|captives|detainees|"
    r"ukrainians|russians|prisoners of war|defenders|children|citizens|fighters"
)
_WORD = r"(?:" + "|".join(_WORDS) + r")"
_QUAL = r"(?:" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + r")"
_NOT_QUALIFIER = r"(?<!hand )(?<!hands )(?<!handed )(?<!handing )(?<!took )(?<!taken )"
_FRACTION_AHEAD = r"(?![\s-](?:half|third|quarter|fifth|sixth|tenth))"
_NUMBER = re.compile(
    rf"(?:\b{_NOT_QUALIFIER}(?P<qual>{_QUAL})\s+)?"
    r"(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s*(?P<scale>thousand|million|billion)\b)?"
    rf"|\b(?P<words>{_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD})*)\b{_FRACTION_AHEAD})"
    r"(?P<ordinal>st|nd|rd|th)?"
    rf"(?:\s*(?P<unit>{_UNITS})(?![a-z]))?",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+)?\b(?:(?P<one>one) in (?P<every>two|three|four|five|ten)\b|"
    r"\b(?P<num>a|one|two|three|four)[\s-](?P<den>half|third|quarter|fifth|sixth|tenth)s?\b"
    r")|\b(?P<half>half)\b",
    re.IGNORECASE,
)
_ZERO = re.compile(
    r"\bnot (?:a )?single\b(?!\s+(?:lists?|names?|documents?|requests?))|\bnot one\b(?! of)|"
    r"\bnone\b(?! of (?:the |its |their |our )?(?:lists?|names|documents|requests|demands))"
    r"|\bnothing\b|\bno\s+(?=(?:[a-z]+\s+)?(?:bodies|remains|prisoners|captives|one\b|"
    r"soldiers|civilians|servicemen|people|pows|troops))"
    r"|\bnot\s+(?:\w+\s+){0,3}?(?:any|a single)\b(?!\s+(?:lists?|names?|documents?|requests?))",
    re.IGNORECASE,
)


# Hand-written: text2num reads no vague plurals; each is the bound it states ("hundreds": >= 100).
_VAGUE_FLOORS = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "several hundred": 100,
    "several thousand": 1_000,
    "a few hundred": 100,
    "a few thousand": 1_000,
}
_VAGUE = re.compile(
    r"\b(?P<what>(?:tens|hundreds) of thousands|dozens|scores|hundreds|thousands"
    r"|(?:several|a few) (?:hundred|thousand))(?: of)?"
    rf"(?:\s+(?:\w+\s+)?(?P<unit>{_UNITS})(?![a-z]))?(?!\s+of\s+(?:kilomet|km|miles))",
    re.IGNORECASE,
)
# "a dozen", "two dozen": text2num does not read "dozen".
_DOZEN = re.compile(
    rf"\b(?P<n>a|one|two|three|four|five|half a)\s+dozen\b(?:\s+(?P<unit>{_UNITS})\b)?", re.I
)
_DOZENS = {"a": 12, "one": 12, "two": 24, "three": 36, "four": 48, "five": 60, "half a": 6}
_FIGURE = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + _WORD + r"(?:[\s-]+" + _WORD + r")*)"
# "between 300 and 400", "300 to 400", "two or three": a range states its lower bound for sure.
_RANGE = re.compile(
    rf"\b(?:between\s+(?P<low>{_FIGURE})\s+and\s+(?P<high>{_FIGURE})"
    rf"|(?P<low2>{_FIGURE})\s+(?:to|or)\s+(?P<high2>{_FIGURE}))\b"
    rf"(?:\s*(?P<unit>{_UNITS})(?![a-z]))?",
    re.IGNORECASE,
)

# "a 1,000-for-1,000 exchange": one figure each way, stated as a modifier.
_PAIR = re.compile(r"\b(?P<a>\d{1,3}(?:,\d{3})+|\d+)-for-(?P<b>\d{1,3}(?:,\d{3})+|\d+)\b")


@dataclass(frozen=True)
class Mention:
    """A figure found in a sentence, with its span in that sentence."""

    quantity: Quantity
    start: int
    end: int


def parse_number(digits: str | None, scale: str | None, words: str | None) -> int | None:
    """Turn "1,200", "1.2" + "million" or "six thousand" into an integer."""
    if digits:
        value = float(digits.replace(",", "")) * _SCALES.get((scale or "").lower(), 1)
        return round(value)
    if words:
        try:
            return int(text2num(words.lower().replace("-", " "), "en"))
        except ValueError:
            return None
    return None


def find_quantities(sentence: str) -> list[Mention]:
    """Every figure stated in a sentence, in order, skipping dates, years, ages and ordinals."""
    found = [m for m in map(_from_number, _NUMBER.finditer(sentence)) if m is not None]
    found += [_from_fraction(m) for m in _FRACTION.finditer(sentence)]
    found += [Mention(Quantity.none(), m.start(), m.end()) for m in _ZERO.finditer(sentence)]
    found += [_from_vague(m) for m in _VAGUE.finditer(sentence)]
    found += [_from_dozen(m) for m in _DOZEN.finditer(sentence)]
    found += [r for r in map(_from_range, _RANGE.finditer(sentence)) if r is not None]
    found += [r for r in map(_from_pair, _PAIR.finditer(sentence)) if r is not None]
    found = [m for m in found if not _inside_other(m, found)]
    return sorted(found, key=lambda m: m.start)


def _from_number(match: re.Match[str]) -> Mention | None:
    unit = (match["unit"] or "").lower()
    following = match.string[match.end() :].lower().split()[:1]
    if match["ordinal"] or _is_date_or_age(match, following[0] if following else ""):
        return None
    value = parse_number(match["digits"], match["scale"], match["words"])
    if value is None or (match["words"] and following == ["of"] and value == 1):
        return None  # "one of the" is not a count
    if value == 0 and match["words"]:
        return Mention(Quantity.none(unit), match.start(), match.end())  # "zero children"
    qualifier = _QUALIFIERS.get(" ".join((match["qual"] or "").lower().split()), Qualifier.EXACT)
    return Mention(Quantity(value, unit, qualifier), match.start(), match.end())


def _from_vague(match: re.Match[str]) -> Mention:
    floor = _VAGUE_FLOORS[" ".join(match["what"].lower().split())]
    unit = (match["unit"] or "").lower()
    return Mention(Quantity(floor, unit, Qualifier.AT_LEAST), match.start(), match.end())


def _from_dozen(match: re.Match[str]) -> Mention:
    value = _DOZENS[" ".join(match["n"].lower().split())]
    return Mention(Quantity(value, (match["unit"] or "").lower()), match.start(), match.end())


def _from_range(match: re.Match[str]) -> Mention | None:
    low_text, high_text = match["low"] or match["low2"], match["high"] or match["high2"]
    low, high = (_value(t) for t in (low_text, high_text))
    if low is None or high is None or not low < high:
        return None  # "1,000 to 1,000" is not a range
    after = (match.string[match.end() :].lower().split()[:1] or [""])[0].strip(".,;:")
    before = (match.string[: match.start()].lower().split()[-1:] or [""])[0]
    if after in _NOT_COUNTED or after in _MONTHS or after.startswith("year"):
        return None  # "two to three days", "16 to 18 May", "18 to 60 years old"
    if before in ("aged", "age", "ages"):
        return None
    unit = (match["unit"] or "").lower()
    return Mention(Quantity(low, unit, Qualifier.AT_LEAST), match.start(), match.end())


def _from_pair(match: re.Match[str]) -> Mention | None:
    value = parse_number(match["a"], None, None)
    if value is None or value != parse_number(match["b"], None, None):
        return None
    return Mention(Quantity(value), match.start(), match.end())


def _value(text: str) -> int | None:
    if text[0].isdigit():
        return parse_number(text, None, None)
    return parse_number(None, None, text)


def _is_date_or_age(match: re.Match[str], after: str) -> bool:
    before = match.string[: match.start()].lower().split()[-1:]
    digits = (match["digits"] or "").replace(",", "")
    after = after.strip(".,;:")
    if after in _MONTHS or (before and before[0] in _MONTHS):
        return True
    if (
        digits.isdigit()
        and len(digits) == 4
        and digits[:2] in ("19", "20")
        and "," not in (match["digits"] or "")
    ):
        return True
    if after in _NOT_COUNTED:
        return True  # "the two sides", "three rounds"
    if _COMPOUND_AFTER.match(match.string, match.end()) or _COMPOUND_BEFORE.search(
        match.string, 0, match.start()
    ):
        return True  # "a three-day exchange", "the 1,000-for-1,000 deal": modifiers, not counts
    return after.startswith("year") or (bool(before) and before[0] in ("aged", "under", "age"))


def _from_fraction(match: re.Match[str]) -> Mention:
    if match["half"]:
        share = Fraction(1, 2)
    elif match["every"]:
        share = Fraction(1, int(text2num(match["every"].lower(), "en")))
    else:
        share = Fraction(_NUMERATORS[match["num"].lower()], _DENOMINATORS[match["den"].lower()])
    return Mention(Quantity(None, "", Qualifier.FRACTION, share), match.start(), match.end())


def _inside_other(mention: Mention, others: list[Mention]) -> bool:
    # "one-fifth" also matches "one" as a number; the wider reading wins.
    return any(
        o is not mention
        and o.start <= mention.start
        and mention.end <= o.end
        and (o.end - o.start) > (mention.end - mention.start)
        for o in others
    )
