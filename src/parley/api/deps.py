"""Dependencies: who is asking (bearer token or signed session cookie) and their services.

Handlers receive ready services as `Annotated` parameters, e.g. `registry: RegistryDep`;
the adapters behind them were built once by `create_app` and sit in `app.state.wiring`.
Dependencies that only build objects are `async def`: FastAPI runs a plain `def` in its
thread pool, and a hop there and back cost more than the work. Those that read the ledger
(`current_actor`) stay plain functions, off the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from parley.api.security import LoginLimiter, csrf_ok
from parley.domain.access import Actor
from parley.domain.ports import Linker, Store, TableSource
from parley.errors import AccessDenied, NotAuthenticated
from parley.services.context import Context
from parley.services.exchanges import Exchanges
from parley.services.journal import Journal
from parley.services.matching import Matching
from parley.services.memo import Memo
from parley.services.registry import Registry
from parley.services.users import Authenticator
from parley.web.uploads import Uploads

# Reads an uploaded table from a scratch path, naming it as the user's file in problems.
TableReader = Callable[[Path, str], TableSource]


@dataclass(frozen=True)
class Wiring:
    """The adapters one app uses, built by `create_app`."""

    store: Store
    linker: Linker
    read_table: TableReader
    limiter: LoginLimiter
    uploads: Uploads  # files kept between the web import wizard's steps
    upload_limit: int  # bytes, for every upload (API and web UI)
    secure_cookies: bool = False
    # Shared by every request of this process: aggregates and token owners per journal head.
    memo: Memo = field(default_factory=Memo)

    @property
    def authenticator(self) -> Authenticator:
        return Authenticator(self.store, self.memo)


async def wiring(request: Request) -> Wiring:
    """The app's adapters."""
    found = request.app.state.wiring
    assert isinstance(found, Wiring)
    return found


WiringDep = Annotated[Wiring, Depends(wiring)]
_bearer = HTTPBearer(auto_error=False, description="An API token from `parley users token`")


def current_actor(
    request: Request,
    wired: WiringDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor:
    """The authenticated actor: by bearer token, else by session cookie (with CSRF on writes)."""
    if credentials is not None:
        return wired.authenticator.token(credentials.credentials)
    name = request.session.get("user")
    if not name:
        raise NotAuthenticated("log in, or send an API token as 'Authorization: Bearer ...'")
    if not csrf_ok(request):
        raise AccessDenied("a write with a session cookie needs the X-CSRF-Token header")
    return wired.authenticator.user(str(name))


ActorDep = Annotated[Actor, Depends(current_actor)]


async def context(wired: WiringDep, actor: ActorDep) -> Context:
    """The service context of this request."""
    return Context(wired.store, actor, memo=wired.memo)


ContextDep = Annotated[Context, Depends(context)]


async def _registry(ctx: ContextDep) -> Registry:
    return Registry(ctx)


async def _exchanges(ctx: ContextDep) -> Exchanges:
    return Exchanges(ctx)


async def _journal(ctx: ContextDep) -> Journal:
    return Journal(ctx)


async def _matching(ctx: ContextDep, wired: WiringDep) -> Matching:
    return Matching(ctx, wired.linker)


RegistryDep = Annotated[Registry, Depends(_registry)]
ExchangesDep = Annotated[Exchanges, Depends(_exchanges)]
JournalDep = Annotated[Journal, Depends(_journal)]
MatchingDep = Annotated[Matching, Depends(_matching)]
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=200,
        description="A retried write with the same key returns its first result",
    ),
]
Limit = Annotated[int, Query(ge=1, le=1000, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")]
