"""Fixtures for the Claire adapter: a complete workorder and a client wired to respx."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import respx
import stamina
from claire_samples import BASE, KEY, LOCATION, workorder

from incadea_desk.claire import ClaireClient, ClaireConnection
from incadea_desk.domain.models import Workorder


@pytest.fixture
def wo() -> Workorder:
    return workorder()


@pytest.fixture
def config() -> ClaireConnection:
    return ClaireConnection(base_url=BASE, location_id=LOCATION, api_key=KEY)


@pytest.fixture
async def claire(config: ClaireConnection) -> AsyncIterator[tuple[ClaireClient, respx.MockRouter]]:
    with stamina.set_testing(True, attempts=3), respx.mock(assert_all_called=False) as router:
        client = ClaireClient(config)
        try:
            yield client, router
        finally:
            await client.aclose()
