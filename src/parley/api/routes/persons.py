"""Persons: listing with filters, search across scripts, one record with its history,
registering, status changes and disclosure."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from parley.api.deps import IdempotencyKey, Limit, Offset, RegistryDep, WiringDep
from parley.api.people import (
    Disclosed,
    DiscloseIn,
    Imported,
    ImportPreview,
    PersonCreated,
    PersonDetail,
    PersonIn,
    PersonOut,
    StatusEntryOut,
    StatusIn,
    StatusOut,
)
from parley.api.schemas import Page
from parley.api.uploads import PersonsUpload, persons_upload, read_upload
from parley.domain.ports import PersonFilter
from parley.domain.views import PersonView

router = APIRouter(tags=["persons"])
Filter = Annotated[str | None, Query(max_length=40)]
ImportForm = Annotated[PersonsUpload, Depends(persons_upload)]


def _out(person: PersonView) -> PersonOut:
    return PersonOut.model_validate(person).model_copy(
        update={"disclosed_to": sorted(person.disclosed_to)}
    )


@router.get("/persons")
def list_persons(
    registry: RegistryDep,
    limit: Limit = 50,
    offset: Offset = 0,
    holding_party: Filter = None,
    origin_party: Filter = None,
    kind: Filter = None,
    status: Filter = None,
) -> Page[PersonOut]:
    """Persons the caller may see, oldest first."""
    where = PersonFilter(
        holding_party=holding_party,
        origin_party=origin_party,
        kind=kind,
        status=status,
        limit=limit,
        offset=offset,
    )
    found = registry.persons(where)
    return Page(items=[_out(p) for p in found], limit=limit, offset=offset)


@router.get("/persons/search")
def search_persons(
    registry: RegistryDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Name, in any script")],
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[PersonOut]:
    """Persons whose names match `q` in any script (Latin finds Cyrillic and back)."""
    found = registry.search(q, limit=limit, offset=offset)
    return Page(items=[_out(p) for p in found], limit=limit, offset=offset)


@router.get("/persons/{person_id}")
def get_person(person_id: str, registry: RegistryDep) -> PersonDetail:
    """One person's record and status history."""
    person, history = registry.person(person_id)
    entries = [StatusEntryOut.model_validate(h) for h in history]
    return PersonDetail(person=_out(person), history=entries)


@router.post("/persons", status_code=status.HTTP_201_CREATED)
def register_person(
    body: PersonIn, registry: RegistryDep, key: IdempotencyKey = None
) -> PersonCreated:
    """Register one person from submitted fields."""
    pid = registry.register_person(body.fields, submitted_by=body.submitted_by, key=key)
    return PersonCreated(person_id=pid)


@router.post("/persons/import")
def import_persons(
    registry: RegistryDep, upload: ImportForm, wired: WiringDep, key: IdempotencyKey = None
) -> Imported:
    """Import persons from a CSV or XLSX upload: every row, or none (422 lists every bad row).

    Without a key, the key is derived from the rows and the mapping, as in the CLI.
    """
    table = read_upload(upload.file, wired)
    return Imported(**registry.import_persons(table, **upload.options, key=key))


@router.post("/persons/import/preview")
def preview_import(
    registry: RegistryDep, upload: ImportForm, wired: WiringDep, key: IdempotencyKey = None
) -> ImportPreview:
    """Check an import as `/persons/import` would, writing nothing: the count it would
    import, or 422 with every bad row; says so when this import was already made."""
    table = read_upload(upload.file, wired)
    return ImportPreview(**registry.import_persons(table, **upload.options, key=key, dry_run=True))


@router.post("/persons/{person_id}/status")
def change_status(
    person_id: str, body: StatusIn, registry: RegistryDep, key: IdempotencyKey = None
) -> StatusOut:
    """Move a person to another status, if the lifecycle allows it."""
    new = registry.change_status(
        person_id, body.status, reason=body.reason, occurred_at=body.occurred_at, key=key
    )
    return StatusOut(status=new)


@router.post("/disclosures")
def disclose(body: DiscloseIn, registry: RegistryDep, key: IdempotencyKey = None) -> Disclosed:
    """Let a party's officers see these persons' records (mediators)."""
    return Disclosed(newly_disclosed=registry.disclose(body.party, body.person_ids, key=key))
