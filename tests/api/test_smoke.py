"""The app is built by its factory and serves its OpenAPI schema and security headers."""

from __future__ import annotations

import parley.api
from tests.api.conftest import Api


def test_public_surface() -> None:
    assert parley.api.__all__ == ["create_app"]


def test_openapi_is_served_without_authentication(api: Api) -> None:
    response = api.client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/v1/persons/search" in paths and "/api/v1/stages/{stage}/receipts" in paths


def test_every_response_carries_security_headers(api: Api) -> None:
    for response in (
        api.client.get("/api/v1/parties", headers=api.headers("observer")),
        api.client.get("/api/v1/nowhere"),
        api.client.get("/api/v1/parties"),
    ):
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert "unsafe-inline" not in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["x-frame-options"] == "DENY"


def test_openapi_documents_problem_bodies(api: Api) -> None:
    schema = api.client.get("/api/v1/openapi.json").json()
    responses = schema["paths"]["/api/v1/persons/{person_id}"]["get"]["responses"]
    assert "application/problem+json" in responses["404"]["content"]
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
