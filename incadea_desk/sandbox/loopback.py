"""Serving the two stand-ins over loopback HTTP.

uvicorn serves each app on 127.0.0.1: :func:`serve_loopback` runs both servers
as tasks of the current event loop (the CLI), :class:`LoopbackThread` runs them
on a private loop in a background thread (test fixtures and benchmarks). The
demo window serves them in process (:mod:`incadea_desk.sandbox.serve`) and never
imports uvicorn.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import AsyncIterator, Generator
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING

import uvicorn
from starlette.types import ASGIApp

from incadea_desk.sandbox.faults import silence_dropped_connection_logs
from incadea_desk.sandbox.serve import STARTUP_TIMEOUT_S

if TYPE_CHECKING:
    from incadea_desk.sandbox import Sandbox

LOOPBACK_HOST = "127.0.0.1"


@dataclass(frozen=True)
class LoopbackUrls:
    """Where the loopback servers listen: the DMS server's root, Claire's, and the
    DMS's sign-in authority (the DMS server itself unless the sandbox has its own)."""

    incadea_base_url: str
    claire_base_url: str
    authority_url: str = ""

    @property
    def sign_in_url(self) -> str:
        return self.authority_url or self.incadea_base_url


class _Server(uvicorn.Server):
    """A uvicorn server that leaves signal handling to its owner and reports readiness."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self.ready.set()


def _bind(port: int) -> socket.socket:
    # proto must be IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted
    # connections only then, and without it every keep-alive answer waits
    # ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((LOOPBACK_HOST, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


def _server(app: ASGIApp) -> _Server:
    config = uvicorn.Config(
        app,
        log_config=None,
        log_level="warning",
        access_log=False,
        lifespan="off",
        http="h11",
        ws="none",
        loop="asyncio",
        timeout_graceful_shutdown=2,
        timeout_keep_alive=5,
    )
    return _Server(config)


def _bind_pair(port: int, claire_port: int | None, authority: bool) -> list[socket.socket]:
    """Bind Incadea on ``port``, Claire on ``claire_port`` (default ``port + 1`` or
    ephemeral), and with ``authority`` the sign-in authority on ``port + 2`` or ephemeral."""
    ports = [port, claire_port if claire_port is not None else (port + 1 if port else 0)]
    if authority:
        ports.append(port + 2 if port else 0)
    sockets: list[socket.socket] = []
    try:
        for number in ports:
            sockets.append(_bind(number))
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


def _apps(sandbox: Sandbox) -> list[ASGIApp]:
    apps = [sandbox.incadea_app, sandbox.claire_app]
    if sandbox.separate_authority:
        apps.append(sandbox.authority_app)
    return apps


def _urls(sockets: list[socket.socket]) -> LoopbackUrls:
    authority = _url(sockets[2]) if len(sockets) > 2 else ""
    return LoopbackUrls(_url(sockets[0]), _url(sockets[1]), authority)


def _url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{host}:{port}"


@contextlib.asynccontextmanager
async def serve_loopback(
    sandbox: Sandbox, port: int = 0, claire_port: int | None = None
) -> AsyncIterator[LoopbackUrls]:
    """Serve both stand-ins on 127.0.0.1 from the running event loop until the block ends."""
    silence_dropped_connection_logs()
    sockets = _bind_pair(port, claire_port, sandbox.separate_authority)
    urls = _urls(sockets)
    servers = [_server(app) for app in _apps(sandbox)]
    tasks = [
        asyncio.create_task(server.serve(sockets=[sock]))
        for server, sock in zip(servers, sockets, strict=True)
    ]
    try:
        while not all(server.started for server in servers):
            done = [task for task in tasks if task.done()]
            if done:
                done[0].result()
                raise RuntimeError("the sandbox server stopped during startup")
            await asyncio.sleep(0.01)
        yield urls
    finally:
        for server in servers:
            server.should_exit = True
        await asyncio.gather(*tasks, return_exceptions=True)
        for sock in sockets:
            sock.close()


class LoopbackThread:
    """Both stand-ins served on 127.0.0.1 by a background thread with its own event loop.

    Use as a context manager, or call :meth:`start` and :meth:`stop`.
    """

    def __init__(self, sandbox: Sandbox, port: int = 0, claire_port: int | None = None) -> None:
        self.sandbox = sandbox
        self.port = port
        self.claire_port = claire_port
        self._servers: list[_Server] = []
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self.urls: LoopbackUrls | None = None

    def start(self) -> LoopbackUrls:
        silence_dropped_connection_logs()
        sockets = _bind_pair(self.port, self.claire_port, self.sandbox.separate_authority)
        self.urls = _urls(sockets)
        self._servers = [_server(app) for app in _apps(self.sandbox)]

        async def run() -> None:
            await asyncio.gather(
                *(
                    server.serve(sockets=[sock])
                    for server, sock in zip(self._servers, sockets, strict=True)
                )
            )

        def main() -> None:
            try:
                asyncio.run(run())
            except BaseException as exc:
                self._error = exc
            finally:
                for sock in sockets:
                    sock.close()
                for server in self._servers:
                    server.ready.set()

        self._thread = threading.Thread(target=main, name="incadea-desk-sandbox", daemon=True)
        self._thread.start()
        for server in self._servers:
            if not server.ready.wait(STARTUP_TIMEOUT_S) or self._error is not None:
                self.stop()
                raise RuntimeError("the sandbox servers did not start") from self._error
        return self.urls

    def stop(self) -> None:
        for server in self._servers:
            server.should_exit = True
        if self._thread is not None:
            self._thread.join(STARTUP_TIMEOUT_S)
            self._thread = None

    def __enter__(self) -> LoopbackUrls:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
