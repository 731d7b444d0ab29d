"""Importing persons through the API: the upload, its preview (writing nothing), idempotency."""

from __future__ import annotations

import dataclasses

import httpx

from tests.api.conftest import Api
from tests.api.test_problems import problem

V = "/api/v1"
HEADER = "kind,origin_party,holding_party,Прізвище,Ім'я,external_ref\n"
GOOD = HEADER + "pow,UA,RU,Кравець,Тарас,RU-10\npow,UA,RU,Савчук,Богдан,RU-11\n"
BAD = (
    HEADER + "pow,UA,RU,Кравець,Тарас,RU-10\npow,UA,XX,Савчук,Богдан,RU-11\npow,UA,RU,Лисенко,7,\n"
)
MAP = ["surname=Прізвище", "given_name=Ім'я"]


def post(
    api: Api, path: str, body: str, *, role: str = "mediator", key: str | None = None
) -> httpx.Response:
    headers = api.headers(role, **({"Idempotency-Key": key} if key else {}))
    return api.client.post(
        V + path,
        headers=headers,
        data={"map": MAP, "submitted_by": "RU"},
        files={"file": ("held.csv", body.encode("cp1251"), "text/csv")},
    )


def persons(api: Api) -> int:
    found = api.client.get(V + "/persons?limit=1000", headers=api.headers("mediator"))
    return len(found.json()["items"])


def test_preview_counts_and_writes_nothing_then_import_registers_all(api: Api) -> None:
    before = persons(api)
    preview = post(api, "/persons/import/preview", GOOD)
    assert preview.status_code == 200, preview.text
    assert preview.json() == {"would_import": 2, "already_imported": 0}
    assert persons(api) == before
    imported = post(api, "/persons/import", GOOD)
    assert imported.status_code == 200, imported.text
    assert imported.json()["imported"] == 2 and len(imported.json()["person_ids"]) == 2
    assert persons(api) == before + 2
    again = post(api, "/persons/import/preview", GOOD)
    assert again.json() == {"would_import": 0, "already_imported": 2}


def test_preview_and_import_name_every_bad_row_and_write_nothing(api: Api) -> None:
    before = persons(api)
    for path in ("/persons/import/preview", "/persons/import"):
        body = problem(post(api, path, BAD), 422)
        assert [(e["file"], e["row"], e["field"]) for e in body["errors"]] == [
            ("held.csv", 3, "holding_party"),
            ("held.csv", 4, "given_name"),
        ]
    assert persons(api) == before


def test_a_retried_import_with_its_key_changes_nothing(api: Api) -> None:
    first = post(api, "/persons/import", GOOD, key="held-1")
    after = persons(api)
    second = post(api, "/persons/import", GOOD, key="held-1")
    assert second.status_code == 200 and second.json() == first.json()
    assert persons(api) == after
    reused = post(api, "/persons/import", BAD, key="held-1")
    assert problem(reused, 409)["type"].endswith("idempotency-key-reused")


def test_an_officer_imports_for_their_own_party_only(api: Api) -> None:
    assert post(api, "/persons/import/preview", GOOD, role="ru_officer").status_code == 200
    problem(post(api, "/persons/import", GOOD, role="ua_officer"), 403)


def test_an_unknown_field_or_column_in_the_mapping_is_named(api: Api) -> None:
    for mapping, field in ((["nickname=Прізвище"], "nickname"), (["surname=Surname"], "Surname")):
        response = api.client.post(
            V + "/persons/import/preview",
            headers=api.headers("mediator"),
            data={"map": mapping, "submitted_by": "RU"},
            files={"file": ("held.csv", GOOD.encode(), "text/csv")},
        )
        assert problem(response, 422)["errors"][0]["field"] == field


def test_an_oversize_upload_is_refused(api: Api) -> None:
    app = api.client.app
    app.state.wiring = dataclasses.replace(app.state.wiring, upload_limit=1024)
    before = persons(api)
    body = problem(post(api, "/persons/import/preview", GOOD + "pow,UA,RU,Ткач,Іван,\n" * 60), 422)
    assert body["errors"][0]["field"] == "file" and "larger than" in body["errors"][0]["reason"]
    assert persons(api) == before


def test_an_unreadable_upload_names_the_users_file_not_the_servers(api: Api) -> None:
    for body in ("", "\x00binary"):
        found = problem(post(api, "/persons/import/preview", body), 422)
        assert found["errors"][0]["file"] == "held.csv"
        assert "/tmp" not in str(found) and "upload.csv" not in str(found)
