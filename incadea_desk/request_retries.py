"""When a request to a remote system is asked again, and how patiently.

The statuses worth asking again, the ``Retry-After`` a server sends, the
backoff policy (``stamina`` does the waiting) and the one log line per
scheduled retry. :class:`~incadea_desk.http.RemoteHttp` applies it to every
request that is safe to repeat.
"""

from __future__ import annotations

import email.utils
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import stamina.instrumentation
from stamina.instrumentation import RetryDetails

from incadea_desk.errors import ErrorInfo

log = logging.getLogger(__name__)

# 408: the server gave up waiting for the request (Business Central returns it when a
# request exceeds its time limit); like a 504, asking again may succeed.
RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})

RetryListener = Callable[[int, int], None]
"""``listener(attempt, attempts)``, called before each repeat of a request."""


class RetryableStatus(Exception):
    """A response that may succeed when asked again (408, 429, 502, 503, 504)."""

    def __init__(self, status: int, info: ErrorInfo, retry_after: float | None) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.info = info
        self.retry_after = retry_after


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date)."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a safe request is repeated.

    Exponential backoff with jitter between attempts (done by ``stamina``); a
    ``Retry-After`` from the server replaces the computed backoff, capped at
    ``retry_after_cap`` so a server cannot park the advisor's screen.
    """

    attempts: int = 5
    total_seconds: float = 40.0
    wait_initial: float = 0.5
    wait_max: float = 8.0
    wait_jitter: float = 1.0
    retry_after_cap: float = 20.0

    def backoff_for(self, exc: Exception) -> bool | float:
        """The stamina backoff hook: False = do not retry, True = exponential backoff,
        a number = wait exactly that long (the server's ``Retry-After``, capped)."""
        if isinstance(exc, RetryableStatus):
            if exc.retry_after is not None:
                return min(exc.retry_after, self.retry_after_cap)
            return True
        return isinstance(exc, httpx.TransportError)


def _log_retry(details: RetryDetails) -> None:
    # Replaces stamina's default hook, which logs at WARNING with the exception's
    # text; a scheduled retry is routine, and the text may carry a URL.
    log.info(
        "retry %d in %.2f s after %s",
        details.retry_num,
        details.wait_for,
        type(details.caused_by).__name__,
    )


_installed = False


def install_retry_logging() -> None:
    """Make stamina report scheduled retries through our INFO line instead of its
    default WARNING (a process-wide setting of stamina; applied once, and again if
    something took it away)."""
    global _installed
    # Not asked before the first install: asking makes stamina build its default hooks,
    # which import prometheus_client (where it is installed) only to be replaced here.
    if not _installed or _log_retry not in stamina.instrumentation.get_on_retry_hooks():
        stamina.instrumentation.set_on_retry_hooks([_log_retry])
        _installed = True
