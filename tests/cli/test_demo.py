"""`parley demo` as the README runs it: build, print, then serve the web UI until Ctrl-C.

The command runs in a child process, as `bash scripts/demo` would run it, on a free port;
the test reads the demo mediator's password from the printed table, logs in over HTTP,
opens the dashboard, and stops the server with SIGINT (a Ctrl-C).
"""

from __future__ import annotations

import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from parley.cli import app

PASSWORD = r"[a-z2-9]{4}(?:-[a-z2-9]{4}){3}"
# Under a loaded machine the build alone can take a minute.
STARTUP_S = 240


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Demo:
    """A `parley demo` child process and the lines it has printed."""

    def __init__(self, db: Path, port: int) -> None:
        env = {**os.environ, "COLUMNS": "200", "PYTHONUNBUFFERED": "1"}
        command = [sys.executable, "-c", "from parley.cli import main; main()"]
        command += ["demo", "--file", str(db), "--port", str(port)]
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line)
        self._queue.put(None)

    def wait_for(self, pattern: str, timeout: float) -> re.Match[str]:
        """The first printed line matching `pattern` (read up to it), or fail with the output."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            self.lines.append(line)
            if found := re.search(pattern, line):
                return found
        pytest.fail(f"no line matched {pattern!r}; output:\n{''.join(self.lines)}")

    def stop(self) -> int:
        """Ctrl-C, and the exit status once the server has shut down."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=60)
        finally:
            if self.process.poll() is None:
                self.process.kill()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Demo, int]]:
    port = _free_port()
    running = Demo(tmp_path / "demo.db", port)
    yield running, port
    running.stop()
    assert running.process.stdout is not None
    running.process.stdout.close()


@pytest.mark.slow
def test_demo_serves_the_web_ui_until_ctrl_c(demo: tuple[Demo, int]) -> None:
    running, port = demo
    password = running.wait_for(rf"│ mediator\s+│ mediator\s+│ ({PASSWORD}) │", STARTUP_S)[1]
    url = running.wait_for(r"serving the web UI at (http://\S+)", 30)[1]
    assert url == f"http://127.0.0.1:{port}/"
    with httpx.Client(base_url=url, timeout=30) as client:
        _wait_until_up(client)
        login = client.get("/login")
        assert login.status_code == 200 and 'id="login-form"' in login.text
        me = client.post("/api/v1/auth/login", json={"name": "mediator", "password": password})
        assert me.status_code == 200, me.text
        dashboard = client.get("/")
        assert dashboard.status_code == 200
        assert "IST-1" in dashboard.text and "<progress" in dashboard.text
    assert running.stop() == 0
    running.wait_for(r"^stopped$", 30)


def _wait_until_up(client: httpx.Client) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            client.get("/login")
            return
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the web UI did not answer"
            time.sleep(0.1)


def test_a_taken_port_is_a_clear_error_before_anything_is_rebuilt(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    db.write_bytes(b"another demo's ledger")
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["demo", "--file", str(db), "--port", str(port)])
    assert result.exit_code == 1
    assert f"127.0.0.1:{port} is in use" in result.output and "--port" in result.output
    assert db.read_bytes() == b"another demo's ledger"
