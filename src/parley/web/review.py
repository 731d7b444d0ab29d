"""Match review for mediators: one candidate pair at a time, accepted or rejected.

The pair is shown side by side with its probability and the contribution of each
comparison; the decision is an htmx POST (with the session's CSRF token) that answers
with the next pair. `static/review.js` binds the keys A (accept) and R (reject).
"""

from __future__ import annotations

from typing import Annotated, Protocol

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse

from parley.domain.access import Op, require
from parley.domain.ports import Linker
from parley.services.matching import Matching
from parley.web.deps import ActorDep, ContextDep, Wired, check_csrf, render

router = APIRouter(include_in_schema=False)


class _WiredLinker(Wired, Protocol):
    linker: Linker


async def _matching(request: Request, ctx: ContextDep) -> Matching:
    wired: _WiredLinker = request.app.state.wiring
    return Matching(ctx, wired.linker)


MatchingDep = Annotated[Matching, Depends(_matching)]


@router.get("/review")
def review_page(request: Request, actor: ActorDep, matching: MatchingDep) -> HTMLResponse:
    """The first pair of the queue, most probable first."""
    require(actor, Op.REVIEW_MATCHES)
    return render(request, actor, "review.html", **_next(matching))


@router.post("/review/{candidate_id}", dependencies=[Depends(check_csrf)])
def decide(
    request: Request,
    candidate_id: str,
    actor: ActorDep,
    matching: MatchingDep,
    accept: Annotated[bool, Form()],
) -> HTMLResponse:
    """Record the decision and answer with the next pair (an htmx fragment)."""
    decided = matching.decide(candidate_id, accept=accept)
    done = f"{candidate_id[:8]}… {decided}"
    return render(request, actor, "_candidate.html", done=done, **_next(matching))


def _next(matching: Matching) -> dict[str, object]:
    queue = matching.queue(limit=50)
    return {"candidate": queue[0] if queue else None, "waiting": len(queue)}
