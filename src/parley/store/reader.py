"""Queries over the projection, answering the domain's Reader port."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, or_, select

from parley.domain.balances import QuotaFigures, StageFigures
from parley.domain.canonical import GENESIS_HASH
from parley.domain.claim_records import ClaimRecord
from parley.domain.events import QuotaTerm
from parley.domain.lifecycle import Status
from parley.domain.matching import CandidateView
from parley.domain.model import Category, PersonName
from parley.domain.ports import PersonFilter
from parley.domain.search import SearchTerm
from parley.domain.views import (
    AgreementView,
    CommandRecord,
    PartyView,
    PersonState,
    PersonView,
    StageView,
    StatusEntry,
)
from parley.store import claim_queries, search_queries
from parley.store import schema as t
from parley.store.users import UserQueries

_CHUNK = 500


# Built once: every list of persons reads their names and disclosures with these.
_NAMES_OF = (
    select(t.person_names)
    .where(t.person_names.c.person_id.in_(bindparam("ids", expanding=True)))
    .order_by(t.person_names.c.position)
)
_DISCLOSURES_OF = select(t.disclosures).where(
    t.disclosures.c.person_id.in_(bindparam("ids", expanding=True))
)


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def read_head(conn: Connection) -> tuple[int, str]:
    """The last event's sequence number and hash (0 and the genesis hash when empty)."""
    j = t.journal
    row = conn.execute(select(j.c.seq, j.c.hash).order_by(j.c.seq.desc()).limit(1)).first()
    return (row.seq, row.hash) if row else (0, GENESIS_HASH)


class SqlReader(UserQueries):
    """Reads the projection through one connection (and so one transaction)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def head_seq(self) -> int:
        """The sequence number of the journal's last event (0 when it is empty)."""
        return read_head(self.conn)[0]

    def party(self, code: str) -> PartyView | None:
        row = self.conn.execute(select(t.parties).where(t.parties.c.code == code)).first()
        return PartyView(row.code, row.kind, json.loads(row.names)) if row else None

    def parties(self) -> list[PartyView]:
        rows = self.conn.execute(select(t.parties).order_by(t.parties.c.seq))
        return [PartyView(r.code, r.kind, json.loads(r.names)) for r in rows]

    def agreement(self, ref: str) -> AgreementView | None:
        row = self.conn.execute(select(t.agreements).where(t.agreements.c.ref == ref)).first()
        return self._agreement(row) if row else None

    def agreements(self) -> list[AgreementView]:
        rows = self.conn.execute(select(t.agreements).order_by(t.agreements.c.seq)).all()
        return [self._agreement(r) for r in rows]

    def _agreement(self, row: Row[Any]) -> AgreementView:
        q = t.quotas
        rows = self.conn.execute(
            select(q).where(q.c.agreement_id == row.agreement_id).order_by(q.c.position)
        )
        fields = set(QuotaTerm.model_fields)
        quotas = [QuotaTerm(**{k: v for k, v in r._mapping.items() if k in fields}) for r in rows]
        return AgreementView(
            row.agreement_id,
            row.ref,
            row.title,
            row.signed_on,
            row.venue,
            json.loads(row.parties),
            json.loads(row.intermediaries),
            quotas,
        )

    def exchange_id(self, ref: str) -> str | None:
        e = t.exchanges
        return self.conn.execute(select(e.c.exchange_id).where(e.c.ref == ref)).scalar()

    def stage(self, ref: str) -> StageView | None:
        s, e, a = t.stages, t.exchanges, t.agreements
        stmt = (
            select(
                s, e.c.ref.label("exchange_ref"), e.c.agreement_id, a.c.ref.label("agreement_ref")
            )
            .join(e, e.c.exchange_id == s.c.exchange_id)
            .join(a, a.c.agreement_id == e.c.agreement_id)
            .where(s.c.ref == ref)
        )
        r = self.conn.execute(stmt).first()
        if r is None:
            return None
        return StageView(
            r.stage_id,
            r.ref,
            r.exchange_id,
            r.exchange_ref,
            r.agreement_id,
            r.agreement_ref,
            r.planned_on,
            r.place,
            r.transit_party,
        )

    def persons(self, ids: Sequence[str]) -> dict[str, PersonView]:
        found: dict[str, PersonView] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            rows = self.conn.execute(
                select(t.persons).where(t.persons.c.person_id.in_(chunk))
            ).all()
            found.update({p.person_id: p for p in self._persons(rows)})
        return found

    def find_persons(self, where: PersonFilter) -> list[PersonView]:
        p = t.persons
        stmt = select(p).order_by(p.c.seq, p.c.person_id).limit(where.limit).offset(where.offset)
        if where.visible_to is not None:
            stmt = stmt.where(search_queries.visible_to(where.visible_to))
        for column in ("holding_party", "origin_party", "kind", "status"):
            value = getattr(where, column)
            if value is not None:
                stmt = stmt.where(p.c[column] == value)
        return self._persons(self.conn.execute(stmt).all())

    def search_persons(
        self, terms: Sequence[SearchTerm], *, visible_to: str | None, limit: int, offset: int
    ) -> list[PersonView]:
        stmt, params = search_queries.search(
            terms, visible_to=visible_to, limit=limit, offset=offset
        )
        return self._persons(self.conn.execute(stmt, params).all())

    def _persons(self, rows: Sequence[Row[Any]]) -> list[PersonView]:
        ids = [r.person_id for r in rows]
        names: dict[str, list[PersonName]] = {i: [] for i in ids}
        disclosed: dict[str, set[str]] = {i: set() for i in ids}
        for chunk in _chunks(ids):
            for r in self.conn.execute(_NAMES_OF, {"ids": chunk}):
                names[r.person_id].append(
                    PersonName(r.surname, r.given_name, r.patronymic, r.script, r.lang)
                )
            for r in self.conn.execute(_DISCLOSURES_OF, {"ids": chunk}):
                disclosed[r.person_id].add(r.party)
        return [
            self._person(r, names[r.person_id], frozenset(disclosed[r.person_id])) for r in rows
        ]

    @staticmethod
    def _person(r: Row[Any], names: list[PersonName], disclosed: frozenset[str]) -> PersonView:
        m = dict(r._mapping)
        m.pop("seq")
        m.update(
            kind=Category(m["kind"]),
            status=Status(m["status"]),
            health=json.loads(m["health"]),
            names=names,
            disclosed_to=disclosed,
        )
        return PersonView(**m)

    def status_history(self, person_id: str) -> list[StatusEntry]:
        h, s = t.status_history, t.stages
        stmt = (
            select(h, s.c.ref.label("stage_ref"))
            .outerjoin(s, s.c.stage_id == h.c.stage_id)
            .where(h.c.person_id == person_id)
            .order_by(h.c.seq)
        )
        return [
            StatusEntry(r.seq, r.from_status, r.to_status, r.occurred_at, r.reason, r.stage_ref)
            for r in self.conn.execute(stmt)
        ]

    def persons_by_ref(self, party: str, refs: Sequence[str]) -> dict[str, str]:
        p = t.persons
        found: dict[str, str] = {}
        for chunk in _chunks(list(refs)):
            stmt = select(p.c.external_ref, p.c.person_id).where(
                p.c.submitted_by == party, p.c.external_ref.in_(chunk)
            )
            found.update((ref, pid) for ref, pid in self.conn.execute(stmt))
        return found

    def manifest_approvals(self, stage_id: str, quota_id: str) -> set[str]:
        a = t.manifest_approvals
        stmt = select(a.c.party).where(a.c.stage_id == stage_id, a.c.quota_id == quota_id)
        return set(self.conn.execute(stmt).scalars())

    def person_states(self, ids: Sequence[str]) -> dict[str, PersonState]:
        found: dict[str, PersonState] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            found.update(self._states(t.persons.c.person_id.in_(chunk), chunk))
        return found

    def manifest_states(self, stage_id: str, quota_id: str) -> dict[str, PersonState]:
        mp, me = t.manifest_persons, t.manifest_entries
        named = (
            select(mp.c.person_id)
            .join(me, me.c.entry_id == mp.c.entry_id)
            .where(me.c.stage_id == stage_id, me.c.quota_id == quota_id)
        )
        return self._states(t.persons.c.person_id.in_(named), None)

    def _states(self, where: Any, ids: Sequence[str] | None) -> dict[str, PersonState]:
        p, d = t.persons, t.disclosures
        columns = (
            p.c.person_id,
            p.c.kind,
            p.c.status,
            p.c.submitted_by,
            p.c.origin_party,
            p.c.holding_party,
        )
        rows = self.conn.execute(select(*columns).where(where)).all()
        disclosed: dict[str, set[str]] = {}
        for chunk in _chunks(ids if ids is not None else [r.person_id for r in rows]):
            for pid, party in self.conn.execute(
                select(d.c.person_id, d.c.party).where(d.c.person_id.in_(chunk))
            ):
                disclosed.setdefault(pid, set()).add(party)
        return {
            r.person_id: PersonState(
                r.person_id,
                Category(r.kind),
                Status(r.status),
                r.submitted_by,
                r.origin_party,
                r.holding_party,
                frozenset(disclosed.get(r.person_id, ())),
            )
            for r in rows
        }

    def quota_figures(self, agreement_id: str) -> list[QuotaFigures]:
        agreement = self.conn.execute(
            select(t.agreements.c.ref).where(t.agreements.c.agreement_id == agreement_id)
        ).scalar_one()
        view = self.agreement(agreement)
        assert view is not None
        sums = {name: self._sum_by_quota(table, agreement_id) for name, table in _COUNTED.items()}
        return [
            QuotaFigures(
                q,
                listed=sums["listed"].get(q.quota_id, 0),
                handed_over=sums["handed_over"].get(q.quota_id, 0),
                confirmed=sums["confirmed"].get(q.quota_id, 0),
                known_held=self._known_held(q),
            )
            for q in view.quotas
        ]

    def _sum_by_quota(self, table: Any, agreement_id: str) -> dict[str, int]:
        q = t.quotas
        stmt = (
            select(table.c.quota_id, func.sum(table.c.count))
            .join(q, q.c.quota_id == table.c.quota_id)
            .where(q.c.agreement_id == agreement_id)
            .group_by(table.c.quota_id)
        )
        return {quota_id: int(total) for quota_id, total in self.conn.execute(stmt)}

    def _known_held(self, quota: QuotaTerm) -> int:
        h = t.held_counts
        stmt = select(func.coalesce(func.sum(h.c.held), 0)).where(
            h.c.kind.in_([k.value for k in quota.category.kinds]),
            h.c.holding_party == quota.from_party,
            h.c.origin_party == quota.to_party,
        )
        return int(self.conn.execute(stmt).scalar_one())

    def stage_figures(self, agreement_id: str) -> list[StageFigures]:
        s, e, q = t.stages, t.exchanges, t.quotas
        per_stage = {
            name: self._sum_by_stage(table, agreement_id) for name, table in _COUNTED.items()
        }
        keys = sorted(set().union(*per_stage.values()))
        stmt = (
            select(s.c.stage_id, s.c.ref, s.c.planned_on, e.c.ref.label("exchange_ref"))
            .join(e, e.c.exchange_id == s.c.exchange_id)
            .where(e.c.agreement_id == agreement_id)
        )
        stages = {r.stage_id: r for r in self.conn.execute(stmt)}
        quotas = {
            r.quota_id: r
            for r in self.conn.execute(select(q).where(q.c.agreement_id == agreement_id))
        }
        figures = [
            StageFigures(
                exchange_ref=stages[sid].exchange_ref,
                stage_ref=stages[sid].ref,
                planned_on=stages[sid].planned_on,
                quota_id=qid,
                from_party=quotas[qid].from_party,
                to_party=quotas[qid].to_party,
                category=quotas[qid].category,
                handed_over=per_stage["handed_over"].get((sid, qid)),
                confirmed=per_stage["confirmed"].get((sid, qid)),
            )
            for sid, qid in keys
        ]
        return sorted(
            figures, key=lambda f: (f.planned_on or "", f.stage_ref, quotas[f.quota_id].position)
        )

    def _sum_by_stage(self, table: Any, agreement_id: str) -> dict[tuple[str, str], int]:
        q = t.quotas
        stmt = (
            select(table.c.stage_id, table.c.quota_id, func.sum(table.c.count))
            .join(q, q.c.quota_id == table.c.quota_id)
            .where(q.c.agreement_id == agreement_id)
            .group_by(table.c.stage_id, table.c.quota_id)
        )
        return {(sid, qid): int(total) for sid, qid, total in self.conn.execute(stmt)}

    def command(self, key: str) -> CommandRecord | None:
        c = t.commands
        r = self.conn.execute(select(c).where(c.c.key == key)).first()
        return CommandRecord(r.key, r.fingerprint, r.first_seq, r.last_seq, r.result) if r else None

    def match_candidate(self, candidate_id: str) -> CandidateView | None:
        c = t.match_candidates
        row = self.conn.execute(select(c).where(c.c.candidate_id == candidate_id)).first()
        return _candidate(row) if row else None

    def match_queue(self, limit: int) -> list[CandidateView]:
        c = t.match_candidates
        stmt = (
            select(c)
            .where(c.c.status == "review")
            .order_by(c.c.probability_ppm.desc(), c.c.candidate_id)
            .limit(limit)
        )
        return [_candidate(r) for r in self.conn.execute(stmt)]

    def linked_persons(self, person_id: str) -> list[str]:
        links = t.person_links
        stmt = select(links.c.person_a, links.c.person_b).where(
            or_(links.c.person_a == person_id, links.c.person_b == person_id)
        )
        return sorted({b if a == person_id else a for a, b in self.conn.execute(stmt)})

    def accepted_pairs(self) -> list[tuple[str, str]]:
        c = t.match_candidates
        stmt = select(c.c.left_key, c.c.right_key).where(c.c.status == "accepted").order_by(c.c.seq)
        return [(a, b) for a, b in self.conn.execute(stmt)]

    def claims(
        self, subject_refs: Sequence[str] | None = None, *, current_only: bool = True
    ) -> list[ClaimRecord]:
        return claim_queries.claims(self.conn, subject_refs, current_only=current_only)

    def claim(self, claim_id: str) -> ClaimRecord | None:
        return claim_queries.claim(self.conn, claim_id)

    def subject_refs(self, agreement_id: str) -> dict[str, str]:
        return claim_queries.subject_refs(self.conn, agreement_id)


def _candidate(r: Row[Any]) -> CandidateView:
    return CandidateView(
        candidate_id=r.candidate_id,
        run_id=r.run_id,
        left_key=r.left_key,
        right_key=r.right_key,
        left_person_id=r.left_person_id,
        right_person_id=r.right_person_id,
        left_record=json.loads(r.left_record),
        right_record=json.loads(r.right_record),
        probability=r.probability_ppm / 1_000_000,
        match_weight=r.match_weight_milli / 1000,
        contributions=[
            (c["comparison"], c["level"], c["weight_milli"] / 1000)
            for c in json.loads(r.contributions)
        ],
        status=r.status,
    )


_COUNTED = {"listed": t.manifest_entries, "handed_over": t.handovers, "confirmed": t.receipts}
