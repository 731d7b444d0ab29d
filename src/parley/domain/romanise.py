"""One canonical romanisation and a coarse phonetic skeleton for Slavic names (pure).

In the domain so that the registry can search names across scripts; `parley.linkage`
re-exports both.

The canonical form is for display and string similarity; the skeleton is for equality:
every supported transliteration scheme of a Cyrillic name lands on the same skeleton.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import iuliia
import translitua

from parley.domain.scripts import Script, clean, cyrillic_language, detect_script

# Diacritic letters whose plain base letter would lose a sound (ISO 9, GOST, scholarly).
_DIACRITIC_LETTERS = str.maketrans(
    {"č": "ch", "š": "sh", "ž": "zh", "ŝ": "shch", "û": "yu", "â": "ya", "ê": "ye", "ë": "yo"}
)
# Digraph families of the common schemes, longest first; no library maps them together.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    (r"schtsch|szcz|shch|shh", "X"),
    (r"tsch|tch", "C"),
    (r"sch|šč", "X"),
    (r"ch|cz", "C"),
    (r"sh|sz", "X"),
    (r"zh", "Z"),
    (r"^x", "H"),
    (r"x", "ks"),
    (r"kh|gh|h|g", "H"),
    (r"ts|tz|tc|c", "Q"),
    (r"ph", "f"),
    (r"w", "v"),
    (r"ck|q", "k"),
    (r"ou", "u"),
    (r"[yj]", "i"),
    (r"i+", "i"),
    (r"i[eo]", "e"),
    (r"(.)\1+", r"\1"),
)
_COMPILED_RULES = tuple((re.compile(p), r) for p, r in _SKELETON_RULES)
_NON_LETTERS = re.compile(r"[^A-Za-z]")
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_DIACRITIC_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _romanise_cyrillic(run: str, language: str | None) -> str:
    # Russian-only letters need a Russian scheme; KMU 2010 is Ukraine's official one.
    if language == "ru":
        return str(iuliia.WIKIPEDIA.translate(run))
    return str(translitua.translit(run, translitua.UkrainianKMU, preserve_case=False))


@lru_cache(maxsize=65536)
def romanise(text: str) -> str:
    """Canonical lower-case ASCII romanisation: KMU 2010 for Ukrainian, Wikipedia for Russian."""
    cleaned = clean(text).lower()
    if detect_script(cleaned) in (Script.CYRILLIC, Script.MIXED):
        language = cyrillic_language(cleaned)
        cleaned = _CYRILLIC_RUN.sub(lambda m: _romanise_cyrillic(m.group(), language), cleaned)
    plain = _strip_marks(cleaned)
    return " ".join(re.sub(r"[^a-z0-9\- ]", "", plain).split())


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """Coarse phonetic key of one name: variant spellings of each scheme map together."""
    words = [w for w in re.split(r"[\s\-]+", romanise(text)) if w]
    return "".join(_skeleton_word(w) for w in words)


def _skeleton_word(word: str) -> str:
    for pattern, replacement in _COMPILED_RULES:
        word = pattern.sub(replacement, word)
    return _NON_LETTERS.sub("", word)
