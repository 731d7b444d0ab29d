"""The pages over TestClient: each role sees what the services give it, and nothing more."""

from __future__ import annotations

import pytest

from tests.web.conftest import Demo, LogIn

PAGES = (
    "/",
    "/charts",
    "/journal",
    "/agreements/IST-1",
    "/stages/IST-1-D1",
    "/agreements/IST-1/claims",
)


@pytest.mark.parametrize("path", [*PAGES, "/persons", "/import", "/charts/data.json"])
def test_pages_need_a_login(client_as: LogIn, path: str) -> None:
    answer = client_as(None).get(path)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login"


def test_login_page_has_the_form_and_no_inline_script(client_as: LogIn) -> None:
    page = client_as(None).get("/login")
    assert page.status_code == 200
    assert 'id="login-form"' in page.text and 'action="/api/v1/auth/login"' in page.text
    assert "<script>" not in page.text and "<style" not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


@pytest.mark.parametrize("role", ["mediator", "ua_officer", "observer"])
@pytest.mark.parametrize("path", PAGES)
def test_every_role_sees_the_aggregate_pages(client_as: LogIn, role: str, path: str) -> None:
    page = client_as(role).get(path)
    assert page.status_code == 200, page.text
    assert "<script>" not in page.text


def test_dashboard_shows_progress_and_discrepancies(client_as: LogIn) -> None:
    page = client_as("observer").get("/").text
    assert "IST-1" in page and "REMAINS-2025" in page
    assert "<progress" in page and "Open discrepancies" in page
    assert 'hx-get="/partials/progress"' in page
    assert "Recent events" not in page  # the journal's events are for mediators


def test_mediator_dashboard_lists_recent_events(client_as: LogIn) -> None:
    page = client_as("mediator").get("/").text
    assert "Recent events" in page and "amira (mediator)" in page


def test_progress_partial_is_a_fragment(client_as: LogIn) -> None:
    part = client_as("observer").get("/partials/progress").text
    assert "<progress" in part and "<html" not in part


def test_chart_data_is_aggregate_series(client_as: LogIn) -> None:
    data = client_as("observer").get("/charts/data.json").json()
    assert data["labels"] == sorted(data["labels"]) and len(data["labels"]) > 3
    directions = {s["label"] for s in data["timeline"]}
    assert {"RU → UA", "UA → RU"} <= directions
    for series in data["balance"]:
        assert series["data"] == sorted(series["data"])  # a running total never falls


def test_stage_page_puts_handover_beside_receipt(client_as: LogIn) -> None:
    page = client_as("observer").get("/stages/IST-1-D1").text
    assert 'class="handover"' in page and 'class="receipt"' in page
    assert "approved by" in page


def test_journal_page_shows_verification_and_head(client_as: LogIn) -> None:
    page = client_as("observer").get("/journal").text
    assert "Verified" in page and 'id="head-hash"' in page
    assert "Latest events" not in page


def test_observer_sees_no_names_anywhere(client_as: LogIn, demo: Demo) -> None:
    client = client_as("observer")
    for path in (*PAGES, "/charts/data.json", "/partials/progress"):
        text = client.get(path).text
        assert demo.ua_name not in text and demo.ru_name not in text, path
    assert 'href="/persons"' not in client.get("/").text
    assert client.get("/persons", params={"q": demo.ua_name}).status_code == 403
    assert client.get(f"/persons/{demo.ua_person}").status_code == 403


def test_search_finds_across_scripts(client_as: LogIn, demo: Demo) -> None:
    client = client_as("mediator")
    page = client.get("/persons", params={"q": demo.ua_name}).text
    assert demo.ua_person in page
    part = client.get("/partials/persons", params={"q": demo.ua_name}).text
    assert demo.ua_person in part and "<html" not in part


def test_officer_sees_own_party_persons_only(client_as: LogIn, demo: Demo) -> None:
    client = client_as("ua_officer")
    assert demo.ua_person in client.get("/persons", params={"q": demo.ua_name}).text
    assert demo.ru_person not in client.get("/persons", params={"q": demo.ru_name}).text
    hidden = client.get(f"/persons/{demo.ru_person}")
    assert hidden.status_code == 404 and demo.ru_name not in hidden.text


def test_person_page_has_status_history(client_as: LogIn, demo: Demo) -> None:
    page = client_as("mediator").get(f"/persons/{demo.ua_person}").text
    assert demo.ua_name in page and 'id="history"' in page


def test_unknown_pages_answer_in_html(client_as: LogIn) -> None:
    page = client_as("mediator").get("/agreements/NOPE")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]


def test_the_api_still_answers_problem_details(client_as: LogIn) -> None:
    answer = client_as("mediator").get("/api/v1/agreements/NOPE/balance")
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/problem+json"


def test_browser_libraries_are_served_from_npm(client_as: LogIn) -> None:
    client = client_as(None)
    for path in (
        "/static/vendor/htmx.org/dist/htmx.min.js",
        "/static/vendor/chart.js/dist/chart.umd.min.js",
        "/static/vendor/@picocss/pico/css/pico.min.css",
        "/static/app.js",
    ):
        assert client.get(path).status_code == 200, path


def test_claims_board_sets_each_side_beside_the_ledger(client_as: LogIn, demo: Demo) -> None:
    page = client_as("observer").get("/agreements/IST-2/claims")
    assert page.status_code == 200, page.text
    assert "6,060" in page.text and "6,057" in page.text
    assert "contradicted" in page.text or "corroborated by ledger" in page.text
    assert "Discrepancy (both can hold)" in page.text and "received 6,057" in page.text
    assert demo.ua_name not in page.text


def test_a_nul_in_a_page_address_is_refused_in_html(client_as: LogIn) -> None:
    page = client_as("mediator").get("/agreements/IST-1%00")  # a 500 on PostgreSQL once
    assert page.status_code == 422 and "text/html" in page.headers["content-type"]
