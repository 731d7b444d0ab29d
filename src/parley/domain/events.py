"""Events: the facts the journal records. Frozen, named by a stable string, versioned.

Each event type has a `TYPE` that never changes once released and a `VERSION` of its
payload schema. A correction is a new event; nothing here is ever edited.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from parley.domain.model import (
    Category,
    Identification,
    PartyKind,
    PersonName,
    QuotaCategory,
    QuotaKind,
    Role,
)


class Event(BaseModel):
    """Base of every event; the payload is the model's JSON form."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    TYPE: ClassVar[str]
    VERSION: ClassVar[int] = 1


class PartyRegistered(Event):
    TYPE = "party.registered"
    code: str
    kind: PartyKind
    names: dict[str, str]


class QuotaTerm(BaseModel):
    """One term of an agreement: who hands whom over, in what category, and how many."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    quota_id: str
    category: QuotaCategory
    subcategory: str | None = None
    from_party: str
    to_party: str
    kind: QuotaKind
    count: int | None = None
    at_least: bool = False
    ratio_give: int | None = None
    ratio_per: int | None = None
    note: str = ""


class AgreementRecorded(Event):
    TYPE = "agreement.recorded"
    agreement_id: str
    ref: str
    title: str
    signed_on: str | None
    venue: str
    parties: list[str]
    intermediaries: list[str]
    quotas: list[QuotaTerm]


class PersonRegistered(Event):
    TYPE = "person.registered"
    person_id: str
    kind: Category
    submitted_by: str
    origin_party: str
    holding_party: str
    names: list[PersonName]
    date_of_birth: str | None = None
    service_number: str | None = None
    rank: str | None = None
    unit: str | None = None
    capture_place: str | None = None
    capture_date: str | None = None
    detention_place: str | None = None
    health: list[str] = []
    recovery_place: str | None = None
    recovery_date: str | None = None
    tag_number: str | None = None
    identification: Identification | None = None
    external_ref: str | None = None


class StatusChanged(Event):
    TYPE = "person.status_changed"
    person_id: str
    from_status: str
    to_status: str
    reason: str = ""
    stage_id: str | None = None


class RecordsDisclosed(Event):
    TYPE = "person.disclosed"
    party: str
    person_ids: list[str]


class ExchangeOpened(Event):
    TYPE = "exchange.opened"
    exchange_id: str
    agreement_id: str
    ref: str
    title: str


class StageScheduled(Event):
    TYPE = "exchange.stage_scheduled"
    stage_id: str
    exchange_id: str
    ref: str
    planned_on: str | None
    place: str
    transit_party: str | None = None


class ManifestEntered(Event):
    """Persons named on a stage's manifest for one quota; `count` is the total, named or not."""

    TYPE = "manifest.entered"
    entry_id: str
    stage_id: str
    quota_id: str
    person_ids: list[str]
    count: int
    by_party: str | None


class ManifestApproved(Event):
    TYPE = "manifest.approved"
    stage_id: str
    quota_id: str
    by_party: str


class HandoverRecorded(Event):
    """A handover as the handing party (or the intermediary) states it."""

    TYPE = "handover.recorded"
    handover_id: str
    stage_id: str
    quota_id: str
    count: int
    person_ids: list[str]
    by_party: str | None
    via_party: str | None = None


class ReceiptConfirmed(Event):
    """A receipt as the receiving party states it: its own count, kept as said."""

    TYPE = "receipt.confirmed"
    receipt_id: str
    stage_id: str
    quota_id: str
    count: int
    person_ids: list[str]
    by_party: str
    note: str = ""


class MatchContribution(BaseModel):
    """One line of a candidate pair's waterfall; weights in thousandths of a bit."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    comparison: str
    level: str
    weight_milli: int


class MatchRunRecorded(Event):
    """A linkage run: which lists, how many records and pairs, and the model it used."""

    TYPE = "match.run_recorded"
    run_id: str
    job: str
    left_list: str
    right_list: str | None
    left_party: str | None
    right_party: str | None
    left_records: int
    right_records: int | None
    pairs_compared: int | None
    candidates: int
    auto_accepted: int
    model: str
    clusters: list[list[str]] = []


class MatchCandidateQueued(Event):
    """Two records that may be one person, with the probability (in millionths) and why."""

    TYPE = "match.candidate_queued"
    candidate_id: str
    run_id: str
    left_key: str
    right_key: str
    left_person_id: str | None
    right_person_id: str | None
    left_record: dict[str, str]
    right_record: dict[str, str]
    probability_ppm: int
    match_weight_milli: int
    contributions: list[MatchContribution]


class MatchDecided(Event):
    """A reviewer's (or the auto-accept rule's) decision on a candidate pair."""

    TYPE = "match.decided"
    candidate_id: str
    accepted: bool
    decided_by: str
    note: str = ""
    left_person_id: str | None = None
    right_person_id: str | None = None


class ClaimRecorded(Event):
    """A public statement as a source made it: who, for which party, when, about what.

    Figures are ints; a share ("one-fifth") is kept as numerator and denominator
    because the journal's canonical JSON admits no floats.
    """

    TYPE = "claim.recorded"
    claim_id: str
    source_name: str
    source_kind: str
    speaker: str | None = None
    citing: str | None = None
    party: str | None
    said_on: str
    passage: str
    subject_kind: str
    subject_ref: str
    assertion: str
    category: str
    quantity_value: int | None = None
    quantity_unit: str = ""
    qualifier: str | None = None
    share_numerator: int | None = None
    share_denominator: int | None = None
    from_party: str | None = None
    to_party: str | None = None
    negated: bool = False
    marked_unverifiable: bool = False


class ClaimCorrected(ClaimRecorded):
    """A corrected version of an earlier claim; the earlier one stays in the journal."""

    TYPE = "claim.corrected"
    corrects: str
    reason: str


class ClaimRetracted(Event):
    """A claim withdrawn from the register (recorded in error); it stays in the journal."""

    TYPE = "claim.retracted"
    claim_id: str
    reason: str


class UserAdded(Event):
    """A user of the ledger was created. Never carries the password or its hash."""

    TYPE = "user.added"
    name: str
    role: Role
    party: str | None = None


class TokenIssued(Event):
    """An API token was issued to a user. Never carries the token or its hash."""

    TYPE = "user.token_issued"
    token_id: str
    user: str


class TokensRevoked(Event):
    """A user's API tokens stopped working."""

    TYPE = "user.tokens_revoked"
    user: str
    token_ids: list[str]


EVENT_TYPES: dict[str, type[Event]] = {
    cls.TYPE: cls
    for cls in (
        PartyRegistered,
        AgreementRecorded,
        PersonRegistered,
        StatusChanged,
        RecordsDisclosed,
        ExchangeOpened,
        StageScheduled,
        ManifestEntered,
        ManifestApproved,
        HandoverRecorded,
        ReceiptConfirmed,
        MatchRunRecorded,
        MatchCandidateQueued,
        MatchDecided,
        ClaimRecorded,
        ClaimCorrected,
        ClaimRetracted,
        UserAdded,
        TokenIssued,
        TokensRevoked,
    )
}


def decode(type_name: str, payload_json: str) -> Event:
    """Rebuild an event from its stored type name and payload."""
    return EVENT_TYPES[type_name].model_validate_json(payload_json)
