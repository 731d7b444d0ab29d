"""`parley users`: a user added with a password from stdin, and a token printed once."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from parley.cli import app

runner = CliRunner()


def parley(db: Path, *args: str, stdin: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", f"sqlite:///{db}", *args], input=stdin)
    return result.exit_code, result.output


def test_add_users_and_issue_a_token(tmp_path: Path) -> None:
    db = tmp_path / "u.db"
    assert parley(db, "party", "add", "UA", "--kind", "belligerent")[0] == 0
    code, out = parley(
        db,
        "users",
        "add",
        "olena",
        "--role",
        "officer",
        "--party",
        "UA",
        stdin="a long passphrase\n",
    )
    assert code == 0 and "officer of UA" in out
    code, out = parley(db, "users", "token", "olena")
    token = out.strip()
    assert code == 0 and token.startswith("prl_") and len(token) > 40
    assert "1 token(s) of olena revoked" in parley(db, "users", "revoke", "olena")[1]
    with sqlite3.connect(db) as conn:
        stored = [row[0] for row in conn.execute("select secret_hash from user_secrets")]
        payloads = " ".join(row[0] for row in conn.execute("select payload from journal"))
    assert token not in stored and stored[0].startswith("$argon2")
    assert token not in payloads and "argon2" not in payloads


def test_refuses_short_passwords_and_officers_without_party(tmp_path: Path) -> None:
    db = tmp_path / "u.db"
    code, out = parley(db, "users", "add", "x", "--role", "officer", stdin="short\n")
    assert code == 1 and "party" in out and "12 characters" in out
    code, out = parley(db, "users", "token", "nobody")
    assert code == 1 and "unknown user" in out


def test_serve_runs_the_app_on_loopback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from fastapi import FastAPI

    seen: dict[str, Any] = {}
    # Stands in for the server loop only; the app is built for real over a real database.
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: seen.update(app=app, **options))
    code, out = parley(tmp_path / "s.db", "serve", "--proxy-headers")
    assert code == 0, out
    assert isinstance(seen["app"], FastAPI)
    assert (seen["host"], seen["port"], seen["proxy_headers"]) == ("127.0.0.1", 8000, True)
