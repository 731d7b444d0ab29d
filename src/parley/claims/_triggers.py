"""Assertion verbs: the words that make a clause claim a movement, a holding, a toll, a
deployment, control of land, an agreement or a delay.

Hand-written for the reason `_lexicon` gives: the job is narrow and must be explainable.
Each pattern is one assertion type; they are checked in order, and the first to match a
span wins it.
"""

from __future__ import annotations

import re

from parley.domain.claims import AssertionType

__all__ = ["TRIGGERS"]

# A figure right after a noun: "a swap of 150 prisoners", "the handover of some 900 bodies".
_FIGURE_AHEAD = (
    r" (?:(?:the )?(?:bodies|remains) of )?(?:the |a further |another |all )?"
    r"(?:some |about |around |nearly |more than |over |at least |up to |almost |close to )?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|dozens|"
    r"hundreds|thousands|several|a few|a dozen)\b)"
)

# Assertion verbs, checked in this order; the first pattern that matches a span wins it.
TRIGGERS: list[tuple[AssertionType, re.Pattern[str]]] = [
    (
        AssertionType.EXCHANGED,
        re.compile(
            r"\b(exchanged|swapped|traded|each freed|each released|each returned|"
            # The present ("Russia and Ukraine swap 390"), only right before a figure.
            rf"(?:swaps?|exchanges?|trades?)(?={_FIGURE_AHEAD})|"
            rf"(?:(?<=\ba )|(?<=\bthe ))swap of(?={_FIGURE_AHEAD})|"
            rf"(?:(?<=\ban )|(?<=\bthe ))exchange of(?={_FIGURE_AHEAD})|"
            # "the swap involved 390 people": checked for a swap before it in `_verbs.skip`.
            rf"involv(?:ed|es|e|ing)(?=\s+(?:\w+\s+){{0,2}}{_FIGURE_AHEAD[1:]}))\b",
            re.I,
        ),
    ),
    (AssertionType.AGREED, re.compile(r"\bagree(?:d|s)? (?=to|on|that|in|at)\b", re.I)),
    (
        AssertionType.POSTPONED,
        re.compile(
            r"\b(postpon(ed|ing|es|e|ement)|delays?|delayed|delaying|put off|cancel+ed|cancels|"
            r"stall(?:s|ed|ing)?|push(?:ed|es|ing)? back|put on hold|rescheduled)\b",
            re.I,
        ),
    ),
    (
        AssertionType.HANDED_OVER,
        re.compile(
            r"\b(hand(ed|ing|s)? (over|back)|handed|handing|transferred|repatriat(ed|es|e|ing)|"
            r"(?<!the )(?<!a )transfer(?:s|ring)?(?= (?!of\b))|"
            r"sent(?=[^.;]{0,60}\bback\b)|sent(?=(?: [\w,]+){0,4} (?:to|across)\b)|"
            r"set(?:s|ting)? free|"
            r"gave back|gives back|giving back|deliver(?:ed|s|ing)|releas(?:ed|es|ing)|freed|"
            r"(?:gave|given|give|gives|giving|free|frees|freeing|passed|passes|passing)"
            rf"(?=\s+(?:\w+\s+){{0,2}}{_FIGURE_AHEAD[1:]})|"
            r"(?:(?<=\ba )|(?<=\bthe ))(?:handover|transfer|repatriation|release|freedom) "
            rf"of(?={_FIGURE_AHEAD}))\b",
            re.I,
        ),
    ),
    (
        AssertionType.RECEIVED,
        re.compile(
            r"\b(received|receives|receive|receiving|(?:got|gets|get|getting) back|"
            r"(?:took|takes|taking|take) delivery|(?:take|takes|taking|took|taken) back|"
            r"accept(?:ed|s|ing)?|(?:arrived|arrives|arriving)(?! home| back)|"
            # "got 89 Ukrainian soldiers back": the object between the verb and its particle.
            r"collect(?:ed|s|ing)?|got(?=(?: [\w,]+){1,4} back\b))\b",
            re.I,
        ),
    ),
    (
        AssertionType.RETURNED,
        re.compile(
            rf"\b((?:(?<=\ba )|(?<=\bthe ))return of(?={_FIGURE_AHEAD})|"
            # "in return for" trades; it moves no one.
            r"returned|returns|(?<!\bin )return(?! for\b)|returning|"
            r"(?:came|come|comes|coming|brought|bring|brings|bringing|welcomed|welcome|welcomes|"
            r"made it|make it|makes it|got|arrived|arriving|sent|sends) (?:back )?home|back home|"
            r"(?:came|come|comes|coming) back|(?:brought|bring|brings|bringing) back|"
            r"welcomed back|"
            r"(?:are|is|were|was) (?:now |back )?home|"
            # "back on Russian soil": home ground, said without the word "home".
            r"(?:back|safely) (?:on|in) (?:\w+ )?(?:soil|homeland)|on home soil|"
            r"back in (?:ukraine|russia)\b)\b",
            re.I,
        ),
    ),
    (
        AssertionType.HOLDS,
        re.compile(
            r"\b(holds?|holding|is holding|held|in (?:\w+ )?(?:captivity|custody|detention)|"
            r"remain(?:s|ed)? in (?:\w+ )?(?:prisons?|jails?|camps)|"
            # "had taken 60 Russian soldiers prisoner": the captor now holds them.
            r"(?:taken|took|taking)(?= (?:[\w,]+ ){1,4}(?:prisoners?|captives?)\b)|"
            r"(?:taken|took) (?:prisoner|captive))\b",
            re.I,
        ),
    ),
    (
        AssertionType.KILLED,
        re.compile(
            r"\b(killings? of|deaths? of|killed|killing|kills?|died|dies|executed|executes|"
            r"executions? of|shot dead|"
            # "losses totalled 1,400 servicemen": a toll stated as a noun.
            r"losses (?:[\w,]+ ){0,6}?(?:totall?ed|reached|stood at|amounted to|numbered)|"
            r"(?:been|were|was) shot(?! down)|"
            r"(?:lost|losing|loses|lose)(?= (?:(?:up to|about|around|roughly|more than|over|"
            r"nearly|almost|some|at least|as many as|close to) )?(?:a )?[\w,]+ "
            r"(?:soldiers|troops|servicemen|personnel|"
            r"fighters)))\b",
            re.I,
        ),
    ),
    (
        AssertionType.TROOPS_MASSED,
        re.compile(
            r"\b(massed|amassed|concentrated|gathered|deployed|massing|amassing|stationed|fighting|"
            r"masses|amasses|deploys|concentrates|"
            # "reports of a troop build-up": massing named as a noun.
            rf"(?<=troop )build-?up|(?<=troops )build-?up|build-?up of(?={_FIGURE_AHEAD}))\b",
            re.I,
        ),
    ),
    (
        AssertionType.TERRITORY_CONTROLLED,
        re.compile(
            # "under Kyiv's control" is where people came from, not a claim about land.
            # "Ukrainian-controlled areas", "land controlled by Kyiv": participles, no claim.
            r"\b((?<!under )(?<!\w's )(?:controls?|(?<!-)controll(?:ed|ing)(?! by\b))|"
            r"occup(ies|y|ied)|captured|captures|seized|seizes|"
            r"taken control|took control|takes control|"
            r"(?:taken|took)(?= (?:[\d,]+|\w+) (?:more )?(?:villages?|settlements?|towns?))|"
            r"liberated|liberates|advanced)\b",
            re.I,
        ),
    ),
]
