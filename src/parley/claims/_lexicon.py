"""Word tables for claim extraction: parties, sources, speech verbs and categories.

Hand-written because the job is narrow and must be explainable: no offline model
on PyPI knows that "Kyiv" speaks for UA or that "its dead" are remains, and a
table can be read and corrected by the people who check the ledger.
"""

from __future__ import annotations

import re

from parley.domain.claims import AssertionType, Category, SourceKind

# Names, adjectives and capitals that stand for a party; the longest match wins.
PARTIES: dict[str, str] = {
    "ukraine": "UA",
    "ukrainian": "UA",
    "ukrainians": "UA",
    "kyiv": "UA",
    "kiev": "UA",
    "russia": "RU",
    "russian": "RU",
    "russians": "RU",
    "moscow": "RU",
    "kremlin": "RU",
    "tass": "RU",
    "ria novosti": "RU",
    "rt": "RU",
    "belta": "BY",
    "united arab emirates": "AE",
    "uae": "AE",
    "emirati": "AE",
    "turkey": "TR",
    "turkish": "TR",
    "ankara": "TR",
    "belarus": "BY",
    "belarusian": "BY",
    "united states": "US",
    "washington": "US",
    "icrc": "ICRC",
    "red cross": "ICRC",
    "united nations": "UN",
    "un": "UN",
    "u.n.": "UN",
    "qatar": "QA",
    "qatari": "QA",
    "doha": "QA",
    "saudi arabia": "SA",
    "saudi": "SA",
    "vatican": "VA",
    "holy see": "VA",
    "papal": "VA",
    "pope": "VA",
    "abu dhabi": "AE",
    "riyadh": "SA",
}
# Bodies and outlets whose proper name names no country but who speak for one: state
# media get their state's code ("Ukrinform" UA), an office its party's. Matched as written,
# capitals and all, but a name of several words however written: "the coordination
# headquarters" is Kyiv's too.
SPEAKERS: dict[str, str] = {
    "Coordination Headquarters": "UA",
    "Ukrinform": "UA",
    "Verkhovna Rada": "UA",
    "SBU": "UA",
    "State Duma": "RU",
    "Duma": "RU",
    "FSB": "RU",
    "RIA": "RU",
    "Sputnik": "RU",
    "Rossiya": "RU",
}
# Independent outlets and analysts speak for no party, whatever place their name holds
# ("the Kyiv Independent", "the Moscow Times").
INDEPENDENT = re.compile(
    r"\b(?:kyiv|kiev|moscow) (?:independent|post|times)\b|\bnovaya gazeta\b|\bmeduza\b|"
    r"\bukrainska pravda\b|\bmediazona\b|\bhromadske\b|\binstitute for the study of war\b|"
    r"\bisw\b|\bbbc\b|\bwashington post\b|\bnew york times\b|\bwall street journal\b|"
    r"\bguardian\b|\bfinancial times\b|\bbloggers?\b|\bdeepstate\b",
    re.IGNORECASE,
)
# The two warring parties: the counterparty of one is the other.
OTHER_SIDE = {"UA": "RU", "RU": "UA"}

# What pays for a movement: "in exchange for 84 prisoners", "swapped for 49".
PAID_FOR = r"\b(?:in (?:exchange|return) for|(?:exchanged|swapped|traded) for)"

# Heads of noun phrases that make a plausible source of a statement.
SOURCE_HEADS = re.compile(
    r"\b(ministry|president|presidency|government|kremlin|kyiv|moscow|ukraine|russia|media|"
    r"agency|tass|reuters|ria|interfax|ukrinform|officials?|official|spokesperson|spokesman|"
    r"spokeswoman|negotiator|delegation|headquarters|ombudsman|commissioner|icrc|committee|"
    r"army|military|staff|service|governor|minister|sources|outlet|newspaper|television|"
    r"red cross|uae|emirates|kyiv|mediators?|command|council|source|leader|envoy|"
    r"representative|aide|adviser|directorate|ombudswoman|prosecutors?|force|navy|guards?|"
    r"police|group|organi[sz]ation|watchdog|monitors?|analysts?|institute|experts?|authorities|"
    r"administration|mayor|diplomats?|lawmakers?|head|chief|commander|secretary|"
    r"chair(?:man|woman|person)?|director|ambassador|premier|office|intelligence|dpa|afp|"
    r"anadolu|wam|belta|xinhua|groups|families|relatives|activists|campaigners|analysis|"
    r"investigation|tally)\b",
    re.IGNORECASE,
)

SOURCE_KINDS: list[tuple[re.Pattern[str], SourceKind]] = [
    (re.compile(r"state (media|news|television|tv)|tass|ria", re.I), SourceKind.STATE_MEDIA),
    (
        re.compile(r"red cross|icrc|united nations|mediator|emirat|uae", re.I),
        SourceKind.INTERMEDIARY,
    ),
    (
        re.compile(r"media|agency|reuters|newspaper|outlet|interfax|ukrinform|press", re.I),
        SourceKind.MEDIA,
    ),
]

# Verbs that introduce a statement; "could not verify" is handled apart.
SPEECH = re.compile(
    # "the reports that", "such claims": after a determiner these are nouns, not verbs.
    r"\b(said|says|say|stated|reported|(?<!the )(?<!these )(?<!those )(?<!such )reports|"
    r"announced|confirmed|confirms|claimed|(?<!the )(?<!these )(?<!those )(?<!such )claims|"
    r"told|added|wrote|posted|insisted|acknowledged|denied|denies|accused|declared|noted|"
    r"stressed|explained|thanked|welcomed|hailed|quoted|dismissed|rejected|blamed|blames|"
    r"alleged|alleges|asserted|asserts|maintained|maintains|warned|warns|revealed|disclosed|"
    r"tweeted|emphasi[sz]ed|underlined|admitted|conceded|complained|argued|reiterated|"
    r"refuted|refutes|"
    # An estimate or a belief is a claim: "Kyiv estimates that ...", "Ukrainian intelligence
    # believes Russia has ...", "..., Ukrainian analysts estimated." ("according to Western
    # estimates" is a source's name, left to `_speech_forms`).
    r"(?<!\bthe )(?<!\ban )(?:estimates|estimated|estimate|believes|believe|believed)"
    r"(?=\s+that\b|\s+(?-i:[A-Z]))|"
    r"(?:believes|believe|believed)(?=\s*,)|"
    r"(?<!\bthe )(?<!\ban )(?:estimated|(?<=[a-z]{3} )estimates?|believes)(?=\s*[.;]?\s*$)|"
    # "..., an AP investigation found.", "A Reuters tally ... shows that ...".
    r"(?:found|shows|showed)(?=\s+that\b|\s*[.;]?\s*$)|"
    # "Kyiv called the reports ... lies": a label put on a claim denies it.
    r"(?:called|branded|labell?ed)(?= (?:as \w+ )?(?:the |these |those |such |[\w-]+'s? )?"
    r"(?:reports?|claims?|"
    r"allegations?|accusations?)\b)|"
    # "Kyiv put the number it received at 998": a figure stated is a statement.
    r"(?:put|puts|putting)(?= the (?:number|figure|total|toll)\b)|"
    # "put Russian losses over the past day at 940": any figure put at a number.
    r"(?:put|puts|putting)(?= (?:[\w'-]+ ){1,8}?at "
    r"(?:about |around |some |more than |over |nearly )?\d))\b",
    re.IGNORECASE,
)
UNVERIFIABLE = re.compile(
    r"\b(could not|cannot|can't|was unable to|were unable to|has not been able to)\s+"
    r"((?:independently|immediately)\s+)?(verify|confirm)"
    r"|\b(could not be|cannot be|can't be|has not been|have not been|was not|were not)\s+"
    r"((?:independently|immediately)\s+)?(verified|confirmed)",
    re.IGNORECASE,
)
DENIAL = re.compile(
    r"\b(denied|denies|deny|rejected|dismissed|refuted|refutes|called|branded|labell?ed)\b",
    re.IGNORECASE,
)

# Nouns that name what is counted; checked in this order, so bodies win over soldiers.
CATEGORIES: list[tuple[Category, re.Pattern[str]]] = [
    (Category.REMAINS, re.compile(r"\b(bodies|body|remains|dead|fallen|corpses)\b", re.I)),
    (
        Category.CIVILIAN,
        re.compile(
            r"\b(civilians?|detained civilians|child(?:ren)?|women|residents|inhabitants|"
            r"journalists?|reporters?|priests?|clergy(?:men)?|minors|teenagers|activists|"
            r"pensioners|kids|boys|girls|orphans|students|teachers|doctors|nurses)\b",
            re.I,
        ),
    ),
    (
        Category.POW,
        re.compile(
            r"\b(prisoners? of war|pows?|servicem[ae]n|soldiers?|military personnel|fighters?|"
            r"service members|defenders|marines|paratroopers|sailors|pilots|border guards|"
            r"guardsmen|conscripts|commanders|officers|sergeants|privates|commandos|"
            r"troops(?= (were|have been) (freed|released|returned|exchanged)))\b",
            re.I,
        ),
    ),
    (
        Category.PRISONER,
        re.compile(
            r"\b(prisoners?|captives?|detainees?|people|persons|citizens|ukrainians|russians|"
            r"hostages|medics|volunteers|nationals|foreigners|mercenaries|individuals)\b",
            re.I,
        ),
    ),
    (
        Category.TROOPS,
        re.compile(r"\b(troops?|soldiers|forces|servicemen|personnel)\b", re.I),
    ),
    (
        Category.TERRITORY,
        re.compile(
            r"\b(km|kilomet(re|er)s?|territory|villages?|settlements?|towns?|percent|per cent|"
            r"region|land)\b|%",
            re.I,
        ),
    ),
]
# Assertions whose figures count troops or territory rather than people moved.
FIELD_ASSERTIONS = {
    AssertionType.TROOPS_MASSED: Category.TROOPS,
    AssertionType.TERRITORY_CONTROLLED: Category.TERRITORY,
}
