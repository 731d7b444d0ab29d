"""The party of a local official named without a country: the side a strike fell on.

"At least 20 civilians were killed when a Russian missile struck Dnipro, the regional
governor said": a governor or mayor speaks for the people where the strike fell, so for
the side the attacker is not.
"""

from __future__ import annotations

import re

from parley.claims import _lexicon as lex

__all__ = ["struck_side"]

_LOCAL = re.compile(
    r"\b(?:governor|mayor|(?:regional|local|city|oblast|municipal)\s+(?:[\w-]+\s+){0,2}"
    r"(?:authorities|officials?|administration|council|head|chief|police|prosecutors?))\b",
    re.I,
)
_ATTACKER = re.compile(
    r"\b(?P<side>russian|ukrainian)\s+(?:[\w-]+\s+)?(?:missiles?|drones?|strikes?|air ?strikes?|"
    r"shelling|attacks?|bombs?|bombing|rockets?|artillery|shells?|glide bombs?)\b",
    re.I,
)
_SIDES = {"russian": "RU", "ukrainian": "UA"}


def struck_side(source: str, sentence: str) -> str | None:
    """The side a local official speaks for, from the attacker the sentence names."""
    if not _LOCAL.search(source):
        return None
    attackers = {_SIDES[m["side"].lower()] for m in _ATTACKER.finditer(sentence)}
    if len(attackers) != 1:
        return None
    return lex.OTHER_SIDE[attackers.pop()]
