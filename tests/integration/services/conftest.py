"""Services wired to the sandbox: in process through its ASGI transports, or over loopback."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import stamina

from incadea_desk.config import Settings
from incadea_desk.sandbox import INPROCESS_CLAIRE_URL, INPROCESS_INCADEA_URL, Sandbox
from incadea_desk.sandbox.demo import demo_connection
from incadea_desk.secrets import SecretStore
from incadea_desk.services.lifetime import Services


@pytest.fixture(autouse=True)
def _no_retry_waits() -> Iterator[None]:
    """Retries happen as in production, without the backoff pauses."""
    with stamina.set_testing(True, attempts=2):
        yield


@pytest.fixture(params=["api", "odatav4"])
def api_kind(request: pytest.FixtureRequest) -> str:
    """Every use-case test runs against both shapes of Incadea: Business Central API
    pages and classic incadea's page web services (NAV 2018 / BC14)."""
    return str(request.param)


@pytest.fixture
def sandbox(api_kind: str) -> Sandbox:
    return Sandbox(seed=7, api_kind=api_kind)


def sandbox_settings(
    sandbox: Sandbox, incadea_url: str, claire_url: str
) -> tuple[Settings, SecretStore]:
    demo = demo_connection(sandbox, incadea_url=incadea_url, claire_url=claire_url)
    return demo.settings, demo.secrets


async def open_services(
    sandbox: Sandbox,
    store_path: Path,
    *,
    dms_transport: httpx.AsyncBaseTransport | None = None,
    claire_transport: httpx.AsyncBaseTransport | None = None,
    incadea_url: str = INPROCESS_INCADEA_URL,
    claire_url: str = INPROCESS_CLAIRE_URL,
    **overrides: object,
) -> Services:
    settings, secrets = sandbox_settings(sandbox, incadea_url, claire_url)
    if overrides:
        settings = settings.model_copy(update={"sync": settings.sync.model_copy(update=overrides)})
    return await Services.open(
        settings,
        secrets,
        dms_transport=dms_transport,
        claire_transport=claire_transport,
        store_path=store_path,
        actor="test",
    )


@pytest.fixture
async def services(sandbox: Sandbox, tmp_path: Path) -> AsyncIterator[Services]:
    opened = await open_services(
        sandbox,
        tmp_path / "store.sqlite3",
        dms_transport=sandbox.incadea_transport(),
        claire_transport=sandbox.claire_transport(),
    )
    yield opened
    await opened.aclose()


def claire_record(sandbox: Sandbox, dms_number: str) -> dict[str, object] | None:
    """What Claire holds for this workorder in the sandbox location (None if nothing)."""
    claire_id = sandbox.claire.by_key.get((sandbox.location_id, dms_number))
    return None if claire_id is None else sandbox.claire.appointments[claire_id]


def dms_order(sandbox: Sandbox, dms_number: str) -> dict[str, object]:
    row = sandbox.incadea.data.order_by_document_no(dms_number)
    assert row is not None
    return row.data


class CountingTransport(httpx.AsyncBaseTransport):
    """Passes requests on and remembers them: (method, path, JSON body or None)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[tuple[str, str, object]] = []
        self.headers: list[httpx.Headers] = []
        """The headers of each request in ``requests``, in the same order."""
        self.answered = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        is_json = request.headers.get("content-type", "").startswith("application/json")
        self.requests.append(
            (request.method, request.url.path, json.loads(body) if body and is_json else None)
        )
        self.headers.append(request.headers)
        response = await self.inner.handle_async_request(request)
        self.answered.set()
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()

    def count(self, method: str, path_part: str = "") -> int:
        return sum(1 for m, p, _ in self.requests if m == method and path_part in p)

    def imported(self) -> list[dict[str, object]]:
        """Every appointment sent to Claire's import, in order."""
        return [
            item
            for method, path, body in self.requests
            if method == "POST" and path.endswith("/appointments/import") and isinstance(body, dict)
            for item in body["appointments"]
        ]


@pytest.fixture
def dms_wire(sandbox: Sandbox) -> CountingTransport:
    return CountingTransport(sandbox.incadea_transport())


@pytest.fixture
def claire_wire(sandbox: Sandbox) -> CountingTransport:
    return CountingTransport(sandbox.claire_transport())


@pytest.fixture
async def counted(
    sandbox: Sandbox, tmp_path: Path, dms_wire: CountingTransport, claire_wire: CountingTransport
) -> AsyncIterator[Services]:
    """Services whose requests to both systems are counted by ``dms_wire`` / ``claire_wire``."""
    opened = await open_services(
        sandbox,
        tmp_path / "counted.sqlite3",
        dms_transport=dms_wire,
        claire_transport=claire_wire,
    )
    yield opened
    await opened.aclose()
