"""Propose draft claims from an English news article, sentence by sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from parley.claims import _lexicon as lex
from parley.claims import _reading as rd
from parley.claims._attribution import find_attribution, party_in, source_from
from parley.claims._clauses import clauses_of
from parley.claims._counter import paid_for
from parley.claims._gapping import gapped
from parley.claims._input import check_text, sentences
from parley.claims._local import struck_side
from parley.claims._mirrored import mirrored, told_by_side
from parley.claims._others import disputed, joint_sources, reported_by, without_dispute
from parley.claims._parties import actor_in, direction_for, drop_object
from parley.claims._promised import promised
from parley.claims._put_at import put_at
from parley.claims._quantities import Mention, clause_figures
from parley.claims._wholes import held_wholes
from parley.claims._wording import as_worded
from parley.claims.draft import DraftClaim
from parley.domain.claims import AssertionType, Category, Quantity, Source

__all__ = ["extract_claims"]

# "captives from both sides" is a total over both, not a figure each way.
_BOTH_WAYS = re.compile(
    r"\beach way\b|\bthe other way\b|\beach side\b|\bin (?:each|both) directions?\b|"
    r"(?<!from )(?<!of )(?<!held by )\bboth sides\b|"
    r"(?<!from )(?<!of )\bthe (two )?(?:sides|countries)\b|(?<!from )\bboth countries\b|"
    # "Russia and Ukraine each handed over".
    r"\beach (?:handed|released|freed|returned|sent|repatriated|transferred|gave|handing|"
    r"releasing|freeing|returning|sending|repatriating|transferring|giving)\b",
    re.I,
)
# "150 prisoners each", "175 apiece", "to each other": said after the verb, of its own object.
_EACH_AFTER = re.compile(
    r"\b(?:\d[\d,]*|prisoners|captives|people|bodies|soldiers|servicemen|civilians|pows)\s+each\b|"
    r"\b(?:to|with|from) (?:each other|one another)\b|\bapiece\b",
    re.I,
)
_ANY = re.compile(r"\bany\b", re.I)
_NO_DEAL = re.compile(r"no\b", re.I)
_BRINGS_TO = re.compile(
    r"\b(?:brings?|brought|bringing|rais(?:es|ed|ing|e)|takes?|took|taking|push(?:es|ed|ing)?)\s+"
    r"(?:the\s+(?:total|tally|toll)\s+)?to\s+(?:[\w,.]+\s+){1,4}$",
    re.I,
)
# "killed a 68-year-old man", "freed an elderly woman": one person, counted by the article.
_ONE_PERSON = re.compile(
    r"\s+(?:a|an|one)\s+(?!single\b)(?:[\w-]+\s+){0,2}?"
    r"(?:man|woman|boy|girl|child|teenager|pensioner|civilian|resident|soldier|serviceman|"
    r"servicewoman|prisoner|captive|journalist|priest|volunteer|medic|doctor|nurse)\b",
    re.I,
)
_ONE = Quantity(value=1)
_CONTINUED = re.compile(r"\b(?:bringing|brought|taking|raising)\s+the\s+total\b", re.I)
# "11:05 — ...": a live blog's time stamp, no part of what is said.
_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*[—–-]\s*")
_TOOK_PLACE = re.compile(r"\b(?:took|taken) place\b", re.I)
_IN_RETURN = re.compile(r"\bin (?:return|exchange)\b(?! for\b)", re.I)
_MOVEMENTS = (AssertionType.HANDED_OVER, AssertionType.RECEIVED, AssertionType.RETURNED)
_MOVEMENTS_ALL = (*_MOVEMENTS, AssertionType.EXCHANGED, AssertionType.AGREED)


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
        said, who = without_dispute(_STAMP.sub(lambda m: " " * len(m[0]), sentence))
        found = [replace(d, sentence=sentence) for d in _sentence_claims(said, start, end, default)]
        drafts += found + (disputed(found, who) if who else [])
    return drafts


def _sentence_claims(
    sentence: str, offset: int, end: int, default: Source | None
) -> list[DraftClaim]:
    drafts: list[DraftClaim] = []
    doubted = lex.UNVERIFIABLE.search(sentence) is not None
    clauses = [(at, clause, find_attribution(clause)) for at, clause in clauses_of(sentence)]
    for i, (at, clause, said) in enumerate(clauses):
        # "X said ..., while ..." keeps X for the rest; "..., while ..., X said" gives X to all.
        speaker = (
            said
            if said.source
            else next((c[2] for c in [*clauses[i::-1], *clauses[i:]] if c[2].source), None)
        )
        source = speaker.source if speaker else default
        place = speaker.place_party if speaker else None
        place = place or (struck_side(source.name, sentence) if source else None)
        refers = speaker.refers if speaker else None
        # Blank the attribution so its words ("Russia's ministry said") are not read as content.
        blanked = clause[: said.start] + " " * (said.end - said.start) + clause[said.end :]
        content = " " * at + blanked + " " * (len(sentence) - at - len(clause))
        before = drafts[-1].category if drafts else Category.OTHER
        found = [
            d
            for each in joint_sources(source)
            for d in _content_claims(content, each, said.denial, before, place, refers, sentence)
        ]
        found += reported_by(found, said.reported) if said.reported else []
        party = (party_in(source.name) if source else None) or place
        found = put_at(found, clause, at, drafts[-1] if drafts else None, (source, party))
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
    return _named_again(_in_return(drafts, sentence, offset))


def _named_again(drafts: list[DraftClaim]) -> list[DraftClaim]:
    """ "The swap took place on the border, X said, adding that 390 people had crossed in
    each direction": a swap named without its people, said again with them, is one claim."""
    counted = {(d.source, d.assertion) for d in drafts if d.quantity is not None and not d.negated}
    return [
        d
        for d in drafts
        if not (
            d.quantity is None
            and d.category is Category.OTHER
            and not d.negated
            and (d.source, d.assertion) in counted
        )
    ]


def _in_return(drafts: list[DraftClaim], sentence: str, offset: int) -> list[DraftClaim]:
    """ "84 servicemen had been returned ..., and in return 84 prisoners had been handed
    over": a return paid for by a handover is a receipt."""
    out = list(drafts)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            a.assertion is AssertionType.RETURNED
            and b.assertion is AssertionType.HANDED_OVER
            and _IN_RETURN.search(sentence, a.end - offset, b.end - offset + 14)
        ):
            out[i - 1] = replace(a, assertion=AssertionType.RECEIVED)
    return out


def _windows(content: str, mentions: list[Mention]) -> list[tuple[AssertionType, rd.Window]]:
    """Each asserting verb with its window; a skipped verb ("who had been held") leaves its
    words to the verbs around it."""

    def window(verbs: list[tuple[AssertionType, int, int]], i: int) -> rd.Window:
        stop = verbs[i + 1][1] if i + 1 < len(verbs) else len(content)
        return rd.Window(verbs[i - 1][2] if i else 0, verbs[i][1], verbs[i][2], stop)

    verbs = rd.triggers(content)
    kept = [v for i, v in enumerate(verbs) if not rd.skip(content, window(verbs, i), mentions)]
    return [(v[0], window(kept, i)) for i, v in enumerate(kept)]


def _both_ways(content: str, w: rd.Window) -> bool:
    # "each way" speaks of its own verb: a later total in the sentence is not an exchange.
    return bool(
        _BOTH_WAYS.search(content[w.since : w.stop])
        or _EACH_AFTER.search(content[w.start : w.stop])
    )


def _denied_any(
    denial: bool, assertion: AssertionType, content: str, w: rd.Window
) -> Quantity | None:
    # "Kyiv denied it had received any bodies", "denied keeping any clergy in detention": the
    # denial states a zero. A delay or a deal counts no one.
    counts = assertion not in (AssertionType.POSTPONED, AssertionType.AGREED)
    return Quantity.none() if denial and counts and _ANY.search(content[w.since : w.stop]) else None


def _content_claims(
    content: str,
    source: Source | None,
    denial: bool,
    category: Category,
    place: str | None = None,
    refers: str | None = None,
    sentence: str = "",
) -> list[DraftClaim]:
    """Claims in one clause; `category` is what the clause before was counting; `place` is
    the party of the city the source spoke from, if its name gives none; `refers` the party
    "it" and "we" stand for when that is not the source's (a claim it denies)."""
    party = (party_in(source.name) if source else None) or place
    voice = refers or party
    figures_all = clause_figures(content, sentence)
    mentions = rd.drop_breakdowns(rd.merge_for(figures_all, content), content)
    drafts: list[DraftClaim] = []
    used: set[int] = set()
    carried: str | None = None
    for i, (assertion, w) in enumerate(_windows(content, mentions)):
        total = rd.TOTAL.search(content, w.since, w.start)
        if total is not None:
            # "brings to 4,181 the number of captives freed": the figure before the total.
            brought = _BRINGS_TO.search(content, w.since, total.start())
            since = brought.start() if brought else total.start()
            w, carried = replace(w, since=since), None
        # "..., bringing the total returned this year to 6,000": the same people, counted on.
        prior = drafts if not total or _CONTINUED.search(content, w.since, w.start) else []
        assertion = rd.refine(assertion, content, w)
        figures = (
            rd.delayed_figures(mentions, used, content, w)
            if assertion is AssertionType.POSTPONED
            else rd.pick(mentions, used, content, w)
        )
        if assertion in _MOVEMENTS and _both_ways(content, w):
            assertion = AssertionType.EXCHANGED
        if assertion in _MOVEMENTS and mirrored(figures, content):
            assertion, figures = AssertionType.EXCHANGED, figures[:1]
        assertion = promised(assertion, content, w)
        before = content[w.since : w.start] if not i else drop_object(content[w.since : w.start])
        direction = direction_for(assertion, before, content[w.start : w.stop], voice, carried)
        # "205 were returned and 20 civilians were also released": the same way as before.
        if direction is None and assertion in _MOVEMENTS and prior:
            direction = prior[-1].direction if prior[-1].assertion in _MOVEMENTS else None
        carried = actor_in(before, voice) or carried
        assertion = as_worded(assertion, content, w.start, w.since)
        verb = DraftClaim(
            sentence="",
            sentence_start=0,
            sentence_end=0,
            start=w.start,
            end=w.end,
            source=source,
            party=party,
            assertion=assertion,
            category=prior[-1].category if prior else category,
            quantity=_denied_any(denial, assertion, content, w),
            direction=direction,
            negated=denial or rd.negated(content, w),
        )
        drafts += _per_figure(verb, content, w, figures)
    drafts = held_wholes(paid_for(drafts, figures_all, content), figures_all, content)
    return told_by_side(_restated(drafts + gapped(content, mentions, used, drafts)))


def _restated(drafts: list[DraftClaim]) -> list[DraftClaim]:
    """ "lost some 100,000 troops killed or wounded": a second verb without a figure that
    says again what a claim before it in the clause said, with its figure, adds nothing."""
    out: list[DraftClaim] = []
    for d in drafts:
        said = (d.assertion, d.category, d.negated, d.direction)
        if d.quantity is None and any(
            o.quantity is not None and (o.assertion, o.category, o.negated, o.direction) == said
            for o in out
        ):
            continue
        out.append(d)
    return out


def _per_figure(
    verb: DraftClaim, content: str, w: rd.Window, figures: list[Mention]
) -> list[DraftClaim]:
    """One claim per figure the verb states (or one without a figure), each with what it
    counts; `verb` holds what they share, its category what the claim before counted."""
    out: list[DraftClaim] = []
    for k, figure in enumerate(figures or [None]):
        upto = figures[k + 1].start if k + 1 < len(figures) else max(w.start, w.stop)
        noun = rd.category_for(verb.assertion, content, w, figure, upto)
        # "but Kyiv said no such agreement existed": the deal of the clause before.
        no_deal = verb.assertion is AssertionType.AGREED and _NO_DEAL.match(content, w.start)
        if (
            noun is None
            and not no_deal
            and (figure is None or verb.assertion not in _MOVEMENTS_ALL)
        ):
            continue  # a verb with neither a figure nor a thing counted is not a claim
        if verb.source is None and _TOOK_PLACE.search(content, w.start, w.end):
            continue  # "The exchange took place on the border": background, said by no one
        spans = (w.start, w.end, *((figure.start, figure.end) if figure else ()))
        out.append(
            replace(
                verb,
                start=min(spans),
                end=max(spans),
                category=noun or (out[-1].category if out else verb.category),
                quantity=figure.quantity if figure else verb.quantity or _one(content, w),
            )
        )
    return out


def _one(content: str, w: rd.Window) -> Quantity | None:
    """One person named with an article right after the verb: "killed a 68-year-old man"."""
    return _ONE if _ONE_PERSON.match(content, w.end) else None
