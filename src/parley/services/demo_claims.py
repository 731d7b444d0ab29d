"""The demo's claims: what each side said about the 2025 exchanges, paraphrased, source named.

Figures and dates are from shared/scenario-facts.md (which names the outlets); passages
are our paraphrases, not quotations, and name no private person. Where a report gives
no day ("mid-June"), the claim is put on the stage that fits its figure and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parley.domain.claim_records import parse_direction, parse_quantity, parse_subject
from parley.domain.claims import AssertionType, Category, Claim, Source, SourceKind
from parley.services.claims import Claims
from parley.services.context import Context

__all__ = ["DEMO_CLAIMS", "record_demo_claims"]

RU_MOD = Source("Russia's defence ministry (via TASS)", SourceKind.OFFICIAL)
RU_NEGOTIATOR = Source("Russia's delegation", SourceKind.OFFICIAL, speaker="head of delegation")
RU_STATE_MEDIA = Source("Russian state media", SourceKind.STATE_MEDIA, citing="sources")
UA_HQ = Source(
    "Ukraine's Coordination Headquarters for the Treatment of POWs (via pravda.com.ua)",
    SourceKind.OFFICIAL,
)
UA_PRESIDENT = Source("Ukraine's president", SourceKind.OFFICIAL)
UA_INTERFAX = Source("Interfax-Ukraine", SourceKind.MEDIA)


@dataclass(frozen=True)
class DemoClaim:
    """One statement of the scenario, written compactly."""

    source: Source
    party: str | None
    on: str
    subject: str
    says: AssertionType
    category: Category
    figure: str | None
    direction: str | None
    passage: str
    denied: bool = False


_R, _P, _O = Category.REMAINS, Category.PRISONER, Category.OTHER
_HANDED, _GOT, _SWAP = AssertionType.HANDED_OVER, AssertionType.RECEIVED, AssertionType.EXCHANGED

DEMO_CLAIMS = (
    DemoClaim(RU_MOD, "RU", "2025-05-25", "agreement:IST-1", _SWAP, _P, "1000", "RU>UA",
              "Russia's defence ministry said the 1,000-for-1,000 exchange had been completed."),
    DemoClaim(RU_MOD, "RU", "2025-05-23", "stage:IST-1-D1", _SWAP, _P, "390", "RU>UA",
              "Each side handed over 390 people, 270 servicemen and 120 civilians, on 23 May."),
    DemoClaim(RU_MOD, "RU", "2025-06-07", "agreement:IST-2", AssertionType.HOLDS, _R, "1212",
              "RU>UA", "Russia said 1,212 bodies were waiting at the border and that it had "
              "handed over a list of 640 names, and accused Kyiv of postponing."),
    DemoClaim(UA_HQ, "UA", "2025-06-07", "agreement:IST-2", AssertionType.AGREED, _O, None, None,
              "Ukraine said Russia's lists did not fit the agreed categories and that no date "
              "for the handover had been agreed.", denied=True),
    DemoClaim(RU_STATE_MEDIA, "RU", "2025-06-13", "stage:IST-2-B-06-13", _GOT, _R, "none",
              "UA>RU", "Russian state media, citing sources, said Moscow had received none of "
              "its dead back while handing over 1,200 bodies in a batch (mid-June)."),
    DemoClaim(RU_STATE_MEDIA, "RU", "2025-06-13", "stage:IST-2-B-06-13", _HANDED, _R, "1200",
              "RU>UA", "Russian state media, citing sources, said Moscow had handed over 1,200 "
              "bodies in a batch (mid-June)."),
    DemoClaim(UA_HQ, "UA", "2025-06-13", "stage:IST-2-B-06-13", _GOT, _R, None, "RU>UA",
              "Ukraine confirmed it had received the bodies of its soldiers that day."),
    DemoClaim(RU_MOD, "RU", "2025-06-16", "agreement:IST-2", _HANDED, _R, "6060", "RU>UA",
              "Russia said it had handed over 6,060 bodies in all."),
    DemoClaim(RU_MOD, "RU", "2025-06-16", "agreement:IST-2", _GOT, _R, "78", "UA>RU",
              "Russia said it had received the bodies of 78 of its servicemen."),
    DemoClaim(UA_HQ, "UA", "2025-06-16", "agreement:IST-2", _GOT, _R, "6057", "RU>UA",
              "Ukraine said it had received 6,057 bodies, which Russia says are Ukrainians."),
    DemoClaim(RU_NEGOTIATOR, "RU", "2025-07-23", "stage:IST-2-P-07-23", _SWAP, _P, "about 250",
              "RU>UA", "Russia's negotiator said about 250 prisoners were exchanged each way "
              "that day."),
    DemoClaim(RU_NEGOTIATOR, "RU", "2025-07-23", "exchange:IST-2-P", _SWAP, _P, "1200", "RU>UA",
              "Russia's negotiator said 1,200 prisoners had been exchanged each way in all."),
    DemoClaim(UA_PRESIDENT, "UA", "2025-07-23", "exchange:IST-2-P", AssertionType.RETURNED, _P,
              "more than 1000", "RU>UA", "Ukraine's president said more than 1,000 Ukrainians "
              "had come home under the June agreement."),
    DemoClaim(UA_HQ, "UA", "2025-07-17", "stage:REMAINS-2025-07-17", AssertionType.RETURNED, _R,
              "1000", "RU>UA", "Ukraine said 1,000 bodies had been returned, with the ICRC's "
              "help, and that this was not part of the Istanbul agreements."),
    DemoClaim(UA_HQ, "UA", "2025-07-17", "stage:REMAINS-2025-07-17", _HANDED, _R, "19", "UA>RU",
              "Ukraine said 19 bodies were handed to Russia the same day."),
    DemoClaim(UA_INTERFAX, "UA", "2025-08-14", "stage:UAE-2025-08-14", _SWAP, _P, "84", "RU>UA",
              "Interfax-Ukraine reported 84 people returned each way, 33 military and 51 "
              "civilians among Ukraine's."),
)  # fmt: skip


def to_claim(d: DemoClaim) -> Claim:
    """The claim to record (the ledger assigns its id)."""
    return Claim(
        claim_id="",
        source=d.source,
        party=d.party,
        said_at=date.fromisoformat(d.on),
        passage=d.passage,
        subject=parse_subject(d.subject),
        assertion=d.says,
        category=d.category,
        quantity=parse_quantity(d.figure),
        direction=parse_direction(d.direction),
        negated=d.denied,
    )


def record_demo_claims(ctx: Context) -> None:
    """Record every demo claim in one command."""
    Claims(ctx).record_all([to_claim(d) for d in DEMO_CLAIMS])
