"""Who may do and see what. Every service call asks here before it reads or writes.

Mediators (the intermediary's staff) see and change everything. A party's officer acts
for their own party and sees the records their party submitted plus those the mediator
disclosed to it. Observers see aggregate counts only, never a personal record.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from parley.domain.model import Role
from parley.errors import AccessDenied, InputError


class Op(StrEnum):
    """Every operation the service layer offers, as the access rules name them."""

    REGISTER_PARTY = "register_party"
    RECORD_AGREEMENT = "record_agreement"
    OPEN_EXCHANGE = "open_exchange"
    DISCLOSE = "disclose"
    READ_JOURNAL = "read_journal"
    REGISTER_PERSON = "register_person"
    CHANGE_STATUS = "change_status"
    ENTER_MANIFEST = "enter_manifest"
    APPROVE_MANIFEST = "approve_manifest"
    START_TRANSIT = "start_transit"
    RECORD_HANDOVER = "record_handover"
    CONFIRM_RECEIPT = "confirm_receipt"
    READ_PERSONS = "read_persons"
    READ_BALANCE = "read_balance"
    VERIFY_JOURNAL = "verify_journal"
    RUN_MATCHING = "run_matching"
    REVIEW_MATCHES = "review_matches"
    MANAGE_USERS = "manage_users"


MEDIATOR_ONLY = frozenset(
    {
        Op.REGISTER_PARTY,
        Op.RECORD_AGREEMENT,
        Op.OPEN_EXCHANGE,
        Op.DISCLOSE,
        Op.READ_JOURNAL,
        Op.RUN_MATCHING,  # lists from both sides meet only in the intermediary's hands
        Op.REVIEW_MATCHES,
        Op.MANAGE_USERS,
    }
)
AGGREGATE_READS = frozenset({Op.READ_BALANCE, Op.VERIFY_JOURNAL})


@dataclass(frozen=True)
class Actor:
    """The person behind a command: their name, role and (for officers) party."""

    name: str
    role: Role
    party: str | None = None

    @classmethod
    def parse(cls, text: str) -> Actor:
        """Read `mediator:NAME`, `officer:PARTY:NAME` or `observer:NAME`."""
        parts = text.split(":")
        try:
            role = Role(parts[0])
        except ValueError:
            raise InputError(
                f"unknown role in actor {text!r}: use mediator, officer or observer"
            ) from None
        if role == Role.OFFICER and len(parts) == 3 and all(parts):
            return cls(parts[2], role, parts[1])
        if role != Role.OFFICER and len(parts) == 2 and parts[1]:
            return cls(parts[1], role)
        raise InputError(
            f"actor {text!r} must read mediator:NAME, officer:PARTY:NAME or observer:NAME"
        )

    def __str__(self) -> str:
        return f"{self.role}:{self.party}:{self.name}" if self.party else f"{self.role}:{self.name}"


def require(actor: Actor, op: Op, *, for_party: str | None = None) -> None:
    """Raise AccessDenied unless the actor may perform `op` (acting for `for_party`)."""
    if actor.role == Role.MEDIATOR:
        return
    if actor.role == Role.OBSERVER:
        if op in AGGREGATE_READS:
            return
        raise AccessDenied(f"{actor}: observers see aggregate counts only, not {op}")
    if op in MEDIATOR_ONLY:
        raise AccessDenied(f"{actor}: only a mediator may {op}")
    if for_party is not None and for_party != actor.party:
        raise AccessDenied(f"{actor}: an officer of {actor.party} cannot {op} for {for_party}")


def may_see_person(actor: Actor, submitted_by: str, disclosed_to: frozenset[str]) -> bool:
    """Whether a personal record is visible to the actor."""
    if actor.role == Role.MEDIATOR:
        return True
    if actor.role == Role.OBSERVER or actor.party is None:
        return False
    return actor.party == submitted_by or actor.party in disclosed_to


class ClaimOp(StrEnum):
    """Operations on the claims register (public statements, not personal records)."""

    RECORD = "record_claim"
    READ = "read_claims"


def require_claim(actor: Actor, op: ClaimOp, *, party: str | None = None) -> None:
    """Raise AccessDenied unless the actor may do `op` on a claim made for `party`.

    Claims are public statements, so everyone may read them and their reconciliation;
    a mediator records any claim, an officer only those their own party made.
    """
    if op is ClaimOp.READ or actor.role == Role.MEDIATOR:
        return
    if actor.role == Role.OBSERVER:
        raise AccessDenied(f"{actor}: observers may read claims, not {op}")
    if party != actor.party:
        made_by = party or "a third party"
        raise AccessDenied(f"{actor}: an officer of {actor.party} cannot {op} made by {made_by}")
