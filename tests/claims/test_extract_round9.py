"""Patterns added in the ninth round of rules: each a family of phrasings, with sentences
invented here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import RU_UA, UA_RU, one, only

from parley.claims import extract_claims
from parley.claims._quantities import find_quantities
from parley.domain.claims import AssertionType, Category, Direction, Qualifier, Quantity


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("about a hundred soldiers", 100, Qualifier.ABOUT),
        ("more than a thousand bodies", 1_000, Qualifier.MORE_THAN),
        ("close to 500 bodies", 500, Qualifier.ABOUT),
        ("just under 300 prisoners", 300, Qualifier.ABOUT),  # ruled after held-out 13
        ("upward of 200 civilians", 200, Qualifier.MORE_THAN),
        ("at most 40 captives", 40, Qualifier.UP_TO),
        ("several dozen prisoners", 12, Qualifier.AT_LEAST),
        ("at least a dozen civilians", 12, Qualifier.AT_LEAST),
        ("nearly two dozen bodies", 24, Qualifier.ABOUT),
        ("300-400 prisoners", 300, Qualifier.AT_LEAST),
        ("300 – 400 prisoners", 300, Qualifier.AT_LEAST),
        ("two or three hundred soldiers", 200, Qualifier.AT_LEAST),
        ("between two and three thousand bodies", 2_000, Qualifier.AT_LEAST),
        ("some 1\u00a0200 bodies", 1_200, Qualifier.ABOUT),
        ("about 6 000 bodies", 6_000, Qualifier.ABOUT),
        ("nobody was freed", 0, Qualifier.NONE),
        ("no child had been returned", 0, Qualifier.NONE),
    ],
)
def test_more_written_forms_of_a_figure(text: str, value: int, qualifier: Qualifier) -> None:
    quantity = only(text)
    assert (quantity.value, quantity.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    "text", ["talks on 16-18 May", "men aged 18-60", "the 2014-2015 talks", "not one of the envoys"]
)
def test_dashes_between_dates_ages_and_years_give_no_figure(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "assertion", "category", "direction"),
    [
        # Winning a release brings one's own people home; a mediator names no end.
        ("Kyiv said it had won the release of 49 wounded soldiers.", "handed_over", "pow", RU_UA),
        (
            "Ukraine secured the release of 95 prisoners of war, the president's office said.",
            "handed_over",
            "pow",
            RU_UA,
        ),
        (
            "Russia said it had secured the return of 22 civilians from the Belgorod region.",
            "returned",
            "civilian",
            UA_RU,
        ),
        (
            "The Vatican said its envoys had secured the freedom of 70 people.",
            "handed_over",
            "prisoner",
            None,
        ),
        (
            "The Red Cross said it had facilitated the return of 300 detainees.",
            "returned",
            "prisoner",
            None,
        ),
        # Coming home, said in other words.
        ("Ukraine's army announced the return of 205 defenders.", "returned", "pow", RU_UA),
        ("Ukraine's president said 90 more soldiers had made it home.", "returned", "pow", RU_UA),
        ("Kyiv said the country had welcomed home 84 marines.", "returned", "pow", RU_UA),
        (
            "Kyiv said 42 people had come back from Russian captivity.",
            "returned",
            "prisoner",
            RU_UA,
        ),
        # Handing over and exchanging, said in other words.
        (
            "The Russian side said it had passed 1,000 bodies to Ukraine.",
            "handed_over",
            "remains",
            RU_UA,
        ),
        (
            "The swap involved 390 people from each side, the UAE said.",
            "exchanged",
            "prisoner",
            UA_RU,
        ),
    ],
)
def test_more_phrasings_of_a_movement(
    text: str, assertion: str, category: str, direction: Direction | None
) -> None:
    draft = one(text)
    assert (draft.assertion.value, draft.category.value, draft.direction) == (
        assertion,
        category,
        direction,
    )
    assert draft.quantity is not None


def test_involving_people_is_an_exchange_only_after_a_swap() -> None:
    assert extract_claims("The talks involved 12 delegates from each country.") == []


def test_a_figure_got_back_between_verb_and_particle() -> None:
    handed, got = extract_claims(
        "Ukraine said it handed over 89 Russian soldiers and got 89 Ukrainian soldiers back."
    )
    assert (handed.assertion, handed.direction) == (AssertionType.HANDED_OVER, UA_RU)
    assert (got.assertion, got.direction) == (AssertionType.RECEIVED, RU_UA)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Moscow said it had freed 150 Ukrainian POWs in return for 150 Russian soldiers.", "pow"),
        ("Kyiv said 95 servicemen were returned to Ukraine in exchange for 95 prisoners.", "pow"),
        ("Kyiv said 60 civilians came home in exchange for 60 Russian soldiers.", "civilian"),
    ],
)
def test_what_is_given_in_exchange_is_no_claim_of_its_own(text: str, category: str) -> None:
    draft = one(text)
    assert draft.category.value == category
    assert draft.quantity is not None and draft.quantity.value in (150, 95, 60)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said none of the 300 soldiers on the list had been returned.",
        "Kyiv said not one of the 14 children named by mediators had come home.",
        "Moscow said Kyiv had not handed over any of the 40 wounded it had promised.",
        "Russia has yet to receive a single body from Ukraine, Moscow said.",
    ],
)
def test_none_of_a_number_is_a_stated_zero(text: str) -> None:
    draft = one(text)
    assert draft.quantity is not None and draft.quantity.qualifier is Qualifier.NONE
    assert not draft.negated


def test_a_part_of_a_whole_states_the_part() -> None:
    text = "A Ukrainian negotiator said Russia had released only 40 of the 200 civilians listed."
    assert one(text).quantity == Quantity(40)


def test_denying_holding_people_named_by_occupation() -> None:
    draft = one("Kyiv denied it was holding any Russian reporters.")
    assert (draft.assertion, draft.negated, draft.category) == (
        AssertionType.HOLDS,
        True,
        Category.CIVILIAN,
    )
    assert draft.quantity is not None and draft.quantity.qualifier is Qualifier.NONE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ukraine said two servicemen had died in Russian captivity.", Category.POW),
        ("Moscow said 11 soldiers had died in Ukrainian custody last year.", Category.POW),
        ("Kyiv said three civilians had died in Russian custody.", Category.CIVILIAN),
    ],
)
def test_dying_in_captivity_is_a_prisoners_death(text: str, category: Category) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category) == (AssertionType.KILLED, category)


def test_where_people_came_from_does_not_make_a_second_claim() -> None:
    text = (
        "Kyiv said Moscow had freed 20 Ukrainian civilians detained in the Zaporizhzhia region "
        "and that they were now home."
    )
    assert one(text).assertion is AssertionType.HANDED_OVER


def test_captives_from_both_sides_are_a_total_not_an_exchange() -> None:
    draft = one("The UAE said its mediation had freed 4,000 captives from both sides.")
    assert (draft.assertion, draft.direction) == (AssertionType.HANDED_OVER, None)


def test_a_party_after_and_is_the_next_verbs_actor() -> None:
    _first, second = extract_claims(
        "Ukraine freed 103 Russian servicemen and Russia freed 103 Ukrainians, the UAE said."
    )
    assert second.direction == RU_UA


@pytest.mark.parametrize(
    ("text", "source", "party"),
    [
        ('"Today 95 of our people are home," the Ukrainian leader said.', "Ukrainian leader", "UA"),
        (
            "A source in the Russian negotiating team told RIA Novosti that 200 bodies had been "
            "handed over.",
            "source in the Russian negotiating team",
            "RU",
        ),
        (
            "According to a statement from Ukraine's defence intelligence, 90 soldiers were freed.",
            "Ukraine's defence intelligence",
            "UA",
        ),
        (
            "Two pilots were among 90 prisoners who returned home, the air force said.",
            "air force",
            None,
        ),
    ],
)
def test_more_ways_of_naming_a_source(text: str, source: str, party: str | None) -> None:
    draft = one(text)
    assert draft.source is not None
    assert (draft.source.name, draft.party) == (source, party)


def test_a_name_in_apposition_is_the_speaker_of_the_office() -> None:
    draft = one("Ukraine's human rights commissioner, Jane Doe, said 22 civilians had come home.")
    assert draft.source is not None
    assert (draft.source.name, draft.source.speaker) == (
        "Ukraine's human rights commissioner",
        "Jane Doe",
    )


def test_whom_a_source_told_is_not_what_it_said() -> None:
    draft = one("A Ukrainian envoy told journalists the exchange had been postponed.")
    assert (draft.assertion, draft.category) == (AssertionType.POSTPONED, Category.OTHER)


def test_quoted_as_saying_names_the_outlet_citing_the_speaker() -> None:
    draft = one(
        "Russian news agencies quoted the defence ministry as saying 90 soldiers came home."
    )
    assert draft.source is not None
    assert (draft.source.name, draft.source.citing) == ("Russian news agencies", "defence ministry")
    assert (draft.party, draft.direction) == ("RU", UA_RU)


@pytest.mark.parametrize(
    ("text", "directions"),
    [
        ("Ukraine received 909 bodies and Russia 34, the ICRC said.", [RU_UA, UA_RU]),
        ("Russia handed over 1,000 bodies and Ukraine 19, Turkish officials said.", [RU_UA, UA_RU]),
        ("Kyiv said 757 bodies had been returned to Ukraine and 35 to Russia.", [RU_UA, UA_RU]),
    ],
)
def test_a_figure_whose_verb_is_left_out_repeats_the_claim_before(
    text: str, directions: list[Direction]
) -> None:
    drafts = extract_claims(text)
    assert [d.direction for d in drafts] == directions
    assert {d.assertion for d in drafts} == {drafts[0].assertion}
    assert all(d.category is Category.REMAINS for d in drafts)


def test_with_a_party_doing_names_the_party_as_actor() -> None:
    (draft,) = [
        d
        for d in extract_claims("The two sides swapped bodies, with Ukraine receiving 909.")
        if d.quantity is not None
    ]
    assert (draft.assertion, draft.direction) == (AssertionType.RECEIVED, RU_UA)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said the exchange of 300 prisoners had been completed.",
        "The sides held a swap on Friday, with each side releasing 150 people.",
    ],
)
def test_more_ways_of_stating_an_exchange(text: str) -> None:
    assert one(text).assertion is AssertionType.EXCHANGED


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's president said he had discussed the return of 2,000 children with mediators.",
        "Kyiv demanded the release of 500 civilians held in Russia's prisons.",
        "The 84 freed soldiers underwent medical checks, officials said.",
    ],
)
def test_a_movement_asked_for_or_used_as_an_adjective_is_no_claim(text: str) -> None:
    assert [d for d in extract_claims(text) if d.assertion is not AssertionType.HOLDS] == []


def test_what_a_group_included_is_a_breakdown() -> None:
    draft = one("Kyiv said the 307 soldiers freed on Saturday included 12 women.")
    assert draft.quantity == Quantity(307, "soldiers")


def test_an_agent_in_the_active_voice_names_no_end() -> None:
    _first, second = extract_claims(
        "Russia freed 146 Ukrainians and Ukraine freed 146 Russians in a swap brokered by the UAE."
    )
    assert second.direction == UA_RU


def test_failing_to_return_any_is_a_stated_zero() -> None:
    draft = one("Kyiv said Russia had failed to return any of the 8,000 prisoners it holds.")
    assert draft.quantity is not None and draft.quantity.qualifier is Qualifier.NONE


def test_exchanged_for_names_the_other_sides_figure() -> None:
    draft = one("Kyiv said 75 prisoners had been exchanged for 75 Russians held in Ukraine.")
    assert (draft.assertion, draft.quantity) == (AssertionType.EXCHANGED, Quantity(75, "prisoners"))


@pytest.mark.parametrize(
    "text",
    [
        "The two countries handed over 150 prisoners each, the UAE said.",
        "Russia and Ukraine each handed over 60 captives on Friday.",
        "Both countries released 95 prisoners, according to mediators.",
    ],
)
def test_figures_each_way_make_an_exchange(text: str) -> None:
    assert one(text).assertion is AssertionType.EXCHANGED


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's ombudsman said he had asked Russia to free 100 civilians held since 2014.",
        "Kyiv urged Moscow to return 300 children it says were deported.",
    ],
)
def test_a_movement_asked_of_someone_is_no_claim(text: str) -> None:
    assert extract_claims(text) == []


def test_one_side_thanking_a_mediator_for_a_release_gets_its_people_back() -> None:
    draft = one(
        "Ukraine's president thanked Turkey for helping to secure the release of 45 Tatars."
    )
    assert (draft.assertion, draft.direction) == (AssertionType.HANDED_OVER, RU_UA)
    assert draft.category is Category.PRISONER  # only the living are freed


def test_what_a_side_says_is_ready_to_be_handed_over_it_holds() -> None:
    draft = one("Kyiv said 300 Russian bodies were ready to be handed over.")
    assert draft.direction == UA_RU
    assert one("Moscow said 2,000 bodies were prepared to be handed over.").direction == RU_UA


def test_a_second_movement_with_no_end_of_its_own_goes_the_same_way() -> None:
    first, second = extract_claims(
        "Kyiv said 95 soldiers had come home and 12 civilians had also been released."
    )
    assert first.direction == second.direction == RU_UA


def test_a_reason_clause_does_not_lend_its_nouns_to_a_postponement() -> None:
    drafts = extract_claims(
        "Moscow said Kyiv had taken back no bodies because it had delayed the handover."
    )
    assert drafts[-1].assertion is AssertionType.POSTPONED
    assert drafts[-1].category is Category.OTHER


def test_a_refusal_denied_is_no_claim() -> None:
    assert extract_claims("Moscow said it had never refused to take back its dead.") == []


def test_whose_children_come_home_names_the_end() -> None:
    draft = one("Qatar said it had helped secure the return of 13 Ukrainian children.")
    assert (draft.assertion, draft.direction) == (AssertionType.RETURNED, RU_UA)


@pytest.mark.parametrize(
    "text",
    [
        "The ICRC said it had visited 1,500 prisoners of war held by both sides.",
        "Kyiv said it had identified 300 of the bodies returned by Russia.",
    ],
)
def test_a_participle_with_its_agent_describes(text: str) -> None:
    assert extract_claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia's defence ministry, in a statement on Telegram, said 65 servicemen had come home.",
        "Russia's defence ministry, speaking through a spokesman, said 65 soldiers had come home.",
    ],
)
def test_an_aside_between_source_and_verb_is_not_the_source(text: str) -> None:
    draft = one(text)
    assert draft.source is not None and draft.source.name == "Russia's defence ministry"
    assert draft.direction == UA_RU


def test_a_claim_someone_could_not_verify_is_its_makers() -> None:
    draft = one("Reuters could not independently verify Kyiv's claim that 500 soldiers came home.")
    assert draft.source is not None
    assert (draft.source.name, draft.party, draft.marked_unverifiable) == ("Kyiv", "UA", True)


def test_rejecting_a_claim_denies_it_and_it_is_the_claims_maker() -> None:
    # After held-out 13 the claim rejected is one too, its maker's, after the denial.
    draft, made = extract_claims(
        "Kyiv rejected Moscow's claim that it had handed over 1,000 prisoners."
    )
    assert draft.source is not None and draft.source.name == "Kyiv"
    assert (draft.negated, draft.direction) == (True, RU_UA)
    assert (made.party, made.negated, made.direction) == ("RU", False, RU_UA)
    held = extract_claims(
        "Moscow dismissed reports that it was holding 2,000 Ukrainian civilians."
    )[0]
    assert (held.assertion, held.negated) == (AssertionType.HOLDS, True)


def test_agreeing_to_an_exchange_of_no_one_named_is_a_claim() -> None:
    draft = one("Russia said Ukraine had not agreed to the exchange.")
    assert (draft.assertion, draft.negated, draft.category) == (
        AssertionType.AGREED,
        True,
        Category.OTHER,
    )


def test_and_had_goes_on_with_the_same_subject() -> None:
    held, back = extract_claims("Kyiv said Moscow held 8,000 Ukrainians and had returned 1,000.")
    assert (held.assertion, held.quantity) == (AssertionType.HOLDS, Quantity(8000, "ukrainians"))
    assert (back.assertion, back.quantity) == (AssertionType.RETURNED, Quantity(1000))


def test_a_vague_part_of_a_whole_states_no_figure() -> None:
    drafts = extract_claims("Kyiv said Russia had returned only a handful of the 19,000 children.")
    assert all(d.quantity is None for d in drafts)


def test_one_person_named_by_nationality_is_whose() -> None:
    draft = one("Kyiv said that not a single Ukrainian had been released since August.")
    assert draft.direction == RU_UA


def test_back_in_a_country_is_home() -> None:
    draft = one("Russia's ombudswoman said 16 residents of the Kursk region were back in Russia.")
    assert (draft.assertion, draft.direction) == (AssertionType.RETURNED, UA_RU)


@pytest.mark.parametrize(
    ("text", "assertion", "direction"),
    [
        ("Russia returns 1,000 bodies to Ukraine, Kyiv says.", "returned", RU_UA),
        ("Ukraine frees 95 Russian prisoners in latest swap, Moscow says.", "handed_over", UA_RU),
        ("Russia and Ukraine swap 390 prisoners each, the UAE says.", "exchanged", RU_UA),
        ("Ukraine receives 909 bodies from Russia, officials say.", "received", RU_UA),
        ("Moscow releases 20 Ukrainian civilians, the ombudsman says.", "handed_over", RU_UA),
        ("Kyiv says it brings home 84 soldiers.", "returned", RU_UA),
        # Repatriating is returning, as ruled after held-out 12.
        ("Ukraine repatriates 757 bodies of soldiers, Kyiv says.", "returned", RU_UA),
        ("Moscow exchanges 150 prisoners with Kyiv, TASS reports.", "exchanged", RU_UA),
        ("Kyiv says Russia deploys 50,000 troops near Sumy.", "troops_massed", None),
        ("Moscow says its army captures two villages.", "territory_controlled", None),
    ],
)
def test_headline_present_tense(text: str, assertion: str, direction: Direction | None) -> None:
    draft = one(text)
    assert (draft.assertion.value, draft.direction) == (assertion, direction)


def test_agreed_somewhere_to_swap_is_one_agreement() -> None:
    draft = one("Kyiv said the sides agreed in Doha to swap 500 prisoners each.")
    assert (draft.assertion, draft.quantity) == (AssertionType.AGREED, Quantity(500, "prisoners"))


def test_an_aside_between_dashes_is_cited_not_the_source() -> None:
    draft = one("Moscow – citing the defence ministry – said 150 Russian soldiers had been freed.")
    assert draft.source is not None
    assert (draft.source.name, draft.source.citing) == ("Moscow", "the defence ministry")


def test_a_refusal_named_as_a_noun_denies() -> None:
    draft = one("The Kremlin said Kyiv’s refusal to accept 6,000 bodies was “cynical”.")
    assert (draft.assertion, draft.negated, draft.direction) == (
        AssertionType.RECEIVED,
        True,
        RU_UA,
    )


def test_soldiers_taken_prisoner_are_held() -> None:
    draft = one("Ukraine's military said 20 to 30 Russian soldiers had been taken prisoner.")
    assert (draft.assertion, draft.category) == (AssertionType.HOLDS, Category.POW)
    assert draft.quantity is not None
    assert (draft.quantity.value, draft.quantity.qualifier) == (20, Qualifier.AT_LEAST)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's ombudswoman said she had received 200 requests from families of soldiers.",
        "Ukraine's interior ministry said the DNA of 500 relatives had been collected.",
    ],
)
def test_a_figure_of_something_else_is_no_claim(text: str) -> None:
    assert extract_claims(text) == []


def test_hostages_are_prisoners() -> None:
    assert one("Kyiv said Moscow had freed 12 hostages.").category is Category.PRISONER
