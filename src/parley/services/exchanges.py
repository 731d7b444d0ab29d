"""Agreements, exchanges and their stages: manifests, approvals, transit, handovers, receipts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from parley.domain import events as ev
from parley.domain.access import Op, may_see_person, require
from parley.domain.balances import (
    BalanceRow,
    Discrepancy,
    StageFigures,
    compute_balance,
    describe,
    find_discrepancies,
)
from parley.domain.dates import calendar_day
from parley.domain.events import Event, QuotaTerm
from parley.domain.lifecycle import Status, check_transition
from parley.domain.model import MAX_COUNT, PartyKind
from parley.domain.ports import Reader, TableSource, Writer
from parley.domain.quotas import parse_quota
from parley.domain.views import AgreementView, PersonState, StageView
from parley.errors import (
    AccessDenied,
    Conflict,
    DuplicateSubmission,
    ImportRejected,
    InputError,
    NotFound,
    Problem,
)
from parley.services.context import Context, Decision, execute, fingerprint


class Exchanges:
    """Use cases over agreements and the exchanges that carry them out, for one actor."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def record_agreement(
        self,
        ref: str,
        *,
        title: str,
        signed_on: str | None,
        venue: str,
        parties: Sequence[str],
        intermediaries: Sequence[str],
        quotas: Sequence[str],
        key: str | None = None,
    ) -> str:
        """Record an agreement and its quotas (written as in `parley.domain.quotas`)."""
        require(self.ctx.actor, Op.RECORD_AGREEMENT)
        signed_on = _day(signed_on, "signed_on")
        terms = [parse_quota(q, ref, field=f"quota {i}") for i, q in enumerate(quotas, 1)]

        def decide(w: Writer) -> Decision:
            if w.agreement(ref) is not None:
                raise DuplicateSubmission(f"agreement {ref!r} is already recorded")
            self._check_parties(w, parties, intermediaries, terms)
            event = ev.AgreementRecorded(
                agreement_id=self.ctx.new_id(),
                ref=ref,
                title=title,
                signed_on=signed_on,
                venue=venue,
                parties=list(parties),
                intermediaries=list(intermediaries),
                quotas=terms,
            )
            return [event], ref

        params = {
            "ref": ref,
            "title": title,
            "signed_on": signed_on,
            "venue": venue,
            "parties": list(parties),
            "intermediaries": list(intermediaries),
            "quotas": list(quotas),
        }
        return str(execute(self.ctx, "record_agreement", params, decide, key=key))

    @staticmethod
    def _check_parties(
        r: Reader, parties: Sequence[str], intermediaries: Sequence[str], terms: list[QuotaTerm]
    ) -> None:
        known = {p.code: p for p in r.parties()}
        for code in [*parties, *intermediaries]:
            if code not in known:
                raise NotFound("party", code)
        for code in intermediaries:
            if known[code].kind != PartyKind.INTERMEDIARY:
                raise InputError(Problem("not an intermediary", field="intermediaries", value=code))
        for term in terms:
            for code in (term.from_party, term.to_party):
                if code not in parties:
                    raise InputError(
                        Problem(
                            "quota names a party not in the agreement", field="quotas", value=code
                        )
                    )

    def open_exchange(
        self, agreement_ref: str, ref: str, *, title: str = "", key: str | None = None
    ) -> str:
        """Open an exchange under an agreement."""
        require(self.ctx.actor, Op.OPEN_EXCHANGE)

        def decide(w: Writer) -> Decision:
            agreement = _agreement(w, agreement_ref)
            if w.exchange_id(ref) is not None:
                raise DuplicateSubmission(f"exchange {ref!r} already exists")
            event = ev.ExchangeOpened(
                exchange_id=self.ctx.new_id(),
                agreement_id=agreement.agreement_id,
                ref=ref,
                title=title,
            )
            return [event], ref

        params = {"agreement": agreement_ref, "ref": ref, "title": title}
        return str(execute(self.ctx, "open_exchange", params, decide, key=key))

    def schedule_stage(
        self,
        exchange_ref: str,
        ref: str,
        *,
        planned_on: str | None,
        place: str = "",
        transit_party: str | None = None,
        key: str | None = None,
    ) -> str:
        """Schedule a stage (one day's handovers, say) of an exchange."""
        require(self.ctx.actor, Op.OPEN_EXCHANGE)
        planned_on = _day(planned_on, "planned_on")

        def decide(w: Writer) -> Decision:
            exchange_id = w.exchange_id(exchange_ref)
            if exchange_id is None:
                raise NotFound("exchange", exchange_ref)
            if w.stage(ref) is not None:
                raise DuplicateSubmission(f"stage {ref!r} already exists")
            if transit_party is not None and w.party(transit_party) is None:
                raise NotFound("party", transit_party)
            event = ev.StageScheduled(
                stage_id=self.ctx.new_id(),
                exchange_id=exchange_id,
                ref=ref,
                planned_on=planned_on,
                place=place,
                transit_party=transit_party,
            )
            return [event], ref

        params = {
            "exchange": exchange_ref,
            "ref": ref,
            "planned_on": planned_on,
            "place": place,
            "transit": transit_party,
        }
        return str(execute(self.ctx, "schedule_stage", params, decide, key=key))

    def enter_manifest(
        self,
        stage_ref: str,
        quota_id: str,
        *,
        person_ids: Sequence[str] = (),
        count: int | None = None,
        key: str | None = None,
    ) -> dict[str, Any]:
        """Put named persons and/or a count on a stage's manifest for one quota."""

        def decide(w: Writer) -> Decision:
            stage, quota = _stage_quota(w, stage_ref, quota_id)
            require(self.ctx.actor, Op.ENTER_MANIFEST, for_party=quota.from_party)
            persons = self._persons(w, person_ids)
            for p in persons:
                _check_fits(p, quota)
            return self._manifest(stage, quota, persons, _total(count, person_ids))

        params = {
            "stage": stage_ref,
            "quota": quota_id,
            "persons": list(person_ids),
            "count": count,
        }
        result: dict[str, Any] = execute(self.ctx, "enter_manifest", params, decide, key=key)
        return result

    def import_manifest(
        self,
        stage_ref: str,
        quota_id: str,
        table: TableSource,
        *,
        column: str = "external_ref",
        key: str | None = None,
    ) -> dict[str, Any]:
        """Put the persons a table names on a manifest, all or none.

        `column` holds the handing party's own reference for each person (`external_ref`)
        or Parley's person id (`person_id`). Without a key, the key is derived from the
        rows, so importing the same manifest again changes nothing.
        """
        if column not in table.columns:
            raise ImportRejected([Problem("column not found in the file", table.file, 1, column)])
        rows = [(r.number, r.values.get(column, "").strip()) for r in table.rows]
        params = {"stage": stage_ref, "quota": quota_id, "column": column, "rows": rows}
        key = key or "import-manifest:" + fingerprint("import_manifest", params)

        def decide(w: Writer) -> Decision:
            stage, quota = _stage_quota(w, stage_ref, quota_id)
            require(self.ctx.actor, Op.ENTER_MANIFEST, for_party=quota.from_party)
            persons = self._named_in(w, table.file, column, rows, quota)
            return self._manifest(stage, quota, persons, len(persons))

        result: dict[str, Any] = execute(self.ctx, "import_manifest", params, decide, key=key)
        return result

    def _named_in(
        self, r: Reader, file: str, column: str, rows: list[tuple[int, str]], quota: QuotaTerm
    ) -> list[PersonState]:
        refs = [ref for _, ref in rows if ref]
        if column == "external_ref":
            ids = r.persons_by_ref(quota.from_party, refs)
        else:
            ids = {pid: pid for pid in r.person_states(refs)}
        states = r.person_states(list(ids.values()))
        problems: list[Problem] = []
        seen: dict[str, int] = {}
        for number, ref in rows:
            state = states.get(ids.get(ref, ""))
            if state is None or not may_see_person(
                self.ctx.actor, state.submitted_by, state.disclosed_to
            ):
                why = (
                    "empty"
                    if not ref
                    else f"no person known by this {column} (submitted by {quota.from_party})"
                )
                problems.append(Problem(why, file, number, column, ref))
            elif state.person_id in seen:
                problems.append(
                    Problem(
                        f"same person as row {seen[state.person_id]}", file, number, column, ref
                    )
                )
            else:
                seen[state.person_id] = number
                problems += [
                    Problem(p.reason, file, number, column, ref) for p in _misfits(state, quota)
                ]
        if problems:
            raise ImportRejected(problems)
        return [states[pid] for pid in seen]

    def _manifest(
        self, stage: StageView, quota: QuotaTerm, persons: list[PersonState], total: int
    ) -> Decision:
        entry = ev.ManifestEntered(
            entry_id=self.ctx.new_id(),
            stage_id=stage.stage_id,
            quota_id=quota.quota_id,
            person_ids=[p.person_id for p in persons],
            count=total,
            by_party=self.ctx.actor.party,
        )
        events: list[Event] = [
            entry,
            *_moves(persons, Status.LISTED, stage, "listed on the manifest"),
        ]
        return events, {"listed": total, "named": len(persons)}

    def approve_manifest(
        self, stage_ref: str, quota_id: str, *, party: str | None = None, key: str | None = None
    ) -> list[str]:
        """Record one side's approval; once both sides approved, the listed persons are approved."""
        by = party or self.ctx.actor.party
        if by is None:
            raise InputError(Problem("name the party whose approval this is", field="party"))
        require(self.ctx.actor, Op.APPROVE_MANIFEST, for_party=by)

        def decide(w: Writer) -> Decision:
            stage, quota = _stage_quota(w, stage_ref, quota_id)
            if by not in (quota.from_party, quota.to_party):
                raise AccessDenied(f"{by} is not a side of quota {quota_id}")
            approvals = w.manifest_approvals(stage.stage_id, quota_id)
            if by in approvals:
                raise Conflict(f"{by} already approved {quota_id} at {stage_ref}")
            events: list[Event] = [
                ev.ManifestApproved(stage_id=stage.stage_id, quota_id=quota_id, by_party=by)
            ]
            approvals.add(by)
            if {quota.from_party, quota.to_party} <= approvals:
                listed = [
                    p
                    for p in w.manifest_states(stage.stage_id, quota_id).values()
                    if p.status == Status.LISTED
                ]
                events += _moves(listed, Status.APPROVED, stage, "manifest approved by both sides")
            return events, sorted(approvals)

        params = {"stage": stage_ref, "quota": quota_id, "party": by}
        return list(execute(self.ctx, "approve_manifest", params, decide, key=key))

    def start_transit(
        self,
        stage_ref: str,
        quota_id: str,
        *,
        person_ids: Sequence[str] | None = None,
        medical: bool = False,
        key: str | None = None,
    ) -> int:
        """Set approved persons on their way; `medical` for treatment in transit abroad."""
        target = Status.MEDICAL_TRANSIT if medical else Status.IN_TRANSIT

        def decide(w: Writer) -> Decision:
            stage, quota = _stage_quota(w, stage_ref, quota_id)
            require(self.ctx.actor, Op.START_TRANSIT, for_party=quota.from_party)
            if person_ids is None:  # everyone approved on the manifest
                on_manifest = w.manifest_states(stage.stage_id, quota_id).values()
                moving = [p for p in on_manifest if p.status == Status.APPROVED]
            else:
                moving = self._on_manifest(w, stage, quota_id, person_ids)
            via = f" via {stage.transit_party}" if stage.transit_party and medical else ""
            return _moves(moving, target, stage, f"left for the handover{via}"), len(moving)

        params = {"stage": stage_ref, "quota": quota_id, "persons": person_ids, "medical": medical}
        return int(execute(self.ctx, "start_transit", params, decide, key=key))

    @staticmethod
    def _on_manifest(
        r: Reader, stage: StageView, quota_id: str, person_ids: Sequence[str]
    ) -> list[PersonState]:
        on_manifest = r.manifest_states(stage.stage_id, quota_id)
        if missing := [p for p in person_ids if p not in on_manifest]:
            raise NotFound("person on this manifest", missing[0])
        return [on_manifest[p] for p in person_ids]

    def record_handover(
        self,
        stage_ref: str,
        quota_id: str,
        *,
        count: int | None = None,
        person_ids: Sequence[str] = (),
        via_party: str | None = None,
        occurred_at: str | None = None,
        key: str | None = None,
    ) -> int:
        """Record a handover as the handing side or the intermediary states it."""

        def decide(w: Writer) -> Decision:
            stage, quota = _stage_quota(w, stage_ref, quota_id)
            require(self.ctx.actor, Op.RECORD_HANDOVER, for_party=quota.from_party)
            persons = self._on_manifest(w, stage, quota_id, person_ids)
            total = _total(count, person_ids)
            events: list[Event] = [
                ev.HandoverRecorded(
                    handover_id=self.ctx.new_id(),
                    stage_id=stage.stage_id,
                    quota_id=quota_id,
                    count=total,
                    person_ids=list(person_ids),
                    by_party=self.ctx.actor.party,
                    via_party=via_party,
                )
            ]
            # Approved persons handed over directly were in transit in between: say so.
            approved = [p for p in persons if p.status == Status.APPROVED]
            events += _moves(approved, Status.IN_TRANSIT, stage, "left for the handover")
            moved = [replace(p, status=Status.IN_TRANSIT) if p in approved else p for p in persons]
            events += _moves(moved, Status.HANDED_OVER, stage, "handed over")
            return events, total

        params = {
            "stage": stage_ref,
            "quota": quota_id,
            "count": count,
            "persons": list(person_ids),
            "via": via_party,
        }
        return int(
            execute(self.ctx, "record_handover", params, decide, key=key, occurred_at=occurred_at)
        )

    def confirm_receipt(
        self,
        stage_ref: str,
        quota_id: str,
        *,
        count: int | None = None,
        person_ids: Sequence[str] = (),
        note: str = "",
        occurred_at: str | None = None,
        key: str | None = None,
    ) -> int:
        """Record the receiving side's confirmation with its own count, kept exactly as said."""

        def decide(w: Writer) -> Decision:
            stage, quota = _stage_quota(w, stage_ref, quota_id)
            require(self.ctx.actor, Op.CONFIRM_RECEIPT, for_party=quota.to_party)
            persons = self._on_manifest(w, stage, quota_id, person_ids)
            total = _total(count, person_ids)
            events: list[Event] = [
                ev.ReceiptConfirmed(
                    receipt_id=self.ctx.new_id(),
                    stage_id=stage.stage_id,
                    quota_id=quota_id,
                    count=total,
                    person_ids=list(person_ids),
                    by_party=quota.to_party,
                    note=note,
                )
            ]
            events += _moves(
                persons, Status.RECEIVED, stage, f"receipt confirmed by {quota.to_party}"
            )
            return events, total

        params = {
            "stage": stage_ref,
            "quota": quota_id,
            "count": count,
            "persons": list(person_ids),
            "note": note,
        }
        return int(
            execute(self.ctx, "confirm_receipt", params, decide, key=key, occurred_at=occurred_at)
        )

    def _persons(self, r: Reader, person_ids: Sequence[str]) -> list[PersonState]:
        if len(set(person_ids)) != len(person_ids):
            raise InputError(Problem("a person is named twice", field="persons"))
        found = r.person_states(person_ids)
        actor = self.ctx.actor
        for pid in person_ids:
            p = found.get(pid)
            if p is None or not may_see_person(actor, p.submitted_by, p.disclosed_to):
                raise NotFound("person", pid)
        return [found[pid] for pid in person_ids]

    def agreements(self) -> list[AgreementView]:
        """Every agreement and its quotas (terms are not personal data)."""
        require(self.ctx.actor, Op.READ_BALANCE)
        with self.ctx.store.reading() as r:
            return self.ctx.memo.get(r, ("agreements",), r.agreements)

    def balance(self, agreement_ref: str) -> list[BalanceRow]:
        """Per quota: owed, listed, handed over, confirmed."""
        require(self.ctx.actor, Op.READ_BALANCE)
        with self.ctx.store.reading() as r:
            return self.ctx.memo.get(
                r,
                ("balance", agreement_ref),
                lambda: compute_balance(r.quota_figures(_agreement(r, agreement_ref).agreement_id)),
            )

    def stages(self, agreement_ref: str) -> list[StageFigures]:
        """Every stage of the agreement per quota: what was handed over and what confirmed."""
        require(self.ctx.actor, Op.READ_BALANCE)
        with self.ctx.store.reading() as r:
            return self.ctx.memo.get(
                r,
                ("stages", agreement_ref),
                lambda: r.stage_figures(_agreement(r, agreement_ref).agreement_id),
            )

    def stage_report(self, stage_ref: str) -> StageReport:
        """One stage: per quota, the manifest (counts by status), approvals, handover, receipt."""
        require(self.ctx.actor, Op.READ_BALANCE)
        with self.ctx.store.reading() as r:
            stage = r.stage(stage_ref)
            if stage is None:
                raise NotFound("stage", stage_ref)
            agreement = _agreement(r, stage.agreement_ref)
            figures = {
                f.quota_id: f
                for f in r.stage_figures(agreement.agreement_id)
                if f.stage_ref == stage_ref
            }
            quotas = [
                _stage_quota_report(r, stage, q, figures.get(q.quota_id)) for q in agreement.quotas
            ]
        return StageReport(stage, [q for q in quotas if q.used])

    def discrepancies(self, agreement_ref: str) -> list[Discrepancy]:
        """Stages whose receipts do not match their handovers."""
        require(self.ctx.actor, Op.READ_BALANCE)
        with self.ctx.store.reading() as r:
            return find_discrepancies(r.stage_figures(_agreement(r, agreement_ref).agreement_id))


@dataclass(frozen=True)
class StageQuotaReport:
    """One quota's part of a stage, in counts only: no personal record."""

    quota_id: str
    terms: str
    from_party: str
    to_party: str
    manifest: dict[str, int]
    approvals: list[str]
    handed_over: int | None
    confirmed: int | None

    @property
    def used(self) -> bool:
        """Whether anything was listed, approved, handed over or received under it here."""
        figures = (self.handed_over, self.confirmed)
        return bool(self.manifest or self.approvals) or figures != (None, None)


@dataclass(frozen=True)
class StageReport:
    stage: StageView
    quotas: list[StageQuotaReport]


def _stage_quota_report(
    r: Reader, stage: StageView, quota: QuotaTerm, figures: StageFigures | None
) -> StageQuotaReport:
    states = r.manifest_states(stage.stage_id, quota.quota_id)
    return StageQuotaReport(
        quota_id=quota.quota_id,
        terms=describe(quota),
        from_party=quota.from_party,
        to_party=quota.to_party,
        manifest=dict(Counter(str(p.status) for p in states.values())),
        approvals=sorted(r.manifest_approvals(stage.stage_id, quota.quota_id)),
        handed_over=figures.handed_over if figures else None,
        confirmed=figures.confirmed if figures else None,
    )


def _agreement(r: Reader, ref: str) -> AgreementView:
    agreement = r.agreement(ref)
    if agreement is None:
        raise NotFound("agreement", ref)
    return agreement


def _stage_quota(r: Reader, stage_ref: str, quota_id: str) -> tuple[StageView, QuotaTerm]:
    stage = r.stage(stage_ref)
    if stage is None:
        raise NotFound("stage", stage_ref)
    agreement = _agreement(r, stage.agreement_ref)
    quota = agreement.quota(quota_id)
    if quota is None:
        raise NotFound(f"quota of agreement {agreement.ref}", quota_id)
    return stage, quota


def _misfits(person: PersonState, quota: QuotaTerm) -> list[Problem]:
    if person.kind not in quota.category.kinds:
        return [
            Problem(
                f"is {person.kind}, the quota is for {quota.category}",
                field="persons",
                value=person.person_id,
            )
        ]
    if person.holding_party != quota.from_party or person.origin_party != quota.to_party:
        where = f"held by {person.holding_party}, from {person.origin_party}"
        reason = f"{where}: does not fit {quota.quota_id}"
        return [Problem(reason, field="persons", value=person.person_id)]
    return []


def _check_fits(person: PersonState, quota: QuotaTerm) -> None:
    if problems := _misfits(person, quota):
        raise InputError(problems)


def _total(count: int | None, person_ids: Sequence[str]) -> int:
    if count is None:
        return len(person_ids)
    if count > MAX_COUNT:
        raise InputError(Problem(f"at most {MAX_COUNT:,}", field="count", value=str(count)))
    if count < len(person_ids):
        raise InputError(
            Problem(
                f"count is less than the {len(person_ids)} persons named",
                field="count",
                value=str(count),
            )
        )
    return count


def _moves(
    persons: Sequence[PersonState],
    target: Status,
    stage: StageView,
    reason: str,
) -> list[Event]:
    events: list[Event] = []
    for p in persons:
        current = p.status
        check_transition(p.person_id, p.kind, current, target)
        events.append(
            ev.StatusChanged(
                person_id=p.person_id,
                from_status=current,
                to_status=target,
                reason=reason,
                stage_id=stage.stage_id,
            )
        )
    return events


def _day(value: str | None, field: str) -> str | None:
    try:
        return calendar_day(value)
    except ValueError as exc:
        raise InputError(Problem(str(exc), field=field, value=value)) from None
