"""What every service call carries (store, actor, clock) and the one way commands are written.

A command reads what it needs inside a write transaction, decides its events, and
appends them; the projection changes in the same transaction. An idempotency key makes
a retried command return its first result and change nothing. A command that lost the
race for the journal head (PostgreSQL) is run again from the start on fresh state.
`dry_run` makes the same decision in a read transaction and appends nothing.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any

from parley.domain.access import Actor
from parley.domain.canonical import canonical_json
from parley.domain.events import Event
from parley.domain.ports import Envelope, Reader, Store, Writer
from parley.domain.views import CommandRecord
from parley.errors import ConcurrencyConflict, IdempotencyMismatch
from parley.services.memo import NO_MEMO, Memo

Decision = tuple[list[Event], Any]
MAX_ATTEMPTS = 50


def utc_now() -> str:
    """The current time, UTC, to the microsecond."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def new_id() -> str:
    """A fresh identifier that sorts by creation time (the layout of a UUIDv7, as hex).

    Time-ordered keys land at the end of the tables' indexes instead of at random
    places, which keeps appends fast as the ledger grows. (`uuid.uuid7` arrives only in
    Python 3.14.)
    """
    millis = time.time_ns() // 1_000_000
    return f"{millis:012x}7{secrets.token_hex(10)[:19]}"


@dataclass(frozen=True)
class Context:
    """The store, who is acting, and the sources of time and identifiers."""

    store: Store
    actor: Actor
    now: Callable[[], str] = field(default=utc_now)
    new_id: Callable[[], str] = field(default=new_id)
    memo: Memo = field(default=NO_MEMO)


def fingerprint(command: str, params: Mapping[str, Any]) -> str:
    """A stable digest of a command and its parameters, to tell a retry from a reuse."""
    return sha256(canonical_json({"command": command, "params": params}).encode()).hexdigest()


def execute(
    ctx: Context,
    command: str,
    params: Mapping[str, Any],
    decide: Callable[[Writer], Decision],
    *,
    key: str | None,
    occurred_at: str | None = None,
) -> Any:
    """Run one command: replay its result if `key` was seen, else decide and append."""
    digest = fingerprint(command, params)
    for attempt in range(MAX_ATTEMPTS):
        try:
            with ctx.store.writing() as writer:
                if key is not None and (seen := writer.command(key)) is not None:
                    return _replay(seen, digest, key)
                events, result = decide(writer)
                result_json = canonical_json(result)
                if events:
                    envelope = Envelope(ctx.actor, ctx.now(), occurred_at, key, digest, result_json)
                    writer.append(events, envelope)
                return json.loads(result_json)
        except ConcurrencyConflict:
            time.sleep(min(0.001 * 2**attempt, 0.05))
    raise ConcurrencyConflict(f"{command}: gave up after {MAX_ATTEMPTS} attempts")


def dry_run(
    ctx: Context,
    command: str,
    params: Mapping[str, Any],
    decide: Callable[[Reader], Decision],
    *,
    key: str | None,
) -> tuple[bool, Any]:
    """Decide a command without writing: (True, its first result) if `key` already ran it,
    else (False, the result it would return). Raises what `execute` would raise."""
    digest = fingerprint(command, params)
    with ctx.store.reading() as reader:
        if key is not None and (seen := reader.command(key)) is not None:
            return True, _replay(seen, digest, key)
        _, result = decide(reader)
        return False, json.loads(canonical_json(result))


def _replay(seen: CommandRecord, digest: str, key: str) -> Any:
    """The first result of a command run again with its key; refused for another command."""
    if seen.fingerprint != digest:
        raise IdempotencyMismatch(f"idempotency key {key!r} was used for a different command")
    return json.loads(seen.result)
