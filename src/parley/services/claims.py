"""The claims register: record, correct, retract and list claims; reconcile them with the ledger.

A claim is recorded with its subject checked against the ledger (an agreement, an
exchange or stage, or a free topic). A correction is a new event naming the claim it
replaces; a retraction withdraws one; neither edits anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from parley.domain import events as ev
from parley.domain.access import ClaimOp, require_claim
from parley.domain.balances import StageFigures
from parley.domain.claim_records import ClaimRecord, claim_fields
from parley.domain.claims import Claim, SubjectKind
from parley.domain.ports import Reader, Writer
from parley.domain.reconcile import Reconciliation, reconcile
from parley.errors import Conflict, InputError, NotFound, Problem
from parley.services.claim_figures import ledger_figures
from parley.services.context import Context, Decision, execute

__all__ = ["Claims"]


class Claims:
    """Use cases over the claims register, for one actor."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def record(self, claim: Claim, *, key: str | None = None) -> str:
        """Record a claim and return its id; `claim.claim_id` is ignored (the ledger assigns it)."""
        require_claim(self.ctx.actor, ClaimOp.RECORD, party=claim.party)
        _check_fields(claim)

        def decide(w: Writer) -> Decision:
            _check_refs(w, claim)
            claim_id = self.ctx.new_id()
            return [ev.ClaimRecorded(claim_id=claim_id, **claim_fields(claim))], claim_id

        return str(execute(self.ctx, "record_claim", claim_fields(claim), decide, key=key))

    def record_all(self, claims: Sequence[Claim], *, key: str | None = None) -> list[str]:
        """Record several claims (reviewed drafts, say) at once: all of them or none."""
        for claim in claims:
            require_claim(self.ctx.actor, ClaimOp.RECORD, party=claim.party)
            _check_fields(claim)

        def decide(w: Writer) -> Decision:
            for claim in claims:
                _check_refs(w, claim)
            ids = [self.ctx.new_id() for _ in claims]
            events: list[ev.Event] = [
                ev.ClaimRecorded(claim_id=i, **claim_fields(c))
                for i, c in zip(ids, claims, strict=True)
            ]
            return events, ids

        params = {"claims": [claim_fields(c) for c in claims]}
        return [str(i) for i in execute(self.ctx, "record_claims", params, decide, key=key)]

    def correct(self, claim_id: str, claim: Claim, *, reason: str, key: str | None = None) -> str:
        """Record `claim` as the corrected version of `claim_id`; return the new claim's id."""
        require_claim(self.ctx.actor, ClaimOp.RECORD, party=claim.party)
        _check_fields(claim)
        _check_reason(reason)

        def decide(w: Writer) -> Decision:
            earlier = self._current(w, claim_id)
            require_claim(self.ctx.actor, ClaimOp.RECORD, party=earlier.claim.party)
            _check_refs(w, claim)
            new_id = self.ctx.new_id()
            event = ev.ClaimCorrected(
                claim_id=new_id, corrects=claim_id, reason=reason, **claim_fields(claim)
            )
            return [event], new_id

        params = {"corrects": claim_id, "reason": reason, **claim_fields(claim)}
        return str(execute(self.ctx, "correct_claim", params, decide, key=key))

    def retract(self, claim_id: str, *, reason: str, key: str | None = None) -> str:
        """Withdraw a claim recorded in error; it stays in the journal and in `history`."""
        _check_reason(reason)

        def decide(w: Writer) -> Decision:
            earlier = self._current(w, claim_id)
            require_claim(self.ctx.actor, ClaimOp.RECORD, party=earlier.claim.party)
            return [ev.ClaimRetracted(claim_id=claim_id, reason=reason)], claim_id

        params = {"claim_id": claim_id, "reason": reason}
        return str(execute(self.ctx, "retract_claim", params, decide, key=key))

    def get(self, claim_id: str) -> ClaimRecord:
        """One claim, whatever its status."""
        require_claim(self.ctx.actor, ClaimOp.READ)
        with self.ctx.store.reading() as r:
            found = r.claim(claim_id)
        if found is None:
            raise NotFound("claim", claim_id)
        return found

    @staticmethod
    def _current(r: Reader, claim_id: str) -> ClaimRecord:
        found = r.claim(claim_id)
        if found is None:
            raise NotFound("claim", claim_id)
        if found.status != "current":
            by = f" by {found.superseded_by}" if found.superseded_by else ""
            raise Conflict(f"claim {claim_id!r} is {found.status}{by}; change the current one")
        return found

    def list_claims(
        self, subject_ref: str | None = None, *, history: bool = False
    ) -> list[ClaimRecord]:
        """Claims about `subject_ref` (all if None); `history` adds superseded and retracted."""
        require_claim(self.ctx.actor, ClaimOp.READ)
        with self.ctx.store.reading() as r:
            refs = None if subject_ref is None else [subject_ref]
            return r.claims(refs, current_only=not history)

    def reconcile(self, agreement_ref: str) -> list[Reconciliation]:
        """The agreement's claims beside the ledger, then each exchange or stage claims are about.

        Claims are compared only with claims and counts of the same subject: a statement
        about one day's batch is never held against an agreement's total.
        """
        require_claim(self.ctx.actor, ClaimOp.READ)
        with self.ctx.store.reading() as r:
            agreement = r.agreement(agreement_ref)
            if agreement is None:
                raise NotFound("agreement", agreement_ref)
            kinds = r.subject_refs(agreement.agreement_id)
            stages = r.stage_figures(agreement.agreement_id)
            claims = [c.claim for c in r.claims([agreement_ref, *kinds])]
        whole = ledger_figures(agreement_ref, stages, lambda s: True)
        out = [reconcile(agreement_ref, _about(claims, agreement_ref), whole)]
        for ref in dict.fromkeys(c.subject.ref for c in claims if c.subject.ref in kinds):
            figures = ledger_figures(ref, stages, _within(ref, kinds[ref]))
            out.append(reconcile(ref, _about(claims, ref), figures))
        return out


def _within(ref: str, kind: str) -> Callable[[StageFigures], bool]:
    if kind == "exchange":
        return lambda s: s.exchange_ref == ref
    return lambda s: s.stage_ref == ref


def _about(claims: list[Claim], ref: str) -> list[Claim]:
    return [c for c in claims if c.subject.ref == ref]


def _check_fields(claim: Claim) -> None:
    problems = []
    if not claim.source.name.strip():
        problems.append(Problem("name the source (an outlet or official body)", field="source"))
    if not claim.passage.strip():
        problems.append(Problem("quote the passage the claim is read from", field="passage"))
    if not claim.subject.ref.strip():
        problems.append(Problem("name what the claim is about", field="subject"))
    q = claim.quantity
    if q is not None and q.value is not None and q.value < 0:
        problems.append(
            Problem("a figure cannot be negative", field="quantity", value=str(q.value))
        )
    if problems:
        raise InputError(problems)


def _check_reason(reason: str) -> None:
    if not reason.strip():
        raise InputError(Problem("say why the claim is changed", field="reason"))


def _check_refs(r: Reader, claim: Claim) -> None:
    subject = claim.subject
    if subject.kind is SubjectKind.AGREEMENT and r.agreement(subject.ref) is None:
        raise NotFound("agreement", subject.ref)
    if subject.kind is SubjectKind.EXCHANGE and (
        r.exchange_id(subject.ref) is None and r.stage(subject.ref) is None
    ):
        raise NotFound("exchange or stage", subject.ref)
    ends = (claim.direction.from_party, claim.direction.to_party) if claim.direction else ()
    for code in (claim.party, *ends):
        if code is not None and r.party(code) is None:
            raise NotFound("party", code)
