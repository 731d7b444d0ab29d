"""Answers to read-only questions, kept while the journal's head stays where it was.

Every change to the ledger is a journal event, so what a query answered at head N stays
true until event N + 1 is appended. A memo keeps such answers, keyed by the head read in
the same transaction before the answer was computed: an answer is never older than its
key (it may be newer, which only costs a recomputation). Only answers that are the same
for every actor allowed to ask go here (aggregates, a token's owner); access checks run
before a memo is consulted, on every call.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class HasHead(Protocol):
    """What a memo needs of a reader: where the journal's head is."""

    def head_seq(self) -> int: ...


class Memo:
    """A bounded, thread-safe map from (head, question) to answer; size 0 keeps nothing."""

    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._answers: OrderedDict[tuple[int, Hashable], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, reader: HasHead, question: Hashable, compute: Callable[[], T]) -> T:
        """The answer to `question` at the reader's head: kept, or computed now and kept."""
        if self.size == 0:
            return compute()
        key = (reader.head_seq(), question)
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                answer: T = self._answers[key]
                return answer
        answer = compute()
        with self._lock:
            self._answers[key] = answer
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)
        return answer


NO_MEMO = Memo(size=0)
