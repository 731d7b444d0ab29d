"""Families of phrasing added in the thirteenth round of rules, and the rulings made after
held-out 12, each with several sentences invented here (not taken from the bench)."""

from __future__ import annotations

import pytest
from tests.claims.drafts import RU_UA, UA_RU, one, only, source_of, value_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category, Qualifier

A = AssertionType


# "The same number", "an equal number": the figure it refers to


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kyiv said it had freed 240 Russian soldiers and got back the same number.", 240),
        ("Moscow handed over 62 Ukrainians and received an equal number of Russians.", 62),
        ("Russia returned 310 bodies and took back a similar number of its own, TASS said.", 310),
    ],
)
def test_the_same_number_in_one_clause(text: str, value: int) -> None:
    second = extract_claims(text)[-1]
    assert (value_of(second), second.quantity and second.quantity.qualifier) == (
        value,
        Qualifier.EXACT,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said 77 Russian servicemen were home, while Kyiv said the same number of "
        "Ukrainians had been freed.",
        "Russia's ombudswoman said 77 civilians had been returned, but Ukraine's ombudsman said "
        "an equal number of Ukrainians had come home.",
    ],
)
def test_the_same_number_told_by_another_speaker(text: str) -> None:
    first, second = extract_claims(text)
    assert (value_of(first), value_of(second)) == (77, 77)
    assert source_of(first) != source_of(second)


def test_the_same_number_with_nothing_before_it_is_no_figure() -> None:
    assert one("Ukraine said it had received the same number of bodies.").quantity is None


# Repatriating is returning


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The remains of 480 soldiers were repatriated to Ukraine, Kyiv said.", RU_UA),
        ("Some 90 bodies were repatriated to Russia, the Russian defence ministry said.", UA_RU),
        ("Ukraine's interior ministry said 212 bodies had been repatriated to Ukraine.", RU_UA),
    ],
)
def test_repatriated_is_returned(text: str, direction: object) -> None:
    draft = one(text)
    assert (draft.assertion, draft.direction) == (A.RETURNED, direction)


def test_a_mediator_helping_to_repatriate_keeps_the_handover() -> None:
    draft = one("The Red Cross said it had helped repatriate 3,000 bodies since March.")
    assert (draft.assertion, draft.direction) == (A.HANDED_OVER, None)


# A figure or claim someone else disputes: that one's negated claim as well


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Kyiv said Russia had killed 31 civilians in Kherson, a figure Moscow rejected.",
            "Moscow",
        ),
        ("Moscow said Ukraine was holding about 900 Russians, a number Kyiv disputed.", "Kyiv"),
        (
            "Ukrainian officials said Russia had executed 12 prisoners, which Moscow denied.",
            "Moscow",
        ),
        ("Russia said its forces had captured three villages, though Kyiv denied it.", "Kyiv"),
        (
            "Russia's ombudswoman said Kyiv held 400 civilians, a figure Ukraine called inflated.",
            "Ukraine",
        ),
        ("Moscow accused Kyiv of killing 25 prisoners, allegations Ukraine rejected.", "Ukraine"),
    ],
)
def test_a_disputed_figure_adds_the_disputers_denial(text: str, who: str) -> None:
    claim, denial = extract_claims(text)
    assert (source_of(denial), denial.negated, claim.negated) == (who, True, False)
    assert (denial.assertion, denial.quantity) == (claim.assertion, claim.quantity)


def test_a_statement_after_which_is_no_dispute() -> None:
    (draft,) = extract_claims(
        "Moscow said its troops had captured the town, which Kyiv said was still contested."
    )
    assert (source_of(draft), draft.negated) == ("Moscow", False)


def test_a_denial_denied_adds_nothing() -> None:
    drafts = extract_claims(
        "Kyiv said Russia had refused to accept 300 bodies, an accusation Moscow rejected."
    )
    assert [source_of(d) for d in drafts] == ["Kyiv"]


# Parties: the coordination headquarters however written, other states, NATO


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("A spokesman for the coordination headquarters said 58 soldiers had come home.", "UA"),
        ("The bodies of 300 soldiers were returned, the coordination headquarters said.", "UA"),
        ("NATO's secretary-general said Russia had massed 60,000 troops near the border.", "NATO"),
        ("A Polish official said 40,000 Russian troops were stationed in Belarus.", "PL"),
        ("Hungary's foreign minister said 11 Ukrainian prisoners had been handed over.", "HU"),
        ("Moldova's president said Russia had deployed 1,500 troops in Transnistria.", "MD"),
        ("The European Union said Russia was holding 5,000 Ukrainian civilians.", "EU"),
    ],
)
def test_the_party_a_source_speaks_for(text: str, party: str) -> None:
    assert extract_claims(text)[0].party == party


def test_a_state_named_in_the_content_gives_no_direction() -> None:
    draft = one("Kyiv said 35 Ukrainian soldiers had come home through Poland.")
    assert (draft.party, draft.direction) == ("UA", RU_UA)


# Two news agencies reporting the same


@pytest.mark.parametrize(
    "text",
    [
        "Russia received 90 prisoners of war, TASS and RIA Novosti reported.",
        "Ukraine brought home 90 soldiers, Reuters and AFP reported.",
    ],
)
def test_two_agencies_are_two_sources(text: str) -> None:
    assert len({source_of(d) for d in extract_claims(text)}) == 2


# Figures: "or so", bounds, dozens


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("some 2,000 or so prisoners", 2000, Qualifier.ABOUT),
        ("400 or so bodies", 400, Qualifier.ABOUT),
        ("as many as 300 soldiers", 300, Qualifier.UP_TO),
        ("no more than 50 civilians", 50, Qualifier.UP_TO),
        ("fewer than 40 children", 40, Qualifier.LESS_THAN),
        ("dozens of civilians", 12, Qualifier.AT_LEAST),
        ("several dozen prisoners", 12, Qualifier.AT_LEAST),
    ],
)
def test_figures_as_ruled(text: str, value: int, qualifier: Qualifier) -> None:
    quantity = only(text)
    assert (quantity.value, quantity.qualifier) == (value, qualifier)


# Officers and commanders are prisoners of war


@pytest.mark.parametrize(
    "text",
    [
        "Russia handed over seven Ukrainian commanders, Kyiv said.",
        "Kyiv said 14 officers had come home from captivity.",
        "Moscow said 20 sergeants had been freed in the swap.",
    ],
)
def test_ranks_are_prisoners_of_war(text: str) -> None:
    assert one(text).category is Category.POW


# A figure "put at": the one who puts it says it


@pytest.mark.parametrize(
    "text",
    [
        "Moscow says it holds 900 Ukrainians, while Kyiv puts the number of Russians in its "
        "custody at 700.",
        "Moscow says 5,000 Ukrainian soldiers are in captivity, while Kyiv puts the number of "
        "Russians held in Ukraine at 1,300.",
        "Moscow says it holds 600 civilians, while Kyiv is putting the number of Russian "
        "civilians in its custody at about 40.",
    ],
)
def test_puts_the_number_at_is_said(text: str) -> None:
    assert source_of(extract_claims(text)[-1]) == "Kyiv"


# Conditions and hopes are no return


@pytest.mark.parametrize(
    "text",
    [
        '"We will keep working until every one of our soldiers is home," the minister said.',
        "Kyiv said it would not rest until all of its captured defenders were back home.",
    ],
)
def test_a_return_hoped_for_is_no_claim(text: str) -> None:
    assert extract_claims(text) == []


# A delay to a later date


@pytest.mark.parametrize(
    "text",
    [
        "The exchange of bodies was moved to next week, Russia's foreign ministry said.",
        "The swap has been pushed back to a later date, Kyiv said.",
        "The handover was shifted to another day at Moscow's request, Ukrainian officials said.",
    ],
)
def test_moved_to_a_later_date_is_postponed(text: str) -> None:
    assert one(text).assertion is A.POSTPONED


# People held in occupied land are people held


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says 2,000 Ukrainian civilians are held in Russian-occupied territory.",
        "Some 300 children are being held in occupied territory, Ukraine's ombudsman said.",
    ],
)
def test_held_in_occupied_land_holds_people(text: str) -> None:
    draft = one(text)
    assert (draft.assertion, draft.category) == (A.HOLDS, Category.CIVILIAN)


# A swap's total and its figure per side: the figure per side


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A total of 600 prisoners were swapped on Sunday, 300 from each side, Kyiv said.", 300),
        ("Some 1,000 captives were exchanged, 500 on each side, the Kremlin said.", 500),
        ("The sides exchanged 400 prisoners in all, 200 each, Ukraine said.", 200),
    ],
)
def test_a_swap_is_counted_per_side(text: str, value: int) -> None:
    draft = one(text)
    assert (draft.assertion, value_of(draft)) == (A.EXCHANGED, value)
