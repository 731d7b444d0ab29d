"""The match review queue and the journal (events for mediators, verification for all)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from parley.api.deps import IdempotencyKey, JournalDep, Limit, MatchingDep
from parley.api.people import CandidateOut, DecisionIn, DecisionOut, JournalPage, VerifyOut

router = APIRouter(tags=["review"])


@router.get("/matches")
def match_queue(matching: MatchingDep, limit: Limit = 50) -> list[CandidateOut]:
    """Candidate pairs awaiting review, most probable first (mediators)."""
    return [CandidateOut.model_validate(c) for c in matching.queue(limit)]


@router.post("/matches/{candidate_id}/decision")
def decide_match(
    candidate_id: str, body: DecisionIn, matching: MatchingDep, key: IdempotencyKey = None
) -> DecisionOut:
    """Accept or reject a candidate pair (mediators)."""
    decided = matching.decide(candidate_id, accept=body.accept, note=body.note, key=key)
    return DecisionOut(status=decided)


@router.get("/journal/events")
def journal_events(
    journal: JournalDep,
    after: Annotated[
        int, Query(ge=0, le=2**63 - 1, description="Cursor: the last seq already read")
    ] = 0,
    limit: Limit = 100,
) -> JournalPage:
    """Events after `after`, oldest first, with their payloads (mediators)."""
    items = list(journal.events(after_seq=after, limit=limit))
    last = items[-1]["seq"] if len(items) == limit else None
    return JournalPage(items=items, next_after=int(str(last)) if last is not None else None)


@router.get("/journal/verify")
def verify_journal(journal: JournalDep, chain_only: bool = False) -> VerifyOut:
    """Recompute the chain (and rebuild the projection unless `chain_only`); any role."""
    report = journal.verify(rebuild=not chain_only)
    return VerifyOut(
        ok=report.ok,
        events=report.events,
        head_hash=report.head_hash,
        chain_break=f"event {b.seq}: {b.reason}" if (b := report.chain_break) else None,
        mismatch=f"{m.table} {m.key}: {m.detail}" if (m := report.mismatch) else None,
    )
