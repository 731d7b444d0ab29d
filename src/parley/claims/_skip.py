"""Uses of an assertion verb that assert nothing.

A verb used as an adjective, in a question or a condition, inside a breakdown's relative
clause, as a participle describing a noun, or telling how long the people moved had been
held, is skipped.
"""

from __future__ import annotations

import re

from parley.claims import _lexicon as lex
from parley.claims._quantities import Mention
from parley.claims._skip_context import WHO_HAD_BEEN, held_before, moved_unarmed, talks_delayed
from parley.claims._verbs import TOTAL, Window
from parley.domain.claims import Category, Qualifier

__all__ = ["skip"]

# "one in three returned prisoners": after a share, too, the verb is an adjective.
# "the 84 freed soldiers": a figure between the article and the adjective changes nothing.
_ADJECTIVAL = re.compile(
    r"\b(?:the|its|their|our|his|her|of those|one in \w+)\s+(?:\d[\d,]*\s+)?$", re.I
)
# "discussed the return of 20,000 children": a movement asked for or talked about, not made.
_ASKED_FOR = re.compile(
    r"\b(?:discuss\w*|demand\w*|seek\w*|sought|call\w* for|ask\w* for|urg\w*|push\w* for|"
    r"press\w* for|talks?(?: with [\w']+)? (?:on|about)|hop\w* for|plans? for|propos\w*|"
    r"requests? for|appeal\w* for|wants?|wanted|insist\w* on|raised)\s+(?:the\s+|a\s+)?$",
    re.I,
)
# "among them 33 who had been held": a verb in a breakdown's relative clause asserts nothing.
_IN_BREAKDOWN = re.compile(
    r"\b(?:among them|including|of whom|of them)\s+(?:[\w,]+\s+){0,3}(?:who|which|that)\s+"
    r"(?:\w+\s+){0,3}$|"
    # "including a journalist held since 2023", "among them soldiers held since 2022".
    r"\b(?:among them|including)\s+(?:an?\s+|one\s+|\d[\d,]*\s+)?(?:[\w-]+\s+){1,2}$",
    re.I,
)
# "some of whom had been held since 2014", "losses, including killed and wounded": a verb that
# describes part of a group already counted, or sorts a toll, asserts nothing of its own.
_OF_WHOM = re.compile(
    r"\b(?:some|many|most|all|several|a few|half) of (?:whom|them|which)\s+"
    r"(?:\w+\s+){0,3}$|\b(?:including|among them)\s+(?:those\s+|the\s+)?$",
    re.I,
)
_REGISTERED = re.compile(
    r"\b(?:registered|recorded|counted|documented|tallied|listed|knows? of|aware of|"
    # "confirmed the names of 120,000 soldiers killed": a count of the dead, name by name.
    r"(?:confirmed|verified|identified|established|compiled) the names of)\s+"
    r"(?:[\w,]+\s+){1,6}$",
    re.I,
)
# "received no information about 1,500 missing soldiers": papers or news, not people.
# "had not received any official proposal on the date": an offer, not people.
_NO_NEWS = re.compile(
    r"^\s+(?:(?:no|any|some|new)\s+)?(?:(?:official|formal|further|written|clear|new)\s+)?"
    r"(?:information|news|word|details|data|documents|requests|lists?|names|replies|response|"
    r"proposals?|offers?|invitations?|answers?|confirmation|notification|guarantees?|signals?)\b",
    re.I,
)
# "a dozen journalists are among the civilians held by Russia": the figure is in the group.
_AMONG = re.compile(r"\bamong\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "detained in occupied areas", "returned from captured villages": a participle before a noun.
# "22 civilians held in the Sumy region": a participle after a plural noun describes it.
_NOUN_BEFORE = re.compile(r"\b(?:[a-z]{3,}s|of war)\s+$", re.I)
# "servicemen captured in the Kursk region were handed over": how they were taken, told of
# people named by a plural without an s.
_MEN_BEFORE = re.compile(r"\b(?:[a-z]*men|children|people)\s+$", re.I)
_TAKEN_WORD = re.compile(r"captured|taken|seized", re.I)
# "prisoners of war held by both sides": an agent, too, makes the participle describe;
# "advanced by 500 square kilometres": "by" before a figure is a measure, not an agent.
# "killed at least 12 civilians": "at least" hedges a figure, it names no place.
_PLACE_AFTER = re.compile(
    r"^\s+(?:in|at(?!\s+(?:least|most)\b)|near|since|during|by(?!\s+(?:[a-z]+\s+){0,2}\d))\b",
    re.I,
)
# Verbs with no passive: "two prisoners died in custody" is a verb, never a participle.
_INTRANSITIVE = {"died", "arrived", "advanced"}
_AFTER_PREPOSITION = re.compile(r"\b(?:in|from|into|on|across)\s+$", re.I)
# "after months in Russian captivity": how long someone was held before, not who is held now.
_TIME_IN = re.compile(
    r"\b(?:after|following|spent|spending|during|throughout)\s+(?:[\w-]+\s+){0,5}$", re.I
)
# "how many were freed", "whether bodies were returned", "in choosing which prisoners were
# exchanged", "did not say when": a question asks, it asserts nothing.
_QUESTION = re.compile(
    r"\bhow many\b|\bwhether\b|"
    r"\b(?:choos|chose|decid|determin|select|know|knew|unclear|not clear|ask|wonder|disclos|"
    r"specif|reveal|explain|say in|said in)\w*\s+(?:which|who|whom|what|when|where)\b",
    re.I,
)
# A reduced relative clause: "the prisoners freed on Sunday were wounded" (the verb describes).
# "half of the 600 bodies returned have been identified": a figure may come between.
_AFTER_NOUN = re.compile(r"\b(?:the|those|of)\s+(?:[\d,]+\s+)?[a-z]+s\s+$", re.I)
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
# "killed 270 captured soldiers": the words after a participle that may name people.
_NOUN_AHEAD = re.compile(
    r"\s+(?!(?:by|in|from|to|on|at|and|or|since|after|near|with|for|across|back)\b)"
    r"((?:[\w-]+\s+){0,2}[\w-]+)",
    re.I,
)
# "would not hand over the prisoners until Kyiv returned its citizens", "will not stop until
# every one of our people is home": a condition, not a fact.
_CONDITION = re.compile(r"\b(?:until|unless|if)\s+(?:[\w']+\s+){0,6}$", re.I)
# "held their first prisoner exchange in months": an event held is no one held.
_HOLD_WORD = re.compile(r"held|holds?|(?:is )?holding", re.I)
_HELD_EVENT = re.compile(
    r"\s+(?:(?:a|an|the|their|its|another|new|first|second|third|latest|further|fresh|"
    r"prisoner|prisoners-of-war|pow|body|bodies|direct|peace|talks|[\w-]+ly)\s+){0,4}"
    r"(?:exchanges?|swaps?|talks|meetings?|rounds?|negotiations|consultations|"
    r"ceremon(?:y|ies)|briefings?|conferences?|call|handovers?|repatriations?)\b",
    re.I,
)
# "relatives holding portraits of missing soldiers": things held up, not people held.
_HELD_THINGS = re.compile(
    r"\s+(?:up\s+)?(?:\w+\s+)?(?:portraits?|photographs?|photos?|pictures?|signs?|placards?|"
    r"banners?|flags?|candles?|flowers|posters?)\b",
    re.I,
)
_TAKEN_AWAY = re.compile(r"deported|abducted|forcibly", re.I)
_EACH_WAY_AFTER = re.compile(
    r"\s+(?:(?:by|from|on) (?:each|both) sides?|in (?:each|both) directions?)\b", re.I
)
_A_SWAP = re.compile(r"\b(?:exchanges?|swaps?)\b", re.I)


def skip(content: str, w: Window, mentions: list[Mention]) -> bool:
    """A verb used as an adjective ("the exchanged soldiers") or in a question asserts nothing;
    nor does one describing a group by shares ("two-thirds of the prisoners freed were ...")."""
    word = content[w.start : w.end].lower()
    if w.start and content[w.start - 1] == "-":
        return True  # "Ukrainian-held territory", "Russian-occupied areas": an adjective
    if _TAKEN_AWAY.match(word) and WHO_HAD_BEEN.search(content, 0, w.start):
        return True  # "got back five teenagers who had been deported to Russia": their story
    if TOTAL.search(content, 0, w.start):
        return False  # "the number of Ukrainians freed since 2022": the total's own verb
    if _EACH_WAY_AFTER.match(content, w.end) and not _HOLD_WORD.fullmatch(word):
        return False  # "390 soldiers freed by each side", "150 crossed in each direction"
    if word in ("held", "killed") and _REGISTERED.search(content, w.since, w.start):
        return False  # "registered 8,000 prisoners held by the two sides": a count of the held
    # "the executions of 79 POWs", "its losses totalled 400", "the death toll rose to 23" are
    # nouns, not adjectives.
    noun = word.endswith(" of") or word.startswith(("losses", "death toll", "toll"))
    noun = noun or word in ("swap", "exchange")  # "both confirmed the swap."
    participle = (word.endswith("ed") and word not in _INTRANSITIVE) or word == "held"
    return bool(
        (_ADJECTIVAL.search(content[: w.start]) and not noun)
        or (participle and _AFTER_PREPOSITION.search(content[: w.start]))
        or (
            participle
            and _NOUN_BEFORE.search(content[: w.start])
            and _PLACE_AFTER.match(content[w.end :])
            and not (_AMONG.search(content[: w.start]) and _counted_before(mentions, w))
        )
        or (
            _TAKEN_WORD.fullmatch(word) is not None
            and _MEN_BEFORE.search(content[: w.start]) is not None
            and _PLACE_AFTER.match(content[w.end :]) is not None
        )
        or _OF_WHOM.search(content[w.since : w.start])
        or _NO_NEWS.match(content[w.end :])
        or (_INVOLVED.match(word) and not _A_SWAP.search(content[: w.start]))
        or (noun and _ASKED_FOR.search(content[: w.start]))
        or _ASKED_TO.search(content[w.since : w.start])
        or _REFUSAL_DENIED.search(content[w.since : w.start])
        or (participle and _before_people(content, w, mentions))
        or (word == "held" and held_before(content, w))
        or _QUESTION.search(content[w.since : w.start])
        # Past an adjective that is a verb too: "until all its captured soldiers are home".
        or _CONDITION.search(content[: w.start])
        or (
            _HOLD_WORD.fullmatch(word) is not None
            and (_HELD_EVENT.match(content, w.end) or _HELD_THINGS.match(content, w.end))
            is not None
        )
        or (word.startswith("in ") and _TIME_IN.search(content[: w.start]))
        or _IN_BREAKDOWN.search(content[w.since : w.start])
        or talks_delayed(content, w)
        or moved_unarmed(word, content, w)
        or (_describes(content, w) and not _counted_before(mentions, w))
    )


def _before_people(content: str, w: Window, mentions: list[Mention]) -> bool:
    """ "executed 270 captured Ukrainian soldiers", "sent 50 freed civilians home": a
    participle between a figure and the people it counts is an adjective."""
    # A figure with its noun ("300 prisoners freed") is followed by a reduced relative instead.
    if not any(
        not content[m.end : w.start].strip() and not m.quantity.unit
        for m in mentions
        if m.end <= w.start
    ):
        return False
    nouns = _NOUN_AHEAD.match(content, w.end)
    return nouns is not None and any(
        c is not Category.TERRITORY and pat.search(nouns[1]) for c, pat in lex.CATEGORIES
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
