"""Propose draft claims from an English news article, sentence by sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from parley.claims import _lexicon as lex
from parley.claims._attribution import find_attribution, party_in, source_from
from parley.claims._input import check_text, sentences
from parley.claims._parties import direction_for
from parley.claims._quantities import Mention, find_quantities
from parley.claims.draft import DraftClaim
from parley.domain.claims import AssertionType, Category, Source

__all__ = ["extract_claims"]

_BOTH_WAYS = re.compile(r"\beach way\b|\beach side\b|\bboth sides\b|\bthe (two )?sides\b", re.I)
_CLAUSE_BREAK = re.compile(r",?\s+(?:while|whereas)\s+|;\s+|,\s+but\s+", re.I)
_FOR = re.compile(r"^\s*for\s*$", re.I)
_MOVEMENTS = (AssertionType.HANDED_OVER, AssertionType.RECEIVED, AssertionType.RETURNED)


def extract_claims(text: str, *, source_name: str | None = None) -> list[DraftClaim]:
    """Read an English article and propose the claims its sentences make.

    `source_name` is the outlet that published the text; it is the source of
    statements the article makes without attributing them. Raises InputError for
    empty, binary or non-English text.
    """
    check_text(text)
    default = source_from(source_name) if source_name else None
    drafts: list[DraftClaim] = []
    for start, end, sentence in sentences(text):
        drafts += _sentence_claims(sentence, start, end, default)
    return drafts


def _sentence_claims(
    sentence: str, offset: int, end: int, default: Source | None
) -> list[DraftClaim]:
    drafts: list[DraftClaim] = []
    source = default
    doubted = lex.UNVERIFIABLE.search(sentence) is not None
    for at, clause in _clauses(sentence):
        said = find_attribution(clause)
        source = said.source or source  # "X said ..., while ..." keeps X for the rest
        # Blank the attribution so its words ("Russia's ministry said") are not read as content.
        blanked = clause[: said.start] + " " * (said.end - said.start) + clause[said.end :]
        content = " " * at + blanked + " " * (len(sentence) - at - len(clause))
        before = drafts[-1].category if drafts else Category.OTHER
        found = _content_claims(content, source, said.denial, before)
        drafts += [
            replace(
                d,
                sentence=sentence,
                sentence_start=offset,
                sentence_end=end,
                start=offset + d.start,
                end=offset + d.end,
                marked_unverifiable=doubted,
            )
            for d in found
        ]
    return drafts


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """Split where a second speaker may start: ", while", "; ", ", but", ", whereas"."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        out.append((start, sentence[start : m.start()]))
        start = m.end()
    out.append((start, sentence[start:]))
    return out


def _content_claims(
    content: str, source: Source | None, denial: bool, category: Category
) -> list[DraftClaim]:
    """Claims in one clause; `category` is what the clause before was counting."""
    party = party_in(source.name) if source else None
    triggers = _triggers(content)
    mentions = _merge_for(find_quantities(content), content)
    drafts: list[DraftClaim] = []
    used: set[int] = set()
    for i, (assertion, t_start, t_end) in enumerate(triggers):
        stop = triggers[i + 1][1] if i + 1 < len(triggers) else len(content)
        since = triggers[i - 1][2] if i else 0
        mention = _pick(mentions, used, since, t_start, t_end, stop)
        noun = _noun(assertion, content, mention, (since, t_start, t_end, stop))
        if mention is None and noun is None:
            continue  # a verb with neither a figure nor a thing counted is not a claim
        if _BOTH_WAYS.search(content) and assertion in _MOVEMENTS:
            assertion = AssertionType.EXCHANGED
        first = min(t_start, mention.start) if mention else t_start
        last = max(t_end, mention.end) if mention else t_end
        drafts.append(
            DraftClaim(
                sentence="",
                sentence_start=0,
                sentence_end=0,
                start=first,
                end=last,
                source=source,
                party=party,
                assertion=assertion,
                category=noun or (drafts[-1].category if drafts else category),
                quantity=mention.quantity if mention else None,
                direction=direction_for(assertion, content[:t_start], content[t_start:stop], party),
                negated=denial or _negated(content, since, t_start),
            )
        )
    return drafts


def _noun(
    assertion: AssertionType,
    content: str,
    mention: Mention | None,
    bounds: tuple[int, int, int, int],
) -> Category | None:
    """What the figure counts: read next to the figure first, then around the verb."""
    since, t_start, t_end, stop = bounds
    near = [content[t_end:stop], content[since:t_start]]
    if mention is not None and mention.start < t_start:
        near = [content[mention.start : t_start], content[t_end:stop]]
    return _category(assertion, near[0]) or _category(assertion, near[1])


def _triggers(content: str) -> list[tuple[AssertionType, int, int]]:
    """Assertion verbs in order; a span taken by an earlier pattern is not read twice."""
    found: list[tuple[AssertionType, int, int]] = []
    for assertion, pattern in lex.TRIGGERS:
        for m in pattern.finditer(content):
            if not any(s < m.end() and m.start() < e for _a, s, e in found):
                found.append((assertion, m.start(), m.end()))
    return sorted(found, key=lambda t: t[1])


def _merge_for(mentions: list[Mention], content: str) -> list[Mention]:
    """ "1,000 for 1,000" states one figure, not two."""
    out: list[Mention] = []
    for m in mentions:
        if out and _FOR.match(content[out[-1].end : m.start]) and out[-1].quantity == m.quantity:
            continue
        out.append(m)
    return out


def _pick(
    mentions: list[Mention], used: set[int], since: int, t_start: int, t_end: int, stop: int
) -> Mention | None:
    # The figure after the verb is its own; else the nearest before ("84 were freed").
    after = [m for m in mentions if t_end <= m.start < stop and m.start not in used]
    before = [m for m in mentions if since <= m.start < t_start and m.start not in used]
    chosen = after[0] if after else (before[-1] if before else None)
    if chosen is not None:
        used.add(chosen.start)
    return chosen


def _category(assertion: AssertionType, text: str) -> Category | None:
    if assertion in lex.FIELD_ASSERTIONS:
        return lex.FIELD_ASSERTIONS[assertion]
    if assertion is AssertionType.KILLED:
        return Category.CIVILIAN if re.search(r"civilian", text, re.I) else Category.TROOPS
    hits = [(m.start(), c) for c, pat in lex.CATEGORIES if (m := pat.search(text))]
    # Remains win over the people they belonged to ("bodies of soldiers").
    if any(c is Category.REMAINS for _s, c in hits):
        return Category.REMAINS
    return min(hits, key=lambda h: h[0])[1] if hits else None


def _negated(content: str, since: int, t_start: int) -> bool:
    before = content[since:t_start]
    if re.search(r"\bnot\s+(?:\w+\s+){0,3}?any\b", content[since:], re.I):
        return False  # "had not received any" is a stated zero, carried by the quantity
    return bool(re.search(r"\b(not|never|no longer|denied|didn't|hadn't|wasn't)\b", before, re.I))
