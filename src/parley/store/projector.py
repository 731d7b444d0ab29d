"""The projection: how each journal event changes the tables the queries read.

One function per event type turns an event's payload into row operations; `Projector`
batches consecutive operations of the same shape into one executemany. The same code
updates the live projection inside each append and rebuilds it from scratch in verify.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table

from parley.domain import events as ev
from parley.domain.canonical import canonical_json
from parley.domain.lifecycle import GONE
from parley.domain.model import PersonName
from parley.domain.search import search_keys
from parley.store import schema as t
from parley.store.bulk import insert_many, update_many
from parley.store.tallies import Tally, write_tallies


# Named tuples, not frozen dataclasses: a status change makes three of these, and a
# frozen dataclass costs several times a tuple to build.
class Insert(NamedTuple):
    table: Table
    row: dict[str, Any]


class Update(NamedTuple):
    table: Table
    key: dict[str, Any]
    values: dict[str, Any]


Op = Insert | Update | Tally
Payload = Mapping[str, Any]


def _party(p: Payload, seq: int, at: str | None) -> list[Op]:
    names = canonical_json(p["names"])
    return [Insert(t.parties, {"code": p["code"], "kind": p["kind"], "names": names, "seq": seq})]


def _agreement(p: Payload, seq: int, at: str | None) -> list[Op]:
    ops: list[Op] = [
        Insert(
            t.agreements,
            {
                "agreement_id": p["agreement_id"],
                "ref": p["ref"],
                "title": p["title"],
                "signed_on": p["signed_on"],
                "venue": p["venue"],
                "parties": canonical_json(p["parties"]),
                "intermediaries": canonical_json(p["intermediaries"]),
                "seq": seq,
            },
        )
    ]
    for position, q in enumerate(p["quotas"]):
        row = dict(q, agreement_id=p["agreement_id"], position=position, seq=seq)
        ops.append(Insert(t.quotas, row))
    return ops


_PERSON_COLUMNS = tuple(
    c.name for c in t.persons.columns if c.name not in {"status", "health", "seq"}
)


def _person(p: Payload, seq: int, at: str | None) -> list[Op]:
    # Absent fields are left to the columns' NULL default (see `bulk`: binding None is dear).
    row = {c: p[c] for c in _PERSON_COLUMNS if p.get(c) is not None}
    row.update(status="held", health=canonical_json(p.get("health", [])), seq=seq)
    ops: list[Op] = [Insert(t.persons, row)]
    by = p["submitted_by"]
    for position, name in enumerate(p["names"]):
        ops.append(
            Insert(t.person_names, dict(name, person_id=p["person_id"], position=position, seq=seq))
        )
    for key in sorted(search_keys(PersonName(**name) for name in p["names"])):
        key_row = {"person_id": p["person_id"], "key": key, "seq": seq, "submitted_by": by}
        ops.append(Insert(t.person_search_keys, key_row))
    ops.append(Tally(p["person_id"], 1, (p["holding_party"], p["origin_party"], p["kind"])))
    return ops


def _status(p: Payload, seq: int, at: str | None) -> list[Op]:
    history = {
        "seq": seq,
        "person_id": p["person_id"],
        "from_status": p["from_status"],
        "to_status": p["to_status"],
        "reason": p["reason"],
        "stage_id": p["stage_id"],
    }
    if at is not None:
        history["occurred_at"] = at
    key = {"person_id": p["person_id"]}
    ops: list[Op] = [
        Insert(t.status_history, history),
        Update(t.persons, key, {"status": p["to_status"], "seq": seq}),
    ]
    # Status is a StrEnum: the payload's strings are found in GONE as they are.
    delta = (p["from_status"] in GONE) - (p["to_status"] in GONE)
    if delta:
        ops.append(Tally(p["person_id"], delta))
    return ops


def _disclosed(p: Payload, seq: int, at: str | None) -> list[Op]:
    return [
        Insert(t.disclosures, {"person_id": pid, "party": p["party"], "seq": seq})
        for pid in p["person_ids"]
    ]


def _exchange(p: Payload, seq: int, at: str | None) -> list[Op]:
    return [Insert(t.exchanges, dict(p, seq=seq))]


def _stage(p: Payload, seq: int, at: str | None) -> list[Op]:
    return [Insert(t.stages, dict(p, seq=seq))]


def _manifest(p: Payload, seq: int, at: str | None) -> list[Op]:
    entry = {k: p[k] for k in ("entry_id", "stage_id", "quota_id", "count", "by_party")}
    ops: list[Op] = [Insert(t.manifest_entries, dict(entry, named=len(p["person_ids"]), seq=seq))]
    for pid in p["person_ids"]:
        ops.append(
            Insert(t.manifest_persons, {"entry_id": p["entry_id"], "person_id": pid, "seq": seq})
        )
    return ops


def _approved(p: Payload, seq: int, at: str | None) -> list[Op]:
    row = {"stage_id": p["stage_id"], "quota_id": p["quota_id"], "party": p["by_party"], "seq": seq}
    return [Insert(t.manifest_approvals, row)]


def _handover(p: Payload, seq: int, at: str | None) -> list[Op]:
    keys = ("handover_id", "stage_id", "quota_id", "count", "by_party", "via_party")
    row = {k: p[k] for k in keys}
    return [Insert(t.handovers, dict(row, named=len(p["person_ids"]), seq=seq))]


def _receipt(p: Payload, seq: int, at: str | None) -> list[Op]:
    keys = ("receipt_id", "stage_id", "quota_id", "count", "by_party", "note")
    row = {k: p[k] for k in keys}
    return [Insert(t.receipts, dict(row, named=len(p["person_ids"]), seq=seq))]


def _match_run(p: Payload, seq: int, at: str | None) -> list[Op]:
    # Clusters stay in the journal: the queue is reviewed pair by pair.
    row = {k: v for k, v in p.items() if k != "clusters"}
    return [Insert(t.match_runs, dict(row, seq=seq))]


def _match_candidate(p: Payload, seq: int, at: str | None) -> list[Op]:
    row = dict(p, status="review", decided_by=None, note="", seq=seq)
    for field in ("left_record", "right_record", "contributions"):
        row[field] = canonical_json(p[field])
    return [Insert(t.match_candidates, row)]


def _match_decided(p: Payload, seq: int, at: str | None) -> list[Op]:
    status = "accepted" if p["accepted"] else "rejected"
    values = {"status": status, "decided_by": p["decided_by"], "note": p["note"], "seq": seq}
    ops: list[Op] = [Update(t.match_candidates, {"candidate_id": p["candidate_id"]}, values)]
    pair = sorted(x for x in (p["left_person_id"], p["right_person_id"]) if x)
    if p["accepted"] and len(pair) == 2 and pair[0] != pair[1]:
        row = {
            "person_a": pair[0],
            "person_b": pair[1],
            "candidate_id": p["candidate_id"],
            "seq": seq,
        }
        ops.append(Insert(t.person_links, row))
    return ops


def _claim_row(p: Payload, seq: int, **extra: Any) -> dict[str, Any]:
    keep = {c.name for c in t.claims.columns}
    row = {k: v for k, v in p.items() if k in keep}
    defaults = {"status": "current", "corrects": None, "superseded_by": None, "reason": ""}
    return {**defaults, **row, **extra, "seq": seq}


def _claim(p: Payload, seq: int, at: str | None) -> list[Op]:
    return [Insert(t.claims, _claim_row(p, seq))]


def _claim_corrected(p: Payload, seq: int, at: str | None) -> list[Op]:
    earlier = {"status": "superseded", "superseded_by": p["claim_id"], "seq": seq}
    return [
        Insert(t.claims, _claim_row(p, seq)),
        Update(t.claims, {"claim_id": p["corrects"]}, earlier),
    ]


def _claim_retracted(p: Payload, seq: int, at: str | None) -> list[Op]:
    values = {"status": "retracted", "reason": p["reason"], "seq": seq}
    return [Update(t.claims, {"claim_id": p["claim_id"]}, values)]


def _user(p: Payload, seq: int, at: str | None) -> list[Op]:
    return [
        Insert(t.users, {"name": p["name"], "role": p["role"], "party": p["party"], "seq": seq})
    ]


def _token(p: Payload, seq: int, at: str | None) -> list[Op]:
    row = {"token_id": p["token_id"], "user_name": p["user"], "revoked": False, "seq": seq}
    return [Insert(t.api_tokens, row)]


def _tokens_revoked(p: Payload, seq: int, at: str | None) -> list[Op]:
    values = {"revoked": True, "seq": seq}
    return [Update(t.api_tokens, {"token_id": token}, values) for token in p["token_ids"]]


PROJECTIONS: dict[str, Callable[[Payload, int, str | None], list[Op]]] = {
    ev.PartyRegistered.TYPE: _party,
    ev.AgreementRecorded.TYPE: _agreement,
    ev.PersonRegistered.TYPE: _person,
    ev.StatusChanged.TYPE: _status,
    ev.RecordsDisclosed.TYPE: _disclosed,
    ev.ExchangeOpened.TYPE: _exchange,
    ev.StageScheduled.TYPE: _stage,
    ev.ManifestEntered.TYPE: _manifest,
    ev.ManifestApproved.TYPE: _approved,
    ev.HandoverRecorded.TYPE: _handover,
    ev.ReceiptConfirmed.TYPE: _receipt,
    ev.MatchRunRecorded.TYPE: _match_run,
    ev.MatchCandidateQueued.TYPE: _match_candidate,
    ev.MatchDecided.TYPE: _match_decided,
    ev.ClaimRecorded.TYPE: _claim,
    ev.ClaimCorrected.TYPE: _claim_corrected,
    ev.ClaimRetracted.TYPE: _claim_retracted,
    ev.UserAdded.TYPE: _user,
    ev.TokenIssued.TYPE: _token,
    ev.TokensRevoked.TYPE: _tokens_revoked,
}


class Projector:
    """Collects row operations and writes them in batches.

    Inserts go first, table by table in foreign-key order, then updates in the order they
    were made. That order is safe because an update never precedes the insert of its row
    in the journal, and no insert depends on an update.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        # Rows to write, by table and shape (their keys); updates' keys as `k_<column>`.
        self.inserts: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
        self.updates: dict[tuple[Table, tuple[str, ...], tuple[str, ...]], list[dict[str, Any]]]
        self.updates = {}
        self.tallies: list[Tally] = []

    def apply(self, type_name: str, payload: Payload, seq: int, occurred_at: str | None) -> None:
        """Queue the row operations of one event."""
        for op in PROJECTIONS[type_name](payload, seq, occurred_at):
            if isinstance(op, Insert):
                self.inserts.setdefault((op.table.name, tuple(op.row)), []).append(op.row)
            elif isinstance(op, Update):
                params = dict(op.values)
                for column, value in op.key.items():
                    params["k_" + column] = value
                shape = (op.table, tuple(op.key), tuple(params))
                self.updates.setdefault(shape, []).append(params)
            else:
                self.tallies.append(op)

    def flush(self) -> None:
        """Write every queued operation."""
        for table in t.metadata.sorted_tables:
            for (name, _), rows in self.inserts.items():
                if name == table.name:
                    insert_many(self.conn, table, rows)
        for (table, key, _), rows in self.updates.items():
            update_many(self.conn, table, list(key), rows)
        write_tallies(self.conn, self.tallies)
        self.inserts, self.updates, self.tallies = {}, {}, []
