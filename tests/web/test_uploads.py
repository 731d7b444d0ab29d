"""The import wizard's upload folder: private files, found by token and owner, expiring."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from parley.errors import InputError
from parley.web.uploads import UploadGone, Uploads


def test_saved_files_are_private_and_found_by_token_and_owner(tmp_path: Path) -> None:
    uploads = Uploads(tmp_path / "up", limit=100)
    saved = uploads.save("amira", "../../etc/list.CSV", io.BytesIO(b"surname\nKo\n"))
    assert saved.name == "list.CSV" and saved.path.parent == tmp_path / "up"
    assert saved.path.read_bytes() == b"surname\nKo\n"
    assert {p.stat().st_mode & 0o777 for p in (tmp_path / "up").iterdir()} == {0o600}
    assert (tmp_path / "up").stat().st_mode & 0o777 == 0o700
    assert uploads.load(saved.token, "amira") == saved
    for token, owner in (
        (saved.token, "olena"),
        ("../" + saved.token[3:], "amira"),
        ("x", "amira"),
    ):
        with pytest.raises(UploadGone):
            uploads.load(token, owner)


def test_a_finished_upload_keeps_its_result_and_loses_its_file(tmp_path: Path) -> None:
    uploads = Uploads(tmp_path, limit=100)
    saved = uploads.save("amira", "list.csv", io.BytesIO(b"surname\nKo\n"))
    uploads.finish(saved, {"imported": 1, "person_ids": ["p1"]})
    assert not saved.path.exists()
    assert uploads.load(saved.token, "amira").result == {"imported": 1, "person_ids": ["p1"]}
    uploads.discard(saved.token)
    assert list(tmp_path.iterdir()) == []


def test_oversize_and_other_formats_are_refused_and_not_kept(tmp_path: Path) -> None:
    uploads = Uploads(tmp_path, limit=10)
    with pytest.raises(InputError, match="larger than"):
        uploads.save("amira", "list.csv", io.BytesIO(b"x" * 11))
    with pytest.raises(InputError, match=r"\.csv or \.xlsx"):
        uploads.save("amira", "list.ods", io.BytesIO(b"x"))
    assert list(tmp_path.iterdir()) == []


def test_expired_uploads_are_gone_and_swept(tmp_path: Path) -> None:
    uploads = Uploads(tmp_path, limit=100, ttl_s=60)
    old = uploads.save("amira", "old.csv", io.BytesIO(b"a\n1\n"))
    for path in tmp_path.iterdir():
        os.utime(path, (0, 0))
    with pytest.raises(UploadGone):
        uploads.load(old.token, "amira")
    new = uploads.save("amira", "new.csv", io.BytesIO(b"a\n1\n"))  # saving sweeps
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{new.token}.csv", f"{new.token}.json"]


def test_a_folder_others_may_enter_is_refused(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    with pytest.raises(PermissionError, match="ours alone"):
        Uploads(shared, limit=10)
