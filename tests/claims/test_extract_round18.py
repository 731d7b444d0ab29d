"""Families of phrasing added in the eighteenth round of rules, each with sentences invented
here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import RU_UA, one, source_of, value_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category, Qualifier

A = AssertionType


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ukraine's ombudsman estimates that Russia holds some 7,000 prisoners of war.",
            "Ukraine's ombudsman",
        ),
        (
            "Ukrainian intelligence believes Russia has massed about 40,000 troops near Sumy.",
            "Ukrainian intelligence",
        ),
        (
            "At least 500 people died in the strike on a theatre, an AP investigation found.",
            "AP investigation",
        ),
        (
            "A Reuters tally based on official statements shows that about 5,000 Ukrainians have "
            "been freed.",
            "Reuters tally",
        ),
    ],
)
def test_estimating_believing_finding_and_showing_are_said(text: str, source: str) -> None:
    assert source_of(one(text)) == source


@pytest.mark.parametrize(
    "text",
    [
        "Russia has massed up to 40,000 troops near Sumy, The Washington Post reported.",
        "Russia has massed about 50,000 troops near Sumy, Russian military bloggers said.",
    ],
)
def test_foreign_newspapers_and_bloggers_speak_for_no_party(text: str) -> None:
    assert one(text).party is None


def test_an_add_on_after_according_to_is_dropped() -> None:
    draft = one(
        "Kyiv handed over 40 bodies, according to a Russian lawmaker involved in the talks."
    )
    assert source_of(draft) == "Russian lawmaker"


def test_prisoners_held_by_both_sides_freed_by_a_mediator_are_no_exchange() -> None:
    draft = one(
        "Turkey said it had helped bring about the release of 30 prisoners held by both sides."
    )
    assert (draft.assertion, draft.direction) == (A.HANDED_OVER, None)


def test_each_side_will_hand_over_under_the_agreement() -> None:
    draft = one(
        "Russia and Ukraine will each hand over 1,000 prisoners under the agreement, Kyiv said."
    )
    assert (draft.assertion, value_of(draft)) == (A.AGREED, 1000)


def test_agreeing_to_work_towards_a_ceasefire() -> None:
    draft = one("Riyadh said the delegations had agreed to work towards a ceasefire at sea.")
    assert (draft.assertion, draft.category) == (A.AGREED, Category.OTHER)


def test_in_return_set_off_by_commas_names_no_end_of_the_return() -> None:
    received, handed = extract_claims(
        "Eighty Ukrainian defenders returned home and, in return, the same number of Russian "
        "servicemen were handed over to Moscow, Kyiv said."
    )
    assert (received.assertion, received.direction) == (A.RECEIVED, RU_UA)
    assert handed.assertion is A.HANDED_OVER


def test_years_spent_in_captivity_are_their_story() -> None:
    assert (
        extract_claims(
            "The soldiers, the oldest of them 58, had spent between one and three years in "
            "captivity, Kyiv said."
        )
        == []
    )


def test_a_claim_dismissed_as_propaganda_is_denied() -> None:
    _claim, denial = extract_claims(
        "Moscow said Ukraine had lost up to 40 soldiers near the river, a claim Kyiv dismissed "
        "as propaganda."
    )
    assert (source_of(denial), denial.negated, value_of(denial)) == ("Kyiv", True, 40)


def test_suffering_casualties_a_day_is_a_toll() -> None:
    draft = one("A NATO official estimated that Russia was suffering around 900 casualties a day.")
    assert (draft.assertion, value_of(draft)) == (A.KILLED, 900)
    assert draft.quantity is not None and draft.quantity.qualifier is Qualifier.ABOUT


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kyiv says Moscow has detained tens of thousands of civilians in occupied areas.", 10000),
        ("Ukraine says Russia has deported some 19,000 children since 2022.", 19000),
    ],
)
def test_detaining_and_deporting_a_figure_is_holding(text: str, value: int) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category, value_of(draft)) == (A.HOLDS, Category.CIVILIAN, value)


def test_civilians_who_had_been_detained_are_not_held_now() -> None:
    assert extract_claims("Kyiv said the civilians had been detained in occupied areas.") == []


def test_the_capture_of_settlements_is_control() -> None:
    draft = one("Russia claimed the capture of three more settlements in the east on Sunday.")
    assert (draft.assertion, value_of(draft)) == (A.TERRITORY_CONTROLLED, 3)


def test_where_they_had_been_held_set_off_by_commas_is_their_story() -> None:
    draft = one(
        "Moscow said 45 residents of the Kursk region, held in Ukraine since last summer, had "
        "been brought home via Belarus."
    )
    assert (draft.assertion, value_of(draft)) == (A.RETURNED, 45)


def test_a_per_side_figure_far_after_a_swap_is_its_own() -> None:
    drafts = extract_claims(
        "Russia and Ukraine swapped 300 soldiers and civilians each on Friday in the first "
        "stage of an exchange agreed in Istanbul, which is to total 1,000 prisoners per side."
    )
    assert value_of(drafts[0]) == 300
