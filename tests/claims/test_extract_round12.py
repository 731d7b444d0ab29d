"""Families of phrasing added in the twelfth round of rules, each with several sentences
invented here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import RU_UA, UA_RU, one, source_of, value_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category, Qualifier

A = AssertionType


# Parties of sources named without a country


@pytest.mark.parametrize(
    "text",
    [
        "The Coordination Headquarters said 64 servicemen had come home on Sunday.",
        "According to the Coordination Headquarters, Russia handed over 500 bodies on Monday.",
        "A spokeswoman for the Coordination Headquarters said 31 defenders were back home.",
        "Ukrinform reported that 48 Ukrainian soldiers had come home from captivity.",
    ],
)
def test_an_office_of_one_side_named_without_its_country(text: str) -> None:
    assert one(text).party == "UA"


@pytest.mark.parametrize(
    "text",
    [
        "The Kyiv Independent reported that 90 Ukrainian soldiers had come home.",
        "The Moscow Times said Russia had received 45 bodies of its soldiers.",
        "Russia is holding about 6,000 Ukrainian civilians, the Kyiv Post reported.",
        "The Institute for the Study of War said Russian forces controlled 18 villages.",
    ],
)
def test_an_independent_outlet_speaks_for_no_party_whatever_its_name(text: str) -> None:
    assert one(text).party is None


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Holy See said 14 Ukrainian children had returned home.", "VA"),
        ("Officials in Abu Dhabi said 120 prisoners had been swapped by each side.", "AE"),
    ],
)
def test_mediators_named_by_their_seat(text: str, party: str) -> None:
    assert one(text).party == party


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "At least 12 civilians were killed when a Russian missile hit a school, the regional "
            "governor said.",
            "UA",
        ),
        ("Four people died after Ukrainian drones struck a bus, the local authorities said.", "RU"),
        ("Seven residents were killed by Russian shelling overnight, the city's mayor said.", "UA"),
    ],
)
def test_a_local_official_speaks_for_the_side_a_strike_fell_on(text: str, party: str) -> None:
    draft = one(text)
    assert draft.assertion is A.KILLED
    assert draft.party == party


def test_a_local_official_without_an_attacker_named_has_no_party() -> None:
    assert one("Nine civilians were killed in the blast, the regional governor said.").party is None


@pytest.mark.parametrize(
    ("text", "source", "party"),
    [
        (
            "RIA Novosti, a Russian state news agency, said 60 bodies had been handed over.",
            "RIA Novosti",
            "RU",
        ),
        (
            "Interfax, a Russian news agency, reported that 25 civilians had come home.",
            "Interfax",
            None,
        ),
        (
            "Ukrinform, a Ukrainian state news agency, said 72 soldiers had returned home.",
            "Ukrinform",
            "UA",
        ),
    ],
)
def test_a_description_after_a_name_describes_the_speaker(
    text: str, source: str, party: str | None
) -> None:
    draft = one(text)
    assert source_of(draft) == source
    assert draft.party == party


# Two speakers


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Each side freed 212 prisoners, Russia's foreign ministry and Ukraine's ombudsman "
            "said.",
            [("Russia's foreign ministry", "RU"), ("Ukraine's ombudsman", "UA")],
        ),
        (
            "Moscow and Kyiv said 88 prisoners had been exchanged by each side.",
            [("Moscow", "RU"), ("Kyiv", "UA")],
        ),
        (
            "According to Turkey's foreign minister and the Kremlin, 40 civilians were swapped "
            "by each side.",
            [("Turkey's foreign minister", "TR"), ("Kremlin", "RU")],
        ),
    ],
)
def test_x_and_y_said_is_one_claim_per_source(text: str, sources: list[tuple[str, str]]) -> None:
    drafts = extract_claims(text)
    assert [(source_of(d), d.party) for d in drafts] == sources
    assert {value_of(d) for d in drafts} != {None}


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Ukrainian officials said 300 bodies were handed over to each side.",
        "Officials in Moscow and Kyiv said 75 prisoners had been exchanged by each side.",
    ],
)
def test_one_group_named_with_two_sides_is_one_source(text: str) -> None:
    assert one(text).party is None


@pytest.mark.parametrize(
    ("text", "party", "disputer"),
    [
        (
            "Kyiv says it has freed all the Russian teenagers it held, a claim Moscow disputes.",
            "UA",
            "RU",
        ),
        ("Moscow said its troops had seized the town of Siversk, a claim Kyiv denied.", "RU", "UA"),
        (
            "Russia's ombudswoman said Kyiv had returned 14 children, a claim Ukraine's "
            "ombudsman has rejected.",
            "RU",
            "UA",
        ),
    ],
)
def test_a_claim_someone_disputes_is_their_denial_too(text: str, party: str, disputer: str) -> None:
    said, denied = extract_claims(text)
    assert (said.party, said.negated) == (party, False)
    assert (denied.party, denied.negated) == (disputer, True)
    assert (denied.assertion, denied.quantity) == (said.assertion, said.quantity)


def test_a_claim_no_one_could_verify_is_no_denial() -> None:
    draft = one("Moscow said it had received 50 bodies, a claim Reuters could not verify.")
    assert draft.marked_unverifiable
    assert not draft.negated


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's ombudsman rejected the claim and said Kyiv had returned 30 Russian soldiers.",
        "Moscow denied the reports and said it had handed over 45 Ukrainian civilians.",
        "The Kremlin dismissed the accusation, and added that it had freed 20 Ukrainian medics.",
    ],
)
def test_a_denial_of_a_claim_then_a_statement_states_it(text: str) -> None:
    draft = one(text)
    assert draft.assertion is A.HANDED_OVER or draft.assertion is A.RETURNED
    assert not draft.negated


# Figures for each side


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Qatar said its mediation had secured the release of 95 Ukrainian and 95 Russian "
            "soldiers.",
            95,
        ),
        ("Turkey said it had helped free 60 Russians and 60 Ukrainians on Sunday.", 60),
    ],
)
def test_one_figure_for_each_side_is_an_exchange(text: str, value: int) -> None:
    draft = one(text)
    assert draft.assertion is A.EXCHANGED
    assert value_of(draft) == value


@pytest.mark.parametrize(
    "text",
    [
        "The two sides swapped the remains of their dead, with Kyiv receiving 909 and Moscow "
        "43, officials said.",
        "Russia and Ukraine traded bodies on Friday, with Ukraine receiving 1,000 and Russia 38.",
    ],
)
def test_a_swap_broken_down_by_side_is_its_two_movements(text: str) -> None:
    drafts = extract_claims(text)
    assert [d.assertion for d in drafts] == [A.RECEIVED, A.RECEIVED]
    assert [d.direction for d in drafts] == [RU_UA, UA_RU]


@pytest.mark.parametrize(
    "text",
    [
        "Among those freed were 18 marines, Ukraine's ombudsman said.",
        "Among those released on Monday were 40 medics, according to the Coordination "
        "Headquarters.",
    ],
)
def test_those_freed_told_by_one_side_are_its_own(text: str) -> None:
    assert one(text).direction == RU_UA


# Zeros, holdings, troops, land


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said Russia had not returned any of the children on its list.",
        "Ukraine's ombudsman said Kyiv had received no bodies from Russia since May.",
        "Moscow said it had agreed to free 300 prisoners but had so far handed over none.",
        "The Russian side has not released a single Ukrainian medic since March, Kyiv said.",
    ],
)
def test_a_statement_that_none_came_is_a_zero_not_a_denial(text: str) -> None:
    zero = extract_claims(text)[-1]
    assert zero.quantity is not None and zero.quantity.qualifier is Qualifier.NONE
    assert not zero.negated


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said it had not received any formal proposal on the date of the next swap.",
        "Moscow said it had received no official offer to exchange the wounded.",
        "The ministry said it had not received any written confirmation from Kyiv.",
    ],
)
def test_an_offer_or_proposal_received_is_not_people(text: str) -> None:
    assert extract_claims(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The ICRC said it had registered about 3,000 prisoners of war held by Russia.",
            Category.POW,
        ),
        ("The UN said it had documented 250 civilians held by Russian forces.", Category.CIVILIAN),
    ],
)
def test_people_registered_as_held_are_held(text: str, category: Category) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category) == (A.HOLDS, category)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said 3,000 Russian troops had been moved into Belarus this month.",
        "About 8,000 soldiers were redeployed to the Kursk region, Ukraine's army said.",
        "Some 2,000 Russian servicemen have been moved closer to the border, Kyiv said.",
    ],
)
def test_troops_moved_somewhere_are_massed(text: str) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category) == (A.TROOPS_MASSED, Category.TROOPS)


def test_prisoners_moved_somewhere_are_not_troops() -> None:
    assert extract_claims("The prisoners were moved to a camp near the border, Kyiv said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia's defence ministry said its forces controlled the eastern part of Kostiantynivka.",
        "Ukraine's army said it had retaken control of the centre of Kupiansk on Sunday.",
        "Russia's defence ministry said its troops had captured the outskirts of Siversk.",
    ],
)
def test_land_named_by_a_place_name(text: str) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category) == (A.TERRITORY_CONTROLLED, Category.TERRITORY)


def test_no_place_named_is_no_land() -> None:
    assert extract_claims("Russia's defence ministry said it controlled Ukrainian skies.") == []


# Delays


@pytest.mark.parametrize(
    "text",
    [
        "The swap came as talks on a wider ceasefire remained stalled.",
        "Negotiations on a truce remain frozen, the Kremlin said on Monday.",
    ],
)
def test_talks_still_stalled_delay_no_one(text: str) -> None:
    assert extract_claims(text) == []


def test_talks_put_off_are_a_delay_all_the_same() -> None:
    draft = one("The next round of talks has been put off until March, the Kremlin said.")
    assert draft.assertion is A.POSTPONED
