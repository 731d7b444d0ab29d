"""Where a sentence may change speaker: ", while", "; ", ", but", ", whereas", and ", and"
when a speaker opens what follows ("..., and Kyiv said 175 were home")."""

from __future__ import annotations

import re

from parley.claims._attribution import find_attribution

__all__ = ["clauses_of"]

_CLAUSE_BREAK = re.compile(r",?\s+(?:while|whereas)\s+|;\s+|,\s+(?:but|though|although)\s+", re.I)
_AND = re.compile(r",\s+and\s+", re.I)
_NAME_DESCRIBED = re.compile(
    r"^\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3},\s+an?\s+[^,]{3,60}$"
)
_ARTICLE = re.compile(r"(?:the\s+|an?\s+)?", re.I)


def clauses_of(sentence: str) -> list[tuple[int, str]]:
    """Split where a second speaker may start: ", while", "; ", ", but", ", whereas", and
    ", and" when a speaker opens what follows ("..., and Kyiv said 175 were home")."""
    breaks = [*_CLAUSE_BREAK.finditer(sentence), *filter(_opens_speech, _AND.finditer(sentence))]
    out: list[tuple[int, str]] = []
    start = 0
    for m in sorted(breaks, key=lambda m: m.start()):
        out.append((start, sentence[start : m.start()]))
        start = m.end()
    out.append((start, sentence[start:]))
    return out


def _opens_speech(joint: re.Match[str]) -> bool:
    """Whether the clause after ", and" begins with a speaker of its own ("Kyiv said")."""
    if _NAME_DESCRIBED.match(joint.string[: joint.start()]):
        return False  # "Mediazona, an independent outlet, and the BBC said": one attribution
    rest = _CLAUSE_BREAK.split(joint.string[joint.end() :])[0]
    said = find_attribution(rest)
    return said.source is not None and _ARTICLE.fullmatch(rest[: said.start]) is not None
