"""Families of phrasing added in the twenty-second round of rules, and the ruling on unowned
reports, each with sentences invented here (not taken from the bench)."""

from __future__ import annotations

from tests.claims.drafts import one, source_of, value_of

from parley.claims import extract_claims
from parley.domain.claims import AssertionType, Category

A = AssertionType


def test_a_denial_of_unowned_reports_adds_no_claim_of_theirs() -> None:
    drafts = extract_claims(
        "The Kremlin rejected reports that it was massing troops near the border."
    )
    assert [(source_of(d), d.negated) for d in drafts] == [("Kremlin", True)]


def test_a_denial_of_an_owner_s_claim_still_adds_it() -> None:
    drafts = extract_claims("Kyiv rejected Moscow's claim that it had massed 20,000 troops.")
    assert sorted((source_of(d) or "", d.negated) for d in drafts) == [
        ("Kyiv", True),
        ("Moscow", False),
    ]


def test_servicemen_captured_somewhere_were_handed_over() -> None:
    draft = one(
        "Dozens of Russian servicemen captured in the Kursk region were handed back to Moscow, "
        "Kyiv said."
    )
    assert (draft.assertion, draft.category) == (A.HANDED_OVER, Category.POW)


def test_an_estimate_without_s_at_the_end() -> None:
    draft = one(
        "Russia controls about 98 percent of the Luhansk region, Western analysts estimate."
    )
    assert source_of(draft) == "Western analysts"


def test_troops_gathering_with_a_figure() -> None:
    draft = one("Kyiv said tens of thousands of Russian troops were gathering near the border.")
    assert (draft.assertion, value_of(draft)) == (A.TROOPS_MASSED, 10000)


def test_a_share_of_a_town_taken() -> None:
    draft = one("Russian forces have taken about two-thirds of the town of Toretsk, Moscow said.")
    assert (draft.assertion, draft.category) == (A.TERRITORY_CONTROLLED, Category.TERRITORY)
