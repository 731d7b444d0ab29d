"""Canonical encoding and the hash chain: what makes the journal verifiable by anyone.

Payloads are JSON with sorted keys, no insignificant white space and UTF-8 text; for the
values Parley stores (strings, integers, booleans, null, lists and objects, never floats)
this is exactly RFC 8785 (checked against the `rfc8785` package by a property test).
Python's C JSON encoder is used because it is that output at a fraction of the cost.

An event's hash is SHA-256 over: the previous hash, a newline, the header (a JSON array of
the fields in HEADER_FIELDS order), a newline, and the payload exactly as stored. A
verifier therefore needs only the stored rows, and any changed byte, deleted, inserted
or reordered event breaks the chain.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from hashlib import sha256
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

GENESIS_HASH = "0" * 64

HEADER_FIELDS = (
    "seq",
    "recorded_at",
    "occurred_at",
    "actor",
    "actor_role",
    "actor_party",
    "type",
    "version",
    "command_key",
)
STORED_FIELDS = (*HEADER_FIELDS, "payload", "prev_hash", "hash")
_N = len(HEADER_FIELDS)


# One encoder, built once: json.dumps would build a new one per call for these options.
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
)


# JSONEncoder.encode also builds its C encoder anew on every call; this runs at least twice
# per event on every path, so the C encoder is built once (no cycle check: payloads are
# trees). Where the C accelerator is missing, the plain encoder gives the same text.
_C_ENCODE = (
    c_make_encoder(None, _ENCODER.default, encode_basestring, None, ":", ",", True, False, False)
    if c_make_encoder is not None
    else None
)


def canonical_json(value: Any) -> str:
    """Encode a JSON-compatible value canonically (sorted keys, compact, UTF-8, no NaN)."""
    if _C_ENCODE is None:
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


def header_values(header: Mapping[str, Any]) -> list[Any]:
    """An event's header fields in the fixed order HEADER_FIELDS, as the hash reads them."""
    return [header[k] for k in HEADER_FIELDS]


def chain_hash(prev_hash: str, header: Sequence[Any], payload_json: str) -> str:
    """The hash of one event, chained to the one before it; `header` as `header_values`."""
    return chain_hash_encoded(prev_hash, canonical_json(header), payload_json)


def chain_hash_encoded(prev_hash: str, header_json: str, payload_json: str) -> str:
    """`chain_hash` with the header already encoded as canonical JSON."""
    return sha256(f"{prev_hash}\n{header_json}\n{payload_json}".encode()).hexdigest()


class CommandHeaders:
    """The canonical headers of one command's events, from parts encoded once.

    Within one command only seq, type and version change between events; the text made
    here is the one `canonical_json(header_values(row))` gives (a property test holds it
    to that), built without encoding the constant fields again for every event.
    """

    def __init__(self, header: Mapping[str, Any]) -> None:
        values = header_values({**header, "seq": 0, "type": "", "version": 0})
        self._middle = canonical_json(values[1:6])[1:-1]
        self._key = canonical_json(values[8])
        self._types: dict[tuple[str, int], str] = {}

    def encode(self, seq: int, type_name: str, version: int) -> str:
        """The header of the event `seq` of type `type_name`, as canonical JSON."""
        kind = self._types.get((type_name, version))
        if kind is None:
            kind = self._types[(type_name, version)] = canonical_json([type_name, version])[1:-1]
        return f"[{int(seq)},{self._middle},{kind},{self._key}]"


@dataclass(frozen=True)
class ChainBreak:
    """The first place where the stored chain and the recomputed one disagree."""

    seq: int
    reason: str


class ChainVerifier:
    """Checks stored events one at a time, in order, in constant memory."""

    def __init__(self) -> None:
        self.expected_seq = 1
        self.prev_hash = GENESIS_HASH
        self.count = 0

    def check(self, row: Sequence[Any]) -> ChainBreak | None:
        """Check the next stored row: the header fields in HEADER_FIELDS order, then
        payload, prev_hash and hash (the order of `STORED_FIELDS`)."""
        seq = row[0]
        if seq != self.expected_seq:
            what = "missing" if seq > self.expected_seq else "repeated or out of order"
            return ChainBreak(
                self.expected_seq, f"event {self.expected_seq} is {what} (found {seq})"
            )
        payload, prev_hash, stored_hash = row[_N:]
        if prev_hash != self.prev_hash:
            return ChainBreak(seq, "previous-hash link does not match the event before it")
        if chain_hash(prev_hash, row[:_N], payload) != stored_hash:
            return ChainBreak(seq, "stored hash does not match the event's content")
        self.expected_seq += 1
        self.prev_hash = stored_hash
        self.count += 1
        return None
