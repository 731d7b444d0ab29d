"""The app factory: the one module of the API that builds adapters and wires them in.

It also mounts the web UI (`parley.web`), which shares the session cookie and the services.

`create_app(settings)` opens the store, builds the app, and hands the adapters to the
handlers through `app.state.wiring`; nothing is built at import time.
"""

from __future__ import annotations

import dataclasses
import secrets
from pathlib import Path

from fastapi import Depends, FastAPI
from starlette.middleware.sessions import SessionMiddleware

from parley import web
from parley.api import problems
from parley.api.deps import Wiring
from parley.api.routes import agreements, auth, persons, review, stages
from parley.api.schemas import problem_responses
from parley.api.security import LoginLimiter, SecurityHeaders
from parley.api.text import refuse_nul
from parley.config import Settings
from parley.domain.ports import TableSource
from parley.errors import InputError
from parley.linkage.port import SplinkLinker
from parley.store.sql_store import SqlStore
from parley.tabular import read_table
from parley.web.uploads import Uploads, default_folder

PREFIX = "/api/v1"
SESSION_HOURS = 8


def create_app(settings: Settings, *, store: SqlStore | None = None) -> FastAPI:
    """A FastAPI app over the ledger at `settings.database_url` (or the `store` given)."""
    store = store or SqlStore.open(
        settings.database_url,
        busy_timeout_ms=settings.sqlite_busy_timeout_ms,
        cache_mib=settings.sqlite_cache_mib,
    )
    app = FastAPI(
        title="Parley",
        summary="The intermediary's ledger of exchanges of prisoners, civilians and remains.",
        version="1",
        openapi_url=f"{PREFIX}/openapi.json",
        # The interactive docs pages need inline scripts, which the CSP forbids.
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(refuse_nul)],  # on every route, the web UI's too
    )
    limit = settings.upload_limit_mib * 2**20
    app.state.wiring = Wiring(
        store=store,
        linker=SplinkLinker(),
        read_table=_read_upload,
        limiter=LoginLimiter(),
        uploads=Uploads(settings.upload_dir or default_folder(), limit=limit),
        upload_limit=limit,
        secure_cookies=settings.secure_cookies,
    )
    errors = problem_responses(400, 401, 403, 404, 409, 422)
    for module in (auth, agreements, stages, persons, review):
        app.include_router(module.router, prefix=PREFIX, responses=errors)
    problems.install(app)
    web.install(app)  # after the problem handlers, which its HTML error pages wrap
    app.add_middleware(
        SessionMiddleware,
        # A random key when none is configured: sessions then end with the process.
        secret_key=settings.secret_key or secrets.token_urlsafe(32),
        session_cookie="parley_session",
        max_age=SESSION_HOURS * 3600,
        same_site="strict",
        https_only=settings.secure_cookies,
    )
    app.add_middleware(SecurityHeaders)
    return app


def _read_upload(path: Path, name: str) -> TableSource:
    """Read an uploaded table; its problems name the user's file, not the scratch copy."""
    try:
        return dataclasses.replace(read_table(path), file=name)
    except InputError as exc:
        raise InputError([dataclasses.replace(p, file=name) for p in exc.problems]) from None
