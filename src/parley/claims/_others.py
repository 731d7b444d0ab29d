"""Claims of more than one speaker in one sentence: "X and Y said", "a claim X denied".

The bench's convention gives each source its own claim: "Russia's ministry and Ukraine's
president said" is two claims of the same content, and "..., a claim Moscow disputes" adds
Moscow's denial of it to the claim itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.claims import _lexicon as lex
from parley.claims._sources import clean, party_in, plausible_source, source_from
from parley.claims.draft import DraftClaim
from parley.domain.claims import Source

__all__ = ["disputed", "joint_sources", "reported_by", "without_dispute"]

_AND = re.compile(r"\s+(?:and|as well as)\s+(?:the\s+)?", re.I)
# News agencies named alone: "TASS and RIA Novosti reported" is two outlets' reports.
_OUTLET = re.compile(
    r"(?:tass|ria(?: novosti)?|interfax(?:-ukraine)?|ukrinform|reuters|afp|ap|associated press|"
    r"bbc(?: [\w ]+ service)?|cnn|bloomberg|sputnik|rossiya|unian|anadolu|xinhua)",
    re.I,
)
_PREPOSITION = re.compile(r"\b(?:in|of|for|from|at|to|with|by)\s+(?:the\s+)?\S+$", re.I)
# "..., a claim Moscow disputes", "..., an account Kyiv has denied": the one who denies it.
# "a figure Reuters could not verify" doubts, and is `lex.UNVERIFIABLE`'s.
_DENY = (
    r"(?:has\s+|had\s+|have\s+|also\s+|swiftly\s+|strongly\s+)?"
    r"(?:denied|denies|deny|disputes|disputed|dispute|rejected|rejects|reject|dismissed|"
    r"dismisses|refuted|refutes|contested|contests|contest)(?:\s+it)?"
    # "a claim Kyiv dismissed as propaganda".
    r"(?:\s+as\s+[\"“']?[\w -]{1,30}?[\"”']?)?|"
    # "a figure Ukraine called inflated": a label that denies it.
    r"(?:(?:has\s+|had\s+)?said\s+(?:was|is)|called|calls|described as)\s+(?:\w+\s+)?"
    r"(?:inflated|exaggerated|false|untrue|"
    r"fabricated|baseless|groundless|a lie|lies|propaganda|fake)"
)
_DISPUTE = re.compile(
    # "..., a claim Moscow disputes", "..., allegations Kyiv rejected", "..., which Moscow
    # denied", "..., though Ukraine's army denied it": the one who denies it.
    r",\s+(?:(?:a|an)\s+(?:claim|assertion|allegation|account|version|figure|number|estimate|"
    r"accusation|charge|report)|(?:claims|allegations|accusations|charges|figures|reports)|"
    r"which|though|although|but)\s+(?:that\s+)?"
    # "which Ukraine's army said was still contested" is a statement of its own.
    rf"(?P<who>(?:(?!\b(?:said|says|was|were|is|are|not|never|n't)\b)[^,.;]){{2,60}}?)\s+"
    rf"(?:{_DENY})"
    # "..., a claim Kyiv denied, saying its troops were still fighting there": the reason too.
    r"(?:,\s+(?:saying|adding|insisting|arguing)\b[^.;]*)?\s*[.;!]?\s*$",
    re.I,
)
# "...; Ukraine's military rejected the claim", "..., but Kyiv denied the report": a clause of
# its own that denies what the sentence said before it.
_DENIED_AFTER = re.compile(
    r"(?:;|,\s+but|,\s+while|,\s+though|,\s+although)\s+(?:however,?\s+)?"
    rf"(?P<who>(?:(?!\b(?:said|says|was|were|is|are|had|has)\b)[^,.;]){{2,60}}?)\s+(?:{_DENY})"
    r"\s+(?:the|this|that|these|those|such)\s+(?:claims?|reports?|assertions?|allegations?|"
    r"accounts?|figures?|statements?)\s*[.;!]?\s*$",
    re.I,
)


def joint_sources(source: Source | None) -> list[Source | None]:
    """ "Russia's defence ministry and Ukraine's president" speak as two sources; "Russian and
    Ukrainian officials" and "officials in Moscow and Kyiv" as one."""
    if source is None:
        return [source]
    parts = _AND.split(source.name)
    if len(parts) != 2 or not all(_whole(p) for p in parts):
        return [source]
    if _PREPOSITION.search(parts[0]):
        return [source]  # "officials in Moscow and Kyiv": one group, from two places
    return [replace(source, name=p) for p in parts]


def _whole(part: str) -> bool:
    """A source phrase on its own: an office or a party's name, not an adjective alone."""
    last = part.split()[-1] if part.split() else ""
    if _OUTLET.fullmatch(clean(part)) or lex.INDEPENDENT.fullmatch(clean(part)):
        return True
    return plausible_source(clean(part)) and bool(
        lex.SOURCE_HEADS.fullmatch(last.removesuffix("'s"))
    )


def without_dispute(sentence: str) -> tuple[str, str | None]:
    """The sentence without a trailing "..., a claim X denied", and X, if it has one."""
    m = _DISPUTE.search(sentence) or _DENIED_AFTER.search(sentence)
    if m is None or not plausible_source(clean(m["who"])):
        return sentence, None
    return sentence[: m.start()] + sentence[m.end() :].rstrip(), clean(m["who"])


def disputed(drafts: list[DraftClaim], who: str) -> list[DraftClaim]:
    """Each claim as the one disputing it denies it; a denial denied ("had refused to take
    back 1,212 bodies, an accusation Kyiv rejected") states nothing the bench counts."""
    source = source_from(who)
    return [
        replace(d, source=source, party=party_in(who), negated=True)
        for d in drafts
        if not d.negated
    ]


def reported_by(denials: list[DraftClaim], who: str) -> list[DraftClaim]:
    """ "Kyiv rejected Moscow's claim that ...", "dismissed Western reports that ...": the
    claim the sentence reports, made by its owner, besides the denial of it."""
    source = source_from(who)
    return [
        replace(d, source=source, party=party_in(who), negated=False, quantity=None)
        if d.quantity is not None and d.quantity.qualifier.value == "none"
        else replace(d, source=source, party=party_in(who), negated=False)
        for d in denials
        if d.negated
    ]
