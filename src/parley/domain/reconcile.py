"""Set statements about one exchange side by side with each other and with the ledger.

Rows are keyed by direction and category. Within a row every figure says how
many moved from one party to the other, at one of two ends: a claim of receipt
speaks of the receiving end, any other movement (handed over, returned,
exchanged) of the sending end. A claim is checked against the ledger's count of
its end (confirmed, or handed over). Two claims of the same end that differ
contradict each other; a handed-over figure and a received figure that differ can
both hold, so they make a discrepancy, as the ledger's own counts do. Claims that
fit no row (troops massed, territory) are listed apart with the level their
source gave them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from parley.domain.claims import (
    AssertionType,
    Category,
    Claim,
    Direction,
    Verification,
)
from parley.errors import InputError, Problem

__all__ = [
    "LEDGER_CONFIRMED",
    "LEDGER_HANDED_OVER",
    "ClaimCheck",
    "Contradiction",
    "LedgerFigure",
    "LedgerFigures",
    "Reconciliation",
    "ReconciliationRow",
    "Side",
    "StatedDiscrepancy",
    "reconcile",
]

LEDGER_HANDED_OVER = "ledger:handed_over"
LEDGER_CONFIRMED = "ledger:confirmed"
MOVEMENTS = frozenset(
    {
        AssertionType.HANDED_OVER,
        AssertionType.RECEIVED,
        AssertionType.RETURNED,
        AssertionType.EXCHANGED,
    }
)


@dataclass(frozen=True)
class LedgerFigure:
    """The ledger's counts for one direction and category: handed over, and confirmed received.

    None means the ledger recorded no handover (or no receipt) at all, which is not zero.
    """

    from_party: str
    to_party: str
    category: Category
    handed_over: int | None
    confirmed: int | None


@dataclass(frozen=True)
class LedgerFigures:
    """All the ledger's counts for one agreement or exchange."""

    subject_ref: str
    figures: tuple[LedgerFigure, ...] = ()

    def find(self, direction: Direction, category: Category) -> LedgerFigure | None:
        """The figure for this direction and category, if the ledger has one."""
        for f in self.figures:
            key = (f.from_party, f.to_party, f.category)
            if key == (direction.from_party, direction.to_party, category):
                return f
        return None


@dataclass(frozen=True)
class Contradiction:
    """Two statements (claim ids, or a claim and a ledger count) that cannot both hold."""

    left: str
    right: str
    reason: str


@dataclass(frozen=True)
class StatedDiscrepancy:
    """A handed-over figure (`handed_over`, a claim id) and a received one (`received`) that
    differ: both can hold, and the difference is what went missing between the two ends."""

    handed_over: str
    received: str
    reason: str


@dataclass(frozen=True)
class ClaimCheck:
    """One claim with its derived level and what it agrees, conflicts and differs with.

    `differs_from` holds the claims of the other end of the movement whose figures differ
    from this one's: a discrepancy, which neither confirms nor contradicts it.
    """

    claim: Claim
    level: Verification
    agrees_with: tuple[str, ...] = ()
    conflicts_with: tuple[str, ...] = ()
    differs_from: tuple[str, ...] = ()

    @property
    def one_sided(self) -> bool:
        """Nobody (no other claim, no ledger count) confirmed, denied or answered it."""
        return not self.agrees_with and not self.conflicts_with and not self.differs_from


@dataclass(frozen=True)
class Side:
    """The claims one party (or a third party, `party=None`) made in a row."""

    party: str | None
    checks: tuple[ClaimCheck, ...]


@dataclass(frozen=True)
class ReconciliationRow:
    """Every side's claims about one direction and category, beside the ledger's counts."""

    direction: Direction
    category: Category
    ledger_handed_over: int | None
    ledger_confirmed: int | None
    sides: tuple[Side, ...]
    contradictions: tuple[Contradiction, ...]
    discrepancies: tuple[StatedDiscrepancy, ...] = ()

    @property
    def one_sided(self) -> bool:
        """Only one party spoke about this row and the ledger has no count for it."""
        no_ledger = self.ledger_handed_over is None and self.ledger_confirmed is None
        return len(self.sides) <= 1 and no_ledger


@dataclass(frozen=True)
class Reconciliation:
    """The whole picture for one subject: rows, plus claims that fit no row."""

    subject_ref: str
    rows: tuple[ReconciliationRow, ...]
    unplaced: tuple[ClaimCheck, ...]

    def level_of(self, claim_id: str) -> Verification:
        """The derived level of one claim."""
        for check in self.checks():
            if check.claim.claim_id == claim_id:
                return check.level
        raise KeyError(claim_id)

    def checks(self) -> Iterable[ClaimCheck]:
        """Every claim check, row by row, then the unplaced ones."""
        for row in self.rows:
            for side in row.sides:
                yield from side.checks
        yield from self.unplaced


def reconcile(
    subject_ref: str, claims: Sequence[Claim], ledger: LedgerFigures | None = None
) -> Reconciliation:
    """Reconcile claims about one agreement or exchange with each other and the ledger.

    Raises InputError if a claim is about another subject or the ledger is for another one.
    """
    _check_subject(subject_ref, claims, ledger)
    ledger = ledger or LedgerFigures(subject_ref)
    placed: dict[tuple[Direction, Category], list[Claim]] = {}
    unplaced: list[Claim] = []
    for claim in claims:
        keys = _row_keys(claim)
        if not keys:
            unplaced.append(claim)
        for key in keys:
            placed.setdefault(key, []).append(claim)
    for f in ledger.figures:
        placed.setdefault((Direction(f.from_party, f.to_party), f.category), [])
    rows = tuple(_row(d, c, members, ledger.find(d, c)) for (d, c), members in placed.items())
    return Reconciliation(subject_ref, rows, tuple(_check(c, (), (), None) for c in unplaced))


def _check_subject(ref: str, claims: Sequence[Claim], ledger: LedgerFigures | None) -> None:
    problems = [
        Problem(f"claim is about {c.subject.ref!r}, not {ref!r}", field="subject", value=c.claim_id)
        for c in claims
        if c.subject.ref != ref
    ]
    if ledger is not None and ledger.subject_ref != ref:
        problems.append(
            Problem(
                f"ledger figures are for another subject, not {ref!r}",
                field="ledger",
                value=ledger.subject_ref,
            )
        )
    if problems:
        raise InputError(problems)


def _row_keys(claim: Claim) -> list[tuple[Direction, Category]]:
    if claim.assertion not in MOVEMENTS or claim.direction is None:
        return []
    keys = [(claim.direction, claim.category)]
    if claim.assertion is AssertionType.EXCHANGED:  # "each way": the figure holds both ways
        keys.append((claim.direction.reversed(), claim.category))
    return keys


class _Tally:
    """What each claim in a row agrees, conflicts and differs with; contradictions and
    discrepancies found."""

    def __init__(self, members: Sequence[Claim]) -> None:
        self.agrees: dict[str, list[str]] = {c.claim_id: [] for c in members}
        self.conflicts: dict[str, list[str]] = {c.claim_id: [] for c in members}
        self.differs: dict[str, list[str]] = {c.claim_id: [] for c in members}
        self.found: list[Contradiction] = []
        self.gaps: list[StatedDiscrepancy] = []

    def compare(self, a: Claim, b: Claim) -> None:
        """Two claims in one row: agreeing, contradicting, or (at two ends) a discrepancy."""
        qa, qb = a.stated_quantity(), b.stated_quantity()
        if qa is None or qb is None:
            return
        fits = qa.agrees_with(qb)
        if fits is False and _end(a) != _end(b):
            sent, got = (a, b) if _end(a) == LEDGER_HANDED_OVER else (b, a)
            self.differs[a.claim_id].append(b.claim_id)
            self.differs[b.claim_id].append(a.claim_id)
            reason = f"handed over {sent.stated_quantity()} vs received {got.stated_quantity()}"
            self.gaps.append(StatedDiscrepancy(sent.claim_id, got.claim_id, reason))
            return
        self.record(a.claim_id, b.claim_id, fits, f"stated {qa} vs stated {qb}")

    def record(self, left: str, right: str, fits: bool | None, reason: str) -> None:
        """Note one comparison; a ledger ref on the right gets no list of its own."""
        if fits is None:
            return
        target = self.agrees if fits else self.conflicts
        target[left].append(right)
        if right in target:
            target[right].append(left)
        if not fits:
            self.found.append(Contradiction(left, right, reason))


def _row(
    direction: Direction, category: Category, members: list[Claim], figure: LedgerFigure | None
) -> ReconciliationRow:
    tally = _Tally(members)
    for i, a in enumerate(members):
        qa = a.stated_quantity()
        if qa is None:
            continue
        ref, count = _ledger_count(a, figure)
        if count is not None:
            tally.record(a.claim_id, ref, qa.allows(count), f"stated {qa}, ledger counts {count:,}")
        for b in members[i + 1 :]:
            tally.compare(a, b)
    checks = [
        _check(
            c,
            tally.agrees[c.claim_id],
            tally.conflicts[c.claim_id],
            direction,
            members,
            differs=tally.differs[c.claim_id],
        )
        for c in members
    ]
    return ReconciliationRow(
        direction=direction,
        category=category,
        ledger_handed_over=figure.handed_over if figure else None,
        ledger_confirmed=figure.confirmed if figure else None,
        sides=_sides(checks),
        contradictions=tuple(tally.found),
        discrepancies=tuple(tally.gaps),
    )


def _end(claim: Claim) -> str:
    """Which end of a movement a claim speaks of, named by the ledger count that measures it:
    a receipt by what the receiving side confirmed, anything else by what was sent."""
    return LEDGER_CONFIRMED if claim.assertion is AssertionType.RECEIVED else LEDGER_HANDED_OVER


def _ledger_count(claim: Claim, figure: LedgerFigure | None) -> tuple[str, int | None]:
    end = _end(claim)
    if figure is None:
        return end, None
    return end, figure.confirmed if end == LEDGER_CONFIRMED else figure.handed_over


def _check(
    claim: Claim,
    agrees: Sequence[str],
    conflicts: Sequence[str],
    direction: Direction | None,
    members: Sequence[Claim] = (),
    *,
    differs: Sequence[str] = (),
) -> ClaimCheck:
    by_id = {c.claim_id: c for c in members}
    ends = {direction.from_party, direction.to_party} if direction else set()
    counterparty_agrees = any(
        by_id[ref].party in ends and by_id[ref].party != claim.party
        for ref in agrees
        if ref in by_id
    )
    level = _level(claim, agrees, conflicts, counterparty_agrees=counterparty_agrees)
    return ClaimCheck(claim, level, tuple(agrees), tuple(conflicts), tuple(differs))


def _level(
    claim: Claim, agrees: Sequence[str], conflicts: Sequence[str], *, counterparty_agrees: bool
) -> Verification:
    # The ledger outranks any statement; a statement's own doubt outranks everything.
    ledger = (LEDGER_HANDED_OVER, LEDGER_CONFIRMED)
    if claim.marked_unverifiable:
        return Verification.UNVERIFIABLE
    if any(ref in ledger for ref in conflicts):
        return Verification.CONTRADICTED
    if any(ref in ledger for ref in agrees):
        return Verification.CORROBORATED_BY_LEDGER
    if conflicts:
        return Verification.CONTRADICTED
    if counterparty_agrees:
        return Verification.CONFIRMED_BY_COUNTERPARTY
    return Verification.CLAIMED


def _sides(checks: Sequence[ClaimCheck]) -> tuple[Side, ...]:
    parties: dict[str | None, list[ClaimCheck]] = {}
    for check in checks:
        parties.setdefault(check.claim.party, []).append(check)
    return tuple(Side(party, tuple(found)) for party, found in parties.items())
