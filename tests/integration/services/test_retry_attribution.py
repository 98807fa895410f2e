"""A retry is announced to the advisor only when the advisor waits for the request:
keep-importing and the outbox retry in the background, and the window says nothing."""

from __future__ import annotations

import asyncio

import pytest

from incadea_desk.errors import RemoteError
from incadea_desk.sandbox import FaultSettings, Sandbox
from incadea_desk.services.events import Retrying, advisor_waits, background_context
from incadea_desk.services.lifetime import Services

pytestmark = pytest.mark.allow_warning_logs

DMS_DOWN = FaultSettings(error_rate=1.0, error_status=503)


async def _ping_collecting(services: Services) -> list[Retrying]:
    seen: list[Retrying] = []
    services.events.subscribe(
        lambda event: seen.append(event) if isinstance(event, Retrying) else None
    )
    with pytest.raises(RemoteError):
        await services.dms.ping()
    return seen


async def test_the_retries_of_an_advisors_request_are_the_advisors(
    services: Services, sandbox: Sandbox
) -> None:
    sandbox.set_faults(incadea=DMS_DOWN)
    with advisor_waits():
        # A task the advisor's action starts carries the mark too.
        seen = await asyncio.create_task(_ping_collecting(services))
    assert seen
    assert all(event.for_advisor for event in seen)


async def test_background_retries_are_not_the_advisors_even_when_started_by_one(
    services: Services, sandbox: Sandbox
) -> None:
    sandbox.set_faults(incadea=DMS_DOWN)
    seen = await _ping_collecting(services)
    with advisor_waits():
        seen += await asyncio.create_task(_ping_collecting(services), context=background_context())
    assert len(seen) >= 2
    assert not any(event.for_advisor for event in seen)
