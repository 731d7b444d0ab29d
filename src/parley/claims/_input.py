"""Accept only English prose, and split it into sentences with their offsets.

Sentences come from pysbd (rule-based, offline, keeps "U.S." and "No." intact);
the language check from py3langid, which ships its model inside the wheel.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pysbd
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from parley.errors import InputError, Problem

__all__ = ["check_text", "sentences"]

# Below this many letters a language guess is noise; short English snippets pass.
_MIN_LETTERS_FOR_GUESS = 40
# English if at least this likely: the model also knows English-based creoles (Nigerian
# Pidgin), which a short English sentence can tip into ("Ukraine repatriates 757 bodies").
_MIN_ENGLISH = 0.2
# More control or replacement characters than this share means it is not text.
_MAX_BINARY_SHARE = 0.02


def check_text(text: object) -> str:
    """Return `text` if it is non-empty English prose; raise InputError saying why not."""
    if isinstance(text, bytes | bytearray):
        raise InputError(
            Problem("expected text, got bytes; decode the article first", field="text")
        )
    if not isinstance(text, str):
        raise InputError(Problem(f"expected text, got {type(text).__name__}", field="text"))
    if not text.strip():
        raise InputError(Problem("the text is empty", field="text"))
    if _binary_share(text) > _MAX_BINARY_SHARE:
        raise InputError(
            Problem(
                "the text looks like binary content, not an article", field="text", value=text[:20]
            )
        )
    language, english = _language(text)
    # Short texts spread the model's belief thin: English ranked first is English however
    # little it is believed.
    if language != "en" and english < _MIN_ENGLISH:
        raise InputError(
            Problem(
                f"the text is not English (it reads as {language!r}); only English "
                "articles can be read",
                field="text",
                value=text[:40],
            )
        )
    return text


def sentences(text: str) -> list[tuple[int, int, str]]:
    """Split into sentences: (start, end, sentence) with offsets into `text`, blanks trimmed."""
    out: list[tuple[int, int, str]] = []
    for span in _segmenter().segment(text):
        raw = text[span.start : span.end]
        stripped = raw.strip()
        if stripped:
            start = span.start + raw.index(stripped)
            out.append((start, start + len(stripped), stripped))
    return out


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _binary_share(text: str) -> float:
    odd = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    )
    return odd / len(text)


def _language(text: str) -> tuple[str, float]:
    """The likeliest language and the probability that the text is English."""
    letters = re.sub(r"[^\w]|\d|_", "", text)
    if len(letters) < _MIN_LETTERS_FOR_GUESS:
        return ("en", 1.0) if letters.isascii() else ("unknown", 0.0)
    ranked = _identifier().rank(text)
    english = next((float(p) for lang, p in ranked if lang == "en"), 0.0)
    return str(ranked[0][0]), english


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Probabilities, not raw scores, so that English can be asked about by itself.
    return LanguageIdentifier.from_modelpath(Path(MODEL_DIR) / MODEL_FILE, norm_probs=True)
