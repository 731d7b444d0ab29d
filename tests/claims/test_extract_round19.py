"""Families of phrasing added in the nineteenth round of rules, each with sentences invented
here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import RU_UA, one, source_of, value_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category, Qualifier

A = AssertionType


def test_a_figure_said_to_be_inflated_is_disputed() -> None:
    _claim, denial = extract_claims(
        "Russia says it is holding around 6,000 Ukrainian servicemen, a figure Kyiv has said is "
        "inflated."
    )
    assert (source_of(denial), denial.negated, value_of(denial)) == ("Kyiv", True, 6000)


def test_a_figure_not_disputed_adds_no_denial() -> None:
    drafts = extract_claims(
        "Ukraine has returned the bodies of 40 Russian soldiers, Kyiv said, a figure Moscow did "
        "not dispute."
    )
    assert [d.negated for d in drafts] == [False]


def test_stalling_an_exchange_keeps_its_figure() -> None:
    draft = one("Moscow accused Kyiv of stalling an exchange of 1,100 prisoners.")
    assert (draft.assertion, value_of(draft)) == (A.POSTPONED, 1100)


def test_agreed_in_a_place_on_a_swap() -> None:
    draft = one("Ankara said the delegations had agreed in Istanbul on a swap of 900 prisoners.")
    assert (draft.assertion, value_of(draft)) == (A.AGREED, 900)


def test_troops_a_side_has_deployed_somewhere() -> None:
    draft = one("Russia has about 600,000 soldiers deployed in the war zone, the Kremlin said.")
    assert (draft.assertion, value_of(draft)) == (A.TROOPS_MASSED, 600000)


def test_fighting_as_a_noun_masses_no_troops() -> None:
    draft = one("Kyiv said it had captured 40 Russian soldiers during fighting near Kupiansk.")
    assert draft.assertion is A.HOLDS


def test_a_belief_set_off_by_commas_is_said() -> None:
    draft = one(
        "Some 1,800 Ukrainian civilians, the foreign ministry in Kyiv believes, are held in Russia."
    )
    assert source_of(draft) == "foreign ministry in Kyiv"


def test_an_estimate_at_the_end_by_a_named_institute() -> None:
    draft = one(
        "Russian forces hold 98 percent of Luhansk region, the Institute for the Study of War "
        "estimates."
    )
    assert source_of(draft) == "Institute for the Study of War"


def test_according_to_western_estimates_is_still_the_source() -> None:
    draft = one("Russia controls just under a fifth of Ukraine, according to Western estimates.")
    assert source_of(draft) == "Western estimates"


def test_a_speaker_for_its_part() -> None:
    draft = one(
        "Moscow, for its part, said Ukraine had handed over fewer than 250 prisoners of war."
    )
    assert source_of(draft) == "Moscow"


def test_according_to_keeps_an_abbreviation_whole() -> None:
    draft = one("Russia has seized 3,000 square kilometres, according to the U.S.-based Institute.")
    assert source_of(draft) == "U.S.-based Institute"


def test_people_holding_portraits_are_no_claim() -> None:
    assert extract_claims("Relatives holding portraits of missing soldiers waited for hours.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Dozens of Ukrainian civilians, including a journalist held since 2023, were freed, "
            "Kyiv said.",
            12,
        ),
        (
            "Kyiv said 80 Ukrainians, among them soldiers held since 2022 and 14 civilians, had "
            "come home.",
            80,
        ),
    ],
)
def test_words_inside_a_breakdown_assert_nothing_of_their_own(text: str, value: int) -> None:
    draft = one(text)
    assert value_of(draft) == value


def test_in_exchange_for_the_same_number_is_an_exchange() -> None:
    draft = one(
        "Moscow said it had freed 140 Ukrainian servicemen in exchange for the same number."
    )
    assert (draft.assertion, value_of(draft)) == (A.EXCHANGED, 140)


def test_not_a_single_one_is_none() -> None:
    drafts = extract_claims("Kyiv said Russia had yet to hand over a single one.")
    assert [(d.assertion, d.quantity.qualifier if d.quantity else None) for d in drafts] == [
        (A.HANDED_OVER, Qualifier.NONE)
    ]


def test_a_share_of_the_country_held_is_land() -> None:
    draft = one("Kyiv said Russian forces now held just under a fifth of the country.")
    assert (draft.assertion, draft.category) == (A.TERRITORY_CONTROLLED, Category.TERRITORY)


def test_a_swap_confirmed_by_two_speakers() -> None:
    drafts = extract_claims("Kyiv and Moscow both confirmed the swap.")
    assert [(source_of(d), d.assertion, d.category) for d in drafts] == [
        ("Kyiv", A.EXCHANGED, Category.OTHER),
        ("Moscow", A.EXCHANGED, Category.OTHER),
    ]


def test_details_of_the_exchange_are_no_exchange() -> None:
    assert extract_claims("The Kremlin gave no details of the exchange.") == []


def test_combat_deaths_are_a_toll() -> None:
    draft = one("Moscow has acknowledged fewer than 9,000 combat deaths.")
    assert (draft.assertion, value_of(draft)) == (A.KILLED, 9000)
    assert draft.direction is None and draft.category is Category.TROOPS


def test_a_return_direction_is_unchanged_by_the_round() -> None:
    draft = one("Russia returned 500 bodies to Ukraine, Kyiv said.")
    assert draft.direction == RU_UA
