"""Reading the DMS's error bodies and choosing what the advisor is told."""

from __future__ import annotations

import re

import httpx
from pydantic import ValidationError

from incadea_desk.errors import ErrorInfo
from incadea_desk.http import Messages, default_messages
from incadea_desk.incadea.wire import WireError
from incadea_desk.request_headers import answer_correlation

_CORRELATION = re.compile(r"\s*CorrelationId:\s*([0-9A-Za-z-]+)\.?\s*$")

# DMS sentences that are shown to the advisor verbatim. Everything else is
# replaced by our own sentence, because a DMS message may quote the rejected
# value (a name, a plate, an e-mail address) and we never echo personal data.
_SAFE_SENTENCES = (re.compile(r"Mileage \d+ km is lower than the current mileage \d+ km\."),)

MESSAGES: Messages = default_messages("dms")

# A stale If-Match: 412 by the OData rules, 409 Request_EntityChanged from Business
# Central ("Another user has already changed the record").
CONFLICT_STATUSES = frozenset({409, 412})
# Business Central's 400 for a missing concurrency token: our request was wrong.
DEFECT_CODES = frozenset({"BadRequest_InvalidToken"})


def split_correlation_id(message: str) -> tuple[str, str | None]:
    """``"Text. CorrelationId: abc."`` -> ``("Text.", "abc")``."""
    match = _CORRELATION.search(message)
    if not match:
        return message.strip(), None
    return message[: match.start()].strip(), match.group(1)


def read_error(response: httpx.Response) -> ErrorInfo:
    """The code, plain message and correlation id of an OData error body, as far as present."""
    try:
        body = WireError.model_validate_json(response.content)
    except ValidationError:
        return ErrorInfo(correlation_id=answer_correlation(response.headers))
    message, correlation = split_correlation_id(body.error.message or "")
    return ErrorInfo(
        code=body.error.code,
        message=message or None,
        correlation_id=correlation or answer_correlation(response.headers),
    )


def code_reason(info: ErrorInfo) -> str | None:
    """The sentence Business Central's error code calls for, beyond its status
    (dev-itpro/webservices/dynamics-error-codes.md)."""
    code = info.code or ""
    if code.startswith("Authorization_"):
        # Signed in, but the user or app registration lacks the permission.
        return "not_permitted"
    return _CODE_REASONS.get(code)


_CODE_REASONS = {
    "Internal_TenantUnavailable": "tenant_unavailable",
    # A segment of the URL (an API route, an entity set, a published page) does not
    # exist: the settings are wrong, not the workorder missing.
    "BadRequest_ResourceNotFound": "resource_not_found",
}


def refusal_message(info: ErrorInfo) -> str | None:
    """The advisor's sentence for a 400/428, or None for the generic one."""
    if info.code == "Request_PreconditionRequired":
        return "The DMS demands the current version of this workorder. Read it again and retry."
    if info.message and any(p.fullmatch(info.message) for p in _SAFE_SENTENCES):
        return f"The DMS refused: {info.message}"
    if info.code and info.code.startswith("Application_"):
        return "The DMS refused the change because of one of its business rules."
    if info.code and info.code.startswith("BadRequest"):
        return "The DMS did not understand the request. Please report this to support."
    return None
