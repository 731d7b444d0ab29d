"""The web UI in a real browser: Debian's Chromium driven by Playwright, per role.

The app runs under uvicorn on 127.0.0.1 (a free port, in a thread) over the demo ledger,
once on SQLite and once on PostgreSQL. Each page visited on SQLite is saved as a
screenshot under test-artifacts/web/ (`browsing.py`); the PostgreSQL walk checks the same
pages without taking them again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright import sync_api

from parley.api import create_app
from parley.config import Settings
from parley.store.sql_store import SqlStore
from tests.web.browsing import LAPTOP, PHONE, Session, chromium, follow, logged_in, serve
from tests.web.conftest import Demo

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(demo: Demo, hashing: None) -> Iterator[str]:
    store = SqlStore.open(demo.url, migrate=False)
    app = create_app(Settings(database_url=demo.url, secret_key="browser-test"), store=store)
    with serve(app) as url:
        yield url
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    with chromium() as found:
        yield found


def test_mediator_walks_every_page(browser: sync_api.Browser, base_url: str, demo: Demo) -> None:
    s = logged_in(browser, base_url, "mediator", LAPTOP, shots=demo.database == "sqlite")
    page, expect = s.page, sync_api.expect
    expect(page.locator("#agreement-IST-1 progress").first).to_be_visible()
    expect(page.locator("#recent-events")).to_contain_text("amira (mediator)")
    s.shot("dashboard")
    s.shot("dashboard-viewport", full_page=False)
    follow(page, "text=Charts")
    page.wait_for_selector("body[data-charts-ready=true]")
    s.shot("charts")
    page.goto("/agreements/IST-2")
    expect(page.locator("h2").first).to_contain_text("IST-2")
    s.shot("agreement")
    follow(page, "text=What each side said")
    sync_api.expect(page.locator(".claims").first).to_be_visible()
    s.shot("claims")
    page.go_back()
    with page.expect_navigation():
        page.locator("a[href^='/stages/']").first.click()
    expect(page.locator(".handover").first).to_be_visible()
    expect(page.locator(".receipt").first).to_be_visible()
    s.shot("stage")
    follow(page, "nav >> text=Persons")
    page.fill("input[type=search]", demo.ua_name)  # htmx fetches the results as one types
    page.locator(f"#results a[href='/persons/{demo.ua_person}']").click()
    expect(page.locator("#history")).to_be_visible()
    expect(page.locator("h1")).to_contain_text(demo.ua_name)
    s.shot("person")
    follow(page, "nav >> text=Journal")
    expect(page.locator("#verification")).to_contain_text("Verified")
    expect(page.locator("#head-hash")).to_have_text(_hex64())
    s.shot("journal")
    page.click("#logout")
    page.wait_for_url(f"{base_url}/login")
    page.goto("/")
    page.wait_for_url(f"{base_url}/login")
    s.close()


def test_mediator_reviews_pairs_with_the_keyboard(
    browser: sync_api.Browser, base_url: str, demo: Demo
) -> None:
    s = logged_in(browser, base_url, "mediator", LAPTOP, shots=demo.database == "sqlite")
    page, expect = s.page, sync_api.expect
    follow(page, "nav >> text=Review")
    pair = page.locator("[data-candidate]")
    first = pair.get_attribute("data-candidate")
    expect(page.locator(".contributions")).to_contain_text("prior")
    s.shot("review")
    page.keyboard.press("a")
    expect(page.locator("#last-decision")).to_contain_text("accepted")
    assert pair.get_attribute("data-candidate") != first
    second = pair.get_attribute("data-candidate")
    page.keyboard.press("r")
    expect(page.locator("#last-decision")).to_contain_text("rejected")
    assert pair.get_attribute("data-candidate") != second
    s.close()


def test_officer_finds_own_persons_not_the_other_sides(
    browser: sync_api.Browser, base_url: str, demo: Demo
) -> None:
    s = logged_in(browser, base_url, "ua_officer", PHONE, shots=demo.database == "sqlite")
    page, expect = s.page, sync_api.expect
    expect(page.locator("#role")).to_contain_text("officer of UA")
    s.shot("dashboard-phone")
    page.goto(f"/persons?q={demo.ua_name}")
    expect(page.locator(f"#results a[href='/persons/{demo.ua_person}']")).to_be_visible()
    page.goto(f"/persons?q={demo.ru_name}")
    expect(page.locator("#results")).to_contain_text("Nobody you may see")
    s.shot("search-phone")
    s.close()


def test_observer_sees_aggregates_and_no_names(
    browser: sync_api.Browser, base_url: str, demo: Demo
) -> None:
    s = logged_in(browser, base_url, "observer", PHONE, shots=demo.database == "sqlite")
    page, expect = s.page, sync_api.expect
    expect(page.locator("#role")).to_contain_text("aggregate figures only")
    expect(page.locator("nav >> text=Persons")).to_have_count(0)
    expect(page.locator("#recent-events")).to_have_count(0)
    s.shot("dashboard-phone")
    s.shot("dashboard-phone-viewport", full_page=False)
    for path in ("/", "/charts", "/agreements/IST-1", "/stages/IST-1-D1", "/journal"):
        page.goto(path)
        text = page.locator("body").inner_text()
        assert demo.ua_name not in text and demo.ru_name not in text, path
    page.wait_for_selector("body")
    s.shot("journal-phone")
    s.close()


def test_a_wrong_password_is_told_on_the_form(
    browser: sync_api.Browser, base_url: str, demo: Demo
) -> None:
    s = Session(browser, base_url, "observer", LAPTOP, shots=demo.database == "sqlite")
    s.log_in(password="not the password")
    sync_api.expect(s.page.locator("#login-error")).to_be_visible()
    s.problems.clear()  # the browser logs the 401 answer itself as a console error
    s.close()


def _hex64() -> re.Pattern[str]:
    return re.compile(r"^[0-9a-f]{64}$")
