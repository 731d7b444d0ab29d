"""The import wizard: upload a list, map its columns, preview every bad row, commit.

Each step is an htmx POST (with the session's CSRF token) answered by the next step's
fragment. The file stays on the server between steps (`uploads.py`); the preview is
`Registry.import_persons(..., dry_run=True)`, the same checks the commit runs, and the
commit's idempotency key is derived from the rows and the mapping (as in the CLI), so a
double submit, a retry or the same list committed again changes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Protocol

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from parley.domain.access import Actor, Op, require
from parley.domain.headers import guess_fields
from parley.domain.model import Category, Role
from parley.domain.ports import TableSource
from parley.domain.records import PERSON_FIELDS
from parley.errors import AccessDenied, InputError, Problem
from parley.services.registry import Registry
from parley.web.deps import ActorDep, RegistryDep, Wired, check_csrf, render
from parley.web.uploads import Upload, UploadGone, Uploads

router = APIRouter(include_in_schema=False)
CSRF = [Depends(check_csrf)]
SESSION_KEY = "upload"
SAMPLE_ROWS = 5
SHOWN_PERSONS = 100
DEFAULTS = ("kind", "origin_party", "holding_party")


class _WiredUploads(Wired, Protocol):
    uploads: Uploads
    read_table: Callable[[Path, str], TableSource]


@dataclass(frozen=True)
class Choices:
    """What the mapping form says: a field (or none) per column, values for every row,
    and (for mediators) the submitting party."""

    columns: list[str]
    fields: list[str]
    defaults: dict[str, str]
    submitted_by: str | None

    def mapping(self, file: str) -> dict[str, str]:
        """Field -> column, as the service takes it; a field chosen twice is refused."""
        if len(self.columns) != len(self.fields):
            raise InputError(Problem("the form lost track of the columns", file, field="field"))
        mapping: dict[str, str] = {}
        for column, field in zip(self.columns, self.fields, strict=True):
            if field and field in mapping:
                reason = f"chosen for both {mapping[field]!r} and {column!r}"
                raise InputError(Problem(reason, file, 1, field))
            if field:
                mapping[field] = column
        return mapping

    def options(self, file: str) -> dict[str, Any]:
        """The keyword arguments of `Registry.import_persons`."""
        defaults = {f: v for f, v in self.defaults.items() if v}
        return {
            "mapping": self.mapping(file),
            "defaults": defaults,
            "submitted_by": self.submitted_by,
        }


def _choices(
    column: Annotated[list[str], Form(default_factory=list)],
    field: Annotated[list[str], Form(default_factory=list)],
    kind: Annotated[str, Form(max_length=40)] = "",
    origin_party: Annotated[str, Form(max_length=40)] = "",
    holding_party: Annotated[str, Form(max_length=40)] = "",
    submitted_by: Annotated[str, Form(max_length=40)] = "",
) -> Choices:
    defaults = {"kind": kind, "origin_party": origin_party, "holding_party": holding_party}
    return Choices(column, field, defaults, submitted_by or None)


ChoicesDep = Annotated[Choices, Depends(_choices)]


@router.get("/import")
def import_page(request: Request, actor: ActorDep) -> HTMLResponse:
    """Step 1: the upload form (mediators and officers)."""
    require(actor, Op.REGISTER_PERSON)
    return render(request, actor, "import.html", limit=_uploads(request).limit)


@router.post("/import/upload", dependencies=CSRF)
def upload(
    request: Request, actor: ActorDep, registry: RegistryDep, file: UploadFile, kept: ChoicesDep
) -> HTMLResponse:
    """Step 2: keep the file, read it, and show its columns with a best guess of each (the
    values for every row and the submitting party carry over when a corrected file comes)."""
    require(actor, Op.REGISTER_PERSON)
    try:
        stored, table = _keep(request, actor, file)
    except InputError as exc:
        limit = _uploads(request).limit
        return _step(request, actor, "_import_upload.html", 422, problems=exc.problems, limit=limit)
    guessed = guess_fields(table.columns)
    fields = [f or "" for f in guessed.values()]
    choices = Choices(list(guessed), fields, kept.defaults, kept.submitted_by)
    return _mapping_step(request, actor, registry, stored, table, choices)


@router.post("/import/{token}/preview", dependencies=CSRF)
def preview(
    request: Request, token: str, actor: ActorDep, registry: RegistryDep, choices: ChoicesDep
) -> HTMLResponse:
    """Step 3: run the import's checks without writing; every bad row, or the count."""
    stored = _stored(request, actor, token)
    table = _read(request, stored)
    try:
        outcome = registry.import_persons(table, **choices.options(stored.name), dry_run=True)
    except (InputError, AccessDenied) as exc:
        return _mapping_step(request, actor, registry, stored, table, choices, _problems(exc))
    return _mapping_step(request, actor, registry, stored, table, choices, outcome=outcome)


@router.post("/import/{token}/commit", dependencies=CSRF)
def commit(
    request: Request, token: str, actor: ActorDep, registry: RegistryDep, choices: ChoicesDep
) -> HTMLResponse:
    """Step 4: import every row or none, then show who was registered."""
    stored = _stored(request, actor, token)
    if stored.result is None:
        try:
            stored = _commit(request, registry, stored, choices)
        except (InputError, AccessDenied) as exc:
            table = _read(request, stored)
            return _mapping_step(request, actor, registry, stored, table, choices, _problems(exc))
    ids = (stored.result or {}).get("person_ids", [])
    persons = registry.records(ids[:SHOWN_PERSONS])
    return _step(request, actor, "_import_done.html", 200, upload=stored, persons=persons)


def upload_gone(request: Request, exc: Exception) -> Response:
    """A step naming an upload that is gone answers with the upload form and the reason."""
    problems = [Problem(str(exc))]
    templates: Jinja2Templates = request.app.state.templates
    context = {"actor": None, "problems": problems, "limit": _uploads(request).limit}
    return templates.TemplateResponse(request, "_import_upload.html", context, status_code=410)


def _uploads(request: Request) -> Uploads:
    wired: _WiredUploads = request.app.state.wiring
    return wired.uploads


def _keep(request: Request, actor: Actor, file: UploadFile) -> tuple[Upload, TableSource]:
    """Store and read the file (not kept if unreadable); it replaces the session's last one."""
    uploads = _uploads(request)
    stored = uploads.save(actor.name, file.filename or "", file.file)
    try:
        table = _read(request, stored)
    except InputError:
        uploads.discard(stored.token)
        raise
    uploads.discard(str(request.session.get(SESSION_KEY, "")))
    request.session[SESSION_KEY] = stored.token
    return stored, table


def _read(request: Request, stored: Upload) -> TableSource:
    wired: _WiredUploads = request.app.state.wiring
    if not stored.path.is_file():
        raise UploadGone
    return wired.read_table(stored.path, stored.name)


def _commit(request: Request, registry: Registry, stored: Upload, choices: Choices) -> Upload:
    """Import the upload's rows and keep the result (or, when another submit of this commit
    finished first, take its result)."""
    try:
        table = _read(request, stored)
    except UploadGone:
        return _uploads(request).load(stored.token, stored.owner)
    result = registry.import_persons(table, **choices.options(stored.name))
    _uploads(request).finish(stored, result)
    return dataclasses.replace(stored, result=result)


def _problems(exc: InputError | AccessDenied) -> list[Problem]:
    """Every problem an input error names; a refusal (an officer's row for another party) as one."""
    return exc.problems if isinstance(exc, InputError) else [Problem(str(exc))]


def _stored(request: Request, actor: Actor, token: str) -> Upload:
    """The session's upload, if `token` names it and this user made it."""
    require(actor, Op.REGISTER_PERSON)
    if request.session.get(SESSION_KEY) != token:
        raise UploadGone
    return _uploads(request).load(token, actor.name)


def _mapping_step(
    request: Request,
    actor: Actor,
    registry: Registry,
    stored: Upload,
    table: TableSource,
    choices: Choices,
    problems: list[Problem] | None = None,
    outcome: dict[str, Any] | None = None,
) -> HTMLResponse:
    """Step 2 (the mapping form), or step 3 when a preview's problems or outcome are given."""
    chosen = dict(zip(choices.columns, choices.fields, strict=False))
    values = {
        "upload": stored,
        "table": table,
        "sample": table.rows[:SAMPLE_ROWS],
        "chosen": chosen,
        "choices": choices,
        "fields": PERSON_FIELDS,
        "kinds": [c.value for c in Category],
        "parties": [p.code for p in registry.parties()],
        "names_submitter": actor.role == Role.MEDIATOR,
        "problems": problems,
        "outcome": outcome,
        "default_fields": DEFAULTS,
    }
    status = 422 if problems else 200
    return _step(request, actor, "_import_map.html", status, **values)


def _step(
    request: Request, actor: Actor, template: str, status: int, **values: Any
) -> HTMLResponse:
    response = render(request, actor, template, **values)
    response.status_code = status
    return response
