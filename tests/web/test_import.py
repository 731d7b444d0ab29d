"""The import wizard over TestClient: each step, every refusal, and nothing written by one.

Each test has a small ledger of its own (`fresh`), since these tests write to it.
"""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from fastapi.testclient import TestClient

from parley.tabular import write_table
from parley.web import imports
from parley.web.uploads import Uploads
from tests.support import snapshot
from tests.web.conftest import Fresh, LogIn
from tests.web.lists import persons_csv

GOOD = persons_csv(3, origin="UA", seed=11)
BAD = persons_csv(3, origin="UA", seed=11, bad_dates=(3,))
DEFAULTS = {"kind": "pow", "origin_party": "UA", "holding_party": "RU", "submitted_by": "RU"}


def csrf(client: TestClient) -> dict[str, str]:
    return {"X-CSRF-Token": client.get("/api/v1/auth/me").json()["csrf_token"]}


def upload(client: TestClient, body: bytes, name: str = "list.csv") -> httpx.Response:
    return client.post(
        "/import/upload", headers=csrf(client), files={"file": (name, body, "text/csv")}
    )


def token(page: str) -> str:
    found = re.search(r'hx-post="/import/([A-Za-z0-9_-]{43})/preview"', page)
    assert found, page
    return found.group(1)


def form(page: str, **changes: str) -> dict[str, list[str] | str]:
    """The mapping form as the page pre-filled it (its guesses), with `changes` applied."""
    columns = [html.unescape(c) for c in re.findall(r'name="column" value="([^"]*)"', page)]
    chosen = dict(
        re.findall(r'data-column="([^"]*)">.*?(?:value="(\w+)" selected|</select>)', page, re.S)
    )
    chosen = {html.unescape(c): f for c, f in chosen.items()}
    fields = [changes.pop(c, chosen.get(c, "")) for c in columns]
    return {"column": columns, "field": fields, **DEFAULTS, **changes}


def step(client: TestClient, page: str, action: str, **changes: str) -> httpx.Response:
    return client.post(
        f"/import/{token(page)}/{action}", headers=csrf(client), data=form(page, **changes)
    )


def kept(fresh: Fresh) -> list[str]:
    return sorted(p.suffix for p in fresh.uploads.iterdir()) if fresh.uploads.exists() else []


def test_observer_has_no_import(fresh_client_as: LogIn) -> None:
    client = fresh_client_as("observer")
    assert 'href="/import"' not in client.get("/").text
    assert client.get("/import").status_code == 403
    assert upload(client, GOOD.encode()).status_code == 403


def test_mediators_and_officers_find_it_in_the_nav(fresh_client_as: LogIn) -> None:
    for role in ("mediator", "ua_officer"):
        client = fresh_client_as(role)
        assert 'href="/import"' in client.get("/").text
        page = client.get("/import")
        assert page.status_code == 200 and 'id="upload-form"' in page.text
        assert "<script>" not in page.text and "<style" not in page.text


def test_an_upload_needs_the_csrf_token(fresh_client_as: LogIn, fresh: Fresh) -> None:
    client = fresh_client_as("mediator")
    refused = client.post("/import/upload", files={"file": ("list.csv", GOOD.encode(), "text/csv")})
    assert refused.status_code == 403 and kept(fresh) == []


def test_the_wizard_end_to_end(fresh_client_as: LogIn, fresh: Fresh) -> None:
    client = fresh_client_as("mediator")
    before = snapshot(fresh.store)
    mapped = upload(client, BAD.encode())
    assert mapped.status_code == 200, mapped.text
    assert "<html" not in mapped.text and "list.csv" in mapped.text
    for column, field in (
        ("Прізвище", "surname"),
        ("Дата народження", "date_of_birth"),
        ("Номер", "external_ref"),
    ):
        assert re.search(
            rf'data-column="{column}">.*?value="{field}" selected', mapped.text, re.S
        ), column
    rejected = step(client, mapped.text, "preview")
    assert rejected.status_code == 422
    assert re.search(
        r"<td>list.csv</td><td>3</td>\s*<td>date_of_birth</td><td>31.02.1990</td>", rejected.text
    )
    assert 'id="commit-form"' not in rejected.text
    fixed = upload(client, GOOD.encode(), "fixed.csv")
    previewed = step(client, fixed.text, "preview")
    assert previewed.status_code == 200, previewed.text
    assert "3 rows would be imported" in previewed.text and 'id="commit-form"' in previewed.text
    assert snapshot(fresh.store) == before and kept(fresh) == [".csv", ".json"]
    committed = step(client, fixed.text, "commit")
    assert committed.status_code == 200, committed.text
    assert "3 persons imported from fixed.csv" in committed.text
    ids = re.findall(r'href="/persons/(\w+)"', committed.text)
    assert len(ids) == 3 and client.get(f"/persons/{ids[0]}").status_code == 200
    assert kept(fresh) == [".json"]  # the file is gone; its result answers a retry
    after = snapshot(fresh.store)
    retried = step(client, fixed.text, "commit")
    assert retried.status_code == 200 and re.findall(r'href="/persons/(\w+)"', retried.text) == ids
    assert snapshot(fresh.store) == after


def test_the_same_list_committed_again_changes_nothing(
    fresh_client_as: LogIn, fresh: Fresh
) -> None:
    client = fresh_client_as("mediator")
    step(client, upload(client, GOOD.encode()).text, "commit")
    after = snapshot(fresh.store)
    again = upload(client, GOOD.encode())
    previewed = step(client, again.text, "preview")
    assert "Already imported" in previewed.text
    assert step(client, again.text, "commit").status_code == 200
    assert snapshot(fresh.store) == after


def test_an_officer_imports_for_their_party(fresh_client_as: LogIn, fresh: Fresh) -> None:
    client = fresh_client_as("ua_officer")
    body = persons_csv(2, origin="RU", seed=12).encode()
    mapped = upload(client, body)
    assert "Submitted by UA, your party" in mapped.text and 'name="submitted_by"' not in mapped.text
    held_by_ua = {"origin_party": "RU", "holding_party": "UA", "submitted_by": ""}
    assert step(client, mapped.text, "commit", **held_by_ua).status_code == 200
    before = snapshot(fresh.store)
    mapped = upload(client, persons_csv(2, origin="RU", seed=13).encode())
    refused = step(
        client, mapped.text, "preview", origin_party="RU", holding_party="TR", submitted_by=""
    )
    assert (
        refused.status_code == 422
        and "their party holds or asks for (list.csv, row 2)" in refused.text
    )
    assert snapshot(fresh.store) == before


@pytest.mark.parametrize(
    ("name", "body", "reason"),
    [
        ("empty.csv", b"", "file is empty"),
        ("binary.csv", bytes(range(256)) * 4, "NUL bytes"),
        ("list.xlsx", b"PK\x03\x04 not really a workbook", "not a valid XLSX file"),
        ("list.pdf", b"%PDF-1.7", "upload a .csv or .xlsx file"),
        ("big.csv", GOOD.encode() * (2**20 // len(GOOD.encode()) + 1), "larger than 1 MiB"),
    ],
)
def test_a_bad_file_is_refused_with_the_reason_and_not_kept(
    fresh_client_as: LogIn, fresh: Fresh, name: str, body: bytes, reason: str
) -> None:
    client = fresh_client_as("mediator")
    before = snapshot(fresh.store)
    answer = upload(client, body, name)
    assert answer.status_code == 422 and reason in answer.text, answer.text
    assert 'id="problems"' in answer.text and 'id="upload-form"' in answer.text
    assert kept(fresh) == [] and snapshot(fresh.store) == before


def test_a_cp1251_list_is_read_with_its_names_intact(fresh_client_as: LogIn) -> None:
    client = fresh_client_as("mediator")
    mapped = upload(client, GOOD.encode("cp1251"))
    assert mapped.status_code == 200
    surname = GOOD.splitlines()[1].split(",")[0]
    assert f"<td>{surname}</td>" in mapped.text
    committed = step(client, mapped.text, "commit")
    assert f">{surname} " in committed.text


def test_a_list_without_rows_offers_nothing_to_commit(fresh_client_as: LogIn) -> None:
    client = fresh_client_as("mediator")
    mapped = upload(client, GOOD.splitlines()[0].encode() + b"\n")
    previewed = step(client, mapped.text, "preview")
    assert "no rows to import" in previewed.text and 'id="commit-form"' not in previewed.text


def test_an_xlsx_list_goes_through_the_same_steps(fresh_client_as: LogIn, tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(GOOD)))
    write_table(tmp_path / "list.xlsx", rows[0], rows[1:])
    client = fresh_client_as("mediator")
    mapped = upload(client, (tmp_path / "list.xlsx").read_bytes(), "list.xlsx")
    assert mapped.status_code == 200 and "list.xlsx" in mapped.text
    assert "3 rows would be imported" in step(client, mapped.text, "preview").text


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"column": ["Прізвище", "Nope"], "field": ["surname", "given_name"]}, "Nope", "not found"),
        ({"Прізвище": "nickname"}, "nickname", "not a person field"),
        ({"Ім'я": "surname"}, "surname", "chosen for both"),
        ({"Прізвище": ""}, "surname", "required"),
        ({"submitted_by": ""}, "submitted_by", "a mediator names the party"),
    ],
)
def test_a_bad_mapping_is_named_and_writes_nothing(
    fresh_client_as: LogIn, fresh: Fresh, changes: dict[str, str], field: str, reason: str
) -> None:
    client = fresh_client_as("mediator")
    mapped = upload(client, GOOD.encode())
    before = snapshot(fresh.store)
    for action in ("preview", "commit"):
        answer = step(client, mapped.text, action, **changes)
        assert answer.status_code == 422, answer.text
        assert f"<td>{field}</td>" in answer.text and reason in answer.text
    assert snapshot(fresh.store) == before


def test_a_step_needs_this_sessions_own_upload(fresh_client_as: LogIn) -> None:
    mine, theirs = fresh_client_as("mediator"), fresh_client_as("ua_officer")
    mapped = upload(mine, GOOD.encode())
    gone = step(theirs, mapped.text, "preview")
    assert gone.status_code == 410 and "upload the file again" in gone.text
    newer = upload(mine, GOOD.encode("cp1251"))
    assert step(mine, mapped.text, "preview").status_code == 410  # replaced by the newer one
    assert step(mine, newer.text, "preview").status_code == 200
    assert mine.post("/import/..%2F..%2Fetc/preview", headers=csrf(mine)).status_code in (404, 410)


def test_a_commit_that_another_submit_finished_takes_its_result(tmp_path: Path) -> None:
    uploads = Uploads(tmp_path, limit=1000)
    stale = uploads.save("amira", "list.csv", io.BytesIO(GOOD.encode()))
    uploads.finish(stale, {"imported": 3, "person_ids": ["a", "b", "c"]})  # the other submit
    wiring = SimpleNamespace(uploads=uploads, read_table=None)
    request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(wiring=wiring)))
    nobody = SimpleNamespace()  # a second import would fail: the registry is not there
    found = imports._commit(request, nobody, stale, imports.Choices([], [], {}, None))
    assert found.result == {"imported": 3, "person_ids": ["a", "b", "c"]}
