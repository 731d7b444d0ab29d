"""`parley users`: a user added with a password from stdin, and a token printed once."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from parley.cli import app, serving

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
    from fastapi import FastAPI

    seen: dict[str, Any] = {}

    def served(app: Any, sock: socket.socket, host: str, port: int, **options: Any) -> None:
        seen.update(app=app, bound=sock.getsockname()[0], host=host, **options)

    # Stands in for the server loop only; the socket and the app are made for real.
    monkeypatch.setattr(serving, "serve", served)
    code, out = parley(tmp_path / "s.db", "serve", "--proxy-headers", "--port", "0")
    assert code == 0, out
    assert isinstance(seen["app"], FastAPI)
    assert seen["bound"] == seen["host"] == "127.0.0.1" and seen["proxy_headers"] is True


def test_serve_on_a_taken_port_says_so(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = str(taken.getsockname()[1])
        code, out = parley(tmp_path / "s.db", "serve", "--port", port)
    assert code == 1 and f"127.0.0.1:{port} is in use" in out
