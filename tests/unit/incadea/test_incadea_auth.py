"""Signing in to the DMS: OAuth2 tokens cached, renewed and shared; Basic; NTLM."""

from __future__ import annotations

import asyncio
import base64
import sys
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest
import respx
from dms_samples import BASE, COMPANY, ORDERS, TOKEN_URL, odata_error, page

from incadea_desk.errors import AuthenticationError, BadResponse
from incadea_desk.incadea import IncadeaClient, IncadeaConnection
from incadea_desk.incadea.auth import NTLM_UNAVAILABLE


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


class TokenServer:
    """Issues numbered tokens and remembers what it was asked."""

    def __init__(self, lifetime: int = 3599) -> None:
        self.issued: list[str] = []
        self.forms: list[dict[str, list[str]]] = []
        self.lifetime = lifetime

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.forms.append(parse_qs(request.content.decode()))
        token = f"token-{len(self.issued) + 1}"
        self.issued.append(token)
        return httpx.Response(
            200, json={"token_type": "Bearer", "expires_in": self.lifetime, "access_token": token}
        )


def accept_tokens(valid: set[str]) -> object:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.headers.get("Authorization", "").removeprefix("Bearer ") in valid:
            return httpx.Response(200, content=page())
        return httpx.Response(
            401, json=odata_error("Authentication_InvalidCredentials", "The token expired.")
        )

    return answer


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def test_token_is_fetched_once_and_reused(
    oauth_config: IncadeaConnection, clock: FakeClock
) -> None:
    tokens = TokenServer()
    with respx.mock() as router:
        router.post(TOKEN_URL).mock(side_effect=tokens)
        api = router.get(ORDERS).mock(side_effect=accept_tokens({"token-1"}))
        async with IncadeaClient(oauth_config, clock=clock) as client:
            await client.ping()
            await client.ping()
    assert tokens.issued == ["token-1"]
    assert tokens.forms[0] == {
        "grant_type": ["client_credentials"],
        "client_id": ["desk-app"],
        "client_secret": ["not-a-real-secret"],
        "scope": ["https://dms.example.test/.default"],
    }
    assert [c.request.headers["Authorization"] for c in api.calls] == ["Bearer token-1"] * 2


async def test_token_is_renewed_before_it_expires(
    oauth_config: IncadeaConnection, clock: FakeClock
) -> None:
    tokens = TokenServer(lifetime=3600)
    with respx.mock() as router:
        router.post(TOKEN_URL).mock(side_effect=tokens)
        api = router.get(ORDERS).mock(side_effect=accept_tokens({"token-1", "token-2"}))
        async with IncadeaClient(oauth_config, clock=clock) as client:
            await client.ping()
            clock.now += 3600 - 121
            await client.ping()
            clock.now += 2
            await client.ping()
    assert tokens.issued == ["token-1", "token-2"]
    assert [c.request.headers["Authorization"] for c in api.calls] == [
        "Bearer token-1",
        "Bearer token-1",
        "Bearer token-2",
    ]


async def test_a_401_renews_the_token_once_and_repeats_the_request(
    oauth_config: IncadeaConnection, clock: FakeClock
) -> None:
    tokens = TokenServer()
    with respx.mock() as router:
        router.post(TOKEN_URL).mock(side_effect=tokens)
        api = router.get(ORDERS).mock(side_effect=accept_tokens({"token-2"}))
        async with IncadeaClient(oauth_config, clock=clock) as client:
            await client.ping()
    assert tokens.issued == ["token-1", "token-2"]
    assert api.call_count == 2


async def test_a_second_401_is_an_authentication_error(
    oauth_config: IncadeaConnection, clock: FakeClock
) -> None:
    tokens = TokenServer()
    with respx.mock() as router:
        router.post(TOKEN_URL).mock(side_effect=tokens)
        api = router.get(ORDERS).mock(side_effect=accept_tokens(set()))
        async with IncadeaClient(oauth_config, clock=clock) as client:
            with pytest.raises(AuthenticationError) as caught:
                await client.ping()
    assert len(tokens.issued) == 2
    assert api.call_count == 2
    assert caught.value.code == "Authentication_InvalidCredentials"
    assert "not-a-real-secret" not in str(caught.value.details())


async def test_concurrent_requests_share_one_token_fetch(
    oauth_config: IncadeaConnection, clock: FakeClock
) -> None:
    tokens = TokenServer()
    with respx.mock() as router:
        router.post(TOKEN_URL).mock(side_effect=tokens)
        router.get(ORDERS).mock(side_effect=accept_tokens({"token-1"}))
        async with IncadeaClient(oauth_config, clock=clock) as client:
            await asyncio.gather(*(client.ping() for _ in range(8)))
    assert tokens.issued == ["token-1"]


async def test_rejected_client_secret_is_an_authentication_error(
    oauth_config: IncadeaConnection,
) -> None:
    with respx.mock(assert_all_called=False) as router:
        router.post(TOKEN_URL).respond(
            401, json={"error": "invalid_client", "error_description": "AADSTS7000215"}
        )
        api = router.get(ORDERS).respond(200, content=page())
        async with IncadeaClient(oauth_config) as client:
            with pytest.raises(AuthenticationError) as caught:
                await client.ping()
    assert caught.value.code == "invalid_client"
    assert "sign-in service did not accept" in caught.value.user_message
    assert api.call_count == 0


async def test_token_endpoint_hiccup_is_retried(
    oauth_config: IncadeaConnection, no_backoff: None
) -> None:
    tokens = TokenServer()
    with respx.mock() as router:
        router.post(TOKEN_URL).mock(
            side_effect=[httpx.Response(503), tokens(httpx.Request("POST", TOKEN_URL))]
        )
        router.get(ORDERS).mock(side_effect=accept_tokens({"token-1"}))
        async with IncadeaClient(oauth_config) as client:
            await client.ping()


async def test_token_answer_without_a_token_is_a_bad_response(
    oauth_config: IncadeaConnection,
) -> None:
    with respx.mock() as router:
        router.post(TOKEN_URL).respond(200, json={"token_type": "Bearer"})
        async with IncadeaClient(oauth_config) as client:
            with pytest.raises(BadResponse, match="access_token"):
                await client.ping()


async def test_basic_sends_user_and_access_key(basic_config: IncadeaConnection) -> None:
    with respx.mock() as router:
        api = router.get(ORDERS).respond(200, content=page())
        async with IncadeaClient(basic_config) as client:
            await client.ping()
    expected = base64.b64encode(b"WS-DESK:not-a-real-key").decode()
    assert api.calls.last.request.headers["Authorization"] == f"Basic {expected}"


def ntlm_config() -> IncadeaConnection:
    return IncadeaConnection(
        base_url=BASE,
        company_id=COMPANY,
        auth_mode="ntlm",
        username="DEALER\\desk",
        password="s3cret-pass",
    )


async def test_ntlm_without_the_library_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx_ntlm", None)
    with respx.mock(assert_all_called=False) as router:
        api = router.get(ORDERS).respond(200, content=page())
        async with IncadeaClient(ntlm_config()) as client:
            with pytest.raises(AuthenticationError) as caught:
                await client.ping()
    assert caught.value.user_message == NTLM_UNAVAILABLE
    assert caught.value.code == "ntlm_unavailable"
    assert api.call_count == 0


class NtlmServer:
    """The server side of an NTLM handshake, done by pyspnego against a user file."""

    def __init__(self) -> None:
        import spnego

        self._spnego = spnego
        self._context: object | None = None
        self.authenticated: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        header = request.headers.get("Authorization", "")
        if not header.startswith("NTLM "):
            return httpx.Response(401, headers={"WWW-Authenticate": "NTLM"})
        token = base64.b64decode(header[5:])
        if self._context is None:
            self._context = self._spnego.server(protocol="ntlm")
            challenge = self._context.step(token)  # type: ignore[attr-defined]
            return httpx.Response(
                401, headers={"WWW-Authenticate": "NTLM " + base64.b64encode(challenge).decode()}
            )
        context, self._context = self._context, None
        try:
            context.step(token)  # type: ignore[attr-defined]
        except self._spnego.exceptions.SpnegoError:
            return httpx.Response(401, json=odata_error("Authentication_InvalidCredentials", "No."))
        self.authenticated.append(context.client_principal)  # type: ignore[attr-defined]
        return httpx.Response(200, content=page())


async def test_ntlm_handshake_works_on_the_async_client(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pytest.importorskip("httpx_ntlm")
    users = tmp_path / "ntlm-users"
    users.write_text("DEALER:desk:s3cret-pass\n")
    monkeypatch.setenv("NTLM_USER_FILE", str(users))
    server = NtlmServer()
    with respx.mock() as router:
        api = router.get(ORDERS).mock(side_effect=server)
        async with IncadeaClient(ntlm_config()) as client:
            await client.ping()
    assert server.authenticated == ["DEALER\\desk"]
    assert api.call_count == 3
