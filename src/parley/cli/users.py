"""`parley users`: accounts for the HTTP API, and `parley serve`, which runs it."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from parley.cli import serving
from parley.cli.app import app, handled, state
from parley.services.users import Users

users_app = typer.Typer(help="Users of the HTTP API and their tokens.")
app.add_typer(users_app, name="users")


def _password() -> str:
    # Piped input is for scripts (`printf '%s\n' "$PW" | parley users add ...`); a terminal prompts.
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@users_app.command("add")
@handled
def users_add(
    ctx: typer.Context,
    name: str,
    role: Annotated[str, typer.Option(help="mediator, officer or observer")],
    party: Annotated[str | None, typer.Option(help="The officer's party (officers only).")] = None,
) -> None:
    """Create a user; the password is prompted for, or read from standard input."""
    user = Users(state(ctx).context).add(name, role, _password(), party=party)
    where = f" of {user.party}" if user.party else ""
    state(ctx).console.print(f"user {user.name} added: {user.role}{where}")


@users_app.command("token")
@handled
def users_token(ctx: typer.Context, name: str) -> None:
    """Issue an API token for a user and print it; it is shown this once only."""
    token = Users(state(ctx).context).issue_token(name)
    print(token)  # plain, so scripts can capture it; rich might wrap it


@users_app.command("revoke")
@handled
def users_revoke(ctx: typer.Context, name: str) -> None:
    """Revoke every API token of a user."""
    revoked = Users(state(ctx).context).revoke_tokens(name)
    state(ctx).console.print(f"{revoked} token(s) of {name} revoked")


@app.command()
@handled
def serve(
    ctx: typer.Context,
    host: str = "127.0.0.1",
    port: int = 8000,
    proxy_headers: Annotated[
        bool, typer.Option(help="Trust X-Forwarded-* from the proxy (client address, https).")
    ] = False,
    forwarded_allow_ips: Annotated[
        str, typer.Option(help="Proxies whose X-Forwarded-* headers are trusted.")
    ] = "127.0.0.1",
) -> None:
    """Run the web UI and the HTTP API (uvicorn) on the ledger at PARLEY_DATABASE_URL."""
    sock = serving.listen(host, port)
    with sock:
        # Imported here so that other commands do not pay for loading the web stack.
        from parley.api import create_app

        app = create_app(state(ctx).settings)
        options = {"proxy_headers": proxy_headers, "forwarded_allow_ips": forwarded_allow_ips}
        serving.serve(app, sock, host, port, **options)
