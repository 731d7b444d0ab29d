"""A handover paid for by the other side: "handed over 55 servicemen in exchange for 49".

"1,000 Ukrainian prisoners had been handed over in exchange for 1,000 Russian ones" states
the same figure for each side, an exchange; "55 in exchange for 49" states two movements,
the handover and what was received for it, the other way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.claims import _lexicon as lex
from parley.claims._categories import category_in
from parley.claims._quantities import Mention
from parley.claims.draft import DraftClaim
from parley.domain.claims import AssertionType, Direction

__all__ = ["paid_for"]

_FOR = re.compile(lex.PAID_FOR + r"\s+(?:the\s+)?$", re.I)
_PAID = (AssertionType.HANDED_OVER, AssertionType.RETURNED, AssertionType.RECEIVED)
_SAME_FOR = re.compile(lex.PAID_FOR + r"\s+(?:the same number|an equal number|as many)\b", re.I)
# Stated as a figure; "the same number" is `_SAME_FOR`'s.
_DIGITS = re.compile(
    r"[\d]|(?:about|some|more than|over|at least|up to|nearly)\s|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|a hundred|dozens|hundreds)\b",
    re.I,
)


def paid_for(drafts: list[DraftClaim], mentions: list[Mention], content: str) -> list[DraftClaim]:
    """The clause's claims with each movement's counterpart read: a handover for as many is an
    exchange; a return for as many stays a return; unequal figures are two movements, the one
    the clause makes and the other way what paid for it."""
    out: list[DraftClaim] = []
    handed = AssertionType.HANDED_OVER
    for d in drafts:
        counter = _counter(d, mentions, content)
        if counter is None or d.quantity is None or d.direction is None:
            same = counter is None and d.assertion is handed and _same_for(d, content)
            out.append(replace(d, assertion=AssertionType.EXCHANGED) if same else d)
        elif counter.quantity == d.quantity or counter.quantity.value == d.quantity.value:
            # "150 had been returned in exchange for 150": a return, as said.
            out.append(
                replace(d, assertion=AssertionType.EXCHANGED) if d.assertion is handed else d
            )
        else:
            # "handed over 55 in exchange for 49", "brought home 121 in exchange for 109".
            mine, theirs = (
                (handed, AssertionType.RECEIVED)
                if d.assertion is handed
                else (AssertionType.RECEIVED, handed)
            )
            noun = category_in(" ".join(content[counter.start :].split()[:6]))
            out += [
                replace(d, assertion=mine),
                replace(
                    d,
                    assertion=theirs,
                    quantity=counter.quantity,
                    direction=Direction(d.direction.to_party, d.direction.from_party),
                    category=noun or d.category,
                ),
            ]
    return out


def _same_for(d: DraftClaim, content: str) -> bool:
    """ "freed 146 servicemen in exchange for the same number of Russian troops"."""
    return not d.negated and _SAME_FOR.search(content, d.end) is not None


def _counter(d: DraftClaim, mentions: list[Mention], content: str) -> Mention | None:
    if d.assertion not in _PAID or d.negated:
        return None
    return next(
        (
            m
            for m in mentions
            if m.start >= d.end
            and _FOR.search(content[d.end : m.start])
            and _DIGITS.match(content, m.start)
        ),
        None,
    )
