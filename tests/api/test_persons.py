"""Persons through the API: pages, filters, one record with its history, search across scripts."""

from __future__ import annotations

from tests.api.conftest import Api

V = "/api/v1"


def names(api: Api, path: str, role: str = "mediator") -> list[str]:
    response = api.client.get(V + path, headers=api.headers(role))
    assert response.status_code == 200, response.text
    return [p["names"][0]["surname"] for p in response.json()["items"]]


def test_pages_and_filters(api: Api) -> None:
    everyone = names(api, "/persons?limit=100")
    assert len(everyone) == 6
    assert names(api, "/persons?limit=2&offset=1") == everyone[1:3]
    assert set(names(api, "/persons?holding_party=UA")) == {"Иванов", "Смирнов"}
    assert names(api, "/persons?status=released") == []


def test_latin_query_finds_cyrillic_records_and_back(api: Api) -> None:
    assert names(api, "/persons/search?q=Kovalenko") == ["Коваленко"]
    assert names(api, "/persons/search?q=Ivanov Sergei") == ["Иванов"]
    assert names(api, "/persons/search?q=Hnatiuk") == ["Гнатюк"]
    fields = {"kind": "pow", "origin_party": "RU", "holding_party": "UA", "surname": "Petrov"}
    created = api.client.post(
        V + "/persons",
        headers=api.headers("mediator"),
        json={"fields": fields, "submitted_by": "UA"},
    )
    assert created.status_code == 201
    assert names(api, "/persons/search?q=Петров") == ["Petrov"]


def test_person_with_history(api: Api) -> None:
    person = api.small.ru_held[0]
    changed = api.client.post(
        V + f"/persons/{person}/status",
        headers=api.headers("ru_officer"),
        json={"status": "released", "reason": "released unilaterally"},
    )
    assert changed.json() == {"status": "released"}
    detail = api.client.get(V + f"/persons/{person}", headers=api.headers("mediator")).json()
    assert detail["person"]["status"] == "released"
    assert [(h["from_status"], h["to_status"]) for h in detail["history"]] == [("held", "released")]


def test_disclosure_lets_an_officer_see_a_record(api: Api) -> None:
    person = api.small.ru_held[0]
    ua = api.headers("ua_officer")
    assert api.client.get(V + f"/persons/{person}", headers=ua).status_code == 404
    disclosed = api.client.post(
        V + "/disclosures",
        headers=api.headers("mediator"),
        json={"party": "UA", "person_ids": [person]},
    )
    assert disclosed.json() == {"newly_disclosed": 1}
    assert api.client.get(V + f"/persons/{person}", headers=ua).status_code == 200


def test_journal_pages_with_a_cursor(api: Api) -> None:
    headers = api.headers("mediator")
    first = api.client.get(V + "/journal/events?limit=5", headers=headers).json()
    assert [e["seq"] for e in first["items"]] == [1, 2, 3, 4, 5] and first["next_after"] == 5
    second = api.client.get(V + "/journal/events?after=5&limit=5", headers=headers).json()
    assert second["items"][0]["seq"] == 6
    verified = api.client.get(V + "/journal/verify", headers=api.headers("observer")).json()
    assert verified["ok"] is True and verified["events"] > 10
