"""The demo's users: one per role (an officer per belligerent), each with a fresh password."""

from __future__ import annotations

import re

import pytest
from argon2 import PasswordHasher

from parley.services import users as users_module
from parley.services.demo_users import add_demo_users, demo_password
from parley.services.users import Authenticator
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, as_actor, build_small


def test_every_role_gets_a_user_that_logs_in_with_its_own_password(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(users_module, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)  # UA and RU belligerents, TR an intermediary
    made = add_demo_users(ctx)
    assert [(u.name, u.role, u.party) for u in made] == [
        ("mediator", "mediator", None),
        ("ua-officer", "officer", "UA"),
        ("ru-officer", "officer", "RU"),
        ("observer", "observer", None),
    ]
    assert len({u.password for u in made}) == len(made)
    auth = Authenticator(store)
    for user in made:
        assert auth.password(user.name, user.password).name == user.name


def test_passwords_are_sixteen_unambiguous_characters_in_groups() -> None:
    found = {demo_password() for _ in range(50)}
    assert len(found) == 50
    assert all(re.fullmatch(r"[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){3}", p) for p in found)
