"""Families of phrasing added in the twenty-first round of rules, each with sentences invented
here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import one, source_of, value_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category

A = AssertionType


def test_troops_still_fighting_mass_nothing() -> None:
    drafts = extract_claims(
        "Kyiv denied that the village had fallen, saying its troops were still fighting there."
    )
    assert all(d.assertion is not A.TROOPS_MASSED for d in drafts)


def test_troops_fighting_with_a_figure_are_massed() -> None:
    draft = one("Some 600,000 Russian soldiers are fighting in Ukraine, Kyiv said.")
    assert (draft.assertion, value_of(draft)) == (A.TROOPS_MASSED, 600000)


def test_each_side_will_release_under_the_deal() -> None:
    draft = one("Under the deal, each side will release 300 prisoners on the first day, Kyiv said.")
    assert (draft.assertion, value_of(draft)) == (A.AGREED, 300)


def test_the_release_of_a_figure_is_still_read() -> None:
    draft = one("Riyadh said its mediation had secured the release of 4,000 captives.")
    assert (draft.assertion, value_of(draft)) == (A.HANDED_OVER, 4000)


def test_an_exchange_that_did_not_take_place_is_a_delay() -> None:
    draft = one(
        "An exchange of 150 prisoners planned for Sunday did not take place, Russian officials "
        "said."
    )
    assert (draft.assertion, value_of(draft)) == (A.POSTPONED, 150)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "The exchange took place at the border, Belarus's border committee said.",
            ["Belarus's border committee"],
        ),
        ("The exchange took place at a crossing on the Belarusian border.", []),
    ],
)
def test_an_exchange_taking_place_is_a_claim_only_when_someone_says_so(
    text: str, sources: list[str]
) -> None:
    assert [source_of(d) for d in extract_claims(text)] == sources


def test_a_swap_named_then_counted_is_one_claim() -> None:
    drafts = extract_claims(
        "The swap took place at the border, Minsk said, adding that 250 people had crossed in "
        "each direction."
    )
    assert [(d.assertion, value_of(d)) for d in drafts] == [(A.EXCHANGED, 250)]


def test_an_exchange_said_to_be_n_for_n() -> None:
    draft = one("A Kremlin spokesman said the exchange had been 120 for 120.")
    assert (draft.assertion, value_of(draft)) == (A.EXCHANGED, 120)


def test_land_under_its_control() -> None:
    draft = one("Moscow says 98 percent of the Luhansk region is now under its control.")
    assert (draft.assertion, value_of(draft)) == (A.TERRITORY_CONTROLLED, 98)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "More than 1,000 soldiers remain in Russian custody, families of the defenders say.",
            "families of the defenders",
        ),
        (
            "Fewer than 300 civilians have been returned from Russia, human rights groups say.",
            "human rights groups",
        ),
        (
            "Russian forces captured 500 square kilometres in May, an AFP analysis of data from "
            "the Institute for the Study of War showed.",
            "AFP analysis",
        ),
        (
            "Interfax-Ukraine, quoting the headquarters, said 44 bodies had been handed to Russia.",
            "Interfax-Ukraine",
        ),
    ],
)
def test_families_groups_analyses_and_outlets_quoting_others(text: str, source: str) -> None:
    assert source_of(one(text)) == source


def test_the_papal_envoy_speaks_for_the_holy_see() -> None:
    draft = one("The papal envoy said dozens of Ukrainian children had been brought home.")
    assert draft.party == "VA"


def test_a_transfer_in_each_direction_is_an_exchange() -> None:
    draft = one(
        "The ICRC said it had facilitated the transfer of 120 prisoners of war in each direction."
    )
    assert (draft.assertion, value_of(draft)) == (A.EXCHANGED, 120)


def test_a_counter_figure_reads_prisoners_of_war_whole() -> None:
    _received, handed = extract_claims(
        "Ukraine got back 90 of its soldiers in exchange for 60 Russian prisoners of war, Kyiv "
        "said."
    )
    assert handed.category is Category.POW


def test_a_live_blog_time_is_no_figure() -> None:
    draft = one("11:05 — The Coordination Headquarters says 205 servicemen have come home.")
    assert value_of(draft) == 205
