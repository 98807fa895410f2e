"""The error taxonomy shared by both remote systems.

Every failure that reaches an advisor is one of these: one plain sentence in
``user_message`` and the details support needs (system, HTTP status, error
code, correlation id) in ``details()``. Neither ever carries personal data or
secrets; adapters build them from status codes and error codes only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Literal

from incadea_desk.messages import SYSTEM_NAMES as SYSTEM_NAMES
from incadea_desk.messages import input_sentence

System = Literal["dms", "claire"]


@dataclass(frozen=True)
class ErrorInfo:
    """What a remote system said about a failure, parsed from its error body."""

    code: str | None = None
    message: str | None = None
    correlation_id: str | None = None
    request_id: str | None = None
    """Our ``client-request-id`` of the request that failed."""


@dataclass(eq=False)
class RemoteError(Exception):
    """A remote system did not do what was asked."""

    user_message: str
    system: System
    status: int | None = None
    code: str | None = None
    correlation_id: str | None = None
    reason: str = ""
    """Which sentence of ``messages.REMOTE_SENTENCES`` ``user_message`` is; the window
    translates that one. Empty: the kind's own (``default_reason``)."""
    arguments: dict[str, str] = field(default_factory=dict)
    """The values of the sentence's placeholders (never personal data)."""
    request_id: str | None = None
    """Our ``client-request-id`` of the last request, to find it in the DMS's telemetry."""

    default_reason: ClassVar[str] = "failed"

    def __post_init__(self) -> None:
        super().__init__(self.user_message)

    def __str__(self) -> str:
        return self.user_message

    def details(self) -> dict[str, str | int | None]:
        """What support needs to trace the failure; safe to show and to log."""
        return {
            "system": self.system,
            "kind": type(self).__name__,
            "status": self.status,
            "code": self.code,
            "correlation_id": self.correlation_id,
            "request_id": self.request_id,
        }

    @property
    def sentence_code(self) -> str:
        return self.reason or self.default_reason


class AuthenticationError(RemoteError):
    """Credentials missing, wrong or expired beyond renewal (401/403)."""

    default_reason = "authentication"


class NotFound(RemoteError):
    """The entity does not exist (404, or an empty exact lookup)."""

    default_reason = "not_found"


class Conflict(RemoteError):
    """Someone else changed the entity since it was read (a stale etag: 412, or 409
    ``Request_EntityChanged`` from Business Central)."""

    default_reason = "conflict"


class Throttled(RemoteError):
    """The system asked us to slow down (429) and retries ran out."""

    default_reason = "throttled"


class Unavailable(RemoteError):
    """The system cannot be reached or answered 5xx, and retries ran out."""

    default_reason = "unavailable"


class BadResponse(RemoteError):
    """The answer does not have the shape we rely on; names the field."""

    default_reason = "bad_response"


class Defect(RemoteError):
    """The remote system says our request broke its protocol (for example a missing
    concurrency token): a fault in incadea-desk to report, not the advisor's doing."""

    default_reason = "defect"


class Refused(RemoteError):
    """The system understood and refused (validation, business rule, 400/428)."""

    default_reason = "refused"


class InputError(ValueError):
    """What the advisor typed or asked for cannot be used.

    ``code`` names the sentence in ``messages.INPUT_SENTENCES`` and ``arguments``
    fill it in; ``str(error)`` is the English sentence the CLI prints, and the
    window translates by the code. A ``ValueError`` so that validators that parse
    input keep working, but only this type is treated as the advisor's mistake.
    """

    def __init__(self, code: str, **arguments: object) -> None:
        self.code = code
        self.arguments = arguments
        super().__init__(input_sentence(code, arguments))
