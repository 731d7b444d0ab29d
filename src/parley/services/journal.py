"""The journal as users meet it: reading events (mediators) and verifying the chain (anyone)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

from parley.domain.access import Op, require
from parley.domain.ports import Progress
from parley.domain.views import VerifyReport
from parley.services.context import Context


class Journal:
    """Use cases over the journal, for one actor."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def events(self, *, after_seq: int = 0, limit: int = 100) -> Iterator[dict[str, Any]]:
        """Events after `after_seq`, oldest first, with their payloads (mediators only)."""
        require(self.ctx.actor, Op.READ_JOURNAL)
        return self.ctx.store.journal(after_seq, limit)

    def recent(self, limit: int = 20) -> list[dict[str, Any]]:
        """The last `limit` events, newest first (mediators only)."""
        require(self.ctx.actor, Op.READ_JOURNAL)
        # The store reads forward only; one streaming pass keeps just the tail in memory.
        return list(reversed(deque(self.ctx.store.journal(0), maxlen=limit)))

    def verify(self, progress: Progress | None = None, *, rebuild: bool = True) -> VerifyReport:
        """Recompute the chain and (unless `rebuild` is False) rebuild and compare the
        projection; any role may ask, and the report holds no personal data."""
        require(self.ctx.actor, Op.VERIFY_JOURNAL)
        return self.ctx.store.verify(progress, rebuild=rebuild)
