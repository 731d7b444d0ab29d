"""Errors leave the API as RFC 9457 problem details; idempotency keys replay writes."""

from __future__ import annotations

from typing import Any

import httpx

from tests.api.conftest import Api

V = "/api/v1"
PROBLEM = "application/problem+json"


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"].startswith("urn:parley:problem:")
    assert body["title"] and body["detail"]
    return body


def test_unknown_agreement_is_404(api: Api) -> None:
    body = problem(
        api.client.get(V + "/agreements/NOPE/balance", headers=api.headers("observer")), 404
    )
    assert "NOPE" in body["detail"]


def test_missing_credentials_are_401(api: Api) -> None:
    response = api.client.get(V + "/parties")
    problem(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"
    problem(api.client.get(V + "/parties", headers={"Authorization": "Bearer prl_wrong"}), 401)


def test_input_error_lists_every_problem(api: Api) -> None:
    fields = {
        "kind": "pow",
        "origin_party": "XX",
        "holding_party": "RU",
        "date_of_birth": "31.02.1990",
    }
    response = api.client.post(
        V + "/persons",
        headers=api.headers("mediator"),
        json={"fields": fields, "submitted_by": "RU"},
    )
    body = problem(response, 422)
    found = {e["field"] for e in body["errors"]}
    assert {"origin_party", "date_of_birth"} <= found
    assert set(body["errors"][0]) == {"file", "row", "field", "value", "reason"}


def test_malformed_body_is_422_with_field_paths(api: Api) -> None:
    response = api.client.post(V + "/parties", headers=api.headers("mediator"), json={"kind": 3})
    body = problem(response, 422)
    assert {"body.code", "body.kind"} <= {e["field"] for e in body["errors"]}


def test_refused_transition_and_duplicates_are_409(api: Api) -> None:
    person = api.small.ua_held[0]
    refused = api.client.post(
        V + f"/persons/{person}/status",
        headers=api.headers("mediator"),
        json={"status": "received"},
    )
    assert "held" in problem(refused, 409)["detail"]
    again = api.client.post(
        V + "/parties", headers=api.headers("mediator"), json={"code": "UA", "kind": "belligerent"}
    )
    problem(again, 409)


def test_manifest_upload_reports_every_bad_row(api: Api) -> None:
    good = api.small.ru_held[1]
    rows = f"person_id\n{good}\nnobody\n{good}\n\n".encode()
    response = api.client.post(
        V + "/stages/A1-X1-S1/manifests/import",
        headers=api.headers("mediator"),
        data={"quota": "A1/pow/RU>UA", "column": "person_id"},
        files={"file": ("day1.csv", rows, "text/csv")},
    )
    body = problem(response, 422)
    assert [(e["file"], e["row"], e["field"]) for e in body["errors"]] == [
        ("day1.csv", 3, "person_id"),
        ("day1.csv", 4, "person_id"),
    ]
    assert body["errors"][0]["value"] == "nobody"


def test_upload_of_another_format_is_refused(api: Api) -> None:
    response = api.client.post(
        V + "/stages/A1-X1-S1/manifests/import",
        headers=api.headers("mediator"),
        data={"quota": "A1/pow/RU>UA"},
        files={"file": ("list.pdf", b"%PDF", "application/pdf")},
    )
    assert problem(response, 422)["errors"][0]["field"] == "file"


def test_idempotency_key_replays_and_refuses_reuse(api: Api) -> None:
    headers = api.headers("mediator", **{"Idempotency-Key": "party-pl-1"})
    body = {"code": "PL", "kind": "observer", "names": {"en": "Poland"}}
    first = api.client.post(V + "/parties", headers=headers, json=body)
    second = api.client.post(V + "/parties", headers=headers, json=body)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json() == {"ref": "PL"}
    parties = api.client.get(V + "/parties", headers=api.headers("mediator")).json()["items"]
    assert [p["code"] for p in parties].count("PL") == 1
    other = api.client.post(V + "/parties", headers=headers, json={**body, "code": "DE"})
    assert problem(other, 409)["type"].endswith("idempotency-key-reused")


def test_idempotent_handover_counts_once(api: Api) -> None:
    headers = api.headers("mediator", **{"Idempotency-Key": "h-1"})
    for _ in range(2):
        response = api.client.post(
            V + "/stages/A1-X1-S1/handovers",
            headers=headers,
            json={"quota": "A1/pow/RU>UA", "count": 5},
        )
        assert response.json() == {"count": 5}
    balance = api.client.get(V + "/agreements/A1/balance", headers=api.headers("observer")).json()
    assert balance[0]["handed_over"] == 5
