"""Uploaded tables (multipart CSV or XLSX) read into a TableSource for the services."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Form, UploadFile

from parley.api.deps import Wiring
from parley.domain.pairs import pairs
from parley.domain.ports import TableSource
from parley.errors import InputError, Problem

SUFFIXES = (".csv", ".xlsx")


def read_upload(file: UploadFile, wired: Wiring) -> TableSource:
    """Read an upload through a scratch copy; refuse other formats and oversize files."""
    name = Path(file.filename or "upload.csv").name
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(Problem("upload a .csv or .xlsx file", name, field="file", value=suffix))
    limit = wired.upload_limit
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise InputError(Problem(f"larger than {limit / 2**20:g} MiB", name, field="file"))
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"upload{suffix}"
        path.write_bytes(data)
        return wired.read_table(path, name)


@dataclass(frozen=True)
class PersonsUpload:
    """A persons import as posted: the file, and the options `Registry.import_persons` takes."""

    file: UploadFile
    options: dict[str, Any]


def persons_upload(
    file: UploadFile,
    map: Annotated[
        list[str], Form(default_factory=list, description="FIELD=COLUMN, repeatable (`--map`)")
    ],
    default: Annotated[
        list[str], Form(default_factory=list, description="FIELD=VALUE for every row, repeatable")
    ],
    submitted_by: Annotated[
        str | None, Form(max_length=40, description="The submitting party (mediators must say)")
    ] = None,
) -> PersonsUpload:
    """The form of a persons import (parsed; the file is read after authentication)."""
    options = {
        "mapping": pairs(map, "map"),
        "defaults": pairs(default, "default"),
        "submitted_by": submitted_by or None,
    }
    return PersonsUpload(file, options)
