"""Which way people or remains moved: from the words around an assertion verb.

The actor is the last party named (or pointed at by "it", "we") before the verb;
"to Kyiv" and "from Russia" name the ends outright; "Ukrainian prisoners" or
"its dead" name whose people they are, and people go home.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.claims import _lexicon as lex
from parley.domain.claims import AssertionType, Direction

__all__ = ["actor_in", "direction_for", "drop_object"]

_NAMES = "|".join(sorted((re.escape(n) for n in lex.PARTIES), key=len, reverse=True))
_PARTY = re.compile(rf"\b(?P<name>{_NAMES})(?:'s)?\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(it|its|we|our|us|they|their)\b", re.IGNORECASE)
_PAID_WITH = re.compile(lex.PAID_FOR + r"\b", re.I)
# "Russia had been handed 34 bodies", "Kyiv was given 90": a passive whose subject receives.
_GIVEN_TO = re.compile(
    rf"\b(?P<name>{_NAMES})\s+(?:had\s+|has\s+|have\s+)?(?:been|was|were)\s+$", re.I
)
_HANDED_TO = re.compile(r"(?:handed|given)\s+(?!over\b|back\b|to\b)", re.I)
_NEXT_SUBJECT = re.compile(
    r"\s(?:and|but|while|whereas),?\s+(?:in return,?\s+|that\s+)?(?:\d[\d,]*|the|some|about)\s+"
    r"(?:[\w-]+\s+){0,6}?"
    r"(?:had|has|have|were|was|are|is)\b",
    re.I,
)
_HOMEWARD = re.compile(
    r"(?:came|come|comes|coming|brought|bring|brings|bringing|returned|returns|returning|back|"
    r"welcomed|welcome|welcomes|made it|make it|makes it|got|arrived|arriving|sends|flown|flew) "
    r"home|flown back|flew back|"
    # "brought the bodies of 909 soldiers back", "brought 90 soldiers home".
    r"(?:brought|brings|bringing|bring)(?=(?: [\w,]+){1,6} (?:back|home)\b)|"
    # "brought back 41 civilians", "back on Russian soil": to the actor's or owner's home.
    r"(?:brought|bring|brings|bringing|welcomed) back|(?:came|come|comes|coming) back|"
    r"(?:back|safely) (?:on|in) (?:\w+ )?(?:soil|homeland)|on home soil|back in",
    re.I,
)
# "Kyiv secured the release of 95 prisoners": whoever wins a release brings its people home.
_READY = re.compile(r"\b(?:ready|prepared|waiting)\s+to\s+be\s+$", re.I)
_SECURED = re.compile(
    r"\b(?:secur(?:ed|es|e|ing)|w[oi]n|wins|winning|obtain(?:ed|s)?|negotiat(?:ed|es|e|ing)|"
    r"achiev(?:ed|es|e)|help(?:ed|s|ing)?(?:\s+to)?|facilitat(?:ed|es|e|ing))\s+(?:the\s+)?$",
    re.I,
)
_REPATRIATED = re.compile(r"repatriat", re.I)
_FREED = re.compile(r"\b(?:those|the ones|people|all)\s+$", re.I)
_MOVEMENTS = (
    AssertionType.HANDED_OVER,
    AssertionType.RECEIVED,
    AssertionType.RETURNED,
    AssertionType.EXCHANGED,
)
_PASSIVE = re.compile(r"\b(?:were|was|been|are|is|be)\s+$", re.IGNORECASE)
_OBJECT_FIRST = re.compile(rf"^\s*(?:the\s+)?(?:{_NAMES})\b(?!')", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"\b(it|we|they)\b", re.IGNORECASE)
# "the Ukrainian side", "Russian forces": an adjective that names who acts.
_SIDE = re.compile(
    rf"\b(?P<name>{_NAMES})\s+(?:side|forces|authorities|government|military|army)\b", re.I
)
# Words after which a party name is an end or an owner, not the one acting.
_ADJECTIVES = {"ukrainian", "russian", "emirati", "turkish", "belarusian", "ukrainians", "russians"}
_PROPER = "|".join(re.escape(n) for n in lex.PARTIES if n not in _ADJECTIVES)
# "Moscow and Kyiv swapped": the pair acts; "... Ukrainians and Russia freed": Russia does.
_NOT_ACTOR = re.compile(
    rf"\b(to|from|of|for|with|by|near|in|on|against|between)\s+(the\s+)?$|"
    rf"\b(?:{_PROPER})(?:'s)?\s+and\s+(the\s+)?$",
    re.I,
)
_WITH = re.compile(r"\bwith\s+(the\s+)?$", re.I)
# "to Russia and Ukraine" names no one end; "to Ukraine and 35 to Russia" does.
_TO = re.compile(
    rf"\b(?:to|for)\s+(?:the\s+)?(?P<name>{_NAMES})\b"
    rf"(?!\s+for|\s+and\s+(?:the\s+)?(?:{_NAMES})\b)",
    re.I,
)
_BY = re.compile(rf"\bby\s+(?:the\s+)?(?P<name>{_NAMES})\b", re.IGNORECASE)
# "children who had been taken to Russia", "deported to Russia": where the people were, so
# the end they come back from, not the one they go to.
_TAKEN_TO = re.compile(
    r"(?<!\bbe )\b(?:taken|deported|abducted|removed|carried off|forcibly transferred)\s+"
    rf"(?:\w+\s+)?to\s+(?:the\s+)?(?P<name>{_NAMES})\b",
    re.I,
)
_TO_US = re.compile(r"\bto us\b", re.I)  # "handed over to us", said by one side
# "of the 1,600 civilians held by Russia have been released": from the holder.
_HELD_BY = re.compile(
    rf"\b(?:held|detained|imprisoned|kept)\s+by\s+(?:the\s+)?(?P<name>{_NAMES})\b", re.I
)
_AGENT_NEXT = re.compile(r"^\w+(?: over| back)?\s+by\b", re.I)  # "the bodies handed over by"
_FROM = re.compile(rf"\bfrom\s+(?:the\s+)?(?P<name>{_NAMES})\b", re.IGNORECASE)
_OWNER = re.compile(
    # "not a single Ukrainian had been released": one person, named by the nationality alone.
    r"\b(?P<people>ukrainians|russians|(?:ukrainian|russian)(?=\s+(?:had|has|was|is)\b|[,.;]))\b|"
    rf"\b(?P<name>{_NAMES}|its|their|our)\s+(?:own\s+)?(?:\w+\s+){{0,2}}?"
    r"(?:prisoners?|soldiers?|servicem[ae]n|civilians?|citizens?|dead|fallen|bod(?:y|ies)|captives?|"
    r"defenders?|troops|fighters?|people|pows?|nationals?|child(?:ren)?|residents|women|"
    r"journalists|marines|pilots|detainees|remains)\b",
    re.IGNORECASE,
)


def _code(name: str, speaker: str | None) -> str | None:
    if _PRONOUN.fullmatch(name):
        return speaker
    return lex.PARTIES.get(name.lower())


def _actor(before: str, speaker: str | None) -> str | None:
    """The last party named as a subject before the verb ("Moscow had", "it has")."""
    hits = [(m.start(), m["name"]) for m in _PARTY.finditer(before)]
    sides = {m.start() for m in _SIDE.finditer(before)}
    hits += [(m.start(), m.group(0)) for m in _SUBJECT_PRONOUN.finditer(before)]
    for start, name in sorted(hits, reverse=True):
        adjective = name.lower() in _ADJECTIVES and start not in sides
        # "with Ukraine receiving 909": the party right before the verb acts all the same.
        acting = _WITH.search(before[:start]) and not before[start + len(name) :].strip()
        if adjective or (_NOT_ACTOR.search(before[:start]) and not acting):
            continue
        code = _code(name, speaker)
        if code in lex.OTHER_SIDE:
            return code
    return None


def _named(
    pattern: re.Pattern[str], text: str, speaker: str | None, *, last: bool = False
) -> str | None:
    found = list(pattern.finditer(text)) if last else [pattern.search(text)]
    m = found[-1] if found else None
    if m is None:
        return None
    return _code(m.groupdict().get("people") or m["name"], speaker)


def drop_object(before: str) -> str:
    """Blank a party named right after the previous verb: its object, not the next subject
    ("had given Ukraine 6,060 bodies and got back 78")."""
    m = _OBJECT_FIRST.match(before)
    return " " * m.end() + before[m.end() :] if m else before


def actor_in(before: str, speaker: str | None) -> str | None:
    """The party acting in `before` (the words since the previous verb), if one is named."""
    return None if _PASSIVE.search(before) else _actor(before, speaker)


@dataclass(frozen=True)
class _Clues:
    """What the words around one verb say about the ends of a movement."""

    before: str
    after: str
    actor: str | None  # who acts: "Moscow had handed over"
    owner: str | None  # whose people: "Ukrainian prisoners", "its dead"
    to: str | None  # an end named: "to Kyiv"
    source: str | None  # "from Russia"
    agent: str | None  # passive: "handed over by Russia"
    side: str | None  # the speaker's party, if a warring one


def direction_for(
    assertion: AssertionType,
    before: str,
    after: str,
    speaker: str | None,
    carried: str | None = None,
) -> Direction | None:
    """The direction of a movement claim, or None for other assertions or when unclear.

    `before` holds the words since the previous verb; `carried` is that verb's actor, which
    a verb without a subject of its own shares ("handed over 6,060 and got back 78").
    """
    if assertion not in _MOVEMENTS:
        return None
    # "brought home 121 prisoners in exchange for 109 Russian servicemen": what was paid
    # for them goes the other way and names no end of this movement.
    after = _PAID_WITH.split(after, maxsplit=1)[0]
    # "had come home and 95 Russians were handed over": the next verb's subject is its own.
    after = _NEXT_SUBJECT.split(after, maxsplit=1)[0]
    given = _GIVEN_TO.search(before) if _HANDED_TO.match(after) else None
    if assertion is AssertionType.HANDED_OVER and given is not None:
        # "Russia had been handed 34 bodies": the subject of the passive received them.
        return _complete(None, _code(given["name"], speaker))
    c = _clues(before, after, speaker, carried)
    if assertion is AssertionType.RECEIVED:
        return _complete(c.source, c.to or c.agent or c.actor or c.side or c.owner)
    if assertion is not AssertionType.EXCHANGED and _SECURED.search(before):
        # A third party that secures a release names no end; one side thanking it does.
        return _complete(c.source, c.to or c.owner or c.actor or c.side)
    if assertion is AssertionType.HANDED_OVER:
        return _complete(*_handed_over(c))
    if assertion is AssertionType.RETURNED:
        return _complete(*_returned(c))
    # Both ways: the order is arbitrary, so start from the speaker's side.
    sides = [p for p in (c.actor, speaker, c.owner) if p in lex.OTHER_SIDE]
    return _complete(sides[0] if sides else "UA", c.to)


def _clues(before: str, after: str, speaker: str | None, carried: str | None) -> _Clues:
    passive = _PASSIVE.search(before) is not None
    actor = None if passive else (_actor(before, speaker) or carried)
    # In the passive ("Ukrainian prisoners had been handed over") the subject is what moved,
    # named nearest before the verb.
    near = (before, after) if passive else (after, before)
    owner = _named(_OWNER, near[0], actor or speaker, last=passive) or _named(
        _OWNER, near[1], actor or speaker
    )
    # Passive: "handed over by Russia"; "an exchange brokered by the UAE" names no end.
    agent = _named(_BY, after, speaker) if passive or _AGENT_NEXT.match(after) else None
    taken = _named(_TAKEN_TO, after, speaker)
    rest = _TAKEN_TO.sub(lambda m: " " * len(m[0]), after)
    to_us = speaker if _TO_US.search(rest) and speaker in lex.OTHER_SIDE else None
    return _Clues(
        before=before,
        after=after,
        actor=actor,
        owner=owner,
        to=_named(_TO, rest, speaker) or to_us,
        source=_named(_FROM, rest, speaker) or taken or _named(_HELD_BY, before, speaker),
        agent=agent if agent in lex.OTHER_SIDE else None,
        side=speaker if speaker in lex.OTHER_SIDE else None,
    )


def _handed_over(c: _Clues) -> tuple[str | None, str | None]:
    if _REPATRIATED.match(c.after) and c.actor and not (c.to or c.owner or c.source):
        return None, c.actor  # "Kyiv repatriated 757 bodies": repatriating brings one's own home
    if not (c.actor or c.owner or c.to or c.source or c.agent) and _FREED.search(c.before):
        # "Among those freed were 22 defenders", told by one side: its own people, freed.
        return None, c.side
    # "6,000 bodies were ready to be handed over": the side saying so holds them.
    source = c.source or c.agent or c.actor or (c.side if _READY.search(c.before) else None)
    if c.to is not None and source == c.to:
        source = None  # "handed over 19 to Russia": the named end outranks a guessed actor
    return source, c.to or (c.owner if c.owner != source else None)


def _returned(c: _Clues) -> tuple[str | None, str | None]:
    if _HOMEWARD.match(c.after):
        return c.source, c.to or c.owner or c.actor or c.side
    to = c.to or c.owner
    source = c.source or (c.actor if c.actor != to else None)
    return source, to or (c.side if source is None else None)  # "servicemen returned": home


def _complete(source: str | None, to: str | None) -> Direction | None:
    source = source or lex.OTHER_SIDE.get(to or "")
    to = to or lex.OTHER_SIDE.get(source or "")
    if source is None or to is None or source == to:
        return None
    return Direction(source, to)
