"""Families of phrasing added in the sixteenth round of rules, each with sentences invented
here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import one, source_of, value_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category, Qualifier

A = AssertionType


def test_people_crossing_in_each_direction_are_an_exchange() -> None:
    draft = one("Minsk said 250 people crossed in each direction at the border on Friday.")
    assert (draft.assertion, value_of(draft)) == (A.EXCHANGED, 250)


def test_the_un_written_with_dots_is_the_un() -> None:
    draft = one("At least 1,500 civilians are held by Russia, the U.N. monitoring mission said.")
    assert draft.party == "UN"


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Both Moscow and Kyiv confirmed that 120 servicemen had been swapped.",
            ["Moscow", "Kyiv"],
        ),
        (
            "The swap of 80 prisoners for 80 was confirmed by both the Kremlin and Kyiv.",
            ["Kremlin", "Kyiv"],
        ),
    ],
)
def test_both_is_no_part_of_a_source(text: str, sources: list[str]) -> None:
    assert [source_of(d) for d in extract_claims(text)] == sources


def test_a_return_expected_under_a_deal_is_agreed() -> None:
    draft = one(
        "About 900 Ukrainian prisoners are expected to come home under the deal, Kyiv said."
    )
    assert (draft.assertion, draft.direction, value_of(draft)) == (A.AGREED, None, 900)


def test_agreed_with_an_aside_before_what_was_agreed() -> None:
    draft = one(
        "Qatar said the two sides had agreed, through its mediation, to the return of 26 children."
    )
    assert (draft.assertion, draft.category) == (A.AGREED, Category.CIVILIAN)


def test_whom_a_denial_was_told_is_not_what_was_delayed() -> None:
    draft = one(
        "A Kremlin spokesman denied that Moscow was holding up the swap, telling reporters the "
        "buses were ready."
    )
    assert (draft.assertion, draft.negated, draft.category) == (A.POSTPONED, True, Category.OTHER)


def test_a_part_set_off_after_its_whole_is_a_breakdown() -> None:
    draft = one("Sixty Ukrainian defenders, 12 of them badly wounded, were handed back by Russia.")
    assert value_of(draft) == 60


def test_a_part_stated_as_the_object_is_no_breakdown() -> None:
    drafts = extract_claims(
        "Kyiv said Russia had massed 90,000 troops and lost more than 300 of them."
    )
    assert [value_of(d) for d in drafts] == [90000, 300]


def test_a_dispute_with_its_reason_after_it() -> None:
    claim, denial = extract_claims(
        "Moscow said its forces had taken full control of the Kursk region, a claim Kyiv "
        "denied, saying its troops were still fighting there."
    )
    assert (claim.assertion, claim.negated) == (A.TERRITORY_CONTROLLED, False)
    assert (source_of(denial), denial.assertion, denial.negated) == (
        "Kyiv",
        A.TERRITORY_CONTROLLED,
        True,
    )


def test_gathered_as_many_as() -> None:
    draft = one("Moscow has gathered as many as 12,000 soldiers near Orikhiv, Kyiv said.")
    assert draft.assertion is A.TROOPS_MASSED
    assert draft.quantity is not None and draft.quantity.qualifier is Qualifier.UP_TO


def test_an_exchange_carried_out_names_no_one() -> None:
    draft = one(
        "The exchange was carried out with Emirati mediation, Russia's defence ministry said."
    )
    assert (draft.assertion, draft.category, draft.quantity) == (A.EXCHANGED, Category.OTHER, None)


def test_an_exchange_taking_place_unattributed_is_background() -> None:
    assert extract_claims("The exchange took place at a crossing on the Belarusian border.") == []
