"""What happens at a stage: manifests (entered or uploaded), approvals, transit, handovers,
receipts. The quota id (`A1/pow/RU>UA`) travels in the body: it holds slashes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, UploadFile

from parley.api.deps import ExchangesDep, IdempotencyKey, WiringDep
from parley.api.schemas import (
    ApprovalIn,
    Approvals,
    Counted,
    HandoverIn,
    ManifestIn,
    ManifestOut,
    ReceiptIn,
    TransitIn,
)
from parley.api.uploads import read_upload

router = APIRouter(prefix="/stages/{stage}", tags=["stages"])


@router.post("/manifests")
def enter_manifest(
    stage: str, body: ManifestIn, exchanges: ExchangesDep, key: IdempotencyKey = None
) -> ManifestOut:
    """Put named persons and/or a count on the stage's manifest for one quota."""
    result = exchanges.enter_manifest(
        stage, body.quota, person_ids=body.person_ids, count=body.count, key=key
    )
    return ManifestOut(**result)


@router.post("/manifests/import")
def import_manifest(
    stage: str,
    quota: Annotated[str, Form(min_length=1)],
    file: UploadFile,
    exchanges: ExchangesDep,
    wired: WiringDep,
    column: Annotated[str, Form()] = "external_ref",
    key: IdempotencyKey = None,
) -> ManifestOut:
    """Upload a CSV or XLSX naming the persons; every bad row comes back in `errors`."""
    table = read_upload(file, wired)
    result = exchanges.import_manifest(stage, quota, table, column=column, key=key)
    return ManifestOut(**result)


@router.post("/approvals")
def approve(
    stage: str, body: ApprovalIn, exchanges: ExchangesDep, key: IdempotencyKey = None
) -> Approvals:
    """One side's approval of the manifest; officers approve for their own party."""
    found = exchanges.approve_manifest(stage, body.quota, party=body.party, key=key)
    return Approvals(approved_by=found)


@router.post("/transit")
def start_transit(
    stage: str, body: TransitIn, exchanges: ExchangesDep, key: IdempotencyKey = None
) -> Counted:
    """Set approved persons on their way (all approved ones unless `person_ids` names some)."""
    moved = exchanges.start_transit(
        stage, body.quota, person_ids=body.person_ids, medical=body.medical, key=key
    )
    return Counted(count=moved)


@router.post("/handovers")
def record_handover(
    stage: str, body: HandoverIn, exchanges: ExchangesDep, key: IdempotencyKey = None
) -> Counted:
    """A handover as the handing side or the intermediary states it."""
    params = body.model_dump(exclude={"quota"})
    return Counted(count=exchanges.record_handover(stage, body.quota, **params, key=key))


@router.post("/receipts")
def confirm_receipt(
    stage: str, body: ReceiptIn, exchanges: ExchangesDep, key: IdempotencyKey = None
) -> Counted:
    """The receiving side's confirmation, with its own count."""
    params = body.model_dump(exclude={"quota"})
    return Counted(count=exchanges.confirm_receipt(stage, body.quota, **params, key=key))
