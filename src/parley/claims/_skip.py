"""Uses of an assertion verb that assert nothing.

A verb used as an adjective, in a question, inside a breakdown's relative clause, or as a
participle describing a noun is skipped.
"""

from __future__ import annotations

import re

from parley.claims._quantities import Mention
from parley.claims._verbs import Window
from parley.domain.claims import Qualifier

__all__ = ["skip"]

# "one in three returned prisoners": after a share, too, the verb is an adjective.
# "the 84 freed soldiers": a figure between the article and the adjective changes nothing.
_ADJECTIVAL = re.compile(
    r"\b(?:the|its|their|our|his|her|of those|one in \w+)\s+(?:[\d,]+\s+)?$", re.I
)
# "discussed the return of 20,000 children": a movement asked for or talked about, not made.
_ASKED_FOR = re.compile(
    r"\b(?:discuss\w*|demand\w*|seek\w*|sought|call\w* for|ask\w* for|urg\w*|push\w* for|"
    r"press\w* for|talks? (?:on|about)|hop\w* for|plans? for|propos\w*|requests? for|"
    r"appeal\w* for|wants?|wanted|insist\w* on|raised)\s+(?:the\s+|a\s+)?$",
    re.I,
)
# "among them 33 who had been held": a verb in a breakdown's relative clause asserts nothing.
_IN_BREAKDOWN = re.compile(
    r"\b(?:among them|including|of whom|of them)\s+(?:[\w,]+\s+){0,3}(?:who|which|that)\s+"
    r"(?:\w+\s+){0,3}$",
    re.I,
)
# "some of whom had been held since 2014", "losses, including killed and wounded": a verb that
# describes part of a group already counted, or sorts a toll, asserts nothing of its own.
_OF_WHOM = re.compile(
    r"\b(?:some|many|most|all|several|a few|half) of (?:whom|them|which)\s+"
    r"(?:\w+\s+){0,3}$|\b(?:including|among them)\s+$",
    re.I,
)
# "received no information about 1,500 missing soldiers": papers or news, not people.
_NO_NEWS = re.compile(
    r"^\s+(?:(?:no|any|some|new)\s+)?(?:information|news|word|details|data|documents|requests|"
    r"lists?|names|replies|response)\b",
    re.I,
)
# "a dozen journalists are among the civilians held by Russia": the figure is in the group.
_AMONG = re.compile(r"\bamong\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "detained in occupied areas", "returned from captured villages": a participle before a noun.
# "22 civilians held in the Sumy region": a participle after a plural noun describes it.
_NOUN_BEFORE = re.compile(r"\b(?:[a-z]{3,}s|of war)\s+$", re.I)
# "prisoners of war held by both sides": an agent, too, makes the participle describe.
_PLACE_AFTER = re.compile(r"^\s+(?:in|at|near|since|by)\b", re.I)
_AFTER_PREPOSITION = re.compile(r"\b(?:in|from|into|on|across)\s+$", re.I)
_QUESTION = re.compile(r"\bhow many\b|\bwhether\b", re.I)
# A reduced relative clause: "the prisoners freed on Sunday were wounded" (the verb describes).
_AFTER_NOUN = re.compile(r"\b(?:the|those|of)\s+[a-z]+s\s+$", re.I)
# "identified 2,000 of the bodies returned by Russia": a participle with its agent describes.
_BY = re.compile(r"^\s+by\b", re.I)
_VERB_LATER = re.compile(r"^[^,;]*?\b(?:were|was|are|is|had|have|included|numbered)\b", re.I)
# "the swap involved 390 people" is an exchange; "the talks involved 12 delegates" is not.
_INVOLVED = re.compile(r"^involv", re.I)
# "it had never refused to accept the bodies": a refusal denied asserts no movement.
_REFUSAL_DENIED = re.compile(
    r"\b(?:never|not|n't|no longer)\s+(?:\w+\s+)?refus\w*\s+to\s+(?:\w+\s+)?$", re.I
)
# "asked Russia to free 100 civilians": a movement asked of someone, not made.
_ASKED_TO = re.compile(
    r"\b(?:ask\w*|urg\w*|call\w* on|calling on|demand\w*|appeal\w* to|press\w*)\s+"
    r"(?:[\w']+\s+){0,3}?to\s+(?:\w+\s+)?$",
    re.I,
)
_A_SWAP = re.compile(r"\b(?:exchanges?|swaps?)\b", re.I)


def skip(content: str, w: Window, mentions: list[Mention]) -> bool:
    """A verb used as an adjective ("the exchanged soldiers") or in a question asserts nothing;
    nor does one describing a group by shares ("two-thirds of the prisoners freed were ...")."""
    word = content[w.start : w.end].lower()
    # "the executions of 79 POWs", "its losses totalled 400" are nouns, not adjectives.
    noun = word.endswith(" of") or word.startswith("losses")
    participle = word.endswith("ed") or word == "held"
    return bool(
        (_ADJECTIVAL.search(content[: w.start]) and not noun)
        or (participle and _AFTER_PREPOSITION.search(content[: w.start]))
        or (
            participle
            and _NOUN_BEFORE.search(content[: w.start])
            and _PLACE_AFTER.match(content[w.end :])
            and not (_AMONG.search(content[: w.start]) and _counted_before(mentions, w))
        )
        or _OF_WHOM.search(content[w.since : w.start])
        or _NO_NEWS.match(content[w.end :])
        or (_INVOLVED.match(word) and not _A_SWAP.search(content[: w.start]))
        or (noun and _ASKED_FOR.search(content[: w.start]))
        or _ASKED_TO.search(content[w.since : w.start])
        or _REFUSAL_DENIED.search(content[w.since : w.start])
        or _QUESTION.search(content[w.since : w.start])
        or _IN_BREAKDOWN.search(content[w.since : w.start])
        or (_describes(content, w) and not _counted_before(mentions, w))
    )


def _describes(content: str, w: Window) -> bool:
    after = content[w.end : w.stop]
    return bool(
        _AFTER_NOUN.search(content[: w.start]) and (_VERB_LATER.match(after) or _BY.match(after))
    )


def _counted_before(mentions: list[Mention], w: Window) -> bool:
    # "at least 20 of the bodies received were Russian" still states a count received.
    # "10 percent of prisoners returned were ..." is a share all the same.
    return any(
        w.since <= m.start < w.start
        and m.quantity.qualifier is not Qualifier.FRACTION
        and m.quantity.unit not in ("percent", "per cent", "%")
        for m in mentions
    )
