"""Queries over the claims register and the refs a claim may be about."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from parley.domain.claim_records import ClaimRecord, claim_from_fields
from parley.store import schema as t

__all__ = ["claim", "claims", "subject_refs"]


def claims(
    conn: Connection, subject_refs: Sequence[str] | None, *, current_only: bool
) -> list[ClaimRecord]:
    """Claims about any of `subject_refs` (all claims if None), in the order recorded."""
    c = t.claims
    stmt = select(c).order_by(c.c.said_on, c.c.seq, c.c.claim_id)
    if subject_refs is not None:
        stmt = stmt.where(c.c.subject_ref.in_(list(subject_refs)))
    if current_only:
        stmt = stmt.where(c.c.status == "current")
    return [_record(row._mapping) for row in conn.execute(stmt)]


def claim(conn: Connection, claim_id: str) -> ClaimRecord | None:
    """One claim, whatever its status."""
    row = conn.execute(select(t.claims).where(t.claims.c.claim_id == claim_id)).first()
    return _record(row._mapping) if row else None


def subject_refs(conn: Connection, agreement_id: str) -> dict[str, str]:
    """The refs of an agreement's exchanges and stages: ref -> "exchange" or "stage"."""
    e, s = t.exchanges, t.stages
    found = dict.fromkeys(
        conn.execute(select(e.c.ref).where(e.c.agreement_id == agreement_id)).scalars(), "exchange"
    )
    stages = select(s.c.ref).join(e, e.c.exchange_id == s.c.exchange_id)
    for ref in conn.execute(stages.where(e.c.agreement_id == agreement_id)).scalars():
        found[ref] = "stage"
    return found


def _record(row: object) -> ClaimRecord:
    fields = dict(row)  # type: ignore[call-overload]
    return ClaimRecord(
        claim=claim_from_fields(fields),
        status=fields["status"],
        corrects=fields["corrects"],
        superseded_by=fields["superseded_by"],
        reason=fields["reason"],
    )
