"""The claims board: what each side said about an agreement, beside the ledger's counts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from parley.services.claims import Claims
from parley.web.deps import ActorDep, ContextDep, render

router = APIRouter(include_in_schema=False)


async def _claims(ctx: ContextDep) -> Claims:
    return Claims(ctx)


ClaimsDep = Annotated[Claims, Depends(_claims)]


@router.get("/agreements/{ref}/claims")
def claims_board(request: Request, ref: str, actor: ActorDep, claims: ClaimsDep) -> HTMLResponse:
    """`Claims.reconcile`: per subject, direction and category, every side's claims and levels."""
    reconciliations = claims.reconcile(ref)
    return render(request, actor, "claims.html", ref=ref, reconciliations=reconciliations)
