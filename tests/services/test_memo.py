"""Memoised answers last exactly as long as the journal's head, on both databases."""

from __future__ import annotations

from dataclasses import replace

import pytest

from parley.domain.access import Actor
from parley.errors import NotAuthenticated
from parley.services.exchanges import Exchanges
from parley.services.memo import Memo
from parley.services.registry import Registry
from parley.services.users import Authenticator, Users
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, as_actor, build_small, person


def test_an_answer_is_kept_until_the_next_event(store: SqlStore) -> None:
    ctx = replace(as_actor(store, MEDIATOR), memo=Memo())
    build_small(ctx)
    calls: list[int] = []

    def count() -> int:
        calls.append(1)
        return len(calls)

    with store.reading() as r:
        assert ctx.memo.get(r, "q", count) == 1
    with store.reading() as r:
        assert ctx.memo.get(r, "q", count) == 1
    Registry(ctx).register_person(person("Мельник", "Андрій", "UA", "RU"), submitted_by="RU")
    with store.reading() as r:
        assert ctx.memo.get(r, "q", count) == 2


def test_a_balance_moves_with_the_ledger(store: SqlStore) -> None:
    ctx = replace(as_actor(store, MEDIATOR), memo=Memo())
    small = build_small(ctx)
    before = Exchanges(ctx).balance("A1")
    Registry(ctx).change_status(small.ru_held[0], "released")
    after = Exchanges(ctx).balance("A1")
    assert before != after
    assert (
        Exchanges(ctx).balance("A1") == after == Exchanges(as_actor(store, MEDIATOR)).balance("A1")
    )


def test_a_revoked_token_stops_at_once(store: SqlStore) -> None:
    ctx = replace(as_actor(store, MEDIATOR), memo=Memo())
    build_small(ctx)
    users = Users(ctx)
    users.add("nadia", "mediator", "a long enough password")
    token = users.issue_token("nadia")
    auth = Authenticator(store, ctx.memo)
    assert auth.token(token) == Actor.parse("mediator:nadia")
    assert auth.token(token) == Actor.parse("mediator:nadia")
    users.revoke_tokens("nadia")
    with pytest.raises(NotAuthenticated):
        auth.token(token)


def test_the_oldest_answers_go_first() -> None:
    class Head:
        def head_seq(self) -> int:
            return 7

    memo = Memo(size=2)
    reader = Head()
    for question in ("a", "b", "c"):
        memo.get(reader, question, str(question).upper)
    assert memo.get(reader, "c", lambda: "again") == "C"
    assert memo.get(reader, "a", lambda: "again") == "again"
