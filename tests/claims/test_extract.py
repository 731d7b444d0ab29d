from __future__ import annotations

from datetime import date

import pytest

import parley.claims as claims_package
from parley.claims import DraftClaim, extract_claims
from parley.domain.claims import (
    AssertionType,
    Category,
    Direction,
    Qualifier,
    Source,
    SourceKind,
    Subject,
    SubjectKind,
)


def one(text: str, **kwargs: str) -> DraftClaim:
    (draft,) = extract_claims(text, **kwargs)
    return draft


def test_public_names_are_pinned() -> None:
    assert claims_package.__all__ == ["DraftClaim", "extract_claims"]


def test_ministry_statement_is_read_whole() -> None:
    text = "Russia's defence ministry said it had handed over 1,212 bodies of Ukrainian soldiers."
    draft = one(text)
    assert draft.source == Source("Russia's defence ministry", SourceKind.OFFICIAL)
    assert (draft.party, draft.assertion, draft.category) == (
        "RU",
        AssertionType.HANDED_OVER,
        Category.REMAINS,
    )
    assert draft.direction == Direction("RU", "UA")
    assert draft.quantity is not None
    assert draft.quantity.value == 1212
    assert text[draft.start : draft.end] == "handed over 1,212 bodies"


@pytest.mark.parametrize(
    ("text", "source", "party"),
    [
        (
            "Ukraine's president said 303 Ukrainian defenders came home.",
            "Ukraine's president",
            "UA",
        ),
        (
            "According to Ukraine's ombudsman, 84 Ukrainians returned home.",
            "Ukraine's ombudsman",
            "UA",
        ),
        ("Moscow has received none of its dead, TASS reported, citing sources.", "TASS", "RU"),
        ("Kyiv confirmed it had received the bodies of its soldiers.", "Kyiv", "UA"),
        (
            "Russia handed over 909 bodies, the UAE foreign ministry said.",
            "UAE foreign ministry",
            "AE",
        ),
    ],
)
def test_attribution_forms(text: str, source: str, party: str) -> None:
    draft = one(text)
    assert draft.source is not None
    assert draft.source.name == source
    assert draft.party == party


def test_citing_is_kept_and_state_media_told_apart() -> None:
    draft = one(
        "Russian state media, citing sources, said Moscow had not received any of its dead."
    )
    assert draft.source == Source("Russian state media", SourceKind.STATE_MEDIA, None, "sources")
    assert draft.quantity is not None
    assert draft.quantity.qualifier is Qualifier.NONE
    assert not draft.negated  # a stated zero, not a denial
    assert draft.direction == Direction("UA", "RU")


def test_source_doubt_marks_the_claim_unverifiable() -> None:
    text = (
        "Russia's defence ministry said its forces had taken control of two villages, "
        "a claim Reuters could not independently verify."
    )
    draft = one(text)
    assert draft.marked_unverifiable
    assert draft.assertion is AssertionType.TERRITORY_CONTROLLED
    assert draft.category is Category.TERRITORY


def test_doubt_alone_makes_no_claim() -> None:
    assert extract_claims("Reuters could not independently verify the battlefield reports.") == []


def test_denial_is_negation() -> None:
    draft = one("Kyiv denied that it had received the remains.")
    assert draft.negated
    assert draft.assertion is AssertionType.RECEIVED
    assert draft.quantity is None


def test_did_not_is_negation() -> None:
    draft = one("Russia did not return the bodies of Ukrainian soldiers, Kyiv said.")
    assert draft.negated


def test_refusal_is_negation() -> None:
    draft = one("Russia said Ukraine had refused to take back 1,212 bodies of its soldiers.")
    assert (draft.assertion, draft.negated) == (AssertionType.RECEIVED, True)
    assert draft.direction == Direction("RU", "UA")


def test_what_was_agreed_is_one_claim() -> None:
    draft = one(
        "Ukraine's foreign minister said Russia had agreed to return up to 1,200 prisoners."
    )
    assert draft.assertion is AssertionType.AGREED
    assert draft.quantity is not None
    assert draft.quantity.qualifier is Qualifier.UP_TO


def test_two_speakers_in_one_sentence() -> None:
    text = (
        "Ukraine said it had received 6,057 bodies, "
        "while Russia said it handed over 6,060 and received 78."
    )
    drafts = extract_claims(text)
    assert [(d.party, d.assertion.value, d.quantity and d.quantity.value) for d in drafts] == [
        ("UA", "received", 6057),
        ("RU", "handed_over", 6060),
        ("RU", "received", 78),
    ]
    assert all(d.category is Category.REMAINS for d in drafts)
    assert drafts[2].direction == Direction("UA", "RU")


def test_a_speaker_named_last_speaks_for_every_clause() -> None:
    text = (
        "Russia received 78 bodies, while Ukraine received 6,057, "
        "Russian and Ukrainian officials said."
    )
    drafts = extract_claims(text)
    assert [d.source.name if d.source else None for d in drafts] == [
        "Russian and Ukrainian officials",
        "Russian and Ukrainian officials",
    ]
    assert [d.party for d in drafts] == [
        None,
        None,
    ]  # a source naming both sides speaks for neither


def test_holding_land_is_controlling_territory() -> None:
    draft = one("Russia says its forces now hold more than 5,000 square kilometres of the region.")
    assert (draft.assertion, draft.category) == (
        AssertionType.TERRITORY_CONTROLLED,
        Category.TERRITORY,
    )


def test_not_a_single_is_a_stated_zero() -> None:
    draft = one("Russia's foreign ministry said Kyiv had not received a single body.")
    assert draft.quantity is not None
    assert draft.quantity.qualifier is Qualifier.NONE
    assert not draft.negated


def test_joined_figures_share_a_verb() -> None:
    drafts = extract_claims("Ukraine's president said 185 soldiers and 20 civilians were freed.")
    assert [(d.category, d.quantity and d.quantity.value) for d in drafts] == [
        (Category.POW, 185),
        (Category.CIVILIAN, 20),
    ]


def test_each_way_is_an_exchange() -> None:
    draft = one("The two sides exchanged 84 prisoners each way on Thursday.")
    assert draft.assertion is AssertionType.EXCHANGED
    assert draft.source is None


def test_troops_massed_with_an_approximate_figure() -> None:
    draft = one("Ukraine's president said Russia had massed about 53,000 troops near Sumy.")
    assert draft.assertion is AssertionType.TROOPS_MASSED
    assert draft.quantity is not None
    assert (draft.quantity.value, draft.quantity.qualifier) == (53000, Qualifier.ABOUT)
    assert draft.direction is None


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the delegations lasted less than two hours.",
        "Kyiv did not disclose how many prisoners were freed in each stage.",
        "The exchanged soldiers included defenders of the city, officials said.",
        "Relatives gathered outside the headquarters in Kyiv, holding photographs.",
        "The ICRC said its tracing agency holds some 50,000 open cases.",
        "The two sides also exchanged lists of missing persons.",
        "Ukrainian officials said some of the bodies returned by Russia were those of soldiers.",
    ],
)
def test_sentences_without_a_claim(text: str) -> None:
    assert extract_claims(text) == []


def test_unattributed_statements_take_the_publishing_outlet() -> None:
    draft = one("Russia handed over 1,000 bodies to Ukraine on Thursday.", source_name="TASS")
    assert draft.source is not None
    assert draft.source.kind is SourceKind.STATE_MEDIA
    assert draft.party == "RU"


def test_drafts_point_back_to_their_sentence() -> None:
    text = "Talks ended. Ukraine said it had received 1,245 bodies. Nothing else was said."
    draft = one(text)
    assert text[draft.sentence_start : draft.sentence_end] == draft.sentence
    assert draft.sentence == "Ukraine said it had received 1,245 bodies."
    assert text[draft.start : draft.end] == "received 1,245 bodies"


def test_a_checked_draft_becomes_a_claim() -> None:
    draft = one("Russia said it had received 27 bodies.")
    subject = Subject(SubjectKind.EXCHANGE, "ist-2/remains")
    claim = draft.to_claim("c-1", said_at=date(2025, 6, 11), subject=subject, source=Source("x"))
    assert (claim.claim_id, claim.source.name, claim.passage) == ("c-1", "Russia", draft.sentence)
    assert claim.quantity == draft.quantity
