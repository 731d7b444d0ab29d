"""Appending to the journal, with the projection updated in the same transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from parley.domain.canonical import (
    CommandHeaders,
    canonical_json,
    chain_hash_encoded,
)
from parley.domain.events import Event
from parley.domain.ports import Envelope
from parley.errors import ConcurrencyConflict
from parley.store import schema as t
from parley.store.bulk import insert_many
from parley.store.projector import Projector
from parley.store.reader import SqlReader, read_head
from parley.store.users import SecretWrites


class SqlWriter(SqlReader, SecretWrites):
    """One write transaction. The chain head is read first, before anything the command reads."""

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        self.head = read_head(conn)
        self.appended = False

    def append(self, events: Sequence[Event], envelope: Envelope) -> tuple[int, int]:
        """Append events after the head read at the start; returns the first and last seq.

        A concurrent writer that appended first makes the journal's primary key reject
        these rows: that surfaces as ConcurrencyConflict and nothing of this command stays.
        """
        if self.appended:
            raise RuntimeError("one append per write transaction")
        self.appended = True
        seq, prev = self.head
        first = seq + 1
        actor = envelope.actor
        projector = Projector(self.conn)
        common = {
            "recorded_at": envelope.recorded_at,
            "occurred_at": envelope.occurred_at,
            "actor": actor.name,
            "actor_role": actor.role.value,
            "actor_party": actor.party,
            "command_key": envelope.command_key,
        }
        headers = CommandHeaders(common)
        # A NULL is left to the column's default: sqlite3 binds None through its adapter
        # lookup, which costs more per value than the rest of the row's binding.
        present = {k: v for k, v in common.items() if v is not None}
        rows = []
        for event in events:
            seq += 1
            payload = event.model_dump(mode="json")
            payload_json = canonical_json(payload)
            header_json = headers.encode(seq, event.TYPE, event.VERSION)
            row = {
                **present,
                "seq": seq,
                "type": event.TYPE,
                "version": event.VERSION,
                "payload": payload_json,
                "prev_hash": prev,
            }
            prev = row["hash"] = chain_hash_encoded(prev, header_json, payload_json)
            rows.append(row)
            projector.apply(event.TYPE, payload, seq, envelope.occurred_at)
        try:
            insert_many(self.conn, t.journal, rows)
        except IntegrityError as exc:
            raise ConcurrencyConflict(f"another writer appended event {first} first") from exc
        projector.flush()
        if envelope.command_key is not None:
            self.conn.execute(
                t.commands.insert(),
                {
                    "key": envelope.command_key,
                    "fingerprint": envelope.fingerprint,
                    "first_seq": first,
                    "last_seq": seq,
                    "result": envelope.result,
                },
            )
        self.head = (seq, prev)
        return first, seq
