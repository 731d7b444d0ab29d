"""Attributions in fixed shapes, each read by one pattern rather than around a speech verb.

The passive ("was announced by X") and the inverted ("..., said X"), whose verbs that
search leaves alone; then, when no speech verb names a speaker, "according to X", figures
that show ("data from X showed"), the one showing ("State TV showed trucks it said
carried"), and a doubt alone ("Reuters could not verify Russia's claim that").
"""

from __future__ import annotations

import re

from parley.claims._sources import (
    CITING_TAIL,
    Attribution,
    clean,
    plausible_source,
    segments_before,
    source_from,
    strip_leading,
)

__all__ = ["CLAUSE_WORD", "doubt_only", "first_form", "inverted_or_passive", "last_form"]

# Where a source phrase after its verb ends: a comma, the end, or a word of time or manner.
_PHRASE_END = (
    r"(?=\s*[,.;:]|\s*$|\s+(?:on|in|late|early|last|this|after|at|which|who|citing|adding|"
    r"told|quoting|via|during|when)\b)"
)
# "The release of 80 civilians was confirmed by Russia's ombudswoman", "it was announced by
# the Kremlin": the one after "by" speaks.
_PASSIVE = re.compile(
    r"(?:\bit\s+)?\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?"
    r"(?P<verb>announced|confirmed|reported|stated|disclosed|revealed|claimed)\s+by\s+"
    rf"(?P<src>[^,.;]+?){_PHRASE_END}",
    re.IGNORECASE,
)
# '"We brought home 103 soldiers," said Ukraine's president', "..., said a spokesman for the
# headquarters": the verb comes first, after a comma or the closing quote.
_INVERTED = re.compile(
    r"(?:,|[\"”'])\s*(?P<verb>said|says|added|wrote|reported|announced|stated|noted|"
    rf"explained|insisted|claimed|told reporters)\s+(?P<src>[^,.;:\"“”]+?){_PHRASE_END}",
    re.IGNORECASE,
)
# "TASS, citing a source, said Moscow had received none": after "said" comes what was said,
# a clause, not a speaker; a figure, an auxiliary or a past tense gives it away.
CLAUSE_WORD = re.compile(
    r"\d|\b(?:had|has|have|was|were|is|are|would|will|did|could|can|must|not|no|it|they|to)\b|"
    r"\b(?!united\b)\w+ed\b|\b(?:holds?|swaps?|returns?|gets?|sends?|frees?)\b",
    re.IGNORECASE,
)
# "Kyiv: 1,000 bodies returned, Moscow gets 19": a headline names its speaker first.
_HEADLINE = re.compile(r"^(?P<src>[A-Z][\w'.-]*(?:\s+[\w'.-]+){0,3}):\s+(?=\S)")
_ACCORDING = re.compile(r"\baccording to (?P<src>(?:[^,.;]|\.(?=[\w-]))+)", re.IGNORECASE)
# "Data from Ukraine's Coordination Headquarters showed 6,000 ...": the figures' keeper speaks.
_FIGURES_SHOW = re.compile(
    r"^(?:the\s+)?(?:latest\s+|official\s+|new\s+)?(?:data|figures|statistics|records)\s+"
    r"(?:from|by|of|published by|released by)\s+(?P<src>[^,;]+?)\s+"
    r"(?:showed|shows|show|indicated|indicates|indicate|suggested|suggests)\b(?:\s+that)?",
    re.IGNORECASE,
)
# "State TV showed trucks it said carried ...": the one showing speaks.
_SHOWED = re.compile(
    r"^(?:the\s+)?(?P<who>[^,;]{2,60}?)\s+(?:showed|shows|aired|airs|broadcast|published|"
    r"publishes|posted|posts|displayed|shared|released)\s",
    re.IGNORECASE,
)
_WHOSE_CLAIM = re.compile(
    r"\s+(?:the\s+)?(?P<who>[\w' -]{2,60}?)'s?\s+(?:claims?|figures?|statements?|reports?)"
    r"(?:\s+that)?\s+",
    re.IGNORECASE,
)


def inverted_or_passive(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a speech verb is read by `first_form` ("..., said X", "was announced by X"),
    so that the search around the verb leaves it alone."""
    return any(m.start("verb") == verb.start() for m in _forms(sentence))


def first_form(sentence: str, doubted: bool) -> Attribution | None:
    """A passive or inverted attribution, which a search around the verb would misread."""
    forms = _forms(sentence)
    if not forms:
        return None
    form = forms[0]
    tail = CITING_TAIL.match(sentence, form.end())
    source = source_from(clean(form["src"]), tail["what"].strip() if tail else None)
    start = form.start() if form.re is _PASSIVE else form.start("verb")
    return Attribution(source, start, tail.end() if tail else form.end(), doubted)


def _forms(sentence: str) -> list[re.Match[str]]:
    """Passive and inverted attributions whose speaker phrase names a speaker, not a clause."""
    found = [*_PASSIVE.finditer(sentence), *_INVERTED.finditer(sentence)]
    return [
        m
        for m in sorted(found, key=lambda m: m.start())
        if plausible_source(clean(m["src"])) and not CLAUSE_WORD.search(clean(m["src"]))
    ]


def last_form(sentence: str, doubted: bool, relative: bool) -> Attribution | None:
    """ "according to X", "data from X showed", or (after a speech verb in a relative
    clause) "X showed/aired"; None if the sentence has none of them."""
    headline = _HEADLINE.match(sentence)
    if headline is not None and plausible_source(headline["src"]):
        return Attribution(source_from(headline["src"]), 0, headline.end(), doubted)
    according = _ACCORDING.search(sentence)
    if according:
        phrase = clean(strip_leading(according["src"]))
        return Attribution(source_from(phrase), according.start(), according.end(), doubted)
    shows = _FIGURES_SHOW.match(sentence)
    if shows is not None and plausible_source(clean(shows["src"])):
        return Attribution(source_from(clean(shows["src"])), 0, shows.end(), doubted)
    shown = _SHOWED.match(sentence) if relative else None
    if shown is not None and plausible_source(shown["who"]):
        return Attribution(source_from(shown["who"]), 0, shown.end(), doubted)
    return None


def doubt_only(sentence: str, doubt: re.Match[str]) -> Attribution:
    """A sentence whose only attribution is a doubt: the one doubting, or whose claim it is
    ("Reuters could not verify Russia's claim that ...": the claim is Russia's)."""
    whose = _WHOSE_CLAIM.match(sentence, doubt.end())
    if whose is not None:
        return Attribution(source_from(whose["who"]), 0, whose.end(), unverifiable=True)
    start, text = segments_before(sentence, doubt.start())[0]
    phrase = clean(text)
    source = source_from(phrase) if plausible_source(phrase) else None
    return Attribution(source, start, doubt.end(), unverifiable=True)
