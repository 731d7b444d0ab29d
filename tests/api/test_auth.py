"""Passwords, the login rate limit, API tokens, session cookies and CSRF."""

from __future__ import annotations

import httpx

from parley.services.users import Users, token_digest
from parley.store.sql_store import SqlStore
from tests.api.conftest import PASSWORD, Api
from tests.support import MEDIATOR, as_actor

V = "/api/v1"


def login(api: Api, name: str, password: str) -> httpx.Response:
    return api.client.post(V + "/auth/login", json={"name": name, "password": password})


def test_bad_password_and_unknown_user_are_401(api: Api) -> None:
    assert login(api, "amira", "not the password").status_code == 401
    assert login(api, "nobody", PASSWORD).status_code == 401
    assert "parley_session" not in api.client.cookies


def test_five_failures_a_minute_then_429_even_with_the_right_password(api: Api) -> None:
    for _ in range(5):
        assert login(api, "olena", "guess").status_code == 401
    blocked = login(api, "olena", PASSWORD)
    assert blocked.status_code == 429
    assert blocked.headers["retry-after"] == "60"
    assert blocked.headers["content-type"] == "application/problem+json"
    assert login(api, "amira", PASSWORD).status_code == 200  # other names are unaffected


def test_token_authenticates_as_its_user(api: Api) -> None:
    me = api.client.get(V + "/auth/me", headers=api.headers("ua_officer")).json()
    assert me == {"name": "olena", "role": "officer", "party": "UA", "csrf_token": None}


def test_revoked_tokens_stop_working(api: Api, database_url: str) -> None:
    store = SqlStore.open(database_url, migrate=False)
    try:
        assert Users(as_actor(store, MEDIATOR)).revoke_tokens("olena") == 1
    finally:
        store.close()
    assert api.client.get(V + "/auth/me", headers=api.headers("ua_officer")).status_code == 401
    assert api.client.get(V + "/auth/me", headers=api.headers("ru_officer")).status_code == 200
    verified = api.client.get(V + "/journal/verify", headers=api.headers("mediator")).json()
    assert verified["ok"] is True


def test_cookie_session_needs_csrf_header_on_writes(api: Api) -> None:
    response = login(api, "amira", PASSWORD)
    assert response.status_code == 200
    csrf = response.json()["csrf_token"]
    assert api.client.cookies["parley_csrf"] == csrf
    assert api.client.get(V + "/persons").status_code == 200  # reads need no token
    body = {"code": "PL", "kind": "observer"}
    refused = api.client.post(V + "/parties", json=body)
    assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]
    wrong = api.client.post(V + "/parties", json=body, headers={"X-CSRF-Token": "forged"})
    assert wrong.status_code == 403
    ok = api.client.post(V + "/parties", json=body, headers={"X-CSRF-Token": csrf})
    assert ok.status_code == 201
    assert api.client.post(V + "/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 204
    assert api.client.get(V + "/persons").status_code == 401


def test_tampered_session_cookie_is_ignored(api: Api) -> None:
    login(api, "oscar", PASSWORD)
    api.client.cookies.set("parley_session", "eyJ1c2VyIjogImFtaXJhIn0=.forged.sig")
    assert api.client.get(V + "/auth/me").status_code == 401


def test_journal_records_users_and_tokens_without_secrets(api: Api) -> None:
    page = api.client.get(V + "/journal/events?limit=1000", headers=api.headers("mediator")).json()
    kinds = [e["type"] for e in page["items"]]
    assert kinds.count("user.added") == 4 and kinds.count("user.token_issued") == 4
    text = str(page)
    assert "argon2" not in text and PASSWORD not in text
    assert not any(token in text for token in api.tokens.values())
    assert not any(token_digest(token) in text for token in api.tokens.values())
