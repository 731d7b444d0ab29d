"""Request and response bodies of the JSON API (pydantic models, so OpenAPI describes them)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from parley.domain.events import QuotaTerm
from parley.domain.model import MAX_COUNT

T = TypeVar("T")
Ref = Field(min_length=1, max_length=200)
Count = Field(default=None, ge=0, le=MAX_COUNT)


class Out(BaseModel):
    """A response body read from a domain view's attributes."""

    model_config = ConfigDict(from_attributes=True)


class Page(BaseModel, Generic[T]):
    """One page of a listing: the items and where the page starts."""

    items: list[T]
    limit: int
    offset: int


class ProblemItem(BaseModel):
    """One thing wrong with the input, precise enough to fix."""

    file: str | None
    row: int | None
    field: str | None
    value: str | None
    reason: str


class ProblemOut(BaseModel):
    """An RFC 9457 problem-details body (`application/problem+json`)."""

    type: str
    title: str
    status: int
    detail: str
    errors: list[ProblemItem] | None = None


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problem bodies a route may answer with."""
    schema = {"application/problem+json": {"schema": ProblemOut.model_json_schema()}}
    return {status: {"model": ProblemOut, "content": schema} for status in statuses}


class PartyIn(BaseModel):
    code: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_-]+$")
    kind: str
    names: dict[str, str] = {}


class PartyOut(Out):
    code: str
    kind: str
    names: dict[str, str]


class AgreementIn(BaseModel):
    ref: str = Ref
    title: str = ""
    signed_on: str | None = None
    venue: str = ""
    parties: list[str]
    intermediaries: list[str] = []
    quotas: list[str] = Field(description="CATEGORY[/SUB]:FROM>TO:AMOUNT, as in the CLI")


class AgreementOut(Out):
    ref: str
    title: str
    signed_on: str | None
    venue: str
    parties: list[str]
    intermediaries: list[str]
    quotas: list[QuotaTerm]


class BalanceOut(Out):
    quota_id: str
    from_party: str
    to_party: str
    category: str
    subcategory: str | None
    terms: str
    owed: int | None
    listed: int
    handed_over: int
    confirmed: int
    known_held: int


class DiscrepancyOut(BaseModel):
    stage: str
    quota_id: str
    kind: str
    handed_over: int | None
    confirmed: int | None
    difference: int


class ExchangeIn(BaseModel):
    agreement: str = Ref
    ref: str = Ref
    title: str = ""


class StageIn(BaseModel):
    ref: str = Ref
    planned_on: str | None = None
    place: str = ""
    transit_party: str | None = None


class Created(BaseModel):
    ref: str


class QuotaAction(BaseModel):
    quota: str = Field(min_length=1, description="quota id, e.g. IST-1/prisoners/RU>UA")


class ManifestIn(QuotaAction):
    person_ids: list[str] = []
    count: int | None = Count


class ApprovalIn(QuotaAction):
    party: str | None = None


class TransitIn(QuotaAction):
    person_ids: list[str] | None = None
    medical: bool = False


class HandoverIn(QuotaAction):
    count: int | None = Count
    person_ids: list[str] = []
    via_party: str | None = None
    occurred_at: str | None = None


class ReceiptIn(QuotaAction):
    count: int | None = Count
    person_ids: list[str] = []
    note: str = ""
    occurred_at: str | None = None


class Counted(BaseModel):
    count: int


class Approvals(BaseModel):
    approved_by: list[str]


class ManifestOut(BaseModel):
    listed: int
    named: int


class Result(BaseModel):
    """A command's result as the service returned it."""

    result: Any
