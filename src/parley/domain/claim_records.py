"""Claims as the register keeps them: their journal fields, their status, figures as text.

`claim_fields` turns a `Claim` into the flat fields of a `ClaimRecorded` event (ints
and strings only: the journal's canonical JSON admits no floats), and `claim_from_fields`
reads them back, from an event payload or a projection row alike.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from parley.domain.claims import (
    AssertionType,
    Category,
    Claim,
    Direction,
    Qualifier,
    Quantity,
    Source,
    SourceKind,
    Subject,
    SubjectKind,
)
from parley.errors import InputError, Problem

__all__ = [
    "ClaimRecord",
    "claim_fields",
    "claim_from_fields",
    "parse_day",
    "parse_direction",
    "parse_quantity",
    "parse_subject",
    "quantity_text",
]

_WORDS = {
    "about": Qualifier.ABOUT,
    "more_than": Qualifier.MORE_THAN,
    "at_least": Qualifier.AT_LEAST,
    "less_than": Qualifier.LESS_THAN,
    "up_to": Qualifier.UP_TO,
}
_FIGURE = re.compile(r"^(?:(?P<word>[a-z_ ]+?)\s+)?(?P<value>[\d,]+)(?:\s+(?P<unit>\S.*))?$")
_SHARE = re.compile(r"^(?:fraction\s+)?(?P<num>\d+)\s*/\s*(?P<den>\d+)$")


@dataclass(frozen=True)
class ClaimRecord:
    """A claim in the register: `status` is current, superseded or retracted."""

    claim: Claim
    status: str = "current"
    corrects: str | None = None
    superseded_by: str | None = None
    reason: str = ""


def parse_quantity(text: str | None) -> Quantity | None:
    """Read a figure as people write it: "1212", "about 1,200", "more than 1000", "none",
    "1/5" (a share), "unknown"; None for no figure. Raises InputError otherwise."""
    if text is None or not text.strip():
        return None
    spoken = text.strip().lower()
    if spoken == "none":
        return Quantity.none()
    if spoken == "unknown":
        return Quantity(None, qualifier=Qualifier.UNKNOWN)
    if share := _SHARE.match(spoken):
        num, den = int(share["num"]), int(share["den"])
        if den > 0 and 0 < num <= den:
            return Quantity(None, qualifier=Qualifier.FRACTION, share=Fraction(num, den))
    elif figure := _FIGURE.match(spoken):
        word = (figure["word"] or "").replace(" ", "_")
        if not word or word in _WORDS:
            qualifier = _WORDS.get(word, Qualifier.EXACT)
            value = int(figure["value"].replace(",", ""))
            return Quantity(value, figure["unit"] or "", qualifier)
    raise InputError(
        Problem(
            'write a figure as "1212", "about 1200", "more than 1000", "at least 20", '
            '"up to 1200", "less than 50", "none", "1/5" or "unknown"',
            field="quantity",
            value=text,
        )
    )


def quantity_text(q: Quantity | None) -> str | None:
    """The figure in the form `parse_quantity` reads ("about 1200", "fraction 1/5")."""
    if q is None:
        return None
    if q.qualifier is Qualifier.NONE:
        return "none"
    if q.qualifier is Qualifier.FRACTION and q.share is not None:
        return f"fraction {q.share.numerator}/{q.share.denominator}"
    if q.value is None:
        return "unknown"
    words = "" if q.qualifier is Qualifier.EXACT else q.qualifier.value + " "
    return f"{words}{q.value}"


def claim_fields(claim: Claim) -> dict[str, Any]:
    """The claim as the flat fields of a ClaimRecorded event (no claim_id)."""
    q, d = claim.quantity, claim.direction
    return {
        "source_name": claim.source.name,
        "source_kind": claim.source.kind.value,
        "speaker": claim.source.speaker,
        "citing": claim.source.citing,
        "party": claim.party,
        "said_on": claim.said_at.isoformat(),
        "passage": claim.passage,
        "subject_kind": claim.subject.kind.value,
        "subject_ref": claim.subject.ref,
        "assertion": claim.assertion.value,
        "category": claim.category.value,
        "quantity_value": q.value if q else None,
        "quantity_unit": q.unit if q else "",
        "qualifier": q.qualifier.value if q else None,
        "share_numerator": q.share.numerator if q and q.share else None,
        "share_denominator": q.share.denominator if q and q.share else None,
        "from_party": d.from_party if d else None,
        "to_party": d.to_party if d else None,
        "negated": claim.negated,
        "marked_unverifiable": claim.marked_unverifiable,
    }


def claim_from_fields(f: Mapping[str, Any]) -> Claim:
    """Rebuild a claim from an event payload or a projection row."""
    quantity = None
    if f["qualifier"] is not None:
        num, den = f["share_numerator"], f["share_denominator"]
        share = Fraction(num, den) if num is not None and den else None
        quantity = Quantity(
            f["quantity_value"], f["quantity_unit"], Qualifier(f["qualifier"]), share
        )
    direction = None
    if f["from_party"] is not None and f["to_party"] is not None:
        direction = Direction(f["from_party"], f["to_party"])
    return Claim(
        claim_id=f["claim_id"],
        source=Source(f["source_name"], SourceKind(f["source_kind"]), f["speaker"], f["citing"]),
        party=f["party"],
        said_at=date.fromisoformat(f["said_on"]),
        passage=f["passage"],
        subject=Subject(SubjectKind(f["subject_kind"]), f["subject_ref"]),
        assertion=AssertionType(f["assertion"]),
        category=Category(f["category"]),
        quantity=quantity,
        direction=direction,
        negated=bool(f["negated"]),
        marked_unverifiable=bool(f["marked_unverifiable"]),
    )


def parse_subject(text: str) -> Subject:
    """Read `agreement:REF`, `exchange:REF` (an exchange or one of its stages), `stage:REF`
    or `topic:WORDS`."""
    kind, sep, ref = text.partition(":")
    kinds = {"agreement": SubjectKind.AGREEMENT, "exchange": SubjectKind.EXCHANGE}
    kinds |= {"stage": SubjectKind.EXCHANGE, "topic": SubjectKind.TOPIC}
    if not sep or kind.strip() not in kinds or not ref.strip():
        raise InputError(
            Problem(
                "write the subject as agreement:REF, exchange:REF, stage:REF or topic:WORDS",
                field="subject",
                value=text,
            )
        )
    return Subject(kinds[kind.strip()], ref.strip())


def parse_direction(text: str | None) -> Direction | None:
    """Read `FROM>TO` (party codes), or None for no direction."""
    if text is None or not text.strip():
        return None
    src, sep, dst = text.partition(">")
    if not sep or not src.strip() or not dst.strip() or src.strip() == dst.strip():
        raise InputError(Problem("write the direction as FROM>TO", field="direction", value=text))
    return Direction(src.strip(), dst.strip())


def parse_day(text: str, field: str = "said_on") -> date:
    """Read an ISO date (2025-06-16)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(Problem("write the date as YYYY-MM-DD", field=field, value=text)) from None
