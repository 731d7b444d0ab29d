"""Families of phrasing added in the seventeenth round of rules, the ruling that a refusal
to take back is a denied receipt, and the language check on short English; each with
sentences invented here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import RU_UA, UA_RU, one, source_of, value_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category, Qualifier

A = AssertionType


def test_a_short_english_sentence_the_model_is_unsure_of_is_still_english() -> None:
    draft = one("Kyiv received 52 captives, Ukrainska Pravda reported.")
    assert (source_of(draft), draft.assertion, value_of(draft)) == (
        "Ukrainska Pravda",
        A.RECEIVED,
        52,
    )


def test_a_refusal_to_take_back_is_a_denied_receipt() -> None:
    draft = one("Kyiv has refused to take back more than 1,500 bodies, RT reported.")
    assert (draft.assertion, draft.negated, draft.party, draft.direction) == (
        A.RECEIVED,
        True,
        "RU",
        RU_UA,
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 120 prisoners crossed in each direction at the Belarusian border, Minsk said.", 120),
        ("Kyiv said the two sides carried out a swap, with 250 soldiers freed by each side.", 250),
    ],
)
def test_each_way_after_a_participle_is_a_swap(text: str, value: int) -> None:
    draft = one(text)
    assert (draft.assertion, value_of(draft)) == (A.EXCHANGED, value)


@pytest.mark.parametrize(
    ("text", "source", "party"),
    [
        (
            "Some 90 prisoners were swapped, BelTA, the Belarusian state news agency, reported.",
            "BelTA",
            "BY",
        ),
        (
            "The ICRC, acting as a neutral intermediary, said it had helped repatriate 30 "
            "wounded prisoners of war to Ukraine.",
            "ICRC",
            "ICRC",
        ),
        ("Moscow now says it is holding some 5,000 Ukrainian servicemen.", "Moscow", "RU"),
    ],
)
def test_sources_described_aside_or_followed_by_now(text: str, source: str, party: str) -> None:
    draft = extract_claims(text)[0]
    assert (source_of(draft), draft.party) == (source, party)


@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        (
            "The latest round brings to 4,000 the number of captives freed through Qatari "
            "mediation, Qatar's foreign ministry said.",
            4000,
            None,
        ),
        (
            "The swap brings to 5,100 the number of Ukrainians freed from Russian captivity, "
            "according to the Coordination Headquarters.",
            5100,
            RU_UA,
        ),
    ],
)
def test_a_running_total_named_before_what_it_counts(
    text: str, value: int, direction: object
) -> None:
    draft = one(text)
    assert (draft.assertion, value_of(draft), draft.direction) == (A.HANDED_OVER, value, direction)


def test_a_toll_brought_to_a_figure_after_a_day_s_toll() -> None:
    day, total = extract_claims(
        "Shelling killed two people in Kherson, the regional administration said, bringing to "
        "at least 35 the number of residents killed this month."
    )
    assert (value_of(day), value_of(total)) == (2, 35)
    assert total.quantity is not None and total.quantity.qualifier is Qualifier.AT_LEAST


def test_a_headline_names_its_speaker_first() -> None:
    returned, received = extract_claims("Kyiv: 900 bodies returned, Moscow gets 21")
    assert (source_of(returned), returned.direction, value_of(returned)) == ("Kyiv", RU_UA, 900)
    assert (received.assertion, received.direction, value_of(received)) == (A.RECEIVED, UA_RU, 21)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The UN mission said it had documented more than 12,000 civilian deaths.",
            Category.CIVILIAN,
        ),
        (
            "Western officials say Russia has suffered more than 700,000 casualties.",
            Category.TROOPS,
        ),
    ],
)
def test_deaths_and_casualties_named_as_nouns_are_tolls(text: str, category: Category) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category) == (A.KILLED, category)


def test_fewer_than_hedges_losses() -> None:
    draft = one("Kyiv says it has lost fewer than 45,000 troops.")
    assert draft.quantity is not None and draft.quantity.qualifier is Qualifier.LESS_THAN


def test_got_the_same_number_of_its_soldiers_back() -> None:
    drafts = extract_claims(
        "Kyiv handed over 16 wounded Russian servicemen, Moscow said, adding that Ukraine got "
        "the same number of its soldiers back."
    )
    assert [(d.assertion, value_of(d)) for d in drafts] == [(A.HANDED_OVER, 16), (A.RECEIVED, 16)]


def test_an_agreement_that_provides_for_a_return() -> None:
    draft = one("The deal also provides for the return of civilians held by both sides.")
    assert (draft.assertion, draft.category) == (A.AGREED, Category.CIVILIAN)


def test_soldiers_captured_during_an_incursion_are_no_claim_of_land() -> None:
    draft = one("Kyiv is holding more than 900 Russian soldiers captured during its incursion.")
    assert draft.assertion is A.HOLDS


def test_a_second_figure_after_though_is_the_other_speaker_s() -> None:
    _first, second = extract_claims(
        "Moscow said 1,400 bodies had been handed over, though Ukrainian officials put the "
        "number at 1,100."
    )
    assert (source_of(second), value_of(second)) == ("Ukrainian officials", 1100)
