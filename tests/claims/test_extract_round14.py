"""Families of phrasing added in the fourteenth round of rules, and the rulings made after
held-out 13, each with several sentences invented here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import RU_UA, UA_RU, one, only, source_of, value_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category, Qualifier

A = AssertionType


# "prisoners" or "captives" without "of war" are prisoners of either kind


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kyiv said 40 prisoners had died in Russian jails this year.", Category.PRISONER),
        ("Moscow said Ukrainian troops had executed six captives.", Category.PRISONER),
        ("Kyiv said 40 prisoners of war had died in Russian jails.", Category.POW),
        ("Moscow said Ukrainian troops had executed six captured marines.", Category.POW),
    ],
)
def test_prisoners_killed_without_of_war(text: str, category: Category) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category) == (A.KILLED, category)


# A delayed exchange or handover keeps the figure it names


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kyiv said Moscow had put off the swap of 320 prisoners until next month.", 320),
        ("The repatriation of about 2,500 bodies has been delayed again, TASS said.", 2500),
        ("Russia accused Ukraine of stalling the handover of 800 bodies.", 800),
        ("The Kremlin said a planned exchange of 90 civilians had been postponed.", 90),
    ],
)
def test_a_delay_keeps_the_figure_of_what_it_delays(text: str, value: int) -> None:
    draft = one(text)
    assert (draft.assertion, value_of(draft)) == (A.POSTPONED, value)


def test_a_delay_takes_no_figure_from_another_clause() -> None:
    draft = extract_claims(
        "Kyiv said 400 bodies were still at the border and that Moscow had delayed the handover."
    )[-1]
    assert (draft.assertion, draft.quantity) == (A.POSTPONED, None)


# A movement a deal promises is agreed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Under the agreement, Ukraine will return 300 Russian soldiers, Kyiv said.", 300),
        ("Some 500 civilians would be released under the new accord, the UAE said.", 500),
        ("Russia said the sides had agreed that Kyiv would hand back 70 bodies.", 70),
        ("As part of the deal, each side will free 150 prisoners, Turkey said.", 150),
    ],
)
def test_a_promised_movement_is_agreed(text: str, value: int) -> None:
    draft = one(text)
    assert (draft.assertion, draft.direction, value_of(draft)) == (A.AGREED, None, value)


def test_a_promise_outside_a_deal_stays_a_movement() -> None:
    draft = one("Moscow said it would hand over 200 bodies whatever Kyiv did.")
    assert draft.assertion is A.HANDED_OVER


# A denial of a claim the sentence reports gives the claim too


@pytest.mark.parametrize(
    ("text", "maker", "party"),
    [
        (
            "Kyiv dismissed as 'propaganda' Russian reports that it had lost 3,000 troops.",
            "Russian reports",
            "RU",
        ),
        (
            "The Kremlin denied Ukrainian claims that its forces were massing near Sumy.",
            "Ukrainian claims",
            "UA",
        ),
        ("Moscow called Kyiv's claim that it was holding 900 civilians a lie.", "Kyiv", "UA"),
    ],
)
def test_a_denied_report_is_a_claim_of_its_maker(text: str, maker: str, party: str | None) -> None:
    denial, made = extract_claims(text)
    assert denial.negated and not made.negated
    assert (source_of(made), made.party, made.assertion) == (maker, party, denial.assertion)


def test_a_denial_of_the_claim_names_no_maker() -> None:
    assert len(extract_claims("Kyiv rejected the claim that it had held up the swap.")) == 1


def test_a_denial_of_unowned_reports_names_no_maker() -> None:
    # Ruled after heldout22 (= in run.py): unowned reports had been a claim of "reports".
    assert len(extract_claims("Ukraine's army rejected reports that the town had fallen.")) == 1


# "no such deal": the agreement of the clause before, denied


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said the sides had agreed to swap all wounded prisoners, but Moscow said no such "
        "agreement existed.",
        "Turkey said the two sides agreed to exchange 500 prisoners, while the Kremlin said no "
        "such deal had been made.",
    ],
)
def test_no_such_deal_denies_the_agreement(text: str) -> None:
    agreed, denied = extract_claims(text)
    assert (denied.assertion, denied.negated, denied.category) == (
        A.AGREED,
        True,
        agreed.category,
    )


def test_no_agreement_on_its_own_is_no_claim() -> None:
    assert extract_claims("Officials said no agreement had been reached on the timing.") == []


# A description after the speaker is no part of its name


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The swap was put off, three officials familiar with the talks told AFP.",
            "three officials",
        ),
        (
            "Russia holds about 2,000 civilians, a Ukrainian official who handles the lists said.",
            "Ukrainian official",
        ),
        ("The handover was delayed, two diplomats familiar with the plans said.", "two diplomats"),
    ],
)
def test_a_description_after_the_speaker_is_dropped(text: str, source: str) -> None:
    assert source_of(one(text)) == source


# "killed at least 12": "at least" hedges the figure, it is no place


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones killed at least 9 civilians in Sumy overnight, the governor said.",
        "Ukrainian shelling killed at least four people in Donetsk, Russian officials said.",
    ],
)
def test_at_least_after_a_verb_is_no_place(text: str) -> None:
    draft = one(text)
    assert (draft.assertion, draft.quantity and draft.quantity.qualifier) == (
        A.KILLED,
        Qualifier.AT_LEAST,
    )


# Hyphenated participles are adjectives


def test_hyphenated_participles_assert_nothing() -> None:
    drafts = extract_claims(
        "Moscow said 75 Russians had been returned from Ukrainian-held areas and that the same "
        "number of Ukrainians had been freed in return."
    )
    # A return paid for "in return" is a receipt (the ruling marked # in run.py).
    assert [(d.assertion, value_of(d)) for d in drafts] == [(A.RECEIVED, 75), (A.HANDED_OVER, 75)]


# "The same number" refers to the whole, not a breakdown of it


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv received 230 prisoners, including 40 civilians, and freed the same number.",
        "Moscow got back 230 soldiers, among them 12 officers, and sent back the same number.",
    ],
)
def test_the_same_number_skips_a_breakdown(text: str) -> None:
    assert [value_of(d) for d in extract_claims(text)] == [230, 230]


# "held up" delays only an exchange, a handover or talks


def test_holding_up_banners_delays_nothing() -> None:
    assert extract_claims("Protesters marched through Lviv holding up banners on Sunday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said Kyiv was holding up the exchange.",
        "The handover was held up by a dispute over the lists, Kyiv said.",
    ],
)
def test_holding_up_an_exchange_is_a_delay(text: str) -> None:
    assert one(text).assertion is A.POSTPONED


# A place named as the subject of "had fallen" is land


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv denied that Toretsk had fallen.",
        "Russia's defence ministry said Kurakhove had fallen.",
    ],
)
def test_a_place_that_has_fallen(text: str) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category) == (A.TERRITORY_CONTROLLED, Category.TERRITORY)


# Reuniting with families is a return; a mediator's running total stays a handover


@pytest.mark.parametrize(
    ("text", "assertion", "direction"),
    [
        (
            "Kyiv said 14 children taken to Russia had been reunited with their families.",
            A.RETURNED,
            RU_UA,
        ),
        (
            "The Vatican said it helped reunite 30 children taken to Russia with their parents.",
            A.RETURNED,
            RU_UA,
        ),
        (
            "Qatar said it had so far helped reunite 85 children with their families.",
            A.HANDED_OVER,
            None,
        ),
        (
            "The ICRC said it had helped repatriate 400 bodies to Ukraine from Russia.",
            A.RETURNED,
            RU_UA,
        ),
    ],
)
def test_reuniting_and_a_mediators_help(
    text: str, assertion: AssertionType, direction: object
) -> None:
    draft = one(text)
    assert (draft.assertion, draft.direction) == (assertion, direction)


# Where people had been taken is the end they come back from; "to us" is the speaker's side


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (
            "Kyiv got back five teenagers who had been deported to Russia, its ombudsman said.",
            RU_UA,
        ),
        ("Russia received 12 residents who had been taken to Ukraine during the incursion.", UA_RU),
        ('"No bodies have been handed over to us this month," a Ukrainian official said.', RU_UA),
        ("Ukraine returned 40 prisoners, who will be taken to Russia by bus, Kyiv said.", UA_RU),
    ],
)
def test_taken_to_and_to_us(text: str, direction: object) -> None:
    assert one(text).direction == direction


# "in exchange for": an equal figure is a swap, an unequal one a receipt the other way


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said 250 Russian soldiers had been handed over in exchange for 250 Ukrainian ones.",
        "Moscow said it had freed 60 Ukrainians in return for 60 Russians.",
    ],
)
def test_equal_figures_in_exchange_are_a_swap(text: str) -> None:
    assert one(text).assertion is A.EXCHANGED


def test_unequal_figures_in_exchange_are_two_movements() -> None:
    handed, received = extract_claims(
        "Russia said it had handed over 70 Ukrainian soldiers in exchange for 58 Russians."
    )
    assert (handed.assertion, handed.direction, value_of(handed)) == (A.HANDED_OVER, RU_UA, 70)
    assert (received.assertion, received.direction, value_of(received)) == (A.RECEIVED, UA_RU, 58)


def test_the_same_number_in_exchange_is_a_swap() -> None:
    # Ruled after heldout22 (= in run.py): it had stayed a handover until then.
    draft = one(
        "Kyiv said 33 Russians had been freed in exchange for the same number of Ukrainians."
    )
    assert draft.assertion is A.EXCHANGED


# A figure put on a claim: its own, or another speaker's claim of the same


def test_a_figure_put_on_a_claim_without_one() -> None:
    draft = one(
        "Russia has moved troops towards Kharkiv, according to a Ukrainian commander, who put "
        "their number at about 20,000."
    )
    assert (draft.assertion, value_of(draft)) == (A.TROOPS_MASSED, 20000)


def test_another_speaker_putting_the_figure_is_their_claim() -> None:
    first, second = extract_claims(
        "Russia said it had killed 600 Ukrainian soldiers, while Kyiv put the number at 150."
    )
    assert (second.assertion, source_of(second), value_of(second)) == (A.KILLED, "Kyiv", 150)
    assert value_of(first) == 600


# "closer to", "just under", "nearer": about the figure


@pytest.mark.parametrize(
    "text", ["closer to 4,000 soldiers", "just under 4,000 soldiers", "nearer 4,000 soldiers"]
)
def test_approaching_a_figure_is_about_it(text: str) -> None:
    quantity = only(text)
    assert (quantity.value, quantity.qualifier) == (4000, Qualifier.ABOUT)


# Deported, abducted or forcibly transferred to a place: held there


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says 1,500 children have been forcibly transferred to Russia.",
        "Ukraine's ombudsman said 300 teenagers had been deported to Belarus.",
        "Some 40 activists were abducted to Crimea, Ukrainian officials said.",
    ],
)
def test_deported_to_a_place_is_held(text: str) -> None:
    assert one(text).assertion is A.HOLDS


# The dead counted by name


def test_names_of_the_dead_are_a_toll() -> None:
    draft = one("An independent outlet said it had verified the names of 9,000 soldiers killed.")
    assert (draft.assertion, value_of(draft)) == (A.KILLED, 9000)


# "X, a description, and Y said": two speakers; the BBC speaks for no party


def test_a_described_outlet_and_another_are_two_sources() -> None:
    drafts = extract_claims(
        "Meduza, an independent Russian website, and the BBC Russian service said 800 Russian "
        "conscripts had been killed."
    )
    assert [(source_of(d), d.party) for d in drafts] == [
        ("Meduza", None),
        ("BBC Russian service", None),
    ]


# The whole a part is taken from, when its holder is named


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Only 30 of the 900 civilians held by Russia have come home, Kyiv said.", 900),
        ("Moscow said 15 of the roughly 600 prisoners held by Ukraine had been freed.", 600),
    ],
)
def test_a_whole_held_is_a_claim(text: str, held: int) -> None:
    moved, holds = extract_claims(text)
    assert moved.direction is not None
    assert (holds.assertion, value_of(holds)) == (A.HOLDS, held)


# What was agreed may follow a long list of who


def test_an_agreement_reaches_past_adjectives() -> None:
    draft = one(
        "Kyiv said the sides had agreed to exchange all severely wounded, seriously ill and young "
        "prisoners."
    )
    assert (draft.assertion, draft.category) == (A.AGREED, Category.PRISONER)
