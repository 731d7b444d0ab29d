"""What the browser tests share: uvicorn in a thread, Debian's Chromium, a logged-in tab.

Each page visited is saved as a screenshot under test-artifacts/web/. Under CI=true a
missing Chromium fails the tests instead of skipping them.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from playwright import sync_api

from tests.web.conftest import PASSWORD, USERS

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


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """Run `app` under uvicorn on 127.0.0.1 (a free port, in a thread); yield its URL."""
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


@contextmanager
def chromium() -> Iterator[sync_api.Browser]:
    """Debian's Chromium through Playwright (skipped when missing, except under CI)."""
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
        base_url: str,
        role: str,
        viewport: dict[str, int],
        *,
        shots: bool = True,
    ):
        self.role, self.base_url = role, base_url
        self.shots = shots  # one set of screenshots (SQLite's) is enough
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


def logged_in(
    browser: sync_api.Browser,
    base_url: str,
    role: str,
    viewport: dict[str, int],
    *,
    shots: bool = True,
) -> Session:
    """A tab of `role`, logged in and on the dashboard."""
    session = Session(browser, base_url, role, viewport, shots=shots)
    session.log_in()
    session.page.wait_for_url(f"{base_url}/")
    return session


def follow(page: sync_api.Page, selector: str) -> None:
    """Click a link and wait until the new page has loaded (its scripts included)."""
    with page.expect_navigation():
        page.click(selector)
