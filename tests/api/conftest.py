"""An API client over a real, migrated ledger (SQLite and PostgreSQL) with one user per role.

The world is the services' small scenario (tests.support.build_small) plus a person with a
date of birth and service number, so that the tests can look for personal data in bodies.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from parley.api import create_app
from parley.config import Settings
from parley.services import users as users_module
from parley.services.registry import Registry
from parley.services.users import Users
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, Small, as_actor, build_small, person

PASSWORD = "correct horse battery"
ROLES = ("mediator", "ua_officer", "ru_officer", "observer")
USERS = {
    "mediator": ("amira", "mediator", None),
    "ua_officer": ("olena", "officer", "UA"),
    "ru_officer": ("pavel", "officer", "RU"),
    "observer": ("oscar", "observer", None),
}
# Everything personal the world holds: no observer response may contain any of it.
PERSONAL = ("Коваленко", "Шевчук", "Бойко", "Иванов", "Смирнов", "Kovalenko", "Ivanov")
PERSONAL += ("Олександр", "Сергей", "Гнатюк", "1991-04-17", "SN-77881")


@dataclass
class Api:
    client: TestClient
    small: Small
    tokens: dict[str, str]
    extra_person: str

    def headers(self, role: str, **more: str) -> dict[str, str]:
        """Bearer authentication as one of ROLES."""
        return {"Authorization": f"Bearer {self.tokens[role]}", **more}


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # The production cost (~0.2 s a hash here) would dominate the suite; the scheme is the same.
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(users_module, "_hasher", cheap)
    # Unknown names are checked against this hash, at its own (production) cost.
    monkeypatch.setattr(users_module, "_DUMMY_HASH", cheap.hash("parley-timing-equaliser"))


def build_world(store: SqlStore) -> tuple[Small, dict[str, str], str]:
    """The small scenario, one user (with a token) per role, and a detailed person."""
    ctx = as_actor(store, MEDIATOR)
    small = build_small(ctx)
    extra = Registry(ctx).register_person(
        person("Гнатюк", "Ігор", "UA", "RU", date_of_birth="1991-04-17", service_number="SN-77881"),
        submitted_by="RU",
    )
    users, tokens = Users(ctx), {}
    for role, (name, kind, party) in USERS.items():
        users.add(name, kind, PASSWORD, party=party)
        tokens[role] = users.issue_token(name)
    return small, tokens, extra


@pytest.fixture
def api(database_url: str) -> Iterator[Api]:
    store = SqlStore.open(database_url, migrate=False)
    small, tokens, extra = build_world(store)
    app = create_app(Settings(database_url=database_url, secret_key="test-secret"), store=store)
    with TestClient(app) as client:
        yield Api(client, small, tokens, extra)
    store.close()
