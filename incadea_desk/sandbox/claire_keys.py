"""Claire's API keys in the stand-in: each is scoped to one dealer and its locations,
and can be disabled (for a while) or revoked (for good), as Claire's public API says.

The answers (codes assumed, ``docs/wire-contracts.md``): no key or an unknown one is
401 ``unauthorized``; a disabled or revoked key is 401 ``api_key_disabled`` /
``api_key_revoked``; a location outside the key's scope is 403 ``location_forbidden``.
``POST /_sandbox/keys`` changes the key's state or scope at run time.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

KeyState = Literal["active", "disabled", "revoked"]
KEY_STATES: tuple[KeyState, ...] = ("active", "disabled", "revoked")


@dataclass(frozen=True)
class KeyRefusal:
    """Why a request's key cannot be used: Claire's status, code and sentence."""

    status: int
    code: str
    sentence: str


@dataclass
class ApiKey:
    dealer_id: str
    location_ids: tuple[str, ...]
    state: KeyState = "active"


class ClaireKeys:
    """The keys this Claire knows, by their secret value."""

    def __init__(self, keys: dict[str, ApiKey]) -> None:
        self.keys = keys

    def refusal(self, given: str, location: str | None) -> KeyRefusal | None:
        """Why ``given`` may not act on ``location`` (None: any location of the key)."""
        key = next(
            (k for value, k in self.keys.items() if secrets.compare_digest(given, value)), None
        )
        if key is None:
            return KeyRefusal(401, "unauthorized", "The API key is missing or not valid.")
        if key.state != "active":
            return KeyRefusal(401, f"api_key_{key.state}", f"The API key has been {key.state}.")
        if location is not None and location not in key.location_ids:
            return KeyRefusal(
                403,
                "location_forbidden",
                f"The API key does not give access to location '{location}'.",
            )
        return None

    def in_scope(self, given: str, location: str) -> bool:
        return self.refusal(given, location) is None

    async def endpoint(self, request: Request) -> Response:
        """``{"key": ..., "state": "active" | "disabled" | "revoked", "location_ids": [...]}``:
        change one key; ``key`` may be left out when there is only one."""
        try:
            body = json.loads(await request.body() or b"{}")
        except json.JSONDecodeError:
            body = None
        if not isinstance(body, dict):
            return _invalid("The request body must be a JSON object.")
        value = body.get("key") or (next(iter(self.keys)) if len(self.keys) == 1 else None)
        key = self.keys.get(value) if isinstance(value, str) else None
        if key is None:
            return _invalid("key must name a known key.")
        state = body.get("state", key.state)
        locations = body.get("location_ids", list(key.location_ids))
        if state not in KEY_STATES or not _texts(locations):
            return _invalid("state must be active, disabled or revoked; location_ids a list.")
        key.state = state
        key.location_ids = tuple(locations)
        return JSONResponse(
            {"dealer_id": key.dealer_id, "state": key.state, "location_ids": locations}
        )


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _invalid(sentence: str) -> Response:
    return JSONResponse({"error": "invalid_keys", "message": sentence}, status_code=400)
