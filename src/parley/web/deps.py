"""Who is looking at a page (the API's session cookie) and the services they get."""

from __future__ import annotations

import secrets
from typing import Annotated, Any, Protocol

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from parley.domain.access import Actor
from parley.domain.model import Role
from parley.domain.ports import Store
from parley.errors import AccessDenied, NotAuthenticated, ParleyError
from parley.services.context import Context
from parley.services.exchanges import Exchanges
from parley.services.journal import Journal
from parley.services.memo import Memo
from parley.services.registry import Registry
from parley.services.users import Authenticator

API_PREFIX = "/api/v1"


class LoginRequired(ParleyError):
    """A page was asked for without a session: the answer is the login page."""


class Wired(Protocol):
    """What the pages need of the app's wiring (built by `create_app`)."""

    store: Store
    memo: Memo


def page_actor(request: Request) -> Actor:
    """The logged-in user of this session, or a redirect to the login page."""
    name = request.session.get("user")
    if not name:
        raise LoginRequired("log in first")
    wired: Wired = request.app.state.wiring
    try:
        return Authenticator(wired.store, wired.memo).user(str(name))
    except NotAuthenticated as exc:
        raise LoginRequired(str(exc)) from exc


ActorDep = Annotated[Actor, Depends(page_actor)]
# The dependencies below only build objects: `async def` keeps them off the thread pool
# (see parley.api.deps); page_actor reads the ledger and stays a plain function.
CSRF_HEADER = "X-CSRF-Token"


async def check_csrf(request: Request) -> None:
    """A write from a page must echo the session's CSRF token (htmx sends it: app.js)."""
    expected = str(request.session.get("csrf") or "")
    sent = request.headers.get(CSRF_HEADER) or ""
    if not (expected and sent and secrets.compare_digest(expected, sent)):
        raise AccessDenied("a write from a page needs the X-CSRF-Token header")


async def _context(request: Request, actor: ActorDep) -> Context:
    wired: Wired = request.app.state.wiring
    return Context(wired.store, actor, memo=wired.memo)


ContextDep = Annotated[Context, Depends(_context)]


async def _registry(ctx: ContextDep) -> Registry:
    return Registry(ctx)


async def _exchanges(ctx: ContextDep) -> Exchanges:
    return Exchanges(ctx)


async def _journal(ctx: ContextDep) -> Journal:
    return Journal(ctx)


RegistryDep = Annotated[Registry, Depends(_registry)]
ExchangesDep = Annotated[Exchanges, Depends(_exchanges)]
JournalDep = Annotated[Journal, Depends(_journal)]


def render(request: Request, actor: Actor | None, template: str, **values: Any) -> HTMLResponse:
    """A page, with who is logged in (the layout shows links by role)."""
    templates: Jinja2Templates = request.app.state.templates
    context = {"actor": actor, "is_mediator": actor is not None and actor.role == Role.MEDIATOR}
    context["sees_persons"] = actor is not None and actor.role != Role.OBSERVER
    return templates.TemplateResponse(request, template, {**context, **values})
