"""Wires the pages into an app: routes, templates, static files, HTML error pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ExceptionHandler

from parley import errors
from parley.web import claims, imports, pages, people, review
from parley.web.deps import API_PREFIX, LoginRequired
from parley.web.uploads import UploadGone

HERE = Path(__file__).parent
VENDOR = HERE / "node_modules"
STATUSES = (
    (errors.NotFound, 404),
    (errors.InputError, 422),
    (errors.AccessDenied, 403),
    (errors.Conflict, 409),
    (errors.TransitionRefused, 409),
)
ApiHandler = Callable[[Request, Exception], Response]


def install(app: FastAPI) -> None:
    """Mount the web UI on `app` (after the API's problem handlers are installed)."""
    app.state.templates = Jinja2Templates(directory=HERE / "templates")
    # Installed by `npm ci` (scripts/_bootstrap.sh); without it the pages work unstyled.
    app.mount("/static/vendor", StaticFiles(directory=VENDOR, check_dir=False), name="vendor")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(pages.router)
    app.include_router(people.router)
    app.include_router(claims.router)
    app.include_router(review.router)
    app.include_router(imports.router)
    # The API's handler is synchronous and answers HTTP requests only (problems.install).
    api_handler = cast(ApiHandler, app.exception_handlers[errors.ParleyError])
    app.add_exception_handler(LoginRequired, _to_login)
    app.add_exception_handler(errors.ParleyError, _html_errors(api_handler))
    app.add_exception_handler(UploadGone, imports.upload_gone)


def _to_login(request: Request, exc: Exception) -> Response:
    return RedirectResponse("/login", status_code=303)


def _html_errors(api_handler: ApiHandler) -> ExceptionHandler:
    """Errors on pages become an HTML page; the API's stay problem details."""

    async def handle(request: Request, exc: Exception) -> Response:
        if request.url.path.startswith(API_PREFIX):
            return api_handler(request, exc)
        status = next((code for cls, code in STATUSES if isinstance(exc, cls)), 400)
        templates: Jinja2Templates = request.app.state.templates
        context = {"message": str(exc), "status": status, "actor": None}
        return templates.TemplateResponse(request, "error.html", context, status_code=status)

    return handle
