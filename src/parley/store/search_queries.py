"""Person search in SQL: every word of a query matched in one pass over the search keys.

Each word of a query matches a set of persons through their keys; the answer is the
persons every word matches, ranked by the sum of the words' scores. Joining one aggregate
per word let the planner misjudge a narrow key range as one row and rescan the other
word's aggregate for every match (half a second on 100,000 persons); one scan of all the
words' key ranges, grouped by person, has no join to misjudge. An officer's search drops
what the officer may not see during that scan (the keys carry the submitting party), and
persons are read only for the ranked page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select, union_all

from parley.domain.search import PREFIX_END, SearchTerm
from parley.store import schema as t

_KEY = t.person_search_keys.c.key


def visible_to(party: str) -> Any:
    """What a party's officers see: their own submissions and what was disclosed to them."""
    p, d = t.persons, t.disclosures
    # Correlated on the disclosures' key, so a search touches only the persons it found.
    disclosed = exists().where(d.c.person_id == p.c.person_id, d.c.party == party)
    return or_(p.c.submitted_by == party, disclosed)


def ranked_page(
    terms: Sequence[SearchTerm], *, visible_to: str | None, limit: int, offset: int
) -> Any:
    """One page of the persons matching every word, best first: `person_id`, `score` (the
    sum, over words, of 2 if a key equals the word and 1 if keys only begin with it or share
    its given-name class) and `since`, the event that registered the person (oldest record
    first among equal scores). With `visible_to`, only what that party's officers may see:
    the keys carry the submitting party, so no person row is read before the page is cut."""
    hits = union_all(*(_keys(where) for term in terms for where in _parts(_KEY, term))).subquery()
    scores = [
        func.max(
            case(
                (hits.c.key.in_(term.exact()), literal(2)),
                (or_(*_parts(hits.c.key, term)), literal(1)),
                else_=literal(0),
            )
        )
        for term in terms
    ]
    total = sum(scores[1:], scores[0]).label("score")
    since = func.min(hits.c.seq).label("since")
    stmt = select(hits.c.person_id, total, since)
    if visible_to is not None:
        d = t.disclosures
        disclosed = select(d.c.person_id).where(d.c.party == visible_to)
        # Uncorrelated, so it is read once per search, not once per matching key.
        stmt = stmt.where(or_(hits.c.submitted_by == visible_to, hits.c.person_id.in_(disclosed)))
    return (
        stmt.group_by(hits.c.person_id)
        .having(and_(*(s > 0 for s in scores)))
        .order_by(total.desc(), since, hits.c.person_id)
        .limit(limit)
        .offset(offset)
    )


def _parts(key: Any, term: SearchTerm) -> list[Any]:
    """The conditions on `key` for one word: its prefix range, and its given-name class."""
    parts = [and_(key >= term.prefix, key < term.prefix + PREFIX_END)]
    if term.name_class:
        parts.append(key == term.name_class)
    return parts


def _keys(where: Any) -> Any:
    # One condition per select, each a range scan of the key index: OR-ed, they made
    # PostgreSQL gather every match into a bitmap and then visit the table for each.
    k = t.person_search_keys.c
    return select(k.person_id, k.key, k.seq, k.submitted_by).where(where)
