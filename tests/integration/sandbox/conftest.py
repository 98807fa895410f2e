"""One loopback sandbox for the whole session; faults cleared around every test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sandbox_helpers import fetch_token, loopback_client

from incadea_desk.sandbox import LoopbackThread, LoopbackUrls, ManualClock, Sandbox

SANDBOX_START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def clock() -> ManualClock:
    return ManualClock(SANDBOX_START)


@pytest.fixture(scope="session")
def sandbox(clock: ManualClock) -> Sandbox:
    return Sandbox(seed=11, clock=clock)


@pytest.fixture(scope="session")
def urls(sandbox: Sandbox) -> Iterator[LoopbackUrls]:
    with LoopbackThread(sandbox) as served:
        yield served


@pytest.fixture(scope="session")
def http() -> Iterator[httpx.Client]:
    """A plain client for requests that carry their own URL and credentials."""
    with loopback_client() as client:
        yield client


@pytest.fixture(autouse=True)
def _healthy_sandbox(sandbox: Sandbox) -> Iterator[None]:
    sandbox.set_faults()
    yield
    sandbox.set_faults()


@pytest.fixture
def company_url(urls: LoopbackUrls, sandbox: Sandbox) -> str:
    return f"{urls.incadea_base_url}/api/incadea/workshop/v1.0/companies({sandbox.company_id})/"


@pytest.fixture
def dms(
    http: httpx.Client, urls: LoopbackUrls, sandbox: Sandbox, company_url: str
) -> Iterator[httpx.Client]:
    """A client of the DMS API with a fresh OAuth token, based at the company URL."""
    token = fetch_token(http, urls, sandbox)
    with loopback_client(
        base_url=company_url, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        yield client


@pytest.fixture
def claire(urls: LoopbackUrls, sandbox: Sandbox) -> Iterator[httpx.Client]:
    with loopback_client(
        base_url=f"{urls.claire_base_url}/v1/",
        headers={"Authorization": sandbox.claire_api_key},
    ) as client:
        yield client


@pytest.fixture
def admin(urls: LoopbackUrls) -> Iterator[httpx.Client]:
    """The Incadea stand-in's admin endpoints."""
    with loopback_client(base_url=f"{urls.incadea_base_url}/_sandbox/") as client:
        yield client


@pytest.fixture
def claire_admin(urls: LoopbackUrls) -> Iterator[httpx.Client]:
    with loopback_client(base_url=f"{urls.claire_base_url}/_sandbox/") as client:
        yield client


@pytest.fixture(scope="session")
def _order_pool(sandbox: Sandbox) -> Iterator[str]:
    numbers = sorted(
        (str(row.data["documentNo"]) for row in sandbox.incadea.data.orders.values()),
        reverse=True,
    )
    return iter(numbers)


@pytest.fixture
def order(dms: httpx.Client, _order_pool: Iterator[str]) -> dict[str, Any]:
    """A service order no other test of this session writes to, as the API shows it now."""
    document_no = next(_order_pool)
    response = dms.get("serviceOrders", params={"$filter": f"documentNo eq '{document_no}'"})
    return dict(response.json()["value"][0])
