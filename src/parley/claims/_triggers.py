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
    r"hundreds|thousands|tens of thousands|several|a few|a dozen)\b)"
)

# What land is counted in: "square kilometres", "villages".
_LAND = r"(?:square |sq )?(?:km|kilomet(?:re|er)s|miles|villages|settlements|towns|territory)\b"

# What armed men are counted in: "troops", "a force of".
_ARMED = r"(?:troops|forces?|soldiers|servicemen|reinforcements|personnel|units|brigades)\b"

# A word of the verb's object, not of a clause after it ("moved forward after 40 soldiers").
_OBJECT_WORD = r"(?!(?:after|before|when|while|as|since|and|but|because|until)\b)[\w,]+"

# How a figure may be hedged right after a verb: "lost up to 900", "at about 940".
_HEDGE = (
    r"(?:(?:up to|about|around|roughly|more than|over|nearly|almost|some|at least|as many as|"
    r"close to|an estimated|fewer than|less than|under) )"
)

# Assertion verbs, checked in this order; the first pattern that matches a span wins it.
TRIGGERS: list[tuple[AssertionType, re.Pattern[str]]] = [
    (
        AssertionType.EXCHANGED,
        re.compile(
            r"\b(exchanged|swapped|traded|each freed|each released|each returned|"
            # "390 people crossed in each direction".
            r"(?:crossed|went|moved)(?= (?:over )?in (?:each|both) directions?\b)|"
            # "the exchange was carried out", "the swap took place": an exchange named.
            r"(?:(?<=exchange )|(?<=swap ))(?:(?:was |had been )?"
            r"(?:carried out|completed|went ahead)|(?:had )?(?:took|taken) place)|"
            # "a Kremlin spokesman said the exchange had been 150 for 150".
            r"(?<=exchange )(?:had been|was)(?= \d[\d,]* for \d)|"
            # "Kyiv and Moscow both confirmed the swap.": the swap as what was said.
            r"(?<=\bthe )(?<!of the )(?<!about the )(?<!on the )(?<!for the )(?<!in the )"
            r"(?<!after the )(?<!before the )(?<!since the )(?<!during the )(?<!from the )"
            r"(?<!to the )(?<!at the )(?<!with the )(?:swap|exchange)"
            r"(?=\s*(?:[.;]\s*)?$|\s+but\b|,\s+(?:but|saying|adding|as)\b)|"
            # "completed a 1,000-for-1,000 prisoner swap": the swap named after its figure.
            r"(?:completed|carried out|conducted|held|staged|finali[sz]ed)"
            r"(?= (?:a|an|the|another|their|its) (?:new |fresh |latest |further |second |third )?"
            r"\d[\d,]*(?:-for-\d[\d,]*)?[- ](?:[\w-]+ )?(?:swap|exchange)\b)|"
            # The present ("Russia and Ukraine swap 390"), only right before a figure.
            rf"(?<!\bin )(?:swaps?|exchanges?|trades?)(?={_FIGURE_AHEAD})|"
            rf"(?:(?<=\ba )|(?<=\bthe ))swap of(?={_FIGURE_AHEAD})|"
            rf"(?:(?<=\ban )|(?<=\bthe ))exchange of(?={_FIGURE_AHEAD})|"
            # "the swap involved 390 people": checked for a swap before it in `_verbs.skip`.
            rf"involv(?:ed|es|e|ing)(?=\s+(?:\w+\s+){{0,2}}{_FIGURE_AHEAD[1:]}))\b",
            re.I,
        ),
    ),
    (
        AssertionType.AGREED,
        re.compile(
            r"\bagree(?:d|s)? (?=to|on|that|in|at)\b|"
            # "the talks had produced an agreement to exchange all seriously wounded prisoners".
            r"(?:(?<=\ban )|(?<=\bthe )|(?<=\ba ))(?:agreement|deal|accord)"
            r"(?= to (?:exchange|swap|return|release|hand|"
            r"repatriate|free|transfer)\b)|"
            # "the agreement also provides for the return of civilians".
            r"(?:provides?|provided|providing) for(?= (?:the )?(?:return|release|exchange|handover|"
            r"repatriation|transfer|swap)s?\b)|"
            # "had agreed, through its mediation, to the return of 26 children".
            r"\bagree(?:d|s)?(?=,[^,.;]{1,40}, (?:to|on|that)\b)|"
            # "Kyiv said no such agreement existed": an agreement denied, see `_reading.negated`.
            # "No agreement had been reached on the next stage" refers to no claim: no claim.
            r"\bno such (?:agreement|deal|accord)(?= (?:existed|exists|had|has|was|is)\b)",
            re.I,
        ),
    ),
    (
        AssertionType.POSTPONED,
        re.compile(
            r"\b(postpon(ed|ing|es|e|ement)|delays?|delayed|delaying|put off|cancel+ed|cancels|"
            r"(?<!despite )stall(?:s|ed|ing)?(?! (?:peace|talks|negotiations|diplomacy|efforts)\b)|"
            r"push(?:ed|es|ing)? back|put on hold|rescheduled|"
            # "had been put back by a week", "held up the repatriation", "called off".
            r"put(?:s|ting)? back|call(?:ed|s|ing)? off|"
            # "held up the swap", "was held up by Kyiv", but not "holding up photographs".
            r"(?:held|holds?|holding) up(?=\s*(?:[,.;]|$|(?:by|because|over|for|again|until|at|"
            r"in|on)\b|(?:the |a |an |its |their )?(?:[\w-]+ ){0,2}(?:exchanges?|swaps?|"
            r"handovers?|repatriations?|returns?|transfers?|releases?|process|talks|deal)\b))|"
            r"suspend(?:ed|s|ing)?|"
            # "an exchange of 200 ... announced for Sunday did not take place".
            r"(?:did not|didn't|failed to) take place|fell through|"
            # "was moved to next week", "pushed to a later date": a new, later date.
            r"(?:moved|pushed|shifted)(?: back)? to (?=(?:next|a later|another|the following|"
            r"an unspecified|a new)\b)|"
            # "accused Kyiv of dragging out the exchange of bodies".
            r"drag(?:ged|ging|s)? out(?= (?:the |a )?(?:\w+ )?(?:exchanges?|swaps?|handovers?|"
            r"repatriations?|returns?|transfers?|releases?|process|talks)\b)|"
            # "dragging its feet over the exchange", but not "... on identification".
            r"drag(?:ged|ging|s)? (?:its|their) feet(?= (?:over|on|in|with) (?:the |a )?"
            r"(?:exchanges?|swaps?|handovers?|repatriations?|returns?|transfers?|releases?)\b))\b",
            re.I,
        ),
    ),
    (
        AssertionType.HANDED_OVER,
        re.compile(
            r"\b(hand(ed|ing|s)? (over|back)|handed|handing|(?<!forcibly )transferred|"
            r"repatriat(ed|es|e|ing)|"
            r"(?<!the )(?<!a )transfer(?:s|ring)?(?= (?!of\b))|"
            r"sent(?=[^.;]{0,60}\bback\b)|sent(?=(?: [\w,]+){0,4} (?:to|across)\b)|"
            r"set(?:s|ting)? free|"
            r"gave back|gives back|giving back|deliver(?:ed|s|ing)|releas(?:ed|es|ing)|freed|"
            r"(?:gave|given|give|gives|giving|free|frees|freeing|passed|passes|passing|"
            r"(?<!\bthe )(?<!\ba )release)"
            # "freeing a total of 4,641 prisoners".
            rf"(?=\s+(?:\w+\s+){{0,3}}{_FIGURE_AHEAD[1:]})|"
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
            r"(?<!could be )(?<!would be )(?<!to be )(?<!can be )collect(?:ed|s|ing)?|"
            r"got(?=(?: [\w,]+){1,6} back\b)|"
            # "while Russia got 34": getting a figure is receiving it.
            rf"(?:got|gets)(?={_FIGURE_AHEAD})|"
            # "confirmed receipt of 909 bodies", "the arrival of 80 soldiers".
            rf"(?:receipt|arrival) of(?={_FIGURE_AHEAD}))\b",
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
            r"made it|make it|makes it|got|arrived|arriving|sent|sends|flown|flew) (?:back )?home|"
            r"back home|flown back|flew back|"
            r"(?:came|come|comes|coming) back|(?:brought|bring|brings|bringing) back|"
            r"welcomed back|"
            # "helped reunite 40 children with their families": brought back to them.
            r"reunit(?:ed|es|e|ing)|"
            # "brought the bodies of 909 soldiers back to Ukraine".
            r"(?:brought|brings|bringing)(?=(?: [\w,]+){1,6} (?:back|home)\b)|"
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
            # "keeping 40 clergy in detention": keeping, where the place says it is captivity.
            r"(?:keep|keeps|keeping|kept)(?=(?: [\w,'-]+){1,6}? in (?:\w+ )?"
            r"(?:captivity|custody|detention|prisons?|jails?|camps)\b)|"
            r"remain(?:s|ed)? in (?:\w+ )?(?:prisons?|jails?|camps)|"
            # "had taken 60 Russian soldiers prisoner": the captor now holds them.
            r"(?:taken|took|taking)(?= (?:[\w,]+ ){1,4}(?:prisoners?|captives?)\b)|"
            r"(?:taken|took) (?:prisoner|captive)|"
            # "20,000 children deported or forcibly transferred to Russia": held there now.
            r"(?:deported(?: or (?:forcibly )?(?:transferred|removed|taken))?|abducted|"
            r"forcibly (?:transferred|removed|taken))(?= to\b)|"
            # "20,000 children have been taken to Russia": held where they were taken.
            r"(?:(?<=been )|(?<=were )|(?<=was )|(?<=had ))(?<!who were )(?<!that were )"
            r"(?<!who had been )(?<!who have been )(?:taken|removed)"
            r"(?= to (?:russia|russian-occupied|occupied)\b)|"
            # "Moscow has detained thousands of civilians", "has deported 19,500 children".
            r"(?:(?<=has )|(?<=have )|(?<=had ))(?:detained|deported)"
            rf"(?={_FIGURE_AHEAD})|(?:detains|detaining)(?={_FIGURE_AHEAD}))\b",
            re.I,
        ),
    ),
    (
        AssertionType.KILLED,
        re.compile(
            r"\b(killings? of|deaths? of|killed|killing|kills?|died|dies|executed|executes|"
            r"executions? of|shot dead|"
            # A toll stated as a noun: "losses totalled 1,400 servicemen", "put Russian losses
            # over the past day at 940", "the death toll rose to 23".
            r"(?:losses|death toll|toll from) (?:[\w,'’-]+ ){0,8}?"
            r"(?:totall?ed|reached|stood at|stands at|amounted to|numbered|"
            rf"(?:rose|risen|climbed|jumped|grew|increased) to|at(?= {_HEDGE}?\d))|"
            r"(?:been|were|was) shot(?! down)|"
            # "bringing its losses since February 2022 to nearly 1 million".
            r"(?:bringing|brought|brings|raising|taking) (?:its|their|the) (?:total |overall )?"
            r"(?:losses|death toll|toll) (?:[\w,'’-]+ ){0,8}?to(?= )|"
            # "has suffered more than a million casualties", "documented 13,000 civilian deaths".
            r"(?:suffered|suffering|suffers|sustained|incurred)"
            rf"(?= {_HEDGE}?(?:a )?[\w,.]+ (?:thousand |million )?"
            r"(?:casualties|losses|dead|deaths)\b)|"
            r"(?:(?<=\d )|(?<=\d civilian )|(?<=\d military )|(?<=\d combat ))deaths\b|"
            rf"(?:lost|losing|loses|lose)(?= {_HEDGE}?(?:a )?[\w,.]+ (?:thousand |million )?"
            # "lost more than 400 of them", "lost 1,200 men".
            r"(?:soldiers|troops|servicemen|personnel|fighters|men|of (?:them|its|their)\b)))\b",
            re.I,
        ),
    ),
    (
        AssertionType.TROOPS_MASSED,
        re.compile(
            r"\b(massed|amassed|concentrated|deployed|"
            # "700,000 troops were fighting in Ukraine", but not "still fighting on the outskirts".
            r"(?:(?<=are )|(?<=were )|(?<=are now )|(?<=were now ))(?:fighting|gathering)|"
            r"(?:(?<=troops )|(?<=forces )|(?<=been )|(?<=were ))gathered|"
            rf"gathered(?= (?:{_HEDGE})?(?:{_OBJECT_WORD} ){{0,5}}{_ARMED})|"
            r"massing|amassing|stationed|"
            r"masses|amasses|deploys|concentrates|concentrating|deploying|deploy|amass|"
            # "Russia has about 600,000 troops in Ukraine": troops a side has somewhere.
            rf"(?:has|have|had|now has|still has)(?= {_HEDGE}?[\d,.]+(?: thousand| million)? "
            r"(?:\w+ )?(?:troops|soldiers|servicemen)\b "
            r"(?:(?:deployed|stationed|massed|positioned) )?(?:in|near|along|on|inside|at|around)\b"
            r"(?! (?:\w+ )?(?:captivity|custody|detention|prisons?|jails?|camps)\b))|"
            # "reports of a troop build-up": massing named as a noun.
            rf"(?<=troop )build-?up|(?<=troops )build-?up|build-?up of(?={_FIGURE_AHEAD})|"
            # "has built up a force of 70,000", "moved 30,000 troops to the border".
            r"(?:built|build|builds|building) up|assembl(?:ed|es|e|ing)|"
            r"(?:moved|moves|moving|redeploy(?:ed|s|ing)?|brought in|bringing in|brings in|"
            r"pour(?:ed|s|ing)(?: in)?|reinforc(?:ed|es|ing))"
            rf"(?=(?: {_OBJECT_WORD}){{0,5}} {_ARMED})|"
            # "1,200 troops had been moved into Belarus": the troops named before, see `_skip`.
            r"(?:moved|redeployed|relocated|shifted|transferred|sent)"
            r"(?=\s+(?:in)?to\b|\s+closer\b|\s+towards?\b|\s+across\b|\s+up to\b))\b",
            re.I,
        ),
    ),
    (
        AssertionType.TERRITORY_CONTROLLED,
        re.compile(
            # "under Kyiv's control" is where people came from, not a claim about land.
            # "Ukrainian-controlled areas", "Russian-occupied territory", "land controlled by
            # Kyiv": participles, no claim.
            r"\b((?<!under )(?<!\w's )(?:controls?|(?<!-)controll(?:ed|ing)(?! by\b))|"
            r"(?<!-)(?<!to )(?<!in )(?<!from )occup(?:ies|y|"
            r"ied(?! (?:territor(?:y|ies)|areas?|regions?|land|parts|"
            r"towns?|cities|city|zones?|lands)\b))|captured|captures|seized|seizes|"
            r"taken control|took control|takes control|"
            rf"(?:taken|took)(?= {_HEDGE}?(?:[\d,.]+|\w+) (?:more )?"
            rf"(?:villages?|settlements?|towns?|{_LAND}))|"
            r"liberated|liberates|advanced|"
            # "have taken about two-thirds of the town of Toretsk": a share of a place.
            r"(?:taken|took|seized|captured)(?= (?:about |roughly |nearly |almost |some )?"
            r"(?:a |one[- ]|two[- ]|three[- ])?(?:fifth|quarter|third|half|tenth)s? of\b)|"
            # "claimed the capture of two more settlements".
            r"(?:(?<=\ba )|(?<=\bthe ))(?:capture|seizure|liberation) of(?= (?:the |some |about |"
            r"\d|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\b)|"
            # "pushed Russian forces out of two villages", "drove the enemy from the region".
            r"(?:pushed|pushes|pushing|drove|drives|driving|driven|forced|ousted|expelled|"
            r"cleared|knocked|kicked)(?=(?: (?:the |russian |ukrainian |enemy |its |their )?"
            r"(?:enemy|forces|troops|units|army|russians|ukrainians|fighters))?"
            r"(?: (?:back )?out)? (?:of|from) )|"
            # Land won back or gained: "retook two villages", "gained 400 square kilometres".
            r"recaptur(?:ed|es|ing)|retook|retaken|retakes|regain(?:ed|s|ing)|"
            r"(?:won|wins?|winning) back|"
            rf"gain(?:ed|s|ing)(?=(?: [\w,]+){{0,3}} {_LAND})|"
            # "Seven settlements fell to Russian forces", "claims that Kupiansk had fallen".
            r"(?:fell|fallen|falls?) to(?= (?:the )?(?:russian |ukrainian |enemy )?"
            r"(?:forces|troops|army|units|russia|ukraine|moscow|kyiv)\b)|"
            r"(?:(?<=had )|(?<=has )|(?<=have ))fallen(?=\s*(?:[,.;]|$))|"
            r"(?:came|come|comes|coming) under (?:\w+ )?control|lost control (?:of|over)|"
            # "99 percent of the Luhansk region is now under its control".
            r"(?:is|are|was|were|remains?|remained) (?:now |still |firmly |fully )?under "
            r"(?:its|their|russian|ukrainian|moscow's|kyiv's) control)\b",
            re.I,
        ),
    ),
]
