"""Canonical encoding equals RFC 8785 for Parley's values; the chain catches any change."""

from __future__ import annotations

from typing import Any

import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from parley.domain.canonical import (
    GENESIS_HASH,
    STORED_FIELDS,
    ChainVerifier,
    CommandHeaders,
    canonical_json,
    chain_hash,
    header_values,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
def test_canonical_json_is_rfc8785(value: Any) -> None:
    assert canonical_json(value) == rfc8785.dumps(value).decode("utf-8")


def _chain(payloads: list[str]) -> list[dict[str, Any]]:
    rows, prev = [], GENESIS_HASH
    for seq, payload in enumerate(payloads, 1):
        row: dict[str, Any] = {
            "seq": seq,
            "recorded_at": "2025-05-23T10:00:00+00:00",
            "occurred_at": None,
            "actor": "a",
            "actor_role": "mediator",
            "actor_party": None,
            "type": "t",
            "version": 1,
            "command_key": None,
            "payload": payload,
            "prev_hash": prev,
        }
        prev = row["hash"] = chain_hash(prev, header_values(row), payload)
        rows.append(row)
    return rows


def _first_break(rows: list[dict[str, Any]]) -> int | None:
    verifier = ChainVerifier()
    for row in rows:
        if (broken := verifier.check([row[f] for f in STORED_FIELDS])) is not None:
            return broken.seq
    return None


payload_lists = st.lists(json_values.map(canonical_json), min_size=2, max_size=12)


@given(payload_lists)
def test_untouched_chain_verifies(payloads: list[str]) -> None:
    assert _first_break(_chain(payloads)) is None


@given(payload_lists, st.data())
def test_any_changed_payload_is_found_where_it_was_changed(
    payloads: list[str], data: st.DataObject
) -> None:
    rows = _chain(payloads)
    k = data.draw(st.integers(0, len(rows) - 1))
    rows[k]["payload"] += " "
    assert _first_break(rows) == k + 1


@given(payload_lists, st.data())
def test_deleted_or_swapped_events_are_found(payloads: list[str], data: st.DataObject) -> None:
    rows = _chain(payloads)
    k = data.draw(st.integers(0, len(rows) - 2))
    assert _first_break(rows[:k] + rows[k + 1 :]) == k + 1
    swapped = [*rows[:k], rows[k + 1], rows[k], *rows[k + 2 :]]
    assert _first_break(swapped) == k + 1


_optional_text = st.none() | st.text()


@given(
    st.fixed_dictionaries(
        {
            "recorded_at": st.text(),
            "occurred_at": _optional_text,
            "actor": st.text(),
            "actor_role": st.text(),
            "actor_party": _optional_text,
            "command_key": _optional_text,
        }
    ),
    st.lists(st.tuples(st.integers(1, 2**53), st.text(), st.integers(0, 99)), max_size=5),
)
def test_command_headers_are_the_canonical_encoding_of_the_header(
    common: dict[str, Any], events: list[tuple[int, str, int]]
) -> None:
    headers = CommandHeaders(common)
    for seq, type_name, version in events:
        row = {**common, "seq": seq, "type": type_name, "version": version}
        assert headers.encode(seq, type_name, version) == canonical_json(header_values(row))
