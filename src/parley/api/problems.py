"""RFC 9457 problem details: every error leaves the API as `application/problem+json`.

Each of Parley's exceptions maps to a status and a stable `type`; input errors carry
every problem found as `errors`, each with file, row, field, value and reason.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from parley import errors

MEDIA_TYPE = "application/problem+json"
# Most specific first: the first class an exception is an instance of decides.
STATUSES: tuple[tuple[type[errors.ParleyError], int, str], ...] = (
    (errors.InputError, 422, "invalid-input"),
    (errors.NotFound, 404, "not-found"),
    (errors.NotAuthenticated, 401, "not-authenticated"),
    (errors.AccessDenied, 403, "access-denied"),
    (errors.IdempotencyMismatch, 409, "idempotency-key-reused"),
    (errors.TransitionRefused, 409, "transition-refused"),
    (errors.Conflict, 409, "conflict"),
    (errors.ConcurrencyConflict, 503, "busy"),
    (errors.JournalCorrupt, 500, "journal-corrupt"),
)


def problem(
    status: int, slug: str, title: str, detail: str, extra: dict[str, Any] | None = None
) -> JSONResponse:
    """A problem-details response."""
    body = {"type": f"urn:parley:problem:{slug}", "title": title, "status": status}
    body |= {"detail": detail, **(extra or {})}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


def _parley_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, errors.ParleyError)
    status, slug = next(((s, g) for cls, s, g in STATUSES if isinstance(exc, cls)), (400, "error"))
    extra: dict[str, Any] = {}
    if isinstance(exc, errors.InputError):
        extra["errors"] = [
            {"file": p.file, "row": p.row, "field": p.field, "value": p.value, "reason": p.reason}
            for p in exc.problems
        ]
    title = slug.replace("-", " ").capitalize()
    return problem(status, slug, title, str(exc), extra)


def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    found = [
        {
            "file": None,
            "row": None,
            "field": ".".join(str(part) for part in e["loc"]),
            "value": None if e.get("input") is None else str(e["input"])[:200],
            "reason": e["msg"],
        }
        for e in exc.errors()
    ]
    detail = "; ".join(f"{e['field']}: {e['reason']}" for e in found[:5])
    return problem(422, "invalid-input", "Invalid input", detail, {"errors": found})


def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "HTTP error")
    response = problem(exc.status_code, title.lower().replace(" ", "-"), title, str(exc.detail))
    response.headers.update(exc.headers or {})
    return response


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # A bug, not the caller's doing: say so without echoing internals.
    return problem(500, "internal-error", "Internal error", "an unexpected error; it was logged")


def install(app: FastAPI) -> None:
    """Register the handlers that turn exceptions into problem details."""
    app.add_exception_handler(Exception, _unexpected)
    app.add_exception_handler(errors.ParleyError, _parley_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
