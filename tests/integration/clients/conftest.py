"""Both adapters against the sandbox served over loopback HTTP (127.0.0.1)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import pytest
import stamina
from client_helpers import incadea_connection

from incadea_desk.claire import ClaireClient, ClaireConnection
from incadea_desk.incadea import IncadeaClient
from incadea_desk.sandbox import LoopbackThread, LoopbackUrls, ManualClock, Sandbox

SANDBOX_START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def clock() -> ManualClock:
    return ManualClock(SANDBOX_START)


@pytest.fixture(scope="session")
def sandbox(clock: ManualClock) -> Sandbox:
    return Sandbox(seed=31, clock=clock)


@pytest.fixture(scope="session")
def urls(sandbox: Sandbox) -> Iterator[LoopbackUrls]:
    with LoopbackThread(sandbox) as served:
        yield served


@pytest.fixture(autouse=True)
def _healthy_sandbox(sandbox: Sandbox) -> Iterator[None]:
    sandbox.set_faults()
    yield
    sandbox.set_faults()


@pytest.fixture
def no_backoff() -> Iterator[None]:
    with stamina.set_testing(True, attempts=4):
        yield


@pytest.fixture
async def dms(
    urls: LoopbackUrls, sandbox: Sandbox, no_backoff: None
) -> AsyncIterator[IncadeaClient]:
    async with IncadeaClient(incadea_connection(urls, sandbox)) as client:
        yield client


@pytest.fixture
async def claire(
    urls: LoopbackUrls, sandbox: Sandbox, no_backoff: None
) -> AsyncIterator[ClaireClient]:
    config = ClaireConnection(
        base_url=urls.claire_base_url,
        location_id=sandbox.location_id,
        api_key=sandbox.claire_api_key,
    )
    async with ClaireClient(config) as client:
        yield client
