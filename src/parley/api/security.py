"""Security headers on every response, login rate limiting, and CSRF for cookie sessions."""

from __future__ import annotations

import secrets
import time
from collections import deque

from fastapi import Request
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADERS = {
    # No inline scripts or styles anywhere; nothing may frame the ledger.
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-store",
}
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class SecurityHeaders:
    """ASGI middleware: add the security headers to every response that lacks them.

    Plain ASGI, not a function middleware: Starlette runs those through a task and a
    memory stream per request, a cost every request of the API would pay.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def new_csrf_token() -> str:
    """A fresh double-submit token, kept in the signed session and sent back by the client."""
    return secrets.token_urlsafe(32)


def csrf_ok(request: Request) -> bool:
    """Whether a cookie-authenticated request may proceed: safe, or it echoes the token."""
    if request.method in SAFE_METHODS:
        return True
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    return bool(expected and sent) and secrets.compare_digest(str(expected), sent or "")


class LoginLimiter:
    """Failed logins per (user name, client address) in a sliding window, in this process.

    Written by hand: the rate-limit libraries count requests per route, and what must be
    counted here is failures per user name and client, cleared by a success.
    """

    def __init__(self, failures: int = 5, window_s: float = 60.0) -> None:
        self.failures, self.window_s = failures, window_s
        self._seen: dict[tuple[str, str], deque[float]] = {}

    def blocked(self, name: str, client: str) -> bool:
        """True while this pair has used up its failures in the window."""
        times = self._recent((name, client))
        if not times:  # forget pairs with nothing recent, so the table does not grow
            self._seen.pop((name, client), None)
        return len(times) >= self.failures

    def failed(self, name: str, client: str) -> None:
        """Count a failed attempt."""
        self._recent((name, client)).append(time.monotonic())

    def succeeded(self, name: str, client: str) -> None:
        """Forget the failures of a pair that has now logged in."""
        self._seen.pop((name, client), None)

    def _recent(self, key: tuple[str, str]) -> deque[float]:
        times = self._seen.setdefault(key, deque())
        cutoff = time.monotonic() - self.window_s
        while times and times[0] < cutoff:
            times.popleft()
        return times
