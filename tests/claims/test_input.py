from __future__ import annotations

import pytest

from parley.claims import extract_claims
from parley.claims._input import check_text, sentences
from parley.errors import InputError


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "the text is empty"),
        ("   \n\t ", "the text is empty"),
        ("\x00\x01\x02PK\x03\x04" * 20, "binary content"),
        (
            "Министерство обороны России заявило, что передало Украине 1212 тел погибших военных.",
            "not English",
        ),
        (
            "Le ministère de la défense a déclaré avoir remis mille deux cents corps à l'Ukraine.",
            "not English",
        ),
    ],
)
def test_bad_input_is_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        extract_claims(text)
    (problem,) = caught.value.problems
    assert reason in problem.reason
    assert problem.field == "text"


def test_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="decode"):
        extract_claims(b"Russia said it handed over 1,212 bodies.")  # type: ignore[arg-type]


def test_short_english_passes() -> None:
    assert extract_claims("Kyiv confirmed.") == []


def test_english_that_reads_a_little_like_a_creole_passes() -> None:
    # py3langid ranks Nigerian Pidgin just above English for this sentence.
    text = "Ukraine repatriates 757 bodies of soldiers, Kyiv says."
    assert check_text(text) == text


def test_sentences_keep_their_offsets() -> None:
    text = "  Russia's defence ministry said so. The U.S. envoy agreed.\n\nKyiv, too. "
    parts = sentences(text)
    assert [s for _a, _b, s in parts] == [
        "Russia's defence ministry said so.",
        "The U.S. envoy agreed.",
        "Kyiv, too.",
    ]
    assert all(text[a:b] == s for a, b, s in parts)
