"""Failures that have a sentence of their own, beyond the kind of error they are.

Either system's adapter names the sentence its own error codes call for (a
``CodeReason``); the statuses below mean the same on both. Each sentence is a
code of ``messages.REMOTE_SENTENCES``, so the window translates it.
"""

from __future__ import annotations

from incadea_desk.errors import AuthenticationError, Refused, RemoteError, Unavailable

# Statuses either system may answer that say more than "refused": the method is not
# served there (405; also every call to an on-premises server whose OData or API
# endpoints are turned off), the endpoint is gone for good (410), the request is larger
# than the server takes (413). dev-itpro/includes/include-http-status-error-codes.md.
STATUS_REASONS: dict[int, str] = {
    405: "method_not_allowed",
    410: "gone",
    413: "request_too_large",
}
REASON_KINDS: dict[str, type[RemoteError]] = {
    "not_permitted": AuthenticationError,
    "key_out_of_scope": AuthenticationError,
    "key_withdrawn": AuthenticationError,
    "tenant_unavailable": Unavailable,
    "resource_not_found": Refused,
    "method_not_allowed": Refused,
    "gone": Refused,
    "request_too_large": Refused,
}
