"""Read models: what queries return to the services, independent of how they are stored."""

from __future__ import annotations

from dataclasses import dataclass, field

from parley.domain.canonical import ChainBreak
from parley.domain.events import QuotaTerm
from parley.domain.lifecycle import Status
from parley.domain.model import Category, PersonName


@dataclass(frozen=True)
class PartyView:
    code: str
    kind: str
    names: dict[str, str]


@dataclass(frozen=True)
class AgreementView:
    agreement_id: str
    ref: str
    title: str
    signed_on: str | None
    venue: str
    parties: list[str]
    intermediaries: list[str]
    quotas: list[QuotaTerm]

    def quota(self, quota_id: str) -> QuotaTerm | None:
        """The agreement's quota with this id, if any."""
        return next((q for q in self.quotas if q.quota_id == quota_id), None)


@dataclass(frozen=True)
class StageView:
    stage_id: str
    ref: str
    exchange_id: str
    exchange_ref: str
    agreement_id: str
    agreement_ref: str
    planned_on: str | None
    place: str
    transit_party: str | None


@dataclass(frozen=True)
class PersonState:
    """What commands about exchanges need to know of a person: no names, no details."""

    person_id: str
    kind: Category
    status: Status
    submitted_by: str
    origin_party: str
    holding_party: str
    disclosed_to: frozenset[str]


@dataclass(frozen=True)
class PersonView(PersonState):
    """A person's whole record, for those entitled to see it."""

    names: list[PersonName]
    date_of_birth: str | None = None
    service_number: str | None = None
    rank: str | None = None
    unit: str | None = None
    capture_place: str | None = None
    capture_date: str | None = None
    detention_place: str | None = None
    health: list[str] = field(default_factory=list)
    recovery_place: str | None = None
    recovery_date: str | None = None
    tag_number: str | None = None
    identification: str | None = None
    external_ref: str | None = None

    @property
    def display_name(self) -> str:
        """The first name record, or the tag number of unnamed remains."""
        if self.names:
            return self.names[0].display()
        return f"(unnamed, tag {self.tag_number})"


@dataclass(frozen=True)
class StatusEntry:
    seq: int
    from_status: str
    to_status: str
    occurred_at: str | None
    reason: str
    stage_ref: str | None


@dataclass(frozen=True)
class CommandRecord:
    """What an idempotency key was first used for, and what it produced."""

    key: str
    fingerprint: str
    first_seq: int
    last_seq: int
    result: str


@dataclass(frozen=True)
class ProjectionMismatch:
    table: str
    key: str
    seq: int | None
    detail: str


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of recomputing the chain and rebuilding the projection."""

    events: int
    head_hash: str
    chain_break: ChainBreak | None = None
    mismatch: ProjectionMismatch | None = None

    @property
    def ok(self) -> bool:
        """True when both the chain and the projection hold."""
        return self.chain_break is None and self.mismatch is None


@dataclass(frozen=True)
class UserView:
    """A user of the ledger as the access rules see them: no credentials."""

    name: str
    role: str
    party: str | None
