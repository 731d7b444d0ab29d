"""Bodies about persons, match candidates and the journal (personal data lives here only)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from parley.api.schemas import Out


class NameOut(Out):
    surname: str
    given_name: str
    patronymic: str
    script: str
    lang: str


class PersonOut(Out):
    person_id: str
    kind: str
    status: str
    submitted_by: str
    origin_party: str
    holding_party: str
    disclosed_to: list[str]
    names: list[NameOut]
    date_of_birth: str | None
    service_number: str | None
    rank: str | None
    unit: str | None
    capture_place: str | None
    capture_date: str | None
    detention_place: str | None
    health: list[str]
    recovery_place: str | None
    recovery_date: str | None
    tag_number: str | None
    identification: str | None
    external_ref: str | None


class StatusEntryOut(Out):
    seq: int
    from_status: str
    to_status: str
    occurred_at: str | None
    reason: str
    stage_ref: str | None


class PersonDetail(BaseModel):
    person: PersonOut
    history: list[StatusEntryOut]


class PersonIn(BaseModel):
    fields: dict[str, str] = Field(description="kind, origin_party, holding_party, surname, ...")
    submitted_by: str | None = None


class PersonCreated(BaseModel):
    person_id: str


class Imported(BaseModel):
    """The persons an import registered, in the file's row order."""

    imported: int
    person_ids: list[str]


class ImportPreview(BaseModel):
    """What committing the import would do; bad rows answer 422 with every problem instead."""

    would_import: int = Field(description="Rows that would become persons")
    already_imported: int = Field(
        description="When this very import (same rows, mapping, or key) was already recorded, "
        "the persons it registered; committing again changes nothing"
    )


class StatusIn(BaseModel):
    status: str
    reason: str = ""
    occurred_at: str | None = None


class StatusOut(BaseModel):
    status: str


class DiscloseIn(BaseModel):
    party: str = Field(min_length=1)
    person_ids: list[str] = Field(min_length=1)


class Disclosed(BaseModel):
    newly_disclosed: int


class CandidateOut(Out):
    candidate_id: str
    run_id: str
    left_key: str
    right_key: str
    left_person_id: str | None
    right_person_id: str | None
    left_record: dict[str, str]
    right_record: dict[str, str]
    probability: float
    match_weight: float
    contributions: list[tuple[str, str, float]]
    status: str


class DecisionIn(BaseModel):
    accept: bool
    note: str = ""


class DecisionOut(BaseModel):
    status: str


class JournalPage(BaseModel):
    """Events after `after`, oldest first; pass `next_after` to read on."""

    items: list[dict[str, Any]]
    next_after: int | None


class VerifyOut(BaseModel):
    ok: bool
    events: int
    head_hash: str
    chain_break: str | None
    mismatch: str | None
