"""Logging in and out with a password (a signed session cookie), and who am I."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from parley.api.deps import ActorDep, WiringDep
from parley.api.problems import problem
from parley.api.schemas import problem_responses
from parley.api.security import new_csrf_token
from parley.errors import NotAuthenticated

router = APIRouter(prefix="/auth", tags=["auth"])
CSRF_COOKIE = "parley_csrf"


class LoginIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)


class Me(BaseModel):
    name: str
    role: str
    party: str | None
    csrf_token: str | None = Field(
        default=None, description="Send it back as X-CSRF-Token on writes made with the cookie"
    )


@router.post("/login", response_model=Me, responses=problem_responses(429))
def login(body: LoginIn, request: Request, response: Response, wired: WiringDep) -> Response | Me:
    """Check a password and start a session; five failures a minute per name and client -> 429."""
    client = request.client.host if request.client else "?"
    if wired.limiter.blocked(body.name, client):
        return _too_many()
    try:
        actor = wired.authenticator.password(body.name, body.password)
    except NotAuthenticated:
        wired.limiter.failed(body.name, client)
        raise
    wired.limiter.succeeded(body.name, client)
    csrf = new_csrf_token()
    request.session.clear()
    request.session.update(user=actor.name, csrf=csrf)
    # Readable by the page's own script, which echoes it in the X-CSRF-Token header.
    response.set_cookie(CSRF_COOKIE, csrf, samesite="strict", secure=wired.secure_cookies)
    return Me(name=actor.name, role=actor.role.value, party=actor.party, csrf_token=csrf)


@router.post("/logout", status_code=204)
def logout(request: Request, actor: ActorDep) -> Response:
    """End the session."""
    request.session.clear()
    response = Response(status_code=204)
    response.delete_cookie(CSRF_COOKIE)
    return response


@router.get("/me")
def me(actor: ActorDep, request: Request) -> Me:
    """The authenticated user (and, for a cookie session, its CSRF token)."""
    csrf = request.session.get("csrf")
    return Me(name=actor.name, role=actor.role.value, party=actor.party, csrf_token=csrf)


def _too_many() -> JSONResponse:
    response = problem(
        429, "too-many-attempts", "Too many attempts", "too many failed logins; wait a minute"
    )
    response.headers["Retry-After"] = "60"
    return response
