"""Uploaded lists kept between the import wizard's steps: on the server, private, short-lived.

Each file is stored under a random token in one folder that only this user may enter
(shared by the app's worker processes), beside a small JSON note of who uploaded it and
the file's own name. The token also goes into the uploader's session, and a step must
present both. Nothing the client sends becomes a path: a token must look like one made
here, and the file's own name is kept only for messages. A file is deleted once its
import is committed (the note stays, to answer a retried commit) or when it expires.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from parley.errors import InputError, ParleyError, Problem

SUFFIXES = (".csv", ".xlsx")
TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")  # what secrets.token_urlsafe(32) makes
CHUNK = 1 << 20
PRIVATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW


class UploadGone(ParleyError):
    """The upload a step names expired, was replaced by a newer one, or is someone else's."""

    def __init__(self) -> None:
        super().__init__("this upload has expired or was replaced; upload the file again")


@dataclass(frozen=True)
class Upload:
    """One stored upload: its token, its owner, the user's file name, where its bytes are,
    and (once committed) the import's result."""

    token: str
    owner: str
    name: str
    path: Path
    result: dict[str, Any] | None = None


def default_folder() -> Path:
    """A folder of this user's in the system's temporary directory."""
    return Path(tempfile.gettempdir()) / f"parley-uploads-{os.getuid()}"


class Uploads:
    """The folder of uploads: saved with a size limit, found by token and owner, expired."""

    def __init__(self, folder: Path, *, limit: int, ttl_s: float = 3600.0) -> None:
        self.folder, self.limit, self.ttl_s = folder, limit, ttl_s
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        found = folder.lstat()
        if not stat.S_ISDIR(found.st_mode) or found.st_uid != os.getuid() or found.st_mode & 0o077:
            raise PermissionError(f"{folder}: the uploads folder must be ours alone (mode 0700)")

    def save(self, owner: str, name: str, stream: IO[bytes]) -> Upload:
        """Store an uploaded file; refuse another format or more than `limit` bytes."""
        self.sweep()
        name = Path(name).name or "upload"
        suffix = Path(name).suffix.lower()
        if suffix not in SUFFIXES:
            raise InputError(
                Problem("upload a .csv or .xlsx file", name, field="file", value=suffix)
            )
        token = secrets.token_urlsafe(32)
        upload = Upload(token, owner, name, self.folder / f"{token}{suffix}")
        try:
            self._copy(stream, upload)
            self._note(upload, {"owner": owner, "name": name, "suffix": suffix, "result": None})
        except BaseException:
            self.discard(upload.token)
            raise
        return upload

    def load(self, token: str, owner: str) -> Upload:
        """The upload under `token` if `owner` made it and it has not expired."""
        note = self.folder / f"{token}.json"
        if not TOKEN.match(token) or self._expired(note):
            raise UploadGone
        try:
            found = json.loads(note.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise UploadGone from None
        if found.get("owner") != owner:
            raise UploadGone
        path = self.folder / f"{token}{found['suffix']}"
        if found["result"] is None and not path.is_file():
            raise UploadGone
        return Upload(token, owner, found["name"], path, found["result"])

    def finish(self, upload: Upload, result: dict[str, Any]) -> None:
        """Keep the committed import's result and delete the file."""
        note = {"owner": upload.owner, "name": upload.name, "suffix": upload.path.suffix}
        replacement = self.folder / f"{upload.token}.done"
        replacement.unlink(missing_ok=True)
        self._write(replacement, json.dumps({**note, "result": result}).encode())
        os.replace(replacement, self.folder / f"{upload.token}.json")
        upload.path.unlink(missing_ok=True)

    def discard(self, token: str) -> None:
        """Delete an upload and its note (nothing happens for an unknown token)."""
        if TOKEN.match(token):
            for path in self.folder.glob(f"{token}.*"):
                path.unlink(missing_ok=True)

    def sweep(self) -> None:
        """Delete every upload older than the time to live."""
        for path in self.folder.iterdir():
            if self._expired(path):
                path.unlink(missing_ok=True)

    def _expired(self, path: Path) -> bool:
        try:
            return path.stat().st_mtime < time.time() - self.ttl_s
        except FileNotFoundError:
            return True

    def _copy(self, stream: IO[bytes], upload: Upload) -> None:
        written = 0
        with os.fdopen(os.open(upload.path, PRIVATE, 0o600), "wb") as out:
            while chunk := stream.read(CHUNK):
                written += len(chunk)
                if written > self.limit:
                    reason = f"larger than {self.limit / 2**20:g} MiB"
                    raise InputError(Problem(reason, upload.name, field="file"))
                out.write(chunk)

    def _note(self, upload: Upload, note: dict[str, Any]) -> None:
        self._write(self.folder / f"{upload.token}.json", json.dumps(note).encode())

    def _write(self, path: Path, data: bytes) -> None:
        with os.fdopen(os.open(path, PRIVATE, 0o600), "wb") as out:
            out.write(data)
