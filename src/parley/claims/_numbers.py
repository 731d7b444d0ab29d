"""The words figures are written in: digits, spelled-out numbers, hedges and units.

Spelled-out numbers are read by text2num; the hedges ("more than", "close to") are a
short hand-written table because no library reads English qualifiers of a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from parley.domain.claims import Qualifier, Quantity

__all__ = [
    "FIGURE",
    "FIGURE_DIGITS",
    "QUAL",
    "QUALIFIERS",
    "UNITS",
    "WORD",
    "Mention",
    "in_clock",
    "parse_number",
    "qualifier",
]

QUALIFIERS: dict[str, Qualifier] = {
    "about": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "nearly": Qualifier.ABOUT,
    "almost": Qualifier.ABOUT,
    "close to": Qualifier.ABOUT,
    # Ruled after held-out 13: a figure approached from below is about that figure.
    "closer to": Qualifier.ABOUT,
    "nearer to": Qualifier.ABOUT,
    "nearer": Qualifier.ABOUT,
    "just under": Qualifier.ABOUT,
    "just below": Qualifier.ABOUT,
    "just short of": Qualifier.ABOUT,
    "just shy of": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "upward of": Qualifier.MORE_THAN,
    "at least": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "fewer than": Qualifier.LESS_THAN,
    "less than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,  # "under 300 soldiers"; "prisoners under 25" is an age
    "well under": Qualifier.LESS_THAN,
    "up to": Qualifier.UP_TO,
    "as many as": Qualifier.UP_TO,
    "at most": Qualifier.UP_TO,
    "no more than": Qualifier.UP_TO,
}
_WORDS = [
    *["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
    *["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"],
    *["eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy"],
    *["eighty", "ninety", "hundred", "thousand", "million", "billion"],
]
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# "a hundred", "a thousand": the article stands for "one" before a scale word only.
_ONE_SCALE = r"(?:an?\s+(?=(?:hundred|thousand|million)\b))?"
WORD = _ONE_SCALE + r"(?:" + "|".join(_WORDS) + r")"
# Commas group thousands in English; a space (plain, no-break or thin) does in continental text.
FIGURE_DIGITS = r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009])\d{3}(?!\d))+"
FIGURE = rf"(?:{FIGURE_DIGITS}|\d+|{WORD}(?:[\s-]+{WORD.removeprefix(_ONE_SCALE)})*)"
QUAL = r"(?:" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")"
# Only these words after a figure are kept as its unit; others belong to the sentence.
UNITS = (
    r"km|kilomet(?:re|er)s|square kilomet(?:re|er)s|per ?cent|%|bodies|remains|prisoners|pows|"
    r"soldiers|servicemen|civilians|people|troops|villages|settlements|captives|detainees|"
    r"ukrainians|russians|prisoners of war|defenders|children|citizens|fighters"
)


@dataclass(frozen=True)
class Mention:
    """A figure found in a sentence, with its span in that sentence."""

    quantity: Quantity
    start: int
    end: int


def parse_number(digits: str | None, scale: str | None, words: str | None) -> int | None:
    """Turn "1,200", "1.2" + "million", "six thousand" or "a hundred" into an integer."""
    if digits:
        plain = re.sub(r"[, \u00a0\u202f\u2009]", "", digits)
        return round(float(plain) * _SCALES.get((scale or "").lower(), 1))
    if words:
        spoken = re.sub(r"^an?\s+", "one ", words.lower().replace("-", " "))
        try:
            return int(text2num(spoken, "en"))
        except ValueError:
            return None
    return None


def qualifier(words: str | None) -> Qualifier:
    """The qualifier a hedge states; exact when there is none."""
    return QUALIFIERS.get(" ".join((words or "").lower().split()), Qualifier.EXACT)


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


def in_clock(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is part of a time of day ("11:05")."""
    return _CLOCK.search(text, max(0, start - 3), end + 3) is not None
