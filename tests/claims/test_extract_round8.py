"""Patterns added in the eighth round of rules: each a pattern, with sentences invented here."""

from __future__ import annotations

import pytest
from tests.claims.drafts import one, only

from parley.claims import extract_claims
from parley.claims._quantities import find_quantities
from parley.domain.claims import AssertionType, Category, Direction, Qualifier, Quantity


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("hundreds of soldiers", 100, Qualifier.AT_LEAST),
        ("dozens of prisoners of war", 12, Qualifier.AT_LEAST),
        ("thousands of Ukrainian civilians", 1_000, Qualifier.AT_LEAST),
        ("tens of thousands of troops", 10_000, Qualifier.AT_LEAST),
        ("several hundred captives", 100, Qualifier.AT_LEAST),
        ("a dozen civilians", 12, Qualifier.EXACT),
        ("two dozen bodies", 24, Qualifier.EXACT),
        ("between 300 and 400 prisoners", 300, Qualifier.AT_LEAST),
        ("200 to 250 bodies", 200, Qualifier.AT_LEAST),
        ("two or three soldiers", 2, Qualifier.AT_LEAST),
        ("a 500-for-500 swap", 500, Qualifier.EXACT),
        ("it returned zero children", 0, Qualifier.NONE),
        ("not one soldier came back", 0, Qualifier.NONE),
        ("not a single body", 0, Qualifier.NONE),
    ],
)
def test_vague_amounts_ranges_pairs_and_zeros(text: str, value: int, qualifier: Qualifier) -> None:
    quantity = only(text)
    assert (quantity.value, quantity.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    "text",
    ["a 1,000-for-900 deal", "from 40 to 40 bodies", "men aged 18 to 60", "two to three days"],
)
def test_what_is_no_range_or_pair_gives_no_lower_bound(text: str) -> None:
    assert all(m.quantity.qualifier is not Qualifier.AT_LEAST for m in find_quantities(text))


def test_collecting_is_receiving_and_yet_to_collect_denies_it() -> None:
    draft = one("Moscow said Kyiv has yet to collect nearly 900 bodies.")
    assert (draft.assertion, draft.negated, draft.direction) == (
        AssertionType.RECEIVED,
        True,
        Direction("RU", "UA"),
    )
    assert draft.quantity == Quantity(900, "bodies", Qualifier.ABOUT)


def test_back_on_home_soil_is_a_return_home() -> None:
    draft = one("Kyiv said 52 Ukrainian marines were back on Ukrainian soil.")
    assert (draft.assertion, draft.direction) == (AssertionType.RETURNED, Direction("RU", "UA"))


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Kyiv said Russian drones struck a bus, killing four civilians.", Category.CIVILIAN, 4),
        ("Moscow said a strike had killed two children in Belgorod.", Category.CIVILIAN, 2),
        ("Kyiv said Russian forces had lost roughly 900 troops.", Category.TROOPS, 900),
        ("Moscow said Kyiv had lost almost 700 fighters in a day.", Category.TROOPS, 700),
    ],
)
def test_more_ways_of_stating_deaths(text: str, category: Category, value: int) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category) == (AssertionType.KILLED, category)
    assert draft.quantity is not None and draft.quantity.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said its forces had captured 31 Russian soldiers near the border.",
        "Kyiv said its forces had taken 31 Russian soldiers prisoner near the border.",
    ],
)
def test_capturing_people_is_holding_them(text: str) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category) == (AssertionType.HOLDS, Category.POW)
    assert draft.quantity is not None and draft.quantity.value == 31


def test_capturing_villages_is_still_territory() -> None:
    assert one("Moscow said its forces had captured two villages.").assertion is (
        AssertionType.TERRITORY_CONTROLLED
    )


def test_transfer_in_the_infinitive_is_a_handover() -> None:
    draft = one("Moscow said it was ready to transfer another 1,500 bodies.")
    assert (draft.assertion, draft.direction) == (AssertionType.HANDED_OVER, Direction("RU", "UA"))


def test_remaining_in_prisons_is_being_held() -> None:
    draft = one("Kyiv said about 400 civilians remain in Russian prisons.")
    assert (draft.assertion, draft.category) == (AssertionType.HOLDS, Category.CIVILIAN)


def test_bringing_back_goes_to_the_one_who_brings() -> None:
    draft = one("Kyiv said it had brought back 41 civilians.")
    assert draft.direction == Direction("RU", "UA")


def test_repatriating_without_an_owner_brings_home_to_the_actor() -> None:
    draft = one("Kyiv said it had repatriated 610 bodies of fallen soldiers.")
    assert draft.direction == Direction("RU", "UA")
    named = one("Moscow said it had repatriated 610 bodies of Ukrainian soldiers.")
    assert named.direction == Direction("RU", "UA")


def test_a_vague_amount_is_a_lower_bound_on_a_claim() -> None:
    draft = one("Kyiv said hundreds of soldiers had come home this year.")
    assert draft.quantity == Quantity(100, "soldiers", Qualifier.AT_LEAST)


def test_a_range_is_one_claim() -> None:
    draft = one("Kyiv said between 300 and 400 prisoners would be freed.")
    assert draft.quantity == Quantity(300, "prisoners", Qualifier.AT_LEAST)


def test_a_pair_of_figures_agreed_is_one_figure() -> None:
    draft = one("The delegations agreed on a 1,200-for-1,200 prisoner exchange.")
    assert (draft.assertion, draft.category) == (AssertionType.AGREED, Category.PRISONER)
    assert draft.quantity == Quantity(1200)


def test_not_one_is_a_stated_zero_not_a_denial() -> None:
    draft = one("Moscow said not one Russian soldier had been freed.")
    assert (draft.negated, draft.category) == (False, Category.POW)
    assert draft.quantity is not None and draft.quantity.qualifier is Qualifier.NONE


def test_the_other_way_makes_an_exchange() -> None:
    draft = one("Kyiv said 250 defenders were freed, with 250 Russians going the other way.")
    assert draft.assertion is AssertionType.EXCHANGED


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said one in four returned prisoners needed surgery.",
        "Kyiv said 15 percent of prisoners returned had been held since 2014.",
    ],
)
def test_shares_describing_people_are_no_claim(text: str) -> None:
    assert extract_claims(text) == []


def test_according_to_estimates_is_still_a_source() -> None:
    draft = one("Russian forces hold about 18 percent of Ukraine, according to Western estimates.")
    assert draft.source is not None and draft.source.name == "Western estimates"


def test_a_party_name_inside_an_outlets_name_is_not_its_party() -> None:
    assert one("Interfax-Ukraine reported that 75 prisoners had been exchanged.").party is None


def test_the_city_a_ministry_speaks_from_gives_its_party() -> None:
    draft = one("In Kyiv, the defence ministry said 48 soldiers had come home.")
    assert draft.party == "UA"
    assert draft.source is not None and draft.source.name == "defence ministry"


def test_a_copula_home_counts_its_subject() -> None:
    draft = one('Kyiv said "our people are home", without giving a number.')
    assert (draft.assertion, draft.category, draft.direction) == (
        AssertionType.RETURNED,
        Category.PRISONER,
        Direction("RU", "UA"),
    )
