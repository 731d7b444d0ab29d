"""Phrasing patterns added in the fifth round of rules: each a pattern, not a sentence."""

from __future__ import annotations

import pytest

from parley.claims import DraftClaim, extract_claims
from parley.domain.claims import AssertionType, Category, Direction, Qualifier


def one(text: str) -> DraftClaim:
    (draft,) = extract_claims(text)
    return draft


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 390 people, among them 120 civilians, came home on Friday.",
        "Officials said 390 people came home, including 120 civilians.",
        "Officials said 390 people came home, 120 of whom were civilians.",
    ],
)
def test_a_breakdown_is_part_of_the_claim(text: str) -> None:
    draft = one(text)
    assert draft.quantity is not None and draft.quantity.value == 390


@pytest.mark.parametrize("verb", ["failed to hand over", "has yet to hand over"])
def test_failing_to_act_is_negation(verb: str) -> None:
    draft = one(f"Kyiv said Moscow had {verb} the wounded prisoners it had promised.")
    assert draft.negated and draft.assertion is AssertionType.HANDED_OVER


def test_a_delay_denied_is_a_negated_postponement() -> None:
    draft = one("Russia denied any delay to the handover of the bodies.")
    assert draft.assertion is AssertionType.POSTPONED and draft.negated


def test_shares_describing_a_group_are_no_claim() -> None:
    assert extract_claims("Officials said a third of the prisoners freed were civilians.") == []


def test_a_count_described_the_same_way_is_still_a_claim() -> None:
    draft = one("Kyiv said at least 20 of the bodies received were Russian soldiers.")
    assert draft.assertion is AssertionType.RECEIVED
    assert draft.quantity is not None and draft.quantity.qualifier is Qualifier.AT_LEAST


@pytest.mark.parametrize("phrase", ["had been brought back", "are home", "were sent home"])
def test_coming_home_phrases_are_returns(phrase: str) -> None:
    draft = one(f"Ukraine's ombudsman said 22 children {phrase}.")
    assert (draft.assertion, draft.category) == (AssertionType.RETURNED, Category.CIVILIAN)
    assert draft.direction == Direction("RU", "UA")


def test_a_swap_of_figures_is_an_exchange() -> None:
    draft = one("Ukraine's army said a swap of 205 prisoners each took place on Thursday.")
    assert draft.assertion is AssertionType.EXCHANGED
    assert draft.quantity is not None and draft.quantity.value == 205


@pytest.mark.parametrize("text", ["a three-day exchange", "the 1,000-for-1,000 deal"])
def test_numbers_inside_compound_modifiers_are_not_figures(text: str) -> None:
    draft = one(f"Kyiv said 1,000 prisoners had come home in {text}.")
    assert draft.quantity is not None and draft.quantity.value == 1000


def test_a_list_of_names_counts_no_one_moved() -> None:
    assert extract_claims("Russia said Moscow had handed Kyiv a list of 640 names.") == []


def test_killing_prisoners_counts_prisoners_of_war() -> None:
    draft = one("The UN said it had documented the executions of at least 79 Ukrainian POWs.")
    assert (draft.assertion, draft.category, draft.party) == (
        AssertionType.KILLED,
        Category.POW,
        "UN",
    )


def test_in_the_passive_the_subject_is_who_moved() -> None:
    draft = one(
        "Russia's defence ministry said 1,000 Ukrainian prisoners had been handed over "
        "in exchange for 1,000 Russians."
    )
    assert draft.direction == Direction("RU", "UA")


@pytest.mark.parametrize("verb", ["posted", "noted", "declared"])
def test_more_speech_verbs_attribute(verb: str) -> None:
    draft = one(f"Ukraine's ombudsman {verb} that 84 soldiers had returned home.")
    assert draft.source is not None and draft.source.name == "Ukraine's ombudsman"


def test_a_relative_clause_is_not_the_speaker() -> None:
    draft = one(
        "The ICRC, which oversaw the transfer, said about 1,200 bodies had been handed over."
    )
    assert draft.source is not None and draft.source.name == "ICRC"


def test_a_verb_in_a_breakdown_clause_leaves_the_figure_to_the_main_verb() -> None:
    draft = one(
        "Ukraine's president said 84 defenders, among them 33 who had been held since 2022, "
        "were back home."
    )
    assert (draft.assertion, draft.quantity) == (AssertionType.RETURNED, draft.quantity)
    assert draft.quantity is not None and draft.quantity.value == 84


def test_a_verb_without_a_subject_shares_the_previous_ones() -> None:
    first, second = extract_claims("Russia said it had given Ukraine 6,060 bodies and got back 78.")
    assert first.direction == Direction("RU", "UA")
    assert (second.assertion, second.direction) == (AssertionType.RECEIVED, Direction("UA", "RU"))


def test_a_named_destination_outranks_a_guessed_actor() -> None:
    drafts = extract_claims(
        "Kyiv said it had received 1,000 bodies which Moscow says are Ukrainian, "
        "and handed over 19 to Russia."
    )
    assert drafts[-1].direction == Direction("UA", "RU")


def test_doubt_is_not_denial() -> None:
    draft = one("Kyiv said it could not confirm reports that 12 prisoners had been shot.")
    assert (draft.assertion, draft.negated, draft.category) == (
        AssertionType.KILLED,
        False,
        Category.PRISONER,  # "prisoners" without "of war" (ruled after held-out 13)
    )
    assert draft.marked_unverifiable


def test_a_denial_of_any_is_a_stated_zero() -> None:
    draft = one("Kyiv denied that it had received any bodies on Wednesday.")
    assert draft.negated and draft.quantity is not None
    assert draft.quantity.qualifier is Qualifier.NONE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kyiv said Russia was holding 8,000 soldiers and civilians.", Category.PRISONER),
        ("Moscow said 146 Russian troops had come home.", Category.POW),
        ("Moscow said 8 residents of the Kursk region were brought back.", Category.CIVILIAN),
    ],
)
def test_what_is_counted(text: str, category: Category) -> None:
    assert one(text).category is category


def test_under_someones_control_and_occupied_areas_are_not_claims_about_land() -> None:
    draft = one("Moscow said 205 soldiers had been returned from areas under Kyiv's control.")
    assert draft.assertion is AssertionType.RETURNED
    assert extract_claims("Kyiv said the civilians had been detained in occupied areas.") == []


def test_refusing_is_negation() -> None:
    draft = one("Moscow accused Kyiv of refusing to accept 1,212 bodies.")
    assert (draft.assertion, draft.negated) == (AssertionType.RECEIVED, True)


@pytest.mark.parametrize(
    ("text", "assertion"),
    [
        ("Kyiv said 150 civilians remain in Russian detention.", AssertionType.HOLDS),
        ("Kyiv said 1,245 bodies arrived on Monday.", AssertionType.RECEIVED),
        ("Moscow said its forces had taken 3 villages.", AssertionType.TERRITORY_CONTROLLED),
    ],
)
def test_more_verbs(text: str, assertion: AssertionType) -> None:
    assert one(text).assertion is assertion


def test_new_mediators_are_parties() -> None:
    assert one("Russia has returned 10 Ukrainian children, Qatari mediators said.").party == "QA"


def test_a_list_is_not_a_stated_zero_of_people() -> None:
    assert extract_claims("Kyiv says it has not received a single list of names.") == []


def test_a_delayed_handover_is_one_postponement() -> None:
    draft = one("Russia said the handover of 1,212 bodies had been delayed.")
    assert (draft.assertion, draft.category) == (AssertionType.POSTPONED, Category.REMAINS)


def test_each_side_speaks_for_its_own_verb_only() -> None:
    first, second = extract_claims(
        "The UAE said 146 prisoners from each side were freed, bringing the total released "
        "through its mediation to 4,641."
    )
    assert (first.assertion, second.assertion) == (
        AssertionType.EXCHANGED,
        AssertionType.HANDED_OVER,
    )


def test_a_participle_describing_people_is_not_a_claim() -> None:
    draft = one("Moscow said Ukraine had released 22 Russian civilians held in the Sumy region.")
    assert draft.assertion is AssertionType.HANDED_OVER
