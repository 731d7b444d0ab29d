"""Who is speaking in a sentence: "X said", "according to X", "X reported, citing sources".

Returns the source phrase, the span the attribution covers (so the rest is the
reported content), and whether a source marked the content as unverifiable. The
speaker is looked for before a speech verb; shapes read by one pattern each (the
passive, the inverted "said X", "according to X") are in `_speech_forms`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.claims import _lexicon as lex
from parley.claims._sources import (
    CITING_TAIL,
    Attribution,
    clean,
    party_in,
    plausible_source,
    segments_before,
    source_from,
)
from parley.claims._speech_forms import (
    CLAUSE_WORD,
    doubt_only,
    first_form,
    inverted_or_passive,
    last_form,
)
from parley.domain.claims import Source

__all__ = ["Attribution", "find_attribution", "party_in", "source_from"]

_CITING = re.compile(r"^citing (?P<what>.+)$", re.IGNORECASE)
# "In Moscow, the defence ministry said": where an unnamed ministry speaks from is its party.
_PLACE = re.compile(r"\s*(?:in|from)\s+(?P<where>[A-Z][\w ]+?)\s*", re.IGNORECASE)
# "The ICRC, which oversaw the transfer, said", "the ministry, in a statement, said",
# "an official, speaking on condition of anonymity, said": an aside is not the speaker.
_RELATIVE = re.compile(
    r"^\s*(?:which|who|whose|in|on|at|for|speaking|writing|acting|quoting|according|after|"
    r"during)\b",
    re.IGNORECASE,
)
# "the bodies of 1,000 people that Moscow said were soldiers", "officials, who said ...",
# "1,000 bodies it said belonged to soldiers":
# a speech verb in a relative clause is not the sentence's attribution.
_IN_RELATIVE = re.compile(
    r"(?:^\s*(?:who|which)|\b[a-z]+\s+(?:that|which|whom)\s+(?:[\w'-]+\s+){1,3}?"
    r"(?:\w+\s+)?|\b[a-z]{3,}s\s+(?:it|they)\s+)\s*$",
    re.IGNORECASE,
)
_WENT_ON = re.compile(
    r"\s*,?\s+(?:and|but)\s+(?:also\s+)?(?:said|says|added|insisted|stressed|noted|stated)"
    r"(?:\s+that)?\b",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(r"\baccording to\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE)
# "Interfax, a Russian news agency, said": a description after a proper name describes it.
_A_DESCRIPTION = re.compile(
    r"^\s*(?:an?\s+[^,]{3,60}|the\s+[^,]{0,40}\b(?:agency|outlet|newspaper|broadcaster|channel|"
    r"daily|website|service)\b\s*)$",
    re.IGNORECASE,
)
_PROPER = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w.'-]*(?:\s+(?:(?:for|of|the|and|on)\s+)*[A-Z][\w.'-]*){0,6}\s*"
)
_NAME = re.compile(r"(?:[A-Z][\w'.-]+\s+){1,3}[A-Z][\w'.-]+")
# "TASS quoted the ministry as saying", "the president was quoted by Interfax as saying".
_QUOTED = re.compile(
    r"\s+(?:by\s+)?(?:the\s+|an?\s+)?(?P<who>[^,.;]{1,80}?)\s+as saying\s+(?:that\s+)?"
)
# "dismissed Kyiv's claim that it ...": the content is denied, and "it" is Kyiv.
# "dismissed as "absurd" Western reports that", "denied Russian claims that": whose claim it was.
_REJECTED = re.compile(
    r"\s+(?:as\s+[\"“']?[\w -]{1,30}?[\"”']?\s+)?(?P<the>the\s+)?"
    r"(?:(?P<whose>[\w' -]{1,40}?)'s?\s+|(?P<adj>[A-Z][\w-]+)\s+)?(?P<noun>claims?|reports?|"
    r"accusations?|allegations?|suggestions?)(?:\s+that)?\b"
)
# "told Reuters", "told reporters that", "told reporters." at the end of the sentence.
_TOLD = re.compile(
    r"\s+(?:(?:the\s+)?(?:[A-Z][\w.'-]*(?:\s+|(?=[,;:]|\.?$))){1,4}?"
    r"|(?:reporters|journalists|lawmakers|parliament|(?:a|the) (?:news|press) conference|"
    r"(?:a|the) briefing|state (?:television|media|tv))(?:\s+|(?=[,.;:]|$)))(?:that\s+)?"
)


def find_attribution(sentence: str) -> Attribution:
    """Find who said the sentence; a source-less Attribution (empty span) if nobody did."""
    doubt = lex.UNVERIFIABLE.search(sentence)
    relative: re.Match[str] | None = None
    for verb in lex.SPEECH.finditer(sentence):
        if inverted_or_passive(sentence, verb):
            continue  # read by its own pattern below, unless an "X said" names a speaker
        if _ACCORDING_TO.search(sentence, 0, verb.start()):
            continue  # "according to Western estimates": a noun, read by `last_form`
        if _IN_RELATIVE.search(segments_before(sentence, verb.start())[0][1]):
            relative = relative or verb
            continue
        found = _before_verb(sentence, verb)
        if found is not None:
            source, start, place = found
            end, cited, rejected = _after_verb(sentence, verb.end())
            source = replace(source, citing=source.citing or cited)
            denial = bool(lex.DENIAL.fullmatch(verb.group(0)))
            # "rejected the claim and said Kyiv had freed 12": what follows is asserted.
            went_on = _WENT_ON.match(sentence, end) if denial else None
            if went_on is not None:
                denial, end = False, went_on.end()
            refers, reported = _whose(rejected)
            reported = reported if denial else None
            return Attribution(
                source, start, end, doubt is not None, denial, place, refers, reported
            )
    first = first_form(sentence, doubt is not None)
    if first is not None:
        return first
    last = last_form(sentence, doubt is not None, relative is not None)
    if last is not None:
        return last
    if doubt:
        return doubt_only(sentence, doubt)
    return Attribution(None, 0, 0)


def _before_verb(sentence: str, verb: re.Match[str]) -> tuple[Source, int, str | None] | None:
    segments = [
        seg
        for seg in segments_before(sentence, verb.start())
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
    elif (
        len(segments) > 1
        and _is_name(text)
        and lex.SOURCE_HEADS.search(segments[1][1])
        # "Kyiv received 49 captives, Ukrainska Pravda reported": a clause, not an office.
        and not CLAUSE_WORD.search(segments[1][1])
    ):
        speaker = text.strip()  # "the commissioner, Jane Doe, said": the office speaks
        start, text = segments[1]
    elif _described(sentence, verb, segments):
        start, text = segments[1]  # "RIA Novosti, a Russian state news agency, said"
    elif _described_and(segments):
        # "Mediazona, an independent outlet, and the BBC said": both speak.
        text = segments[2][1] + " " + segments[0][1].strip()
        start = segments[2][0]
    phrase = clean(text)
    if not plausible_source(phrase):
        return None
    begin = start + text.index(phrase.split()[0])
    # "Russia, the ministry said, handed over": the article goes with its speaker.
    article = _ARTICLE_BEFORE.search(sentence, 0, begin)
    begin = article.start() if article and article.start() >= start else begin
    source = replace(source_from(phrase, citing), speaker=speaker)
    place = _PLACE.fullmatch(sentence[: start - 1]) if start else None
    if place is not None and party_in(place["where"]) is not None:
        return source, 0, party_in(place["where"])
    return source, begin, None


def _described(sentence: str, verb: re.Match[str], segments: list[tuple[int, str]]) -> bool:
    """ "Interfax, a Russian news agency, said": a name, then a description between commas
    ("Kyiv, a Ukrainian official said, had ..." has the official speak)."""
    return (
        len(segments) > 1
        and sentence[: verb.start()].rstrip().endswith(",")
        and _A_DESCRIPTION.match(segments[0][1]) is not None
        and _PROPER.fullmatch(segments[1][1]) is not None
    )


def _described_and(segments: list[tuple[int, str]]) -> bool:
    """ "Mediazona, an independent Russian outlet, and the BBC Russian service said"."""
    return (
        len(segments) > 2
        and re.match(r"\s*and\s", segments[0][1]) is not None
        and _A_DESCRIPTION.match(segments[1][1]) is not None
        and _PROPER.fullmatch(segments[2][1]) is not None
    )


def _is_name(text: str) -> bool:
    """A person's name in apposition: capitalised words naming no office and no party."""
    return bool(
        _NAME.fullmatch(text.strip())
        and not lex.SOURCE_HEADS.search(text)
        and party_in(text) is None
    )


def _whose(rejected: re.Match[str] | None) -> tuple[str | None, str | None]:
    """The party "it" stands for in a claim a speaker rejects, and who made that claim:
    "Moscow's claim", "Western reports"; unowned "reports" and "the claim" name no one (ruled
    after heldout22: a denial of unowned reports adds no claim of theirs)."""
    if rejected is None:
        return None, None
    owner = rejected["whose"] or rejected["adj"]
    reported = rejected["whose"] or (owner and f"{owner} {rejected['noun']}")
    return party_in(owner or ""), reported or None


def _after_verb(sentence: str, end: int) -> tuple[int, str | None, re.Match[str] | None]:
    """Where the attribution ends, whom it cites, and the claim it denies: ", citing
    sources", whom a source told ("told Reuters", "told reporters that"), "quoted the
    ministry as saying" and "rejected Kyiv's claim that" belong to it."""
    said = sentence[:end].lower()
    rejected = (
        _REJECTED.match(sentence[end:]) if lex.DENIAL.search(said.rsplit(None, 1)[-1]) else None
    )
    end += rejected.end() if rejected else 0
    told = _TOLD.match(sentence[end:]) if said.endswith("told") else None
    quoted = _QUOTED.match(sentence[end:]) if said.endswith("quoted") else None
    end += told.end() if told else quoted.end() if quoted else 0
    tail = CITING_TAIL.match(sentence[end:])
    cited = quoted["who"] if quoted else tail["what"].strip() if tail else None
    return end + (tail.end() if tail else 0), cited, rejected
