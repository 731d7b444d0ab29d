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
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    String,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)

from parley.domain.search import PREFIX_END, SearchTerm
from parley.store import schema as t

_KEY = t.person_search_keys.c.key


def visible_to(party: str) -> Any:
    """What a party's officers see: their own submissions and what was disclosed to them."""
    p, d = t.persons, t.disclosures
    # Correlated on the disclosures' key, so a search touches only the persons it found.
    disclosed = exists().where(d.c.person_id == p.c.person_id, d.c.party == party)
    return or_(p.c.submitted_by == party, disclosed)


def search(
    terms: Sequence[SearchTerm], *, visible_to: str | None, limit: int, offset: int
) -> tuple[Any, dict[str, Any]]:
    """The statement for one page of persons matching every word, best first, and its
    parameters. The statement depends only on the query's shape (how many words, which
    have a given-name class), so it is built once per shape; a search binds its values."""
    shape = tuple(term.name_class is not None for term in terms)
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    for i, term in enumerate(terms):
        params[f"prefix{i}"] = term.prefix
        params[f"end{i}"] = term.prefix + PREFIX_END
        if term.name_class is not None:
            params[f"class{i}"] = term.name_class
    if visible_to is not None:
        params["party"] = visible_to
    return _statement(shape, visible_to is not None), params


@lru_cache(maxsize=64)
def _statement(shape: tuple[bool, ...], visible: bool) -> Any:
    """Persons (their rows) in the order of `_ranked_page`, for a query of this shape."""
    p = t.persons
    page = _ranked_page(shape, visible).subquery("page")
    return (
        select(p)
        .join(page, page.c.person_id == p.c.person_id)
        .order_by(page.c.score.desc(), page.c.since, page.c.person_id)
    )


def _ranked_page(shape: tuple[bool, ...], visible: bool) -> Any:
    """One page of `person_id`, `score` (the sum, over words, of 2 if a key equals the
    word or its given-name class and 1 if keys only begin with it) and `since`, the event
    that registered the person (oldest record first among equal scores). When `visible`,
    only what the officers of `party` may see: the keys carry the submitting party, so no
    person row is read before the page is cut."""
    parts = [_parts(_KEY, i, has_class) for i, has_class in enumerate(shape)]
    hits = union_all(*(_keys(where) for word in parts for where in word)).subquery()
    scores = []
    for i, has_class in enumerate(shape):
        exact: list[Any] = [bindparam(f"prefix{i}")]
        if has_class:
            exact.append(bindparam(f"class{i}"))
        matched = or_(*_parts(hits.c.key, i, has_class))
        rank = case((hits.c.key.in_(exact), literal(2)), (matched, literal(1)), else_=literal(0))
        scores.append(func.max(rank))
    total = sum(scores[1:], scores[0]).label("score")
    since = func.min(hits.c.seq).label("since")
    stmt = select(hits.c.person_id, total, since)
    if visible:
        d, party = t.disclosures, bindparam("party", type_=String())
        disclosed = select(d.c.person_id).where(d.c.party == party)
        # Uncorrelated, so it is read once per search, not once per matching key.
        stmt = stmt.where(or_(hits.c.submitted_by == party, hits.c.person_id.in_(disclosed)))
    return (
        stmt.group_by(hits.c.person_id)
        .having(and_(*(s > 0 for s in scores)))
        .order_by(total.desc(), since, hits.c.person_id)
        .limit(bindparam("limit"))
        .offset(bindparam("offset"))
    )


def _parts(key: Any, i: int, has_class: bool) -> list[Any]:
    """The conditions on `key` for word `i`: its prefix range, and its given-name class."""
    parts = [and_(key >= bindparam(f"prefix{i}"), key < bindparam(f"end{i}"))]
    if has_class:
        parts.append(key == bindparam(f"class{i}"))
    return parts


def _keys(where: Any) -> Any:
    # One condition per select, each a range scan of the key index: OR-ed, they made
    # PostgreSQL gather every match into a bitmap and then visit the table for each.
    k = t.person_search_keys.c
    return select(k.person_id, k.key, k.seq, k.submitted_by).where(where)
