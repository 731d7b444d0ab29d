"""Property-based fuzzing of the API from its own OpenAPI schema: no request makes a 500.

Every operation gets a fixed, derandomised number of generated requests, sent as the
mediator (who may reach every handler) to a ledger on each database. The operations are
driven by hand rather than by schemathesis' pytest plugin, which does not load under
this pytest.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.api.conftest import Api

EXAMPLES = 10


def test_no_server_errors(api: Api) -> None:
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", api.client.app)
    headers = api.headers("mediator")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 25
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def fuzz(case: schemathesis.Case) -> None:
            case.call_and_validate(headers=headers, checks=[not_a_server_error])

        fuzz()
