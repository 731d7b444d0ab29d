"""Figures in a sentence: "1,200", "about 53,000", "more than 1,000km", "one-fifth", "none".

Numbers and their hedges are read by `_numbers`, vague amounts and ranges by `_vague`;
this module finds them all, and the fraction and zero phrases ("had not received any"),
a short hand-written table because no library reads stated zeros.
"""

from __future__ import annotations

import re
from fractions import Fraction

from text_to_num import text2num

from parley.claims._numbers import (
    FIGURE_DIGITS,
    QUAL,
    UNITS,
    WORD,
    Mention,
    in_clock,
    parse_number,
    qualifier,
)
from parley.claims._vague import MONTHS, NOT_COUNTED, vague_mentions
from parley.domain.claims import Qualifier, Quantity

__all__ = ["Mention", "clause_figures", "find_quantities", "parse_number", "same_numbers"]

_OLDEST = 100  # "under 60" with no noun is an age; "under 300" a count
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "tenth": 10}
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# "a three-day exchange", "16-18 May" (a dash range that is no count): modifiers, not counts.
_COMPOUND_AFTER = re.compile(r"\s*[-–—]\s*\d|-[a-z]", re.I)
_COMPOUND_BEFORE = re.compile(r"(?:[a-z]-|\d\s*[-–—]\s*)$", re.I)
# "handed over 500", "took over 30 villages": "over" is the verb's particle there, not a hedge;
# "taken about 4,500 square kilometres" keeps its hedge.
_NOT_QUALIFIER = (
    r"(?:(?!over\b)|(?<!hand )(?<!hands )(?<!handed )(?<!handing )(?<!took )(?<!taken ))"
)
_OR_SO = re.compile(r"\s+or so\b", re.I)
_FRACTION_AHEAD = r"(?![\s-](?:half|third|quarter|fifth|sixth|tenth))"
_NUMBER = re.compile(
    rf"(?:\b{_NOT_QUALIFIER}(?P<qual>{QUAL})\s+)?"
    rf"(?:(?<![\d,.])(?P<digits>{FIGURE_DIGITS}(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s*(?P<scale>thousand|million|billion)\b)?"
    rf"|\b(?P<words>{WORD}(?:(?:[\s-]+|\s+and\s+){WORD})*)\b{_FRACTION_AHEAD})"
    r"(?P<ordinal>st|nd|rd|th)?"
    rf"(?:\s*(?P<unit>{UNITS})(?![a-z]))?",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    rf"(?:\b(?P<qual>{QUAL})\s+)?\b(?:(?P<one>one) in (?P<every>two|three|four|five|ten)\b|"
    r"\b(?P<num>a|one|two|three|four)[\s-](?P<den>half|third|quarter|fifth|sixth|tenth)s?\b"
    r")|\b(?P<half>half)\b",
    re.IGNORECASE,
)
# "the same number of Russians", "an equal number", "as many Russians in return".
_SAME = re.compile(
    r"\b(?:the same|an equal|a similar|a matching) number\b|\bas many(?= \w+ in return)", re.I
)
# "390 Russians, including 270 servicemen, ... the same number": the whole, not its part.
_BREAKDOWN_BEFORE = re.compile(
    r"\b(?:including|among them|among whom|of whom|of them)\s+(?:[\w-]+\s+){0,5}$", re.I
)
_PAPERS = r"(?!\s+(?:lists?|names?|documents?|requests?))"
# What a stated zero counts: "no bodies", "no child", "no one".
_COUNTED = (
    r"(?:bod(?:y|ies)|remains|prisoners?|captives?|one\b|soldiers?|civilians?|servicem[ae]n|"
    r"people|persons?|pows?|troops|child(?:ren)?|detainees?|defenders?|fighters?|citizens?|"
    r"journalists?)"
)
# "not one of the 14 children" states a zero; "not one of the negotiators" says nothing of one.
_A_FIGURE = rf"(?:the |its |their )?(?:\d|{WORD}\b)"
_ZERO = re.compile(
    rf"\bnot (?:a )?single\b{_PAPERS}|\bnot one\b(?! of (?!{_A_FIGURE}))|\bnobody\b|"
    r"\bnone\b(?! of (?:the |its |their |our )?(?:lists?|names|documents|requests|demands))"
    rf"|\bnothing\b|\bno\s+(?=(?:[a-z]+\s+)?{_COUNTED}\b)"
    rf"|\b(?:not|never|yet to|failed to|refused to)\s+(?:\w+\s+){{0,3}}?(?:any|a single)\b"
    rf"{_PAPERS}",
    re.IGNORECASE,
)


_SINGLE = re.compile(r"\bsingle\s+$", re.I)


def find_quantities(sentence: str) -> list[Mention]:
    """Every figure stated in a sentence, in order, skipping dates, years, ages and ordinals."""
    found = [m for m in map(_from_number, _NUMBER.finditer(sentence)) if m is not None]
    found += [_from_fraction(m) for m in _FRACTION.finditer(sentence)]
    found += [Mention(Quantity.none(), m.start(), m.end()) for m in _ZERO.finditer(sentence)]
    found += vague_mentions(sentence)
    found = sorted((m for m in found if not _inside_other(m, found)), key=lambda m: m.start)
    return sorted(found + same_numbers(sentence, found), key=lambda m: m.start)


def clause_figures(content: str, sentence: str) -> list[Mention]:
    """A clause's figures (the rest of `sentence` blanked in `content`), with "the same number"
    resolved to a figure told in an earlier clause."""
    found = find_quantities(content)
    starts = {m.start for m in found}
    extra = [
        m for m in same_numbers(sentence) if m.start not in starts and content[m.start].strip()
    ]
    return sorted(found + extra, key=lambda m: m.start)


def same_numbers(sentence: str, found: list[Mention] | None = None) -> list[Mention]:
    """ "received the same number", "an equal number of Ukrainians": the figure before it,
    which may be in another speaker's clause."""
    found = find_quantities(sentence) if found is None else found
    out: list[Mention] = []
    for m in _SAME.finditer(sentence):
        earlier = [
            f
            for f in found
            if f.end <= m.start()
            and f.quantity.value is not None
            and not _BREAKDOWN_BEFORE.search(sentence, 0, f.start)
        ]
        if earlier and earlier[-1].quantity.qualifier is not Qualifier.NONE:
            out.append(Mention(earlier[-1].quantity, m.start(), m.end()))
    return out


def _from_number(match: re.Match[str]) -> Mention | None:
    unit = (match["unit"] or "").lower()
    following = match.string[match.end() :].lower().split()[:1]
    if match["ordinal"] or _is_date_or_age(match, following[0] if following else ""):
        return None

    value = parse_number(match["digits"], match["scale"], match["words"])
    if value is None or (match["words"] and following == ["of"] and value == 1):
        return None  # "one of the" is not a count
    if match["words"] and value == 1 and _SINGLE.search(match.string, 0, match.start()):
        return None  # "not a single one": the zero is read by `_ZERO`
    if (match["qual"] or "").lower() == "under" and not unit and value < _OLDEST:
        return None  # "prisoners under 25": an age, not a count
    if re.match(r"0\d", match["digits"] or ""):
        return None  # "000", "07": a piece of something else, no count
    if value == 0 and match["words"]:
        return Mention(Quantity.none(unit), match.start(), match.end())  # "zero children"
    # "1,300 or so": about that many.
    hedge = Qualifier.ABOUT if _OR_SO.match(match.string, match.end()) else qualifier(match["qual"])
    return Mention(Quantity(value, unit, hedge), match.start(), match.end())


def _is_date_or_age(match: re.Match[str], after: str) -> bool:
    before = match.string[: match.start()].lower().split()[-1:]
    digits = (match["digits"] or "").replace(",", "")
    after = after.strip(".,;:")
    if after in MONTHS or (before and before[0] in MONTHS):
        return True
    if (
        digits.isdigit()
        and len(digits) == 4
        and digits[:2] in ("19", "20")
        and "," not in (match["digits"] or "")
    ):
        return True
    if after in NOT_COUNTED:
        return True  # "the two sides", "three rounds"
    if in_clock(match.string, match.start(), match.end()):
        return True  # "11:05 —" in a live blog: a time of day
    # "95 Russians – 90 soldiers and 5 civilians": after its noun a dash sets off an aside.
    joined = not match["unit"] and _COMPOUND_AFTER.match(match.string, match.end())
    if joined or _COMPOUND_BEFORE.search(match.string, 0, match.start()):
        return True  # "the 1,000-for-1,000 deal" is one figure, read as a pair
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
