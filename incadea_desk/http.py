"""The HTTP layer shared by both adapters: one pooled client per remote system,
timeouts, an overall deadline per operation, bounded concurrency, retries for
requests that are safe to repeat, and the translation of every failure into
the error taxonomy of :mod:`incadea_desk.errors`.

The adapters never call ``httpx`` directly; they call :meth:`RemoteHttp.send`,
which either returns a successful response whose body has been read, or raises
a :class:`~incadea_desk.errors.RemoteError`. When and how patiently a request is
asked again is :mod:`incadea_desk.request_retries`.

Longer than most modules: the deadline and error-translation rules are one
policy that both adapters rely on, kept in one place on purpose.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import httpx
import stamina
import truststore
from pydantic import BaseModel, ConfigDict, Field

from incadea_desk.answer_reading import unreadable_message
from incadea_desk.error_reasons import REASON_KINDS, STATUS_REASONS
from incadea_desk.errors import (
    AuthenticationError,
    BadResponse,
    Conflict,
    Defect,
    ErrorInfo,
    NotFound,
    Refused,
    RemoteError,
    System,
    Throttled,
    Unavailable,
)
from incadea_desk.messages import remote_sentence
from incadea_desk.request_headers import REQUEST_ID, answer_correlation, request_headers
from incadea_desk.request_retries import (
    RETRYABLE_STATUSES,
    RetryableStatus,
    RetryListener,
    RetryPolicy,
    install_retry_logging,
    parse_retry_after,
)
from incadea_desk.request_sent import request_extensions
from incadea_desk.throttle_gate import ThrottleGate

log = logging.getLogger(__name__)

MAX_IN_FLIGHT = 4
# No answer of either system comes near this (a DMS page of 100 orders is under 1 MB);
# a larger one is read no further, so a broken server cannot fill the memory.
MAX_ANSWER_BYTES = 32 * 1024 * 1024


class AnswerTooLarge(Exception):
    """An answer grew past ``MAX_ANSWER_BYTES`` while it was read."""


_READ = httpx.ByteStream(b"")
"""The stream a response is left with once its body is read."""


class _CappedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, limit: int) -> None:
        self._inner = inner
        self._limit = limit

    async def __aiter__(self) -> AsyncIterator[bytes]:
        size = 0
        async for chunk in self._inner:
            size += len(chunk)
            if size > self._limit:
                raise AnswerTooLarge
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


async def _cap_answer(response: httpx.Response) -> None:
    """A response hook: runs before the body is read, and reads it through a cap."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_ANSWER_BYTES:
        raise AnswerTooLarge
    if isinstance(response.stream, httpx.AsyncByteStream):
        response.stream = _CappedStream(response.stream, MAX_ANSWER_BYTES)


class Timeouts(BaseModel):
    """Seconds to wait: per network phase, and for one whole operation with its retries."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    connect: float = Field(default=5.0, gt=0)
    read: float = Field(default=20.0, gt=0)
    write: float = Field(default=20.0, gt=0)
    pool: float = Field(default=10.0, gt=0)
    operation: float = Field(
        default=60.0,
        gt=0,
        description="Upper bound for one operation including retries and backoff, so a "
        "dripping or stalled answer cannot hang the screen.",
    )

    def to_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


@dataclass(frozen=True)
class Messages:
    """The advisor's sentences for each kind of failure of one remote system."""

    unavailable: str
    throttled: str
    authentication: str
    not_found: str
    conflict: str
    refused: str
    too_slow: str
    defect: str


def default_messages(system: System) -> Messages:
    """The sentences of ``messages.REMOTE_SENTENCES`` for one system, in English."""
    return Messages(**{name: remote_sentence(name, system) for name in Messages.__annotations__})


@dataclass(frozen=True)
class _Encoded:
    """A request body that is JSON already."""

    content: bytes


ErrorReader = Callable[[httpx.Response], ErrorInfo]
RefusalMessage = Callable[[ErrorInfo], str | None]
CodeReason = Callable[[ErrorInfo], str | None]
"""The sentence (a ``messages.REMOTE_SENTENCES`` code) a system's own error code calls for."""


def _quiet_http_loggers() -> None:
    # httpx and httpcore log full URLs at INFO/DEBUG, and our URLs carry plates.
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)


def build_async_client(
    *,
    timeouts: Timeouts,
    auth: httpx.Auth | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    headers: Mapping[str, str] | None = None,
    max_in_flight: int = MAX_IN_FLIGHT,
) -> httpx.AsyncClient:
    """The one pooled client of a remote system.

    TLS is always verified, against the operating system's trust store so a
    corporate TLS-inspecting proxy whose root is installed on the machine
    works; proxy settings come from the environment.
    """
    _quiet_http_loggers()
    install_retry_logging()
    ssl_context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return httpx.AsyncClient(
        auth=auth,
        verify=ssl_context,
        trust_env=True,
        timeout=timeouts.to_httpx(),
        limits=httpx.Limits(max_connections=max_in_flight, max_keepalive_connections=max_in_flight),
        transport=transport,
        headers=dict(headers or {}),
        follow_redirects=False,
        event_hooks={"response": [_cap_answer]},
    )


class RemoteHttp:
    """Sends requests to one remote system with the house rules applied."""

    def __init__(
        self,
        *,
        system: System,
        client: httpx.AsyncClient,
        timeouts: Timeouts,
        error_reader: ErrorReader,
        retry: RetryPolicy | None = None,
        messages: Messages | None = None,
        refusal_message: RefusalMessage | None = None,
        conflict_statuses: frozenset[int] = frozenset({412}),
        defect_codes: frozenset[str] = frozenset(),
        code_reason: CodeReason | None = None,
        reason_arguments: Mapping[str, str] | None = None,
        max_in_flight: int = MAX_IN_FLIGHT,
        gate: ThrottleGate | None = None,
        in_flight: contextlib.AbstractAsyncContextManager[Any] | None = None,
    ) -> None:
        self.system: System = system
        self.client = client
        self.timeouts = timeouts
        self.retry = retry or RetryPolicy()
        self.messages = messages or default_messages(system)
        self._read_error = error_reader
        self._refusal_message = refusal_message or (lambda _info: None)
        # A site of a dealer group takes its turns in a budget shared with the others.
        self._in_flight = in_flight or asyncio.Semaphore(max_in_flight)
        self._gate = gate or ThrottleGate()
        self._conflict_statuses = conflict_statuses
        self._defect_codes = defect_codes
        self._code_reason = code_reason or (lambda _info: None)
        self._reason_arguments = dict(reason_arguments or {})
        """Placeholders of the sentences ``code_reason`` names (a location id, never
        personal data)."""
        self.sent = 0
        """Requests sent so far, retries included (what the DMS counts against its limits)."""
        self.retry_listeners: list[RetryListener] = []
        """Told ``(attempt, attempts)`` before each repeat of a request, so a waiting
        advisor reads "retrying (2/5)" rather than a spinner."""

    async def aclose(self) -> None:
        await self.client.aclose()

    async def send(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        retry_safe: bool,
        operation: str,
        params: Mapping[str, str] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """One operation: the request, its retries if ``retry_safe``, all within the
        operation deadline. Returns a 2xx response with its body read.

        The body is ``json`` (encoded here) or ``content``, JSON already encoded.
        ``operation`` names the call in log lines; it must hold no personal data.
        """
        if content is not None:
            json = _Encoded(content)
        last_refusal: list[RetryableStatus] = []
        try:
            async with asyncio.timeout(self.timeouts.operation):
                if not retry_safe:
                    return await self._attempt(method, url, params, json, headers, operation)
                return await self._with_retries(
                    method, url, params, json, headers, operation, last_refusal
                )
        except RetryableStatus as exc:
            raise self._exhausted(exc) from None
        except TimeoutError:
            log.warning(
                "%s %s: no answer within %.0f s", self.system, operation, self.timeouts.operation
            )
            if last_refusal and last_refusal[-1].status == 429:
                # The deadline fell in a Retry-After pause: the server is throttling us.
                raise self._exhausted(last_refusal[-1]) from None
            raise Unavailable(
                self.messages.too_slow, self.system, code="deadline", reason="too_slow"
            ) from None
        except AnswerTooLarge:
            log.warning(
                "%s %s: answer larger than %d bytes", self.system, operation, MAX_ANSWER_BYTES
            )
            raise BadResponse(
                unreadable_message(self.system).format(field="(whole answer)"),
                self.system,
                code="too_large",
            ) from None
        except httpx.InvalidURL:
            raise Refused(
                "The request is too long to send. Shorten the search text.",
                self.system,
                code="invalid_url",
            ) from None
        except httpx.TimeoutException as exc:
            log.warning("%s %s: %s", self.system, operation, type(exc).__name__)
            raise Unavailable(
                self.messages.too_slow, self.system, code=type(exc).__name__, reason="too_slow"
            ) from None
        except httpx.HTTPError as exc:
            # Transport errors carry the URL in their text; only the class name is logged.
            log.warning("%s %s: %s", self.system, operation, type(exc).__name__)
            raise Unavailable(
                self.messages.unavailable, self.system, code=type(exc).__name__
            ) from None

    async def _with_retries(
        self,
        method: str,
        url: str | httpx.URL,
        params: Mapping[str, str] | None,
        json: Any,
        headers: Mapping[str, str] | None,
        operation: str,
        last_refusal: list[RetryableStatus],
    ) -> httpx.Response:
        policy = self.retry
        async for attempt in stamina.retry_context(
            on=policy.backoff_for,
            attempts=policy.attempts,
            timeout=policy.total_seconds,
            wait_initial=policy.wait_initial,
            wait_max=policy.wait_max,
            wait_jitter=policy.wait_jitter,
        ):
            with attempt:
                if attempt.num > 1:
                    for listener in self.retry_listeners:
                        listener(attempt.num, policy.attempts)
                try:
                    return await self._attempt(method, url, params, json, headers, operation)
                except RetryableStatus as refusal:
                    last_refusal.append(refusal)
                    raise
        raise AssertionError("stamina ended without an outcome")  # pragma: no cover

    async def _attempt(
        self,
        method: str,
        url: str | httpx.URL,
        params: Mapping[str, str] | None,
        json: Any,
        headers: Mapping[str, str] | None,
        operation: str,
    ) -> httpx.Response:
        sent = {**request_headers(self.system, method), **(headers or {})}
        body: dict[str, Any] = {"json": json}
        if isinstance(json, _Encoded):
            body = {"content": json.content}
            sent["Content-Type"] = "application/json"
        await self._gate.passage()
        async with self._in_flight:
            self.sent += 1
            response = await self.client.request(
                method, url, params=params, headers=sent, extensions=request_extensions(), **body
            )
        # httpx's stream refers back to its response, a reference cycle that keeps the
        # answer and the request body (a Claire batch: 100 kB or more) alive until the
        # garbage collector finds it. The body is read and the stream closed by now.
        response.stream = _READ
        if response.is_success:
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "%s %s: HTTP %d request=%s correlation=%s",
                    self.system,
                    operation,
                    response.status_code,
                    sent[REQUEST_ID],
                    answer_correlation(response.headers),
                )
            return response
        info = replace(self._read_error(response), request_id=sent[REQUEST_ID])
        log.info(
            "%s %s: HTTP %d code=%s request=%s correlation=%s",
            self.system,
            operation,
            response.status_code,
            info.code,
            info.request_id,
            info.correlation_id,
        )
        if response.status_code in RETRYABLE_STATUSES:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if response.status_code == 429 and retry_after is not None:
                self._gate.close_for(min(retry_after, self.retry.retry_after_cap))
            raise RetryableStatus(response.status_code, info, retry_after)
        raise self.error_for(response.status_code, info)

    def _exhausted(self, exc: RetryableStatus) -> RemoteError:
        if (reasoned := self._reasoned(exc.status, exc.info)) is not None:
            return reasoned
        kind = Throttled if exc.status == 429 else Unavailable
        message = self.messages.throttled if exc.status == 429 else self.messages.unavailable
        return kind(
            message,
            self.system,
            status=exc.status,
            code=exc.info.code,
            correlation_id=exc.info.correlation_id,
            request_id=exc.info.request_id,
        )

    def error_for(self, status: int, info: ErrorInfo) -> RemoteError:
        """The taxonomy entry for a final (not retried) error status."""
        if (reasoned := self._reasoned(status, info)) is not None:
            return reasoned
        m = self.messages
        kind: type[RemoteError]
        if status in (401, 403):
            kind, message = AuthenticationError, m.authentication
        elif status == 404:
            kind, message = NotFound, m.not_found
        elif status in self._conflict_statuses:
            kind, message = Conflict, m.conflict
        elif status == 400 and info.code in self._defect_codes:
            kind, message = Defect, m.defect
        elif status == 429:
            kind, message = Throttled, m.throttled
        elif status >= 500:
            kind, message = Unavailable, m.unavailable
        else:
            kind, message = Refused, self._refusal_message(info) or m.refused
        return kind(
            message,
            self.system,
            status=status,
            code=info.code,
            correlation_id=info.correlation_id,
            request_id=info.request_id,
        )

    def _reasoned(self, status: int, info: ErrorInfo) -> RemoteError | None:
        """The error for a code or status that has a sentence of its own, if it has one."""
        reason = self._code_reason(info) or STATUS_REASONS.get(status)
        if reason is None:
            return None
        return REASON_KINDS[reason](
            remote_sentence(reason, self.system, self._reason_arguments),
            self.system,
            status=status,
            code=info.code,
            correlation_id=info.correlation_id,
            request_id=info.request_id,
            reason=reason,
            arguments=dict(self._reason_arguments),
        )
