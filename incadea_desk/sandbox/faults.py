"""Fault injection shared by both stand-ins.

Each app owns one :class:`FaultBox`; its settings can be given at construction
or replaced at run time through ``POST /_sandbox/faults``. The
:class:`FaultMiddleware` applies the transport-level faults (latency, 503s,
429 bursts, slow drip, dropped connections) to every request outside
``/_sandbox/`` and any other exempt prefix; the apps apply schema drift and
concurrent edits themselves because those need to know the entities.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# empty_expanded_lines: an expanded serviceLines comes back [] although the order has
# lines, as microsoft/AL#8179 reports for Business Central's nested expands.
DriftKind = Literal["missing_optional", "extra_field", "wrong_type", "empty_expanded_lines"]

ErrorFactory = Callable[[int, dict[str, str], str | None], Response]
"""Builds an app's error response for a status (429, 500, 503, 504, ...) with extra
headers and the app's error code (``None``: the app's own for that status)."""

DRIP_CHUNK_BYTES = 64


class FaultSettings(BaseModel):
    """What goes wrong, and how often. All zero / ``None`` means a healthy system."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    latency_ms: float = Field(0, ge=0, le=60_000, description="fixed delay before every answer")
    jitter_ms: float = Field(0, ge=0, le=60_000, description="extra random delay, 0..jitter_ms")
    error_rate: float = Field(0, ge=0, le=1, description="share of requests answered with an error")
    error_status: Literal[401, 403, 404, 405, 408, 410, 413, 500, 503, 504] | None = Field(
        None, description="status for error_rate; None: 503 on Incadea, 500 on Claire"
    )
    error_code: str | None = Field(
        None,
        max_length=100,
        description="the system's error code in those answers (Internal_TenantUnavailable, "
        "Authorization_InsufficientPermissions, api_key_revoked, ...); None: its own",
    )
    throttle_count: int = Field(0, ge=0, description="the next N requests get 429")
    retry_after_s: int | None = Field(None, ge=0, description="Retry-After on those 429s, or none")
    drip_delay_ms: float = Field(
        0, ge=0, le=60_000, description="answer in 64-byte chunks with this pause before each"
    )
    drop_rate: float = Field(0, ge=0, le=1, description="share of connections dropped mid-answer")
    drift: DriftKind | None = Field(None, description="schema drift in entity JSON")
    concurrent_edits: int = Field(
        0, ge=0, description="the next N writes find the entity just changed by another user"
    )
    page_cap: int | None = Field(
        None,
        ge=1,
        description="pages hold at most this many entities, smaller than a client asks for",
    )


class FaultBox:
    """The live fault settings of one app, with the random stream that decides each request."""

    def __init__(self, settings: FaultSettings | None, seed: int) -> None:
        self.settings = settings or FaultSettings()
        self.rng = random.Random(seed)

    def replace(self, settings: FaultSettings) -> None:
        self.settings = settings

    async def endpoint(self, request: Request) -> Response:
        """``/_sandbox/faults``: GET shows the settings, POST replaces them."""
        if request.method == "POST":
            try:
                self.replace(FaultSettings.model_validate_json(await request.body() or b"{}"))
            except ValidationError as exc:
                return JSONResponse(
                    {"error": "invalid_faults", "message": str(exc)}, status_code=400
                )
        return JSONResponse(self.settings.model_dump())

    def take_concurrent_edit(self) -> bool:
        """Consume one pending concurrent edit, if any."""
        if self.settings.concurrent_edits > 0:
            self.settings.concurrent_edits -= 1
            return True
        return False


class ConnectionDropped(Exception):
    """Raised after the status line so the server closes the connection mid-answer."""


class _DropFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, ConnectionDropped | ClientDisconnect)


def silence_dropped_connection_logs() -> None:
    """Keep uvicorn from logging a dropped connection as an application error.

    Both an intended drop and a client that goes away mid-request (a window
    closed while an import was on its way) are normal for a server.
    """
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _DropFilter) for f in logger.filters):
        logger.addFilter(_DropFilter())


class FaultMiddleware:
    """ASGI middleware that injects the transport-level faults of a :class:`FaultBox`."""

    def __init__(
        self,
        app: ASGIApp,
        box: FaultBox,
        error_response: ErrorFactory,
        default_error_status: int,
        exempt_prefixes: tuple[str, ...] = ("/_sandbox/",),
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.app = app
        self.box = box
        self.error_response = error_response
        self.default_error_status = default_error_status
        self.exempt_prefixes = exempt_prefixes
        self.sleep = sleep

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope["path"]).startswith(self.exempt_prefixes):
            await self.app(scope, receive, send)
            return
        faults = self.box.settings
        rng = self.box.rng
        delay_ms = faults.latency_ms + (rng.uniform(0, faults.jitter_ms) if faults.jitter_ms else 0)
        if delay_ms:
            await self.sleep(delay_ms / 1000)
        if faults.throttle_count > 0:
            faults.throttle_count -= 1
            headers = {}
            if faults.retry_after_s is not None:
                headers["Retry-After"] = str(faults.retry_after_s)
            await self.error_response(429, headers, None)(scope, receive, send)
            return
        if faults.error_rate and rng.random() < faults.error_rate:
            status = faults.error_status or self.default_error_status
            await self.error_response(status, {}, faults.error_code)(scope, receive, send)
            return
        if faults.drop_rate and rng.random() < faults.drop_rate:
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", b"512"),
                    ],
                }
            )
            raise ConnectionDropped("sandbox fault: connection dropped")
        if faults.drip_delay_ms:
            await self._drip(scope, receive, send, faults.drip_delay_ms / 1000)
            return
        await self.app(scope, receive, send)

    async def _drip(self, scope: Scope, receive: Receive, send: Send, pause: float) -> None:
        """Send the app's answer a few bytes at a time until done or the client goes away."""
        start: Message | None = None
        body = bytearray()

        async def collect(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))

        await self.app(scope, receive, collect)
        assert start is not None
        gone = asyncio.Event()

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            gone.set()

        watcher = asyncio.create_task(watch())
        try:
            await send(start)
            for offset in range(0, len(body), DRIP_CHUNK_BYTES):
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(gone.wait(), pause)
                if gone.is_set():
                    return
                chunk = bytes(body[offset : offset + DRIP_CHUNK_BYTES])
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            watcher.cancel()
