"""The Incadea stand-in's authentication: Entra ID style client-credentials tokens
and Basic with a web-service access key (``docs/wire-contracts.md``)."""

from __future__ import annotations

import base64
import binascii
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from incadea_desk.sandbox.clock import Clock


@dataclass(frozen=True)
class IncadeaCredentials:
    """What a client needs to reach this DMS."""

    company_id: str
    tenant_id: str
    client_id: str
    client_secret: str
    scope: str
    username: str
    access_key: str


@dataclass
class IncadeaAuth:
    """Issues bearer tokens on the tenant's token endpoint and checks each request's credentials."""

    credentials: IncadeaCredentials
    clock: Clock
    token_ttl: timedelta = timedelta(seconds=3599)
    tokens: dict[str, datetime] = field(default_factory=dict)

    async def token(self, request: Request) -> Response:
        """Client-credentials grant, answered the way Entra ID answers it."""

        def refuse(status: int, error: str, description: str) -> Response:
            return JSONResponse(
                {
                    "error": error,
                    "error_description": description,
                    "correlation_id": str(uuid.uuid4()),
                },
                status_code=status,
            )

        if request.path_params["tenant"] != self.credentials.tenant_id:
            return refuse(400, "invalid_request", "Tenant not found.")
        if not request.headers.get("content-type", "").startswith(
            "application/x-www-form-urlencoded"
        ):
            return refuse(400, "invalid_request", "The request body must be form encoded.")
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}
        if form.get("grant_type") != "client_credentials":
            return refuse(400, "unsupported_grant_type", "Only client_credentials is supported.")
        if not (
            secrets.compare_digest(form.get("client_id", ""), self.credentials.client_id)
            and secrets.compare_digest(
                form.get("client_secret", ""), self.credentials.client_secret
            )
        ):
            return refuse(401, "invalid_client", "Invalid client secret or client id.")
        if form.get("scope") != self.credentials.scope:
            return refuse(400, "invalid_scope", "The scope is not valid for this application.")
        now = self.clock()
        self.tokens = {t: expiry for t, expiry in self.tokens.items() if expiry > now}
        token = secrets.token_urlsafe(32)
        self.tokens[token] = now + self.token_ttl
        seconds = int(self.token_ttl.total_seconds())
        return JSONResponse(
            {
                "token_type": "Bearer",
                "expires_in": seconds,
                "ext_expires_in": seconds,
                "access_token": token,
            }
        )

    def authenticated(self, request: Request) -> bool:
        scheme, _, credential = request.headers.get("authorization", "").partition(" ")
        scheme = scheme.lower()
        if scheme == "bearer":
            expires = self.tokens.get(credential.strip())
            return expires is not None and self.clock() < expires
        if scheme == "basic":
            try:
                user, _, key = (
                    base64.b64decode(credential.strip(), validate=True).decode().partition(":")
                )
            except (binascii.Error, UnicodeDecodeError):
                return False
            return secrets.compare_digest(
                user, self.credentials.username
            ) and secrets.compare_digest(key, self.credentials.access_key)
        return False
