"""Patterns added in the tenth round of rules: each a family of phrasings, with sentences
invented here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import RU_UA, UA_RU, one, source_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category, Qualifier


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A comma inside a figure does not split the sentence into segments.
        (
            "Kyiv received 500 bodies that Russia said were Ukrainian soldiers, the interior "
            "ministry said.",
            "interior ministry",
        ),
        ("Moscow handed over 300 bodies it said were Ukrainian, Kyiv's ministry said.", None),
        (
            "Some 3,500 bodies were returned to Russia in May, according to Russian officials, "
            "who said tests would take weeks.",
            "Russian officials",
        ),
    ],
)
def test_a_speech_verb_in_a_relative_clause_is_not_the_attribution(
    text: str, source: str | None
) -> None:
    draft = one(text)
    assert source_of(draft) == (source or "Kyiv's ministry")
    assert draft.quantity is not None and draft.quantity.value in (500, 300, 3_500)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        (
            "Russian losses in the battle for the town reached about 3,000 soldiers.",
            3_000,
            Qualifier.ABOUT,
        ),
        ("Ukrainian losses over the week totalled 2,100 servicemen.", 2_100, Qualifier.EXACT),
        ("Kyiv said its losses in the battle stood at 50 soldiers.", 50, Qualifier.EXACT),
        ("The Russian army is losing up to 900 troops a day.", 900, Qualifier.UP_TO),
        ("Ukraine loses roughly a thousand soldiers every week.", 1_000, Qualifier.ABOUT),
        ("Kyiv is investigating the killings of 12 prisoners of war.", 12, Qualifier.EXACT),
    ],
)
def test_tolls_stated_as_losses_or_killings(text: str, value: int, qualifier: Qualifier) -> None:
    draft = one(text)
    assert draft.assertion is AssertionType.KILLED
    assert draft.quantity is not None
    assert (draft.quantity.value, draft.quantity.qualifier) == (value, qualifier)


def test_a_breakdown_of_a_toll_or_of_a_group_asserts_nothing_of_its_own() -> None:
    (lost,) = extract_claims("The regiment lost 400 servicemen, including killed and captured.")
    assert lost.quantity is not None and lost.quantity.value == 400
    freed = extract_claims(
        "Kyiv said 250 soldiers were released, including 30 officers and 20 medics, most of "
        "whom had been held since 2022."
    )
    assert [d.assertion for d in freed] == [AssertionType.HANDED_OVER]


def test_control_in_the_past_tense_but_not_as_a_participle() -> None:
    draft = one("Russia controlled about 18 percent of Ukraine by the end of the year.")
    assert draft.assertion is AssertionType.TERRITORY_CONTROLLED
    assert draft.quantity is not None and draft.quantity.value == 18
    moved = extract_claims("Kyiv said 60 civilians had returned from Russian-controlled areas.")
    assert [d.assertion for d in moved] == [AssertionType.RETURNED]
    moved = extract_claims("Moscow said 70 soldiers had come back from land controlled by Kyiv.")
    assert [d.assertion for d in moved] == [AssertionType.RETURNED]


@pytest.mark.parametrize(
    "text",
    [
        "The exchange planned for Friday has been pushed back by a week, an official said.",
        "The handover of bodies was put on hold, the ministry said.",
        "The swap has been rescheduled for next month, Kyiv said.",
    ],
)
def test_more_ways_to_postpone(text: str) -> None:
    assert one(text).assertion is AssertionType.POSTPONED


def test_could_not_immediately_verify() -> None:
    draft = one(
        "Russia said it had seized three villages, a claim Reuters could not immediately confirm."
    )
    assert draft.marked_unverifiable


def test_set_free_and_sent_across() -> None:
    freed = one("Forty Russian civilians were set free at the border, Russia's ombudswoman said.")
    assert (freed.assertion, freed.direction, freed.category) == (
        AssertionType.HANDED_OVER,
        UA_RU,
        Category.CIVILIAN,
    )
    sent = one("Ukraine said it had sent 600 bodies across the front line.")
    assert (sent.assertion, sent.direction) == (AssertionType.HANDED_OVER, UA_RU)


def test_a_figure_put_at_is_a_statement() -> None:
    drafts = extract_claims(
        "Moscow said it had sent 700 bodies across the border, while Kyiv put the figure it "
        "received at 695."
    )
    assert [(source_of(d), d.assertion, d.quantity and d.quantity.value) for d in drafts] == [
        ("Moscow", AssertionType.HANDED_OVER, 700),
        ("Kyiv", AssertionType.RECEIVED, 695),
    ]
    assert drafts[1].direction == RU_UA


def test_among_the_group_held_counts_the_figure() -> None:
    draft = one(
        "Two Ukrainian priests are among the civilians held by Russia, a church organisation said."
    )
    assert (draft.assertion, draft.category, source_of(draft)) == (
        AssertionType.HOLDS,
        Category.CIVILIAN,
        "church organisation",
    )


def test_news_received_is_not_people_received() -> None:
    assert (
        extract_claims(
            "Russia said it had received no word on the fate of about 200 missing servicemen."
        )
        == []
    )


def test_a_second_infinitive_after_agreed_is_agreed_too() -> None:
    drafts = extract_claims(
        "The envoy said the parties had agreed to free 300 civilians and to hand back the "
        "bodies of 1,500 soldiers."
    )
    assert [(d.assertion, d.category) for d in drafts] == [
        (AssertionType.AGREED, Category.CIVILIAN),
        (AssertionType.AGREED, Category.REMAINS),
    ]


def test_one_body_names_whose_people_moved() -> None:
    draft = one("Not a single Ukrainian body was handed over in May, Russian state media said.")
    assert draft.direction == RU_UA and draft.category is Category.REMAINS


def test_coming_home_counts_its_subject() -> None:
    drafts = extract_claims(
        "Moscow said 90 Russian servicemen were released, while Kyiv said a similar number of "
        "Ukrainian soldiers had made it home."
    )
    assert (drafts[1].assertion, drafts[1].category, drafts[1].direction) == (
        AssertionType.RETURNED,
        Category.POW,
        RU_UA,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said reports that Russia had massed 60,000 troops were false.",
        'The ministry said reports of a troop build-up near Kharkiv were "pure fiction".',
    ],
)
def test_reports_called_false_are_denied(text: str) -> None:
    draft = one(text)
    assert draft.assertion is AssertionType.TROOPS_MASSED and draft.negated


def test_a_running_total_shares_nothing_with_the_claim_before() -> None:
    drafts = extract_claims(
        "Kyiv said 30 Ukrainian soldiers were freed on Monday, and that the overall number "
        "freed with Turkish help stood at 4,100."
    )
    assert [(d.direction, d.category) for d in drafts] == [
        (RU_UA, Category.POW),
        (None, Category.PRISONER),
    ]


def test_it_said_after_a_thing_shown_speaks_for_the_one_showing() -> None:
    draft = one("Russian state media aired footage of 90 Russian soldiers they said had come home.")
    assert (source_of(draft), draft.assertion, draft.direction) == (
        "Russian state media",
        AssertionType.RETURNED,
        UA_RU,
    )
    assert draft.quantity is not None and draft.quantity.value == 90
