"""Property-based fuzzing of the API from its own OpenAPI schema, as every role, on both databases.

Every operation the schema lists gets generated requests, valid and invalid by the schema,
sent with the API token of a mediator, a UA officer and an observer. No answer may be a
5xx, and every answer must be one the schema documents: its status code, its content type
and a body that validates against the response schema. A fuzz dictionary (schemathesis'
own, in the config below) draws path parameters, ids and quota ids from the world part of
the time, so that requests reach the handlers' deeper paths and not only their 404s, and
now and then puts an awkward string (a NUL, an overlong number) into a parameter.

The operations are driven by hand (`as_strategy` under Hypothesis' `@given`) rather than
by schemathesis' pytest plugin, whose lazily loaded schema loses pytest's parametrisation.
Examples are derandomised and bounded, so a run costs the same every time.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from parley.domain.lifecycle import Status
from tests.api.conftest import PASSWORD, USERS, Api

OPENAPI = "/api/v1/openapi.json"
# Per operation; mediators reach every handler, the others mostly their refusals.
EXAMPLES = {"mediator": 15, "ua_officer": 8, "observer": 8}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
PARTIES = ["UA", "RU", "TR"]
QUOTAS = ["pow:RU>UA:10", "remains:UA>RU:all", "prisoners:UA>RU:1/1", "civilian:RU>UA:>=5"]
QUOTA_IDS = ["A1/pow/RU>UA", "A1/pow/UA>RU", "A1/remains/RU>UA", "A1/remains/UA>RU"]
AWKWARD = ["\x00", "a\x00b", "9" * 30, "-1", " ", "..", "2025-02-30"]
PERSON = {"kind": "pow", "origin_party": "UA", "holding_party": "RU", "surname": "Мельник"}


@pytest.mark.parametrize("role", EXAMPLES)
def test_every_operation_as_every_role(api: Api, role: str) -> None:
    schema = schemathesis.openapi.from_asgi(OPENAPI, api.client.app, config=_config(api))
    schema.hook("flatmap_body")(_sometimes_a_whole_person)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} == _documented(api)
    headers = api.headers(role)
    for operation in operations:
        _fuzz(operation, headers, EXAMPLES[role])


def _fuzz(operation: schemathesis.APIOperation, headers: dict[str, str], examples: int) -> None:
    cases = operation.as_strategy(GenerationMode.POSITIVE) | operation.as_strategy(
        GenerationMode.NEGATIVE
    )

    @given(case=cases)
    @settings(
        max_examples=examples,
        phases=[Phase.generate],  # a failure is reported as found, unshrunk
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def fuzz(case: schemathesis.Case) -> None:
        case.call_and_validate(headers=headers, checks=CHECKS)

    fuzz()


def _documented(api: Api) -> set[str]:
    paths: dict[str, dict[str, Any]] = api.client.app.openapi()["paths"]
    return {f"{method.upper()} {path}" for path, ops in paths.items() for method in ops}


def _config(api: Api) -> schemathesis.Config:
    persons = [*api.small.ru_held, *api.small.ua_held, api.extra_person]
    words: dict[str, list[Any]] = {
        "refs": ["A1", "A1-X1"],
        "stages": ["A1-X1-S1"],
        "persons": persons,
        "quota_ids": QUOTA_IDS,
        "quotas": QUOTAS,
        "parties": PARTIES,
        "statuses": [s.value for s in Status],
        "kinds": ["pow", "civilian", "remains"],
        "users": [name for name, _, _ in USERS.values()],
        "passwords": [PASSWORD],
        "awkward": AWKWARD,
    }
    bind = {
        "path.ref": "refs",
        "path.stage": "stages",
        "path.person_id": "persons",
        "body.person_ids[*]": "persons",
        "body.quota": "quota_ids",
        "body.quotas[*]": "quotas",
        "body.agreement": "refs",
        "body.parties[*]": "parties",
        "body.intermediaries[*]": "parties",
        "body.party": "parties",
        "body.submitted_by": "parties",
        "body.via_party": "parties",
        "body.transit_party": "parties",
        "body.status": "statuses",
        "body.name": "users",
        "body.password": "passwords",
        "query.holding_party": "parties",
        "query.origin_party": "parties",
        "query.kind": "kinds",
        "query.status": "statuses",
    }
    return schemathesis.Config.from_dict(
        {
            "dictionaries": {name: {"values": values} for name, values in words.items()},
            "parameters": {
                where: {"dictionary": name, "probability": 0.6} for where, name in bind.items()
            },
            "generation": {
                "dictionaries": {"string": {"dictionary": "awkward", "probability": 0.05}}
            },
        }
    )


def _sometimes_a_whole_person(context: Any, body: Any) -> st.SearchStrategy[Any]:
    """A person's `fields` are free-form: lay a complete record over them half the time."""
    if isinstance(body, dict) and isinstance(body.get("fields"), dict):
        whole = {**body, "fields": {**body["fields"], **PERSON}}
        return st.sampled_from([body, whole])
    return st.just(body)
