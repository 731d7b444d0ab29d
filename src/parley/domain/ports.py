"""Ports: what the services need from storage, as Protocols the store adapter implements."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from parley.domain.access import Actor
from parley.domain.balances import QuotaFigures, StageFigures
from parley.domain.claim_records import ClaimRecord
from parley.domain.events import Event
from parley.domain.matching import CandidateView, Job, LinkOutcome, MatchList
from parley.domain.search import SearchTerm
from parley.domain.views import (
    AgreementView,
    CommandRecord,
    PartyView,
    PersonState,
    PersonView,
    StageView,
    StatusEntry,
    UserView,
    VerifyReport,
)

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Envelope:
    """What the journal records about a command besides its events."""

    actor: Actor
    recorded_at: str
    occurred_at: str | None
    command_key: str | None
    fingerprint: str
    result: str


@dataclass(frozen=True)
class PersonFilter:
    """Which persons a listing returns; `visible_to` limits it to what a party may see."""

    visible_to: str | None = None
    holding_party: str | None = None
    origin_party: str | None = None
    kind: str | None = None
    status: str | None = None
    limit: int = 1000
    offset: int = 0


class Reader(Protocol):
    """Queries over the projection, all inside one consistent transaction."""

    def head_seq(self) -> int: ...
    def party(self, code: str) -> PartyView | None: ...
    def parties(self) -> list[PartyView]: ...
    def agreement(self, ref: str) -> AgreementView | None: ...
    def agreements(self) -> list[AgreementView]: ...
    def exchange_id(self, ref: str) -> str | None: ...
    def stage(self, ref: str) -> StageView | None: ...
    def persons(self, ids: Sequence[str]) -> dict[str, PersonView]: ...
    def find_persons(self, where: PersonFilter) -> list[PersonView]: ...
    def search_persons(
        self, terms: Sequence[SearchTerm], *, visible_to: str | None, limit: int, offset: int
    ) -> list[PersonView]: ...
    def status_history(self, person_id: str) -> list[StatusEntry]: ...
    def persons_by_ref(self, party: str, refs: Sequence[str]) -> dict[str, str]: ...
    def manifest_approvals(self, stage_id: str, quota_id: str) -> set[str]: ...
    def person_states(self, ids: Sequence[str]) -> dict[str, PersonState]: ...
    def manifest_states(self, stage_id: str, quota_id: str) -> dict[str, PersonState]: ...
    def quota_figures(self, agreement_id: str) -> list[QuotaFigures]: ...
    def stage_figures(self, agreement_id: str) -> list[StageFigures]: ...
    def command(self, key: str) -> CommandRecord | None: ...
    def match_candidate(self, candidate_id: str) -> CandidateView | None: ...
    def match_queue(self, limit: int) -> list[CandidateView]: ...
    def accepted_pairs(self) -> list[tuple[str, str]]: ...
    def linked_persons(self, person_id: str) -> list[str]: ...
    def claims(
        self, subject_refs: Sequence[str] | None = None, *, current_only: bool = True
    ) -> list[ClaimRecord]: ...
    def claim(self, claim_id: str) -> ClaimRecord | None: ...
    def subject_refs(self, agreement_id: str) -> dict[str, str]: ...
    def user(self, name: str) -> UserView | None: ...
    def secret_hash(self, kind: str, ref: str) -> str | None: ...
    def tokens(self, user: str) -> list[str]: ...
    def token_user(self, token_hash: str) -> UserView | None: ...


class Writer(Reader, Protocol):
    """A write transaction: read what the command needs, then append its events."""

    def append(self, events: Sequence[Event], envelope: Envelope) -> tuple[int, int]: ...
    def store_secret(self, kind: str, ref: str, secret_hash: str) -> None:
        """Keep a credential's hash beside the journal, never in it (not an event)."""
        ...


class Store(Protocol):
    """The ledger's storage: a journal with its projection."""

    def reading(self) -> AbstractContextManager[Reader]: ...
    def writing(self) -> AbstractContextManager[Writer]: ...
    def journal(
        self, after_seq: int = 0, limit: int | None = None
    ) -> Iterator[dict[str, object]]: ...
    def verify(self, progress: Progress | None = None, *, rebuild: bool = True) -> VerifyReport: ...


class TableRow(Protocol):
    """One data row of an imported table, numbered as a spreadsheet shows it."""

    @property
    def number(self) -> int: ...
    @property
    def values(self) -> Mapping[str, str]: ...


class TableSource(Protocol):
    """An imported table: its file name (for error messages), header and rows."""

    @property
    def file(self) -> str: ...
    @property
    def columns(self) -> tuple[str, ...]: ...
    @property
    def rows(self) -> Sequence[TableRow]: ...


class Linker(Protocol):
    """Record linkage: scores pairs of records that may be the same person."""

    def link(
        self,
        job: Job,
        left: MatchList,
        right: MatchList | None,
        *,
        labels: Sequence[tuple[str, str]] = (),
        report_threshold: float = 0.2,
    ) -> LinkOutcome: ...
