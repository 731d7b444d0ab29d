"""Person search across scripts and a person's page with status history (not observers)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from parley.domain.access import Op, require
from parley.domain.views import PersonView
from parley.errors import InputError
from parley.web.deps import ActorDep, RegistryDep, render

router = APIRouter(include_in_schema=False)
Q = Query(default="", max_length=200)


@router.get("/persons")
def search_page(
    request: Request, actor: ActorDep, registry: RegistryDep, q: str = Q
) -> HTMLResponse:
    """The search form, with results when a query was given."""
    require(actor, Op.READ_PERSONS)
    found, problem = _search(registry, q)
    return render(request, actor, "persons.html", q=q, found=found, problem=problem)


@router.get("/partials/persons")
def search_results(
    request: Request, actor: ActorDep, registry: RegistryDep, q: str = Q
) -> HTMLResponse:
    """The results alone, for htmx as the user types."""
    found, problem = _search(registry, q)
    return render(request, actor, "_results.html", q=q, found=found, problem=problem)


@router.get("/persons/{person_id}")
def person_page(
    request: Request, person_id: str, actor: ActorDep, registry: RegistryDep
) -> HTMLResponse:
    """One person's record and status history, if this user may see it."""
    person, history = registry.person(person_id)
    return render(request, actor, "person.html", person=person, history=history)


def _search(registry: RegistryDep, q: str) -> tuple[list[PersonView], str | None]:
    if not q.strip():
        return [], None
    try:
        return registry.search(q, limit=50), None
    except InputError as exc:
        return [], str(exc)
