"""Serving the two stand-ins in process, through httpx.

:class:`SandboxTransport` hands requests straight to the ASGI app (a
dropped-connection fault surfaces as ``httpx.RemoteProtocolError``, as it would
on a socket), on the caller's event loop or, once a :class:`BackgroundLoop`
serves the sandbox, on that loop in its own thread (the GUI's demo mode: the
stand-ins' work never runs on the window's loop). Over loopback HTTP is
:mod:`incadea_desk.sandbox.loopback`.
"""

from __future__ import annotations

import asyncio
import threading

import httpx
from starlette.types import ASGIApp

from incadea_desk.sandbox.faults import ConnectionDropped

STARTUP_TIMEOUT_S = 10.0


class SandboxTransport(httpx.ASGITransport):
    """``httpx.ASGITransport`` that turns an injected connection drop into a transport error."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except ConnectionDropped as exc:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a complete response.", request=request
            ) from exc


class BackgroundLoop:
    """A private event loop in a daemon thread, on which in-process transports run
    the stand-ins' ASGI apps; the caller's loop only waits for the answers."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="incadea-desk-sandbox-loop", daemon=True
        )
        self._thread.start()

    def transport(self, app: ASGIApp) -> httpx.AsyncBaseTransport:
        return _ThreadedTransport(SandboxTransport(app=app), self._loop)

    def stop(self) -> None:
        """Stop the loop once what it runs now has ended; safe to call twice."""
        if self._loop.is_closed():
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(STARTUP_TIMEOUT_S)
        self._loop.close()


class _ThreadedTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: SandboxTransport, loop: asyncio.AbstractEventLoop) -> None:
        self._inner = inner
        self._loop = loop

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._loop.is_closed():
            raise httpx.ConnectError("The sandbox has stopped.", request=request)
        answer = asyncio.run_coroutine_threadsafe(
            self._inner.handle_async_request(request), self._loop
        )
        try:
            return await asyncio.wrap_future(answer)
        except asyncio.CancelledError:
            answer.cancel()
            raise
