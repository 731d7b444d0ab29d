"""The login limiter counts failures per name and client in a sliding window."""

from __future__ import annotations

import time

from parley.api.security import LoginLimiter


def test_limit_applies_per_name_and_client_and_expires() -> None:
    limiter = LoginLimiter(failures=2, window_s=0.2)
    for _ in range(2):
        limiter.failed("olena", "10.0.0.1")
    assert limiter.blocked("olena", "10.0.0.1")
    assert not limiter.blocked("olena", "10.0.0.2")
    assert not limiter.blocked("amira", "10.0.0.1")
    time.sleep(0.25)
    assert not limiter.blocked("olena", "10.0.0.1")


def test_success_clears_the_count() -> None:
    limiter = LoginLimiter(failures=2)
    limiter.failed("olena", "c")
    limiter.succeeded("olena", "c")
    limiter.failed("olena", "c")
    assert not limiter.blocked("olena", "c")
