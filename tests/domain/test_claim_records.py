"""Figures as reviewers type them, and claims round-tripped through their journal fields."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from parley.domain.claim_records import (
    claim_fields,
    claim_from_fields,
    parse_quantity,
    quantity_text,
)
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
from parley.domain.events import ClaimRecorded
from parley.errors import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1212", Quantity(1212)),
        ("6,057", Quantity(6057)),
        ("about 1200", Quantity(1200, qualifier=Qualifier.ABOUT)),
        ("more than 1000", Quantity(1000, qualifier=Qualifier.MORE_THAN)),
        ("at_least 20", Quantity(20, qualifier=Qualifier.AT_LEAST)),
        ("up to 1200", Quantity(1200, qualifier=Qualifier.UP_TO)),
        ("less than 50", Quantity(50, qualifier=Qualifier.LESS_THAN)),
        ("none", Quantity.none()),
        ("1/5", Quantity(None, qualifier=Qualifier.FRACTION, share=Fraction(1, 5))),
        ("unknown", Quantity(None, qualifier=Qualifier.UNKNOWN)),
        ("640 names", Quantity(640, "names")),
        ("", None),
    ],
)
def test_parse_quantity_reads_each_form(text: str, expected: Quantity | None) -> None:
    assert parse_quantity(text) == expected
    if expected is not None and text not in ("6,057", "640 names"):
        assert parse_quantity(quantity_text(expected)) == expected


@pytest.mark.parametrize("text", ["lots", "roughly 5", "-3", "5/0", "7/5"])
def test_parse_quantity_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(InputError, match="quantity"):
        parse_quantity(text)


def test_claim_round_trips_through_its_event() -> None:
    claim = Claim(
        claim_id="c1",
        source=Source("TASS", SourceKind.STATE_MEDIA, speaker=None, citing="sources"),
        party="RU",
        said_at=date(2025, 6, 14),
        passage="Moscow has received none of its dead back.",
        subject=Subject(SubjectKind.EXCHANGE, "IST-2-B-06-13"),
        assertion=AssertionType.RECEIVED,
        category=Category.REMAINS,
        quantity=Quantity(None, qualifier=Qualifier.FRACTION, share=Fraction(1, 5)),
        direction=Direction("UA", "RU"),
        negated=True,
    )
    event = ClaimRecorded(claim_id="c1", **claim_fields(claim))
    assert claim_from_fields(event.model_dump()) == claim
