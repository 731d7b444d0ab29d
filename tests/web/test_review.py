"""Match review over TestClient: mediators only, CSRF on decisions, the next pair in reply."""

from __future__ import annotations

import re

from tests.web.conftest import LogIn


def _candidate(html: str) -> str:
    found = re.search(r'data-candidate="([^"]+)"', html)
    assert found, html
    return found.group(1)


def test_only_mediators_review(client_as: LogIn) -> None:
    assert client_as("observer").get("/review").status_code == 403
    assert client_as("ua_officer").get("/review").status_code == 403
    assert 'href="/review"' not in client_as("ua_officer").get("/").text


def test_review_page_shows_the_pair_side_by_side(client_as: LogIn) -> None:
    page = client_as("mediator").get("/review").text
    assert 'class="left-record"' in page and 'class="right-record"' in page
    assert "Probability" in page and "prior" in page  # the contributions start with the prior
    assert 'src="/static/review.js"' in page


def test_a_decision_needs_the_csrf_token(client_as: LogIn) -> None:
    client = client_as("mediator")
    candidate = _candidate(client.get("/review").text)
    refused = client.post(f"/review/{candidate}", data={"accept": "false"})
    assert refused.status_code == 403
    token = client.get("/api/v1/auth/me").json()["csrf_token"]
    answer = client.post(
        f"/review/{candidate}", data={"accept": "false"}, headers={"X-CSRF-Token": token}
    )
    assert answer.status_code == 200
    assert "rejected" in answer.text and "<html" not in answer.text
    assert _candidate(client.get("/review").text) != candidate
    again = client.post(
        f"/review/{candidate}", data={"accept": "true"}, headers={"X-CSRF-Token": token}
    )
    assert again.status_code == 409 and "already rejected" in again.text
