"""Context that makes a verb tell a story rather than assert: troops moved (not prisoners),
talks still stuck (no one's return delayed), where the people moved were held before.
"""

from __future__ import annotations

import re

from parley.claims._verbs import Window

__all__ = ["WHO_HAD_BEEN", "held_before", "moved_unarmed", "talks_delayed"]

# "troops had been moved into Belarus": moved men are troops massed; moved prisoners are not.
_MOVED_TO = re.compile(r"moved|redeployed|relocated|shifted", re.I)
_ARMED = r"\b(?:troops|forces|soldiers|servicemen|reinforcements|units|brigades|personnel)"
_ARMED_MOVED = re.compile(
    _ARMED + r"\s+(?:(?:had|have|has)\s+been|(?:are|is|were|was)(?:\s+being)?)\s+(?:\w+ly\s+)?$",
    re.I,
)
_ARMED_AHEAD = re.compile(_ARMED + r"\b", re.I)
# "the prisoners freed had been held since 2022": how long, of the people moved.
_HAD_BEEN = re.compile(r"\b(?:had|have|has) been\s+$", re.I)
_SINCE = re.compile(r"\s+(?:since|for)\b", re.I)
# "children who had been deported", "residents who were held": a relative clause of their past.
WHO_HAD_BEEN = re.compile(
    r"\b(?:who|that|whom)\s+(?:(?:had|have|has)\s+)?(?:been|were|was)\s+$", re.I
)
_MOVED_WORDS = re.compile(
    r"\b(?:freed|released|returned|exchanged|swapped|repatriated|home|returnees)\b", re.I
)
# "as talks on a ceasefire remained stalled": a state of talks, told in passing, delays
# no one's return ("the next round of talks was put off", an event, is a delay all the same).
_DELAY_WORD = re.compile(r"stall|delay|postpon|put off|suspend|on hold|frozen", re.I)
_TALKS_REMAIN = re.compile(
    r"\b(?:talks|negotiations|ceasefire|truce|peace (?:process|plan|deal))\b"
    r"(?:\s+[\w-]+){0,6}?\s+(?:remain(?:s|ed)?|(?:are|were|is|was) still|stay(?:s|ed)?)\s+$",
    re.I,
)
_MOVEMENT_NOUN = re.compile(
    r"\b(?:exchanges?|swaps?|handovers?|repatriations?|returns?|releases?|transfers?|"
    r"bod(?:y|ies)|remains|prisoners?|pows?|captives?)\b",
    re.I,
)


def moved_unarmed(word: str, content: str, w: Window) -> bool:
    """ "prisoners were moved to another camp": moving is massing troops only when the men
    moved are armed ones."""
    return _MOVED_TO.fullmatch(word) is not None and not _armed_moved(content, w)


def _armed_moved(content: str, w: Window) -> bool:
    """ "moved 30,000 troops to the border", "troops had been moved into Belarus"."""
    ahead = " ".join(content[w.end : w.stop].split()[:6])
    return bool(_ARMED_MOVED.search(content, 0, w.start) or _ARMED_AHEAD.search(ahead))


def talks_delayed(content: str, w: Window) -> bool:
    """ "talks on a broader ceasefire remained stalled": talks still stuck, no one's return."""
    if not _DELAY_WORD.match(content[w.start : w.end]):
        return False
    talks = _TALKS_REMAIN.search(content, w.since, w.start)
    return talks is not None and not _MOVEMENT_NOUN.search(talks[0])


def held_before(content: str, w: Window) -> bool:
    """ "a third of the prisoners freed on Saturday had been held since 2022", "46 residents
    who had been held in Ukraine returned home": where the people moved were held before is
    their story, not a claim of holding now."""
    since = (
        _HAD_BEEN.search(content, 0, w.start)
        and _SINCE.match(content, w.end)
        and _MOVED_WORDS.search(content)
    )
    # "49 residents, held in Ukraine since last summer, had been brought home": an aside.
    aside = content[: w.start].rstrip().endswith(",") and _MOVED_WORDS.search(content, w.end)
    return bool(
        since
        or aside
        or (WHO_HAD_BEEN.search(content, 0, w.start) and _MOVED_WORDS.search(content, w.end))
    )
