"""Fixtures for the DMS adapter: service orders and clients wired to respx."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
import respx
import stamina
from dms_samples import BASE, COMPANY, TENANT, service_order

from incadea_desk.incadea import IncadeaClient, IncadeaConnection


@pytest.fixture
def order() -> Callable[..., dict[str, Any]]:
    return lambda **overrides: copy.deepcopy(service_order(**overrides))


@pytest.fixture
def basic_config() -> IncadeaConnection:
    return IncadeaConnection(
        base_url=BASE,
        company_id=COMPANY,
        auth_mode="basic",
        username="WS-DESK",
        access_key="not-a-real-key",
    )


@pytest.fixture
def oauth_config() -> IncadeaConnection:
    return IncadeaConnection(
        base_url=BASE,
        company_id=COMPANY,
        auth_mode="oauth",
        tenant_id=TENANT,
        client_id="desk-app",
        client_secret="not-a-real-secret",
        scope="https://dms.example.test/.default",
    )


@pytest.fixture
def no_backoff() -> Iterator[None]:
    """stamina's test mode: up to 3 attempts, no waiting between them."""
    with stamina.set_testing(True, attempts=3):
        yield


@pytest.fixture
async def dms(
    basic_config: IncadeaConnection, no_backoff: None
) -> AsyncIterator[tuple[IncadeaClient, respx.MockRouter]]:
    with respx.mock(assert_all_called=False) as router:
        client = IncadeaClient(basic_config)
        try:
            yield client, router
        finally:
            await client.aclose()
