"""One exception hierarchy for everything a user of Parley can cause.

    ParleyError
    ├── InputError                 bad input; carries every problem found (file, row, field, reason)
    │   └── ImportRejected         an all-or-nothing import refused as a whole
    ├── NotFound                   an unknown party, agreement, person, exchange, ...
    ├── TransitionRefused          a status change the lifecycle does not allow
    ├── NotAuthenticated           no valid credentials were presented
    ├── AccessDenied               the actor may not do or see this
    ├── Conflict                   the request contradicts the ledger's state
    │   ├── DuplicateSubmission    the same record submitted twice under different keys
    │   └── IdempotencyMismatch    an idempotency key reused for a different command
    ├── ConcurrencyConflict        another writer appended first (retried by the service layer)
    └── JournalCorrupt             the journal or its projection failed verification

Errors never leave the ledger half-changed: they are raised before or inside the
transaction that would have written, which is then rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, precise enough to fix."""

    reason: str
    file: str | None = None
    row: int | None = None
    field: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = ", ".join(
            part
            for part in (
                self.file,
                f"row {self.row}" if self.row is not None else None,
                f"field {self.field!r}" if self.field else None,
            )
            if part
        )
        shown = f" (got {self.value!r})" if self.value not in (None, "") else ""
        return f"{where}: {self.reason}{shown}" if where else f"{self.reason}{shown}"


class ParleyError(Exception):
    """Base of every error Parley raises on purpose."""


class InputError(ParleyError):
    """Input that cannot be accepted; `problems` lists every one found."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = Problem(problems)
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__(self._summary())

    def _summary(self) -> str:
        head = "; ".join(str(p) for p in self.problems[:5])
        more = len(self.problems) - 5
        return f"{head}; and {more} more" if more > 0 else head


class ImportRejected(InputError):
    """An import refused as a whole: nothing of it was written."""


class NotFound(ParleyError):
    """Something named by the caller does not exist (or is not visible to them)."""

    def __init__(self, kind: str, ref: str) -> None:
        self.kind, self.ref = kind, ref
        super().__init__(f"unknown {kind}: {ref!r}")


class TransitionRefused(ParleyError):
    """A lifecycle change that is not allowed from the person's current state."""

    def __init__(self, person: str, current: str, attempted: str, why: str = "") -> None:
        self.person, self.current, self.attempted = person, str(current), str(attempted)
        tail = f": {why}" if why else ""
        super().__init__(
            f"person {person}: cannot go from {self.current!r} to {self.attempted!r}{tail}"
        )


class NotAuthenticated(ParleyError):
    """No credentials, or credentials that do not match a user."""


class AccessDenied(ParleyError):
    """The actor's role or party does not allow this operation or this record."""


class Conflict(ParleyError):
    """The request contradicts the ledger's current state."""


class DuplicateSubmission(Conflict):
    """The same record was already submitted."""


class IdempotencyMismatch(Conflict):
    """An idempotency key was reused for a different command."""


class ConcurrencyConflict(ParleyError):
    """Another writer appended to the journal first; the command may be retried."""


class JournalCorrupt(ParleyError):
    """Verification found the journal or its projection altered."""
