"""Families of phrasing added in the twentieth round of rules, each with sentences invented
here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import RU_UA, UA_RU, one, source_of, value_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category

A = AssertionType


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said 70 Russian servicemen had returned home and that 70 Ukrainian prisoners of "
        "war had been handed over in return.",
        "Moscow said 70 Russian servicemen had been returned and that in exchange 70 Ukrainian "
        "prisoners of war had been handed over.",
    ],
)
def test_a_return_paid_for_by_a_handover_is_a_receipt(text: str) -> None:
    received, handed = extract_claims(text)
    assert (received.assertion, received.direction) == (A.RECEIVED, UA_RU)
    assert (handed.assertion, handed.direction, value_of(handed)) == (A.HANDED_OVER, RU_UA, 70)


def test_a_swap_of_figures_in_words_is_an_exchange() -> None:
    draft = one(
        "Three Russian soldiers were handed over in exchange for three Ukrainian civilians."
    )
    assert (draft.assertion, value_of(draft)) == (A.EXCHANGED, 3)


def test_an_agreement_to_exchange_with_a_long_object() -> None:
    draft = one(
        "Kyiv said the talks had produced an agreement to exchange all seriously wounded and "
        "seriously ill prisoners."
    )
    assert (draft.assertion, draft.category, draft.quantity) == (A.AGREED, Category.PRISONER, None)


def test_the_exchange_confirmed_with_no_figure() -> None:
    draft = one("Moscow confirmed the exchange but gave no figures.")
    assert (source_of(draft), draft.assertion, draft.category) == (
        "Moscow",
        A.EXCHANGED,
        Category.OTHER,
    )


def test_a_running_toll_after_a_day_s_losses() -> None:
    day, total = extract_claims(
        "Kyiv said Russia lost 1,050 troops over the past day, bringing its losses since the "
        "invasion to 960,000."
    )
    assert (value_of(day), total.assertion, value_of(total)) == (1050, A.KILLED, 960000)


def test_an_update_label_is_no_part_of_the_source() -> None:
    draft = one("Update: the Coordination Headquarters now says 140 defenders have returned home.")
    assert source_of(draft) == "Coordination Headquarters"


def test_us_officials_speak_for_the_united_states() -> None:
    draft = one("More than 20,000 Russian troops were killed near Bakhmut, US officials estimated.")
    assert draft.party == "US"


def test_us_as_a_pronoun_names_no_state() -> None:
    draft = one("They handed 40 bodies to us, a Ukrainian official said.")
    assert draft.party == "UA"


def test_an_aside_between_what_was_agreed_and_its_figure() -> None:
    draft = one(
        "The Vatican said both sides had agreed, through its mediation, to exchange 12 clergymen."
    )
    assert (draft.assertion, value_of(draft)) == (A.AGREED, 12)
