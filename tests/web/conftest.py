"""A demo-scenario ledger with one user per role, shared by the web UI's tests.

The scenario is built once per session and database, SQLite and PostgreSQL, so every web
test runs on both (the pages mostly read it); each test logs in afresh. PostgreSQL is
skipped locally without a server and required under CI=true, as for the storage tests.
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient

from parley.api import create_app
from parley.config import Settings
from parley.domain.matching import Job, Thresholds
from parley.linkage.port import SplinkLinker
from parley.services import users as users_module
from parley.services.context import Context
from parley.services.demo import build_demo
from parley.services.matching import Matching
from parley.services.registry import Registry
from parley.services.users import Users
from parley.store.sql_store import SqlStore
from parley.tabular import read_table
from tests.conftest import pg_database
from tests.linkage.people import lists
from tests.support import MEDIATOR, as_actor, build_small

LogIn = Callable[[str | None], TestClient]
PASSWORD = "correct horse battery"
USERS = {
    "mediator": ("amira", "mediator", None),
    "ua_officer": ("olena", "officer", "UA"),
    "observer": ("oscar", "observer", None),
}


@dataclass(frozen=True)
class Demo:
    """The demo ledger's URL and a few facts the tests look for."""

    database: str  # "sqlite" or "postgresql"
    url: str
    ua_name: str  # a person UA submitted: its officer and mediators see it
    ua_person: str
    ru_name: str  # a person RU submitted and never disclosed to UA
    ru_person: str


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def demo(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    sqlite_template: Path,
) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("web")
    if request.param == "sqlite":
        shutil.copy(sqlite_template, folder / "demo.db")
        yield from _demo("sqlite", f"sqlite:///{folder / 'demo.db'}", folder)
    else:
        for url in pg_database(request.getfixturevalue("pg_template")):
            yield from _demo("postgresql", url, folder)


def _demo(database: str, url: str, folder: Path) -> Iterator[Demo]:
    store = SqlStore.open(url, migrate=False)
    with pytest.MonkeyPatch.context() as mp:
        # The production cost of argon2 would dominate; the scheme is the same.
        mp.setattr(users_module, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))
        ctx = as_actor(store, MEDIATOR)
        build_demo(ctx)
        users = Users(ctx)
        for name, role, party in USERS.values():
            users.add(name, role, PASSWORD, party=party)
        _queue_match_candidates(ctx, folder)
        people = Registry(ctx).persons()
        ua = next(p for p in people if p.submitted_by == "UA" and not p.disclosed_to and p.names)
        ru = next(p for p in people if p.submitted_by == "RU" and "UA" not in p.disclosed_to)
        yield Demo(
            database, url, ua.names[0].surname, ua.person_id, ru.names[0].surname, ru.person_id
        )
    store.close()


def _queue_match_candidates(ctx: Context, folder: Path) -> None:
    """Link two small synthetic lists so that the review queue has pairs in it."""
    held, requested, _ = lists(30, seed=5)
    tables = []
    for name, rows in (("held", held), ("requested", requested)):
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, list(dict.fromkeys(k for r in rows for k in r)))
            writer.writeheader()
            writer.writerows(rows)
        tables.append(read_table(path))
    result = Matching(ctx, SplinkLinker()).run(
        Job.LINK, *tables, thresholds=Thresholds(0.3, 0.999999)
    )
    assert result["for_review"] >= 4, result


@pytest.fixture(scope="session")
def hashing() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(users_module, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))
        yield


@pytest.fixture
def client_as(demo: Demo, hashing: None) -> Iterator[LogIn]:
    """A client logged in as one of USERS' roles (or, given None, not logged in)."""
    store = SqlStore.open(demo.url, migrate=False)
    app = create_app(Settings(database_url=demo.url, secret_key="test-secret"), store=store)
    yield from _clients(app)
    store.close()


@dataclass(frozen=True)
class Fresh:
    """A small ledger of its own (tests.support.build_small and USERS) for tests that write,
    with its uploads folder; uploads are limited to 1 MiB."""

    url: str
    store: SqlStore
    uploads: Path


def fresh_ledger(folder: Path, template: Path) -> Fresh:
    """Build the small scenario and USERS in a copy of the migrated template."""
    path = folder / "ledger.db"
    shutil.copy(template, path)
    store = SqlStore.open(f"sqlite:///{path}", migrate=False)
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    users = Users(ctx)
    for name, role, party in USERS.values():
        users.add(name, role, PASSWORD, party=party)
    return Fresh(f"sqlite:///{path}", store, folder / "uploads")


def fresh_app(fresh: Fresh, secret: str) -> FastAPI:
    settings = Settings(
        database_url=fresh.url, secret_key=secret, upload_dir=fresh.uploads, upload_limit_mib=1
    )
    return create_app(settings, store=fresh.store)


@pytest.fixture
def fresh(tmp_path: Path, sqlite_template: Path, hashing: None) -> Iterator[Fresh]:
    built = fresh_ledger(tmp_path, sqlite_template)
    yield built
    built.store.close()


@pytest.fixture
def fresh_client_as(fresh: Fresh) -> Iterator[LogIn]:
    """As `client_as`, on a fresh small ledger."""
    yield from _clients(fresh_app(fresh, "test-secret"))


def _clients(app: FastAPI) -> Iterator[LogIn]:
    clients: list[TestClient] = []

    def log_in(role: str | None) -> TestClient:
        client = TestClient(app, follow_redirects=False)
        client.__enter__()
        clients.append(client)
        if role is not None:
            name = USERS[role][0]
            answer = client.post("/api/v1/auth/login", json={"name": name, "password": PASSWORD})
            assert answer.status_code == 200, answer.text
        return client

    yield log_in
    for client in clients:
        client.__exit__(None, None, None)
