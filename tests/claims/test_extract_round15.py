"""Families of phrasing added in the fifteenth round of rules, and the ruling made after
held-out 14, each with sentences invented here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import RU_UA, UA_RU, one, source_of, value_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category, Qualifier

A = AssertionType


# An estimate is a claim of its estimator (ruling after heldout14)


@pytest.mark.parametrize(
    ("text", "source", "assertion"),
    [
        (
            "Kyiv estimates that Russia holds some 9,000 Ukrainian prisoners of war.",
            "Kyiv",
            A.HOLDS,
        ),
        (
            "The British defence ministry estimates that some 900 Russian soldiers are killed "
            "every day.",
            "British defence ministry",
            A.KILLED,
        ),
        (
            "Russia occupies about 18 percent of Ukraine, Western analysts estimated.",
            "Western analysts",
            A.TERRITORY_CONTROLLED,
        ),
    ],
)
def test_an_estimate_is_a_claim_of_its_estimator(text: str, source: str, assertion: A) -> None:
    draft = one(text)
    assert (source_of(draft), draft.assertion) == (source, assertion)
    assert draft.quantity is not None and draft.quantity.qualifier is Qualifier.ABOUT


def test_an_estimate_as_a_noun_is_still_a_source() -> None:
    draft = one("Russian forces hold about a fifth of Ukraine, according to Western estimates.")
    assert source_of(draft) == "Western estimates"


def test_the_uk_speaks_for_britain() -> None:
    draft = one("The UK Ministry of Defence said some 700 Russian soldiers were killed on Monday.")
    assert draft.party == "GB"


# Troops a side has somewhere are troops massed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Russia now has about 50,000 troops near Kupiansk, Ukraine's army chief said.", 50000),
        ("Moscow has some 120,000 soldiers along the Zaporizhzhia front, Kyiv said.", 120000),
    ],
)
def test_troops_a_side_has_somewhere_are_massed(text: str, value: int) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category, value_of(draft)) == (
        A.TROOPS_MASSED,
        Category.TROOPS,
        value,
    )


def test_soldiers_a_side_has_in_captivity_are_held() -> None:
    draft = one("Russia says it has more than 6,000 Ukrainian servicemen in captivity.")
    assert draft.assertion is A.HOLDS


def test_people_gathering_are_no_troops() -> None:
    assert extract_claims("Relatives of missing soldiers gathered outside the ministry.") == []


# Forces pushed out of a place: the place is controlled


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kyiv said its units had driven Russian troops out of three villages near Izium.", 3),
        ("Moscow said its forces had pushed the Ukrainians out of the Kursk region.", None),
        ("Ukraine's army said it had cleared the enemy from the village of Bohdanivka.", None),
    ],
)
def test_forces_pushed_out_leave_the_land_controlled(text: str, value: int | None) -> None:
    draft = one(text)
    assert (draft.assertion, value_of(draft)) == (A.TERRITORY_CONTROLLED, value)


def test_occupied_territory_is_where_people_are_not_a_claim_of_land() -> None:
    drafts = extract_claims(
        "Kyiv says Russia holds about 19,000 children who were taken to Russia or to occupied "
        "territory."
    )
    assert [(d.assertion, value_of(d)) for d in drafts] == [(A.HOLDS, 19000)]


# A toll with a possessive in between, one person killed, a figureless repeat


def test_a_death_toll_with_a_day_named_in_it() -> None:
    draft = one("The death toll from Monday's drone attack on Odesa rose to 14, the governor said.")
    assert (draft.assertion, draft.category, value_of(draft)) == (A.KILLED, Category.CIVILIAN, 14)


@pytest.mark.parametrize(
    "text",
    [
        "A Russian drone killed an elderly woman in Sumy, the governor said.",
        "Shelling killed a 70-year-old man in Nikopol, the regional governor said.",
    ],
)
def test_one_person_killed_is_one(text: str) -> None:
    assert value_of(one(text)) == 1


def test_not_a_single_one_is_still_none() -> None:
    draft = one("Russia has not released a single civilian since May, Kyiv said.")
    assert draft.quantity is not None and draft.quantity.qualifier is Qualifier.NONE


def test_a_second_verb_saying_it_again_without_a_figure_adds_nothing() -> None:
    draft = one("Russia has lost some 90,000 troops killed or wounded, a NATO official said.")
    assert value_of(draft) == 90000


# Delays: dragging out, postponing a gerund, the figure of the bodies delayed


def test_dragging_out_an_exchange_is_a_delay() -> None:
    draft = one("The Kremlin accused Kyiv of dragging out the handover of bodies.")
    assert (draft.assertion, draft.category) == (A.POSTPONED, Category.REMAINS)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kyiv has postponed taking back the bodies of 5,000 of its soldiers, TASS said.", 5000),
        ("Moscow accused Kyiv of delaying the repatriation of the first 1,100 bodies.", 1100),
    ],
)
def test_a_delay_keeps_the_figure_of_the_bodies(text: str, value: int) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category, value_of(draft)) == (
        A.POSTPONED,
        Category.REMAINS,
        value,
    )


def test_stalled_talks_named_in_passing_delay_nothing() -> None:
    draft = one("Ukraine and Russia swapped 150 prisoners each, despite stalled peace talks.")
    assert draft.assertion is A.EXCHANGED


def test_a_purpose_is_no_receipt() -> None:
    assert extract_claims("Kyiv proposed a truce so that the dead could be collected.") == []


# Exchanges and deals


def test_a_swap_completed_with_its_figure_before_it() -> None:
    draft = one("Russia and Ukraine completed a 500-for-500 prisoner swap on Sunday, Kyiv said.")
    assert (draft.assertion, value_of(draft)) == (A.EXCHANGED, 500)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said the sides had agreed to continue humanitarian exchanges.",
        "Qatar said the two sides agreed to hold another exchange.",
    ],
)
def test_exchanges_agreed_without_saying_of_whom_are_other(text: str) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category) == (A.AGREED, Category.OTHER)


def test_a_handover_promised_under_a_formula_is_agreed() -> None:
    draft = one(
        "Under the formula agreed in Geneva, Moscow is to hand over the bodies of 5,000 "
        "servicemen, a Kremlin aide said."
    )
    assert (draft.assertion, draft.direction, value_of(draft)) == (A.AGREED, None, 5000)


def test_brought_home_in_exchange_for_an_unequal_number() -> None:
    received, handed = extract_claims(
        "Ukraine brought home 120 prisoners of war in exchange for 105 Russian servicemen, "
        "Kyiv said."
    )
    assert (received.assertion, received.direction, value_of(received)) == (A.RECEIVED, RU_UA, 120)
    assert (handed.assertion, handed.direction, value_of(handed)) == (A.HANDED_OVER, UA_RU, 105)


def test_returned_in_exchange_for_as_many_stays_a_return() -> None:
    draft = one("Moscow said 140 servicemen had been returned in exchange for 140 Ukrainians.")
    assert draft.assertion is A.RETURNED


def test_a_return_paid_for_in_return_is_a_receipt() -> None:
    received, handed = extract_claims(
        "Kyiv said 95 soldiers had come home and in return 95 Russians were handed over."
    )
    assert (received.assertion, received.direction) == (A.RECEIVED, RU_UA)
    assert (handed.assertion, handed.direction) == (A.HANDED_OVER, UA_RU)


def test_the_subject_of_a_passive_handed_receives() -> None:
    draft = extract_claims(
        "Kyiv said it had received 500 bodies, adding that Russia had been handed 40 bodies."
    )[-1]
    assert (draft.assertion, draft.direction, value_of(draft)) == (A.HANDED_OVER, UA_RU, 40)


# Who had been held, a breakdown with an article, a rejection in a clause of its own


def test_where_the_returned_had_been_held_is_their_story() -> None:
    draft = one("Moscow said 30 civilians who had been held in Ukraine returned home via Belarus.")
    assert (draft.assertion, draft.direction, value_of(draft)) == (A.RETURNED, UA_RU, 30)


def test_a_breakdown_starting_with_one_person_is_still_a_breakdown() -> None:
    draft = one(
        "Nineteen civilians, including a nun and three doctors, were returned from Russian "
        "captivity, Ukraine's ombudsman said."
    )
    assert value_of(draft) == 19


def test_a_claim_rejected_in_a_clause_of_its_own() -> None:
    claim, denial = extract_claims(
        "Moscow said its troops had captured the village of Dachne; Kyiv rejected the claim."
    )
    assert (claim.assertion, claim.negated) == (A.TERRITORY_CONTROLLED, False)
    assert (source_of(denial), denial.assertion, denial.negated) == (
        "Kyiv",
        A.TERRITORY_CONTROLLED,
        True,
    )


def test_an_office_headed_by_a_head_speaks() -> None:
    draft = one(
        "Russia controls 98% of the Luhansk region, the region's Russian-installed head said."
    )
    assert (source_of(draft), draft.party) == ("region's Russian-installed head", "RU")


def test_an_estimate_without_that_is_a_claim_too() -> None:
    draft = one("Ukrainian officials estimate Russia holds roughly 8,000 prisoners.")
    assert (source_of(draft), draft.assertion, value_of(draft)) == (
        "Ukrainian officials",
        A.HOLDS,
        8000,
    )
