"""Errors leave the API as RFC 9457 problem details; idempotency keys replay writes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

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


# Each of these was a 500 on PostgreSQL (text cannot hold NUL; INTEGER and BIGINT overflow),
# found by the schemathesis fuzzing in test_fuzz.py; both databases now refuse them alike.
@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("get", "/agreements/A%00/balance", None, "path.ref"),
        ("get", "/persons?kind=pow%00", None, "query.kind"),
        ("post", "/exchanges", {"agreement": "A1", "ref": "X\x00"}, "body.ref"),
        (
            "post",
            "/parties",
            {"code": "PL", "kind": "observer", "names": {"en": "\x00"}},
            "body.names.en",
        ),
        ("post", "/disclosures", {"party": "UA", "person_ids": ["a", "\x00"]}, "body.person_ids.1"),
        ("post", "/auth/login", {"name": "amira\x00", "password": "x"}, "body.name"),
    ],
)
def test_nul_characters_are_refused_where_they_are(
    api: Api, method: str, path: str, body: dict[str, Any] | None, field: str
) -> None:
    call = getattr(api.client, method)
    response = call(V + path, headers=api.headers("mediator"), **({"json": body} if body else {}))
    assert [e["field"] for e in problem(response, 422)["errors"]] == [field]


def test_nul_in_an_upload_form_field_is_refused(api: Api) -> None:
    response = api.client.post(
        V + "/stages/A1-X1-S1/manifests/import",
        headers=api.headers("mediator"),
        data={"quota": "A1/pow/RU>UA\x00"},
        files={"file": ("day1.csv", b"external_ref\nx\n", "text/csv")},
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.quota"


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/stages/A1-X1-S1/handovers", {"quota": "A1/pow/RU>UA", "count": 3_000_000_000}),
        ("/stages/A1-X1-S1/manifests", {"quota": "A1/pow/RU>UA", "count": 10**22}),
        ("/agreements", {"ref": "B1", "parties": ["UA", "RU"], "quotas": ["pow:RU>UA:9999999999"]}),
    ],
)
def test_counts_beyond_any_exchange_are_refused(api: Api, path: str, body: dict[str, Any]) -> None:
    problem(api.client.post(V + path, headers=api.headers("mediator"), json=body), 422)


def test_a_journal_cursor_beyond_any_sequence_is_refused(api: Api) -> None:
    response = api.client.get(
        V + "/journal/events?after=" + "9" * 25, headers=api.headers("mediator")
    )
    assert problem(response, 422)["errors"][0]["field"] == "query.after"


def test_an_unreadable_body_is_a_documented_400(api: Api) -> None:
    response = api.client.post(
        V + "/parties",
        headers={**api.headers("mediator"), "Content-Type": "application/json"},
        content=b"\xff\xfe{",
    )
    problem(response, 400)
    documented = api.client.app.openapi()["paths"]["/api/v1/parties"]["post"]["responses"]
    assert "400" in documented
