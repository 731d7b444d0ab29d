"""Script detection and clean-up of hand-typed name strings (pure, no I/O)."""

from __future__ import annotations

import enum
import re
import unicodedata

_UKRAINIAN_ONLY = frozenset("ієїґ")
_RUSSIAN_ONLY = frozenset("ыэъё")
# Latin letters that look like Cyrillic ones: hand-typed Cyrillic lists often mix them in.
_LATIN_HOMOGLYPHS = str.maketrans("aceiopxykmthbABCEHIKMOPTXY", "асеіорхукмтнвАВСЕНІКМОРТХУ")
_APOSTROPHES = re.compile("['’ʼ`ʹ′\"”“«»]")
_SEPARATORS = re.compile(r"[\s,;.]+")


class Script(enum.StrEnum):
    """Which alphabet a name is written in."""

    CYRILLIC = "cyrillic"
    LATIN = "latin"
    MIXED = "mixed"
    NONE = "none"


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def detect_script(text: str) -> Script:
    """Tell whether `text` is Cyrillic, Latin, a mix of both, or has no letters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return Script.NONE
    cyr = sum(1 for ch in letters if _is_cyrillic(ch))
    if cyr == len(letters):
        return Script.CYRILLIC
    return Script.LATIN if cyr == 0 else Script.MIXED


def cyrillic_language(text: str) -> str | None:
    """Guess 'uk' or 'ru' from letters only one of the two alphabets has; None if neither."""
    lowered = set(text.lower())
    if lowered & _UKRAINIAN_ONLY:
        return "uk"
    if lowered & _RUSSIAN_ONLY:
        return "ru"
    return None


def fix_homoglyphs(word: str) -> str:
    """Turn stray Latin look-alikes into Cyrillic inside a mostly Cyrillic word."""
    cyr = sum(1 for ch in word if _is_cyrillic(ch))
    lat = sum(1 for ch in word if ch.isascii() and ch.isalpha())
    if cyr > lat > 0:
        return word.translate(_LATIN_HOMOGLYPHS)
    return word


def clean(text: str) -> str:
    """NFC-normalise, drop apostrophes and soft-sign marks, squeeze separators to spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _APOSTROPHES.sub("", text)
    words = [fix_homoglyphs(w) for w in _SEPARATORS.split(text) if w]
    return " ".join(words)
