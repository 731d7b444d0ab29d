"""Who is speaking in a sentence: "X said", "according to X", "X reported, citing sources".

Returns the source phrase, the span the attribution covers (so the rest is the
reported content), and whether a source marked the content as unverifiable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parley.claims import _lexicon as lex
from parley.domain.claims import Source, SourceKind

__all__ = ["Attribution", "find_attribution", "party_in", "source_from"]

_ACCORDING = re.compile(r"\baccording to (?P<src>[^,.;]+)", re.IGNORECASE)
_CITING = re.compile(r"^citing (?P<what>.+)$", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:and|but|meanwhile|separately|later|earlier|also|however)\s+)*"
    r"(?:(?:late |early |later |earlier )?on (?:\w+day|\d+ \w+|\w+ \d+)\s+)?"
    r"(?:in a (?:statement|post|briefing)[^,]*\s+)?"
    r"(?:(?:a|the) (?:statement|post|report) (?:from|by)\s+)?(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(r"^(?:a claim|claims|a figure|figures|which|that)\s+", re.IGNORECASE)
_MAX_WORDS = 12
# "In Moscow, the defence ministry said": where an unnamed ministry speaks from is its party.
_PLACE = re.compile(r"\s*(?:in|from)\s+(?P<where>[A-Z][\w ]+?)\s*", re.IGNORECASE)
# "The ICRC, which oversaw the transfer, said", "the ministry, in a statement, said",
# "an official, speaking on condition of anonymity, said": an aside is not the speaker.
_RELATIVE = re.compile(
    r"^\s*(?:which|who|whose|in|on|at|speaking|writing|according|after|during)\b", re.IGNORECASE
)
_WHOSE_CLAIM = re.compile(
    r"\s+(?:the\s+)?(?P<who>[\w' -]{2,60}?)'s?\s+(?:claims?|figures?|statements?|reports?)"
    r"(?:\s+that)?\s+",
    re.IGNORECASE,
)
# "State TV showed trucks it said carried ...": the one showing speaks.
_SHOWED = re.compile(
    r"^(?:the\s+)?(?P<who>[^,;]{2,60}?)\s+(?:showed|shows|aired|airs|broadcast|published|"
    r"publishes|posted|posts|displayed|shared|released)\s",
    re.IGNORECASE,
)
# A comma inside a figure ("1,000") breaks nothing.
_SEGMENT_BREAK = re.compile(r",(?!\d)|\s[–—-]\s")
# "the bodies of 1,000 people that Moscow said were soldiers", "officials, who said ...",
# "1,000 bodies it said belonged to soldiers":
# a speech verb in a relative clause is not the sentence's attribution.
_IN_RELATIVE = re.compile(
    r"(?:^\s*(?:who|which)|\b[a-z]+\s+(?:that|which|whom)\s+(?:[\w'-]+\s+){1,3}?"
    r"(?:\w+\s+)?|\b[a-z]{3,}s\s+(?:it|they)\s+)\s*$",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?:[A-Z][\w'.-]+\s+){1,3}[A-Z][\w'.-]+")
_QUOTED = re.compile(r"\s+(?:the\s+|an?\s+)?(?P<who>[^,.;]{1,80}?)\s+as saying\s+(?:that\s+)?")
# "dismissed Kyiv's claim that it ...": the content is denied, and "it" is Kyiv.
_REJECTED = re.compile(
    r"\s+(?:the\s+)?(?:(?P<whose>[\w' -]{1,40}?)'s?\s+)?(?:claims?|reports?|accusations?|"
    r"allegations?|suggestions?)(?:\s+that)?\b"
)
_TOLD = re.compile(
    r"\s+(?:(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,4}?"
    r"|(?:reporters|journalists|lawmakers|parliament|(?:a|the) (?:news|press) conference|"
    r"(?:a|the) briefing|state (?:television|media|tv))\s+)(?:that\s+)?"
)


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


def party_in(text: str) -> str | None:
    """The party code of the first party name in `text`, preferring longer names.

    None when `text` names both warring parties ("Russian and Ukrainian officials").
    """
    # "Interfax-Ukraine" is an outlet's name, not a party's: a name after a hyphen is skipped.
    both = {
        code
        for name, code in lex.PARTIES.items()
        if code in lex.OTHER_SIDE
        and re.search(rf"(?<!-)\b{re.escape(name)}(?:'s)?\b", text, re.IGNORECASE)
    }
    if len(both) > 1:
        return None
    best: tuple[int, int, str] | None = None
    for name, code in lex.PARTIES.items():
        m = re.search(rf"(?<!-)\b{re.escape(name)}(?:'s)?\b", text, re.IGNORECASE)
        if m and (best is None or (m.start(), -len(name)) < (best[0], best[1])):
            best = (m.start(), -len(name), code)
    return best[2] if best else None


def source_from(phrase: str, citing: str | None = None) -> Source:
    """A Source for a phrase such as "Russian state media"; its kind comes from a table."""
    kind = next((k for pat, k in lex.SOURCE_KINDS if pat.search(phrase)), SourceKind.OFFICIAL)
    return Source(phrase, kind, None, citing)


def find_attribution(sentence: str) -> Attribution:
    """Find who said the sentence; a source-less Attribution (empty span) if nobody did."""
    doubt = lex.UNVERIFIABLE.search(sentence)
    relative: re.Match[str] | None = None
    for verb in lex.SPEECH.finditer(sentence):
        if _IN_RELATIVE.search(_segments_before(sentence, verb.start())[0][1]):
            relative = relative or verb
            continue
        found = _before_verb(sentence, verb)
        if found is not None:
            source, start, place = found
            end, cited, refers = _after_verb(sentence, verb.end())
            source = replace(source, citing=source.citing or cited)
            denial = bool(lex.DENIAL.fullmatch(verb.group(0)))
            return Attribution(source, start, end, doubt is not None, denial, place, refers)
    according = _ACCORDING.search(sentence)
    if according:
        phrase = _LEADING.sub("", according["src"].strip())
        return Attribution(source_from(phrase), according.start(), according.end(), bool(doubt))
    shown = _SHOWED.match(sentence) if relative else None
    if shown is not None and _plausible_source(shown["who"]):
        return Attribution(source_from(shown["who"]), 0, shown.end(), bool(doubt))
    if doubt:
        return _doubt_only(sentence, doubt)
    return Attribution(None, 0, 0)


def _segments_before(sentence: str, end: int) -> list[tuple[int, str]]:
    """Segments before `end` split at commas and spaced dashes ("Moscow – citing the
    ministry – said"), nearest first, with their start offsets."""
    cuts = [(m.start(), m.end()) for m in _SEGMENT_BREAK.finditer(sentence, 0, end)]
    bounds = [(0, 0), *cuts, (end, end)]
    out = [
        (bounds[i][1], sentence[bounds[i][1] : bounds[i + 1][0]]) for i in range(len(bounds) - 1)
    ]
    return out[::-1]


def _before_verb(sentence: str, verb: re.Match[str]) -> tuple[Source, int, str | None] | None:
    segments = [
        seg
        for seg in _segments_before(sentence, verb.start())
        if seg[1].strip() and not _RELATIVE.match(seg[1])
    ]
    if not segments:
        return None
    start, text = segments[0]
    citing = speaker = None
    cited = _CITING.match(text.strip())
    if cited and len(segments) > 1:
        citing = cited["what"].strip()
        start, text = segments[1]
    elif len(segments) > 1 and _is_name(text) and lex.SOURCE_HEADS.search(segments[1][1]):
        speaker = text.strip()  # "the commissioner, Jane Doe, said": the office speaks
        start, text = segments[1]
    phrase = _clean(text)
    if not _plausible_source(phrase):
        return None
    begin = start + text.index(phrase.split()[0])
    source = replace(source_from(phrase, citing), speaker=speaker)
    place = _PLACE.fullmatch(sentence[: start - 1]) if start else None
    if place is not None and party_in(place["where"]) is not None:
        return source, 0, party_in(place["where"])
    return source, begin, None


def _is_name(text: str) -> bool:
    """A person's name in apposition: capitalised words naming no office and no party."""
    return bool(
        _NAME.fullmatch(text.strip())
        and not lex.SOURCE_HEADS.search(text)
        and party_in(text) is None
    )


def _after_verb(sentence: str, end: int) -> tuple[int, str | None, str | None]:
    """Where the attribution ends, whom it cites, and whose claim it denies: ", citing
    sources", whom a source told ("told Reuters", "told reporters that"), "quoted the
    ministry as saying" and "rejected Kyiv's claim that" belong to it."""
    said = sentence[:end].lower()
    rejected = _REJECTED.match(sentence[end:]) if said.endswith(("rejected", "dismissed")) else None
    end += rejected.end() if rejected else 0
    refers = party_in(rejected["whose"] or "") if rejected else None
    told = _TOLD.match(sentence[end:]) if said.endswith("told") else None
    quoted = _QUOTED.match(sentence[end:]) if said.endswith("quoted") else None
    end += told.end() if told else quoted.end() if quoted else 0
    tail = re.match(r"\s*,?\s*citing (?P<what>[^,.;]+),?", sentence[end:], re.IGNORECASE)
    cited = quoted["who"] if quoted else tail["what"].strip() if tail else None
    return end + (tail.end() if tail else 0), cited, refers


def _doubt_only(sentence: str, doubt: re.Match[str]) -> Attribution:
    # "Reuters could not verify Russia's claim that ...": the claim is Russia's.
    whose = _WHOSE_CLAIM.match(sentence, doubt.end())
    if whose is not None:
        return Attribution(source_from(whose["who"]), 0, whose.end(), unverifiable=True)
    start, text = _segments_before(sentence, doubt.start())[0]
    phrase = _clean(text)
    source = source_from(phrase) if _plausible_source(phrase) else None
    return Attribution(source, start, doubt.end(), unverifiable=True)


def _clean(text: str) -> str:
    # '"...," the Ukrainian leader said': the closing quote of the words said is no part of it.
    phrase = _LEAD_IN.sub("", _LEADING.sub("", text.strip(" \"'“”")))
    # Auxiliaries and adverbs between the speaker and the verb: "Kyiv has repeatedly (said)".
    phrase = re.sub(
        r"(?:\s+(?:had|has|have|also|later|earlier|then|repeatedly|again|\w+ly))+$", "", phrase
    )
    return phrase.strip(" \"'“”")


def _plausible_source(phrase: str) -> bool:
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS:
        return False
    if re.match(r"^(it|he|she|they|we|officials?)$", phrase, re.IGNORECASE):
        return False
    return bool(lex.SOURCE_HEADS.search(phrase)) or words[0][:1].isupper()
