"""The headers every request to either system carries, and the few some reads add.

- ``client-request-id``: a new UUID per request. Business Central writes it into its
  telemetry (``dev-itpro/administration/telemetry-webservices-trace.md``), so a
  dealer's IT can find one of our calls beside BC's own correlation id, which we log.
- ``User-Agent: incadea-desk/{version}``: which program and release sent it.
- ``Accept-Language``: the window's language (or the CLI's ``--lang``), so the DMS's
  own error texts come in Dutch or French.
- ``Data-Access-Intent: ReadOnly``: only on reads that may lag a few seconds (the
  keep-importing and reconciliation walks, search), which Business Central may then
  serve from a read-only replica (``dev-itpro/webservices/odata-client-performance.md``).
  The services mark those reads with :func:`lagging_reads_allowed`; the adapters do
  not know about it. A write never carries it, whatever the context says.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from incadea_desk.version import version

REQUEST_ID = "client-request-id"
READ_INTENT = "Data-Access-Intent"
READ_ONLY = "ReadOnly"
# The locale each window language asks for; English as written in Europe, as the window.
LANGUAGE_TAGS: dict[str, str] = {"en": "en-GB", "nl": "nl-NL", "fr": "fr-FR"}

# Where each system puts its own id of a request in the answer: Business Central in
# ms-correlation-x (dev-itpro/administration/appmanagement/app-management-api.md), else
# request-id; Claire in x-request-id.
CORRELATION_HEADERS = ("ms-correlation-x", "request-id", "x-request-id")

_lagging_reads: ContextVar[bool] = ContextVar("lagging_reads", default=False)
_language: list[str] = []
"""The language tag of this process (one window, or one CLI run); empty: none sent."""


@contextmanager
def lagging_reads_allowed() -> Iterator[None]:
    """Within this block (and the tasks started in it) reads may come from a replica
    a few seconds behind. Around the walks and search, never around a read that
    decides a write or that an advisor asked to see fresh."""
    token = _lagging_reads.set(True)
    try:
        yield
    finally:
        _lagging_reads.reset(token)


@contextmanager
def fresh_reads() -> Iterator[None]:
    """Within this block reads come from the primary database, also inside a walk."""
    token = _lagging_reads.set(False)
    try:
        yield
    finally:
        _lagging_reads.reset(token)


def use_language(code: str | None) -> None:
    """Ask both systems for texts in ``code`` (``en``, ``nl``, ``fr``) from now on;
    ``None`` or an unknown code: ask for none in particular."""
    _language[:] = [LANGUAGE_TAGS[code]] if code in LANGUAGE_TAGS else []


@cache
def user_agent() -> str:
    return f"incadea-desk/{version()}"


def request_headers(system: str, method: str) -> dict[str, str]:
    """The headers of one request to ``system`` about to be sent (a new request id
    each call)."""
    headers = {REQUEST_ID: str(uuid.uuid4()), "User-Agent": user_agent()}
    if _language:
        headers["Accept-Language"] = _language[0]
    if system == "dms" and method == "GET" and _lagging_reads.get():
        headers[READ_INTENT] = READ_ONLY
    return headers


def answer_correlation(headers: Mapping[str, str]) -> str | None:
    """The answering system's id of a request, from the answer's headers."""
    for name in CORRELATION_HEADERS:
        if value := headers.get(name):
            return value
    return None
