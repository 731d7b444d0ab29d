"""Every endpoint against every role, through HTTP; and no observer ever sees a person.

Each role gets its own ledger and runs the cases in order (reads, then writes), so a
write that succeeds for one role never changes what another role's case meets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.api.conftest import PERSONAL, ROLES, Api

S1, RU_UA = "A1-X1-S1", "A1/pow/RU>UA"
V = "/api/v1"


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    path: str
    # Expected status for mediator, UA officer, RU officer, observer.
    expected: tuple[int, int, int, int]
    json: dict[str, Any] | None = None
    upload: str | None = None  # "manifest" or "persons": a multipart CSV upload


def cases(api: Api) -> list[Case]:
    ru0, ru1 = api.small.ru_held[0], api.small.ru_held[1]
    everyone, mediator = (200, 200, 200, 200), (200, 403, 403, 403)
    created = (201, 403, 403, 403)
    return [
        Case("parties", "GET", "/parties", everyone),
        Case("agreements", "GET", "/agreements", everyone),
        Case("balance", "GET", "/agreements/A1/balance", everyone),
        Case("discrepancies", "GET", "/agreements/A1/discrepancies", everyone),
        Case("persons", "GET", "/persons?limit=10", (200, 200, 200, 403)),
        Case("search", "GET", "/persons/search?q=Kovalenko", (200, 200, 200, 403)),
        Case("person", "GET", f"/persons/{ru0}", (200, 404, 200, 403)),
        Case("matches", "GET", "/matches", mediator),
        Case("journal", "GET", "/journal/events?limit=5", mediator),
        Case("verify", "GET", "/journal/verify", everyone),
        Case("me", "GET", "/auth/me", everyone),
        Case("add party", "POST", "/parties", created, {"code": "PL", "kind": "observer"}),
        Case(
            "add agreement",
            "POST",
            "/agreements",
            created,
            {"ref": "A2", "parties": ["UA", "RU"], "quotas": ["pow:RU>UA:1"]},
        ),
        Case("open exchange", "POST", "/exchanges", created, {"agreement": "A1", "ref": "X2"}),
        Case("schedule", "POST", "/exchanges/A1-X1/stages", created, {"ref": "S9"}),
        Case(
            "register person",
            "POST",
            "/persons",
            (201, 403, 201, 403),
            {
                "fields": {
                    "kind": "pow",
                    "origin_party": "UA",
                    "holding_party": "RU",
                    "surname": "Мороз",
                },
                "submitted_by": "RU",
            },
        ),
        Case(
            "preview import",
            "POST",
            "/persons/import/preview",
            (200, 403, 200, 403),
            upload="persons",
        ),
        Case("import persons", "POST", "/persons/import", (200, 403, 200, 403), upload="persons"),
        Case(
            "import manifest",
            "POST",
            f"/stages/{S1}/manifests/import",
            (200, 403, 200, 403),
            upload="manifest",
        ),
        Case(
            "manifest",
            "POST",
            f"/stages/{S1}/manifests",
            (200, 403, 200, 403),
            {"quota": RU_UA, "count": 3},
        ),
        Case(
            "approve",
            "POST",
            f"/stages/{S1}/approvals",
            (200, 403, 200, 403),
            {"quota": RU_UA, "party": "RU"},
        ),
        Case("transit", "POST", f"/stages/{S1}/transit", (200, 403, 200, 403), {"quota": RU_UA}),
        Case(
            "handover",
            "POST",
            f"/stages/{S1}/handovers",
            (200, 403, 200, 403),
            {"quota": RU_UA, "count": 3},
        ),
        Case(
            "receipt",
            "POST",
            f"/stages/{S1}/receipts",
            (200, 200, 403, 403),
            {"quota": RU_UA, "count": 2},
        ),
        Case(
            "status", "POST", f"/persons/{ru0}/status", (200, 404, 200, 403), {"status": "released"}
        ),
        Case("disclose", "POST", "/disclosures", mediator, {"party": "UA", "person_ids": [ru1]}),
        Case("decide", "POST", "/matches/nope/decision", (404, 403, 403, 403), {"accept": True}),
    ]


def call(api: Api, role: str, case: Case) -> httpx.Response:
    headers = api.headers(role)
    if case.upload == "persons":
        body = "kind,origin_party,holding_party,surname\npow,UA,RU,Кравець\n".encode()
        return api.client.post(
            V + case.path,
            headers=headers,
            data={"submitted_by": "RU"},
            files={"file": ("held.csv", body, "text/csv")},
        )
    if case.upload == "manifest":
        body = f"person_id\n{api.small.ru_held[1]}\n".encode()
        return api.client.post(
            V + case.path,
            headers=headers,
            data={"quota": RU_UA, "column": "person_id"},
            files={"file": ("day1.csv", body, "text/csv")},
        )
    return api.client.request(case.method, V + case.path, headers=headers, json=case.json)


@pytest.mark.parametrize("role", ROLES)
def test_endpoint_role_matrix(api: Api, role: str) -> None:
    column = ROLES.index(role)
    got = {c.name: call(api, role, c) for c in cases(api)}
    wrong = {
        name: (r.status_code, r.text[:200])
        for name, r in got.items()
        if r.status_code != next(c for c in cases(api) if c.name == name).expected[column]
    }
    assert not wrong
    if role == "observer":
        for name, response in got.items():
            leaked = [p for p in PERSONAL if p in response.text]
            assert not leaked, f"{name} showed {leaked} to an observer"


def test_observer_cannot_reach_personal_records_any_way(api: Api) -> None:
    observer = api.headers("observer")
    for path in (
        "/persons",
        f"/persons/{api.extra_person}",
        "/persons/search?q=Гнатюк",
        "/journal/events",
        "/matches",
    ):
        response = api.client.get(V + path, headers=observer)
        assert response.status_code == 403
        assert not [p for p in PERSONAL if p in response.text]


def test_officer_sees_own_party_records_only(api: Api) -> None:
    ua = api.client.get(V + "/persons", headers=api.headers("ua_officer")).json()
    assert {p["person_id"] for p in ua["items"]} == set(api.small.ua_held)
    found = api.client.get(V + "/persons/search?q=Kovalenko", headers=api.headers("ua_officer"))
    assert found.json()["items"] == []
