"""Parties, agreements (with balances and discrepancies), exchanges and stages."""

from __future__ import annotations

from fastapi import APIRouter, status

from parley.api.deps import ExchangesDep, IdempotencyKey, Limit, Offset, RegistryDep
from parley.api.schemas import (
    AgreementIn,
    AgreementOut,
    BalanceOut,
    Created,
    DiscrepancyOut,
    ExchangeIn,
    Page,
    PartyIn,
    PartyOut,
    StageIn,
)

router = APIRouter(tags=["agreements"])
CREATED = status.HTTP_201_CREATED


@router.get("/parties")
def list_parties(registry: RegistryDep, limit: Limit = 100, offset: Offset = 0) -> Page[PartyOut]:
    """Every registered party (party names are public)."""
    found = registry.parties()[offset : offset + limit]
    return Page(items=[PartyOut.model_validate(p) for p in found], limit=limit, offset=offset)


@router.post("/parties", status_code=CREATED)
def create_party(body: PartyIn, registry: RegistryDep, key: IdempotencyKey = None) -> Created:
    """Register a party (mediators)."""
    return Created(ref=registry.register_party(body.code, body.kind, body.names, key=key))


@router.get("/agreements")
def list_agreements(
    exchanges: ExchangesDep, limit: Limit = 100, offset: Offset = 0
) -> Page[AgreementOut]:
    """Agreements and their quotas."""
    found = exchanges.agreements()[offset : offset + limit]
    return Page(items=[AgreementOut.model_validate(a) for a in found], limit=limit, offset=offset)


@router.post("/agreements", status_code=CREATED)
def create_agreement(
    body: AgreementIn, exchanges: ExchangesDep, key: IdempotencyKey = None
) -> Created:
    """Record an agreement and its quotas (mediators)."""
    ref = exchanges.record_agreement(**body.model_dump(), key=key)
    return Created(ref=ref)


@router.get("/agreements/{ref}/balance")
def balance(ref: str, exchanges: ExchangesDep) -> list[BalanceOut]:
    """Per quota: owed, listed, handed over, confirmed."""
    return [BalanceOut.model_validate(row) for row in exchanges.balance(ref)]


@router.get("/agreements/{ref}/discrepancies")
def discrepancies(ref: str, exchanges: ExchangesDep) -> list[DiscrepancyOut]:
    """Stages whose receipts do not match their handovers."""
    return [
        DiscrepancyOut(
            stage=d.stage.stage_ref,
            quota_id=d.stage.quota_id,
            kind=d.kind,
            handed_over=d.stage.handed_over,
            confirmed=d.stage.confirmed,
            difference=d.difference,
        )
        for d in exchanges.discrepancies(ref)
    ]


@router.post("/exchanges", status_code=CREATED)
def open_exchange(body: ExchangeIn, exchanges: ExchangesDep, key: IdempotencyKey = None) -> Created:
    """Open an exchange under an agreement (mediators)."""
    return Created(ref=exchanges.open_exchange(body.agreement, body.ref, title=body.title, key=key))


@router.post("/exchanges/{ref}/stages", status_code=CREATED)
def schedule_stage(
    ref: str, body: StageIn, exchanges: ExchangesDep, key: IdempotencyKey = None
) -> Created:
    """Schedule a stage of an exchange (mediators)."""
    stage = exchanges.schedule_stage(ref, **body.model_dump(), key=key)
    return Created(ref=stage)
