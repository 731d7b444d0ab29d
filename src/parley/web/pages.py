"""The ledger's pages: login, dashboard, charts, agreements, stages and the journal.

Every page but the login form needs a session; what it shows is what the services
return to that user, so an observer's pages hold aggregates only.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from parley.domain.model import Role
from parley.web.charts import chart_data
from parley.web.deps import ActorDep, ExchangesDep, JournalDep, render
from parley.web.views import agreement_overview, event_rows, exchanges_of

router = APIRouter(include_in_schema=False)


@router.get("/login")
def login_page(request: Request) -> HTMLResponse:
    """The login form; the page's script posts it to /api/v1/auth/login."""
    return render(request, None, "login.html")


@router.get("/")
def dashboard(
    request: Request, actor: ActorDep, exchanges: ExchangesDep, journal: JournalDep
) -> HTMLResponse:
    """Every agreement's progress per quota, open discrepancies and (mediators) recent events."""
    overview = agreement_overview(exchanges)
    events = event_rows(journal.recent(15)) if actor.role == Role.MEDIATOR else []
    return render(request, actor, "dashboard.html", overview=overview, events=events)


@router.get("/partials/progress")
def progress_partial(request: Request, actor: ActorDep, exchanges: ExchangesDep) -> HTMLResponse:
    """The dashboard's progress section alone, polled by htmx."""
    return render(request, actor, "_progress.html", overview=agreement_overview(exchanges))


@router.get("/charts")
def charts(request: Request, actor: ActorDep) -> HTMLResponse:
    """The exchange timeline and the balance over time (drawn by Chart.js)."""
    return render(request, actor, "charts.html")


@router.get("/charts/data.json")
def charts_data(actor: ActorDep, exchanges: ExchangesDep) -> JSONResponse:
    """Aggregate series for the charts: counts per stage and direction, never a person."""
    return JSONResponse(chart_data(exchanges))


@router.get("/agreements/{ref}")
def agreement(request: Request, ref: str, actor: ActorDep, exchanges: ExchangesDep) -> HTMLResponse:
    """An agreement's quotas with their balance, and its exchanges stage by stage."""
    overview = agreement_overview(exchanges, only=ref)
    grouped = exchanges_of(exchanges.stages(ref))
    return render(request, actor, "agreement.html", item=overview[0], exchanges=grouped)


@router.get("/stages/{ref}")
def stage(request: Request, ref: str, actor: ActorDep, exchanges: ExchangesDep) -> HTMLResponse:
    """A stage: per quota, the manifest, both approvals, and handover beside receipt."""
    return render(request, actor, "stage.html", report=exchanges.stage_report(ref))


@router.get("/journal")
def journal_page(request: Request, actor: ActorDep, journal: JournalDep) -> HTMLResponse:
    """The chain's verification and head hash; recent events for mediators."""
    report = journal.verify(rebuild=False)
    events = event_rows(journal.recent(50)) if actor.role == Role.MEDIATOR else []
    return render(request, actor, "journal.html", report=report, events=events)
