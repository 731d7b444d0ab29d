"""Writing the running counts of persons held (`held_counts`) that the projector keeps.

A registration names its count's row; a later change of status names only the person, so
that row is found through the person's own. Tallies are written after the flush's inserts
(the persons they name exist by then), registrations first (their rows may be new).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, select, tuple_

from parley.store import schema as t
from parley.store.bulk import execute_many


class Tally(NamedTuple):
    """Add `delta` to the count of persons held in one person's (holder, origin, kind).

    `bucket` is that triple when the event carries it (a registration); otherwise the
    person's row supplies it when the tally is written.
    """

    person_id: str
    delta: int
    bucket: tuple[str, str, str] | None = None


_h, _p = t.held_counts, t.persons
_BY_PERSON = (
    _h.update()
    .values(held=_h.c.held + bindparam("delta"))
    .where(
        tuple_(_h.c.holding_party, _h.c.origin_party, _h.c.kind).in_(
            select(_p.c.holding_party, _p.c.origin_party, _p.c.kind).where(
                _p.c.person_id == bindparam("person_id")
            )
        )
    )
)


def write_tallies(conn: Connection, tallies: Sequence[Tally]) -> None:
    """Add each tally's delta to its count, creating counts that do not exist yet."""
    known: Counter[tuple[str, str, str]] = Counter()
    for tally in tallies:
        if tally.bucket is not None:
            known[tally.bucket] += tally.delta
    for (holder, origin, kind), delta in known.items():
        key = (_h.c.holding_party == holder, _h.c.origin_party == origin, _h.c.kind == kind)
        if conn.execute(_h.update().where(*key).values(held=_h.c.held + delta)).rowcount == 0:
            row = {"holding_party": holder, "origin_party": origin, "kind": kind, "held": delta}
            conn.execute(_h.insert(), row)
    rows = [{"person_id": x.person_id, "delta": x.delta} for x in tallies if x.bucket is None]
    if rows:
        execute_many(conn, "held-by-person", _BY_PERSON, rows)
