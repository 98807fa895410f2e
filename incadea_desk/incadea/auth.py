"""Signing in to the DMS: OAuth2 client credentials, Basic with a web-service
access key, or NTLM for on-premises Windows authentication."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass

import httpx
from pydantic import SecretStr

from incadea_desk.errors import AuthenticationError, BadResponse, ErrorInfo
from incadea_desk.incadea.config import IncadeaConnection
from incadea_desk.request_headers import request_headers
from incadea_desk.request_retries import RETRYABLE_STATUSES, RetryableStatus, parse_retry_after

log = logging.getLogger(__name__)

RENEW_MARGIN_SECONDS = 120.0

NTLM_UNAVAILABLE = (
    "Windows sign-in (NTLM) is not available in this build of incadea-desk. "
    "Ask your administrator to use a web-service access key or OAuth instead."
)


@dataclass(frozen=True)
class _Token:
    value: str
    renew_at: float


class OAuthClientCredentials(httpx.Auth):
    """Bearer tokens from the OAuth2 client-credentials grant.

    The token is cached and renewed ``margin`` seconds before it expires. When
    the DMS still answers 401 (its clock or revocation disagrees with ours),
    the token is renewed once more and the request repeated once. Concurrent
    requests wait on one lock, so a renewal is one token request, not four.
    """

    requires_response_body = False

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: SecretStr,
        scope: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        margin: float = RENEW_MARGIN_SECONDS,
    ) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._clock = clock
        self._margin = margin
        self._token: _Token | None = None
        self._lock = asyncio.Lock()

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        raise RuntimeError("OAuthClientCredentials works with httpx.AsyncClient only")

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        rejected: str | None = None
        for _ in range(2):
            async with self._lock:
                token = self._usable(rejected)
                if token is None:
                    token_response = yield self._token_request()
                    await token_response.aread()
                    token = self._accept(token_response)
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if response.status_code != 401:
                return
            log.info("incadea: token refused with 401, renewing once")
            rejected = token

    def _usable(self, rejected: str | None) -> str | None:
        token = self._token
        if token is None or token.value == rejected or self._clock() >= token.renew_at:
            return None
        return token.value

    def _token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self._token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": self._client_id,
                "client_secret": self._client_secret.get_secret_value(),
                "scope": self._scope,
            },
            # Entra ID, too, takes a client-request-id and logs it for support.
            headers={"Accept": "application/json", **request_headers("sign-in", "POST")},
        )

    def _accept(self, response: httpx.Response) -> str:
        status = response.status_code
        if status in RETRYABLE_STATUSES:
            raise RetryableStatus(
                status,
                ErrorInfo(code="token_endpoint"),
                parse_retry_after(response.headers.get("Retry-After")),
            )
        if not response.is_success:
            raise AuthenticationError(
                "The sign-in service did not accept our credentials. "
                "Ask your administrator to check the DMS connection settings.",
                "dms",
                status=status,
                code=_oauth_error_code(response),
            )
        try:
            body = json.loads(response.content)
            value = body["access_token"]
            lifetime = float(body.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError, RecursionError):
            raise BadResponse(
                "The sign-in service sent an answer we cannot read (field access_token).",
                "dms",
                status=status,
                code="token_response",
            ) from None
        if not isinstance(value, str) or not value:
            raise BadResponse(
                "The sign-in service sent an answer we cannot read (field access_token).",
                "dms",
                status=status,
                code="token_response",
            )
        self._token = _Token(value=value, renew_at=self._clock() + lifetime - self._margin)
        return value


def _oauth_error_code(response: httpx.Response) -> str | None:
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        return None
    if isinstance(body, dict):
        code = body.get("error")
        if isinstance(code, str):
            return code
        if isinstance(code, dict) and isinstance(code.get("code"), str):
            return str(code["code"])
    return None


class _NtlmUnavailable(httpx.Auth):
    """Stands in for NTLM when the optional ``httpx-ntlm`` is not installed."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        raise AuthenticationError(NTLM_UNAVAILABLE, "dms", code="ntlm_unavailable")
        yield request  # pragma: no cover


def ntlm_auth(username: str, password: SecretStr) -> httpx.Auth:
    """NTLM through ``httpx-ntlm`` (the ``ntlm`` extra), whose challenge-response
    flow httpx also drives on its async client."""
    try:
        from httpx_ntlm import HttpNtlmAuth
    except ImportError:
        return _NtlmUnavailable()
    auth: httpx.Auth = HttpNtlmAuth(username, password.get_secret_value())
    return auth


def _required(value: str | SecretStr | None, name: str) -> str:
    if value is None:
        raise ValueError(f"the DMS connection needs {name}")
    return value.get_secret_value() if isinstance(value, SecretStr) else value


def auth_for(
    config: IncadeaConnection, *, clock: Callable[[], float] = time.monotonic
) -> httpx.Auth:
    """The ``httpx.Auth`` for the configured sign-in mode."""
    if config.auth_mode == "oauth":
        _required(config.tenant_id, "tenant_id")
        return OAuthClientCredentials(
            config.token_url,
            _required(config.client_id, "client_id"),
            SecretStr(_required(config.client_secret, "client_secret")),
            config.oauth_scope,
            clock=clock,
        )
    username = _required(config.username, "username")
    if config.auth_mode == "basic":
        return httpx.BasicAuth(username, _required(config.access_key, "access_key"))
    return ntlm_auth(username, SecretStr(_required(config.password, "password")))
