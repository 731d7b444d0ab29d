"""Attributions in fixed shapes, each read by one pattern rather than around a speech verb.

Tried when no speech verb names a speaker: "according to X", the one showing ("State TV
showed trucks it said carried"), and a doubt alone ("Reuters could not verify Russia's
claim that").
"""

from __future__ import annotations

import re

from parley.claims._sources import (
    Attribution,
    clean,
    plausible_source,
    segments_before,
    source_from,
    strip_leading,
)

__all__ = ["doubt_only", "last_form"]

_ACCORDING = re.compile(r"\baccording to (?P<src>[^,.;]+)", re.IGNORECASE)
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


def last_form(sentence: str, doubted: bool, relative: bool) -> Attribution | None:
    """ "according to X", or (after a speech verb in a relative clause) "X showed/aired";
    None if the sentence has none of them."""
    according = _ACCORDING.search(sentence)
    if according:
        phrase = strip_leading(according["src"])
        return Attribution(source_from(phrase), according.start(), according.end(), doubted)
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
