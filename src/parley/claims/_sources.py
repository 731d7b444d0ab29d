"""Source phrases: who a phrase names, which party it speaks for, and whether it can speak.

Shared by the two ways an attribution is found (around a speech verb in `_attribution`,
in a fixed shape in `_speech_forms`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.claims import _lexicon as lex
from parley.claims._states import state_in
from parley.domain.claims import Source, SourceKind

__all__ = [
    "CITING_TAIL",
    "Attribution",
    "clean",
    "party_in",
    "plausible_source",
    "segments_before",
    "source_from",
    "strip_leading",
]

_LEADING = re.compile(
    r"^(?:(?:update|updated|breaking|correction)\s*:\s*)?"
    r"(?:(?:and|but|meanwhile|separately|later|earlier|also|however|both)\s+)*"
    r"(?:(?:late |early |later |earlier )?on (?:\w+day|\d+ \w+|\w+ \d+)\s+)?"
    r"(?:in a (?:statement|post|briefing)[^,]*\s+)?"
    r"(?:(?:a|the) (?:statement|post|report) (?:from|by)\s+)?"
    # "according to figures from Ukraine's ombudsman": the figures are the ombudsman's.
    r"(?:(?:the\s+)?(?:latest\s+|official\s+|new\s+)?(?:figures|data|statistics|records)\s+"
    r"(?:from|by|of|released by|published by)\s+)?(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(r"^(?:a claim|claims|a figure|figures|which|that)\s+", re.IGNORECASE)
_MAX_WORDS = 12
# A comma inside a figure ("1,000") breaks nothing.
_SEGMENT_BREAK = re.compile(r",(?!\d)|\s[–—-]\s")
# ", citing sources": whom a source cites belongs to the attribution.
CITING_TAIL = re.compile(r"\s*,?\s*citing (?P<what>[^,.;]+),?", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    """The speaker of a sentence and the character span its attribution takes."""

    source: Source | None
    start: int
    end: int
    unverifiable: bool = False
    denial: bool = False
    place_party: str | None = None  # "In Moscow, the defence ministry said": speaks for RU
    refers: str | None = None  # "Kyiv rejected Moscow's claim that it ...": "it" is RU
    reported: str | None = None  # ... and "Moscow" made the claim Kyiv rejected


def party_in(text: str) -> str | None:
    """The party code of the first party name in `text`, preferring longer names.

    None when `text` names both warring parties ("Russian and Ukrainian officials").
    """
    if lex.INDEPENDENT.search(text):
        return None
    # "Interfax-Ukraine" is an outlet's name, not a party's: a name after a hyphen is skipped.
    both = {
        code
        for name, code in lex.PARTIES.items()
        if code in lex.OTHER_SIDE
        and re.search(rf"(?<!-)\b{re.escape(name)}(?:'s)?(?!\w)", text, re.IGNORECASE)
    }
    if len(both) > 1:
        return None
    best: tuple[int, int, str] | None = None
    for name, code in lex.PARTIES.items():
        m = re.search(rf"(?<!-)\b{re.escape(name)}(?:'s)?(?!\w)", text, re.IGNORECASE)
        if m and (best is None or (m.start(), -len(name)) < (best[0], best[1])):
            best = (m.start(), -len(name), code)
    return best[2] if best else _speaker_party(text) or state_in(text)


def _speaker_party(text: str) -> str | None:
    """ "the Coordination Headquarters said": an office named without its country. A name of
    several words is matched however written ("the coordination headquarters"); an acronym
    only in capitals."""
    return next(
        (
            code
            for name, code in lex.SPEAKERS.items()
            if re.search(rf"(?<!-)\b{re.escape(name)}\b", text, re.I if " " in name else 0)
        ),
        None,
    )


# "two sources familiar with the preparations", "a lawmaker who sits on the committee": a
# description after the speaker is no part of its name.
_ADD_ON = re.compile(
    r"\s+(?:who|whom|whose|familiar with|with knowledge of|briefed on|involved in|based on|"
    r"of data from)\s.*$",
    re.I,
)


def source_from(phrase: str, citing: str | None = None) -> Source:
    """A Source for a phrase such as "Russian state media"; its kind comes from a table."""
    kind = next((k for pat, k in lex.SOURCE_KINDS if pat.search(phrase)), SourceKind.OFFICIAL)
    return Source(phrase, kind, None, citing)


def segments_before(sentence: str, end: int) -> list[tuple[int, str]]:
    """Segments before `end` split at commas and spaced dashes ("Moscow – citing the
    ministry – said"), nearest first, with their start offsets."""
    cuts = [(m.start(), m.end()) for m in _SEGMENT_BREAK.finditer(sentence, 0, end)]
    bounds = [(0, 0), *cuts, (end, end)]
    out = [
        (bounds[i][1], sentence[bounds[i][1] : bounds[i + 1][0]]) for i in range(len(bounds) - 1)
    ]
    return out[::-1]


def strip_leading(text: str) -> str:
    """A phrase without the words that may lead it ("and", "on Friday", "the")."""
    return _LEADING.sub("", text.strip())


def clean(text: str) -> str:
    """The source phrase in `text`: without leading words, articles, quotes or auxiliaries."""
    # '"...," the Ukrainian leader said': the closing quote of the words said is no part of it.
    phrase = _LEAD_IN.sub("", _LEADING.sub("", text.strip(" \"'“”")))
    phrase = _ADD_ON.sub("", phrase)
    # Auxiliaries and adverbs between the speaker and the verb: "Kyiv has repeatedly (said)".
    phrase = re.sub(
        r"(?:\s+(?:had|has|have|was|were|is|are|also|later|earlier|then|repeatedly|again|each|both|"
        r"now|still|today|too|"
        r"(?!(?:tally|rally|assembly|family|italy)\b)\w+ly))+$",
        "",
        phrase,
    )
    return phrase.strip(" \"'“”")


def plausible_source(phrase: str) -> bool:
    """Whether a phrase can name a speaker: short, no bare pronoun, an office or a name."""
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS:
        return False
    if re.match(r"^(it|he|she|they|we|officials?)$", phrase, re.IGNORECASE):
        return False
    return bool(lex.SOURCE_HEADS.search(phrase)) or words[0][:1].isupper()
