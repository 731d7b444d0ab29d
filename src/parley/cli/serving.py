"""Serving the web UI and the API with uvicorn, on a socket bound before anything else runs.

Binding first makes a taken port a clear error at once (before `parley demo` rebuilds its
ledger, which another demo may be serving), and leaves no moment between the check and
the server's start in which another process could take the port.
"""

from __future__ import annotations

import errno
import socket
from typing import Any

from parley.errors import InputError, Problem


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on host:port, or an InputError that says what to change."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family)
    except OSError as exc:
        where = f"{host}:{port}"
        if exc.errno == errno.EADDRINUSE:
            reason = f"{where} is in use: stop what listens there, or choose another --port"
        else:
            reason = f"cannot listen on {where}: {exc.strerror or exc}"
        raise InputError(Problem(reason, field="port")) from None


def address(host: str, port: int) -> str:
    """The URL a browser opens for host:port."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def serve(app: Any, sock: socket.socket, host: str, port: int, **options: Any) -> None:
    """Serve `app` on `sock` until Ctrl-C or SIGTERM; `options` go to uvicorn's Config."""
    # Imported here so that other commands do not pay for loading the server.
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, **options))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # uvicorn shuts down gracefully, then raises the Ctrl-C again for its caller
    finally:
        sock.close()
