"""The web UI in a real browser: Debian's Chromium driven by Playwright, per role.

The app runs under uvicorn on 127.0.0.1 (a free port, in a thread) over the demo ledger,
once on SQLite and once on PostgreSQL. Each page visited on SQLite is saved as a
screenshot under test-artifacts/web/ (the PostgreSQL walk checks the same pages without
taking them again). Under CI=true a missing Chromium fails the tests instead of skipping
them.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright import sync_api

from parley.api import create_app
from parley.config import Settings
from parley.store.sql_store import SqlStore
from tests.web.conftest import PASSWORD, USERS, Demo

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
LAPTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(demo: Demo, hashing: None) -> Iterator[str]:
    store = SqlStore.open(demo.url, migrate=False)
    app = create_app(Settings(database_url=demo.url, secret_key="browser-test"), store=store)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; under CI the browser tests must run")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as pw:
        found = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield found
        found.close()


class Session:
    """One role's browser tab, logged in through the login form."""

    def __init__(
        self,
        browser: sync_api.Browser,
        demo: Demo,
        base_url: str,
        role: str,
        viewport: dict[str, int],
    ):
        self.role, self.base_url = role, base_url
        self.shots = demo.database == "sqlite"  # one set of screenshots is enough
        self.context = browser.new_context(viewport=viewport, base_url=base_url)
        self.page = self.context.new_page()
        self.page.set_default_timeout(20_000)  # a loaded 2-core machine is slow
        self.problems: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("response", self._response)

    def _console(self, message: sync_api.ConsoleMessage) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.problems.append(message.text)

    def _response(self, response: sync_api.Response) -> None:
        if response.status >= 400 and not response.url.endswith("/auth/login"):
            self.problems.append(f"{response.status} {response.url}")

    def log_in(self, password: str = PASSWORD) -> None:
        self.page.goto("/login")
        self.page.fill("input[name=name]", USERS[self.role][0])
        self.page.fill("input[name=password]", password)
        self.page.click("button[type=submit]")

    def shot(self, name: str, *, full_page: bool = True) -> None:
        if not self.shots:
            return
        path = ARTIFACTS / f"{self.role}-{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)

    def close(self) -> None:
        self.context.close()
        assert self.problems == [], self.problems  # e.g. a CSP violation or a script error


def _session(
    browser: sync_api.Browser, demo: Demo, base_url: str, role: str, viewport: dict[str, int]
) -> Session:
    session = Session(browser, demo, base_url, role, viewport)
    session.log_in()
    session.page.wait_for_url(f"{base_url}/")
    return session


def test_mediator_walks_every_page(browser: sync_api.Browser, base_url: str, demo: Demo) -> None:
    s = _session(browser, demo, base_url, "mediator", LAPTOP)
    page, expect = s.page, sync_api.expect
    expect(page.locator("#agreement-IST-1 progress").first).to_be_visible()
    expect(page.locator("#recent-events")).to_contain_text("amira (mediator)")
    s.shot("dashboard")
    s.shot("dashboard-viewport", full_page=False)
    _follow(page, "text=Charts")
    page.wait_for_selector("body[data-charts-ready=true]")
    s.shot("charts")
    page.goto("/agreements/IST-2")
    expect(page.locator("h2").first).to_contain_text("IST-2")
    s.shot("agreement")
    _follow(page, "text=What each side said")
    sync_api.expect(page.locator(".claims").first).to_be_visible()
    s.shot("claims")
    page.go_back()
    with page.expect_navigation():
        page.locator("a[href^='/stages/']").first.click()
    expect(page.locator(".handover").first).to_be_visible()
    expect(page.locator(".receipt").first).to_be_visible()
    s.shot("stage")
    _follow(page, "nav >> text=Persons")
    page.fill("input[type=search]", demo.ua_name)  # htmx fetches the results as one types
    page.locator(f"#results a[href='/persons/{demo.ua_person}']").click()
    expect(page.locator("#history")).to_be_visible()
    expect(page.locator("h1")).to_contain_text(demo.ua_name)
    s.shot("person")
    _follow(page, "nav >> text=Journal")
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
    s = _session(browser, demo, base_url, "mediator", LAPTOP)
    page, expect = s.page, sync_api.expect
    _follow(page, "nav >> text=Review")
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
    s = _session(browser, demo, base_url, "ua_officer", PHONE)
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
    s = _session(browser, demo, base_url, "observer", PHONE)
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
    s = Session(browser, demo, base_url, "observer", LAPTOP)
    s.log_in(password="not the password")
    sync_api.expect(s.page.locator("#login-error")).to_be_visible()
    s.problems.clear()  # the browser logs the 401 answer itself as a console error
    s.close()


def _follow(page: sync_api.Page, selector: str) -> None:
    """Click a link and wait until the new page has loaded (its scripts included)."""
    with page.expect_navigation():
        page.click(selector)


def _hex64() -> re.Pattern[str]:
    return re.compile(r"^[0-9a-f]{64}$")
