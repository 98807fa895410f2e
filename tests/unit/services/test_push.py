"""Push in the site importer without a process: which DMS kinds can push, and how the
listener answers the DMS (handshake, notices, what is not a notification)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from incadea_desk.config import Settings, SyncSettings
from incadea_desk.domain.push_records import ChangeNotice, Subscription
from incadea_desk.errors import Unavailable
from incadea_desk.incadea.webhooks import notification_listener
from incadea_desk.secrets import MemoryBackend, SecretStore
from incadea_desk.services import push as push_module
from incadea_desk.services.push import PushImporting, pushing

PUSH = {"webhook_url": "https://dealer.example.test/hook", "webhook_listen": "127.0.0.1:1"}


async def test_the_odatav4_kind_refuses_push_in_one_sentence_and_polls() -> None:
    settings: Any = SimpleNamespace(
        dms=SimpleNamespace(api_kind="odatav4"), sync=SyncSettings(interval_seconds=120, **PUSH)
    )
    said: list[str] = []
    async with pushing(settings, SimpleNamespace(), None, said.append) as push:  # type: ignore[arg-type]
        assert push is None
    assert said == [
        "This DMS kind sends no webhooks: sync.webhook_url is not used, and the importer "
        "polls every 120 s."
    ]


async def test_without_both_settings_there_is_no_push() -> None:
    said: list[str] = []
    settings = Settings.model_validate({"sync": {"webhook_url": PUSH["webhook_url"]}})
    async with pushing(settings, SimpleNamespace(), None, said.append) as push:  # type: ignore[arg-type]
        assert push is None
    assert said == []


async def test_the_listener_echoes_the_token_and_hands_over_the_notices() -> None:
    received: list[list[ChangeNotice]] = []

    async def handle(notices: list[ChangeNotice]) -> None:
        received.append(notices)

    transport = httpx.ASGITransport(app=notification_listener(handle))
    async with httpx.AsyncClient(transport=transport, base_url="http://listener") as client:
        handshake = await client.post("/any/path", params={"validationToken": "abc 123"})
        notice = {
            "subscriptionId": "s1",
            "clientState": "state",
            "expirationDateTime": "2026-12-09T10:00:00Z",
            "resource": "api/p/g/v1.0/companies(x)/serviceOrders?$filter=x",
            "changeType": "collection",
            "lastModifiedDateTime": "2026-12-06T10:00:00Z",
        }
        notified = await client.post("/hook", json={"value": [notice]})
        junk = await client.post("/hook", content=b"[1, 2")
    assert (handshake.status_code, handshake.text) == (200, "abc 123")
    assert notified.status_code == 202
    assert junk.status_code == 400
    [[only]] = received
    assert (only.subscription_id, only.client_state, only.collection) == ("s1", "state", True)
    assert "state" not in repr(only)


def test_the_listener_address_must_be_host_and_port() -> None:
    for bad in ("8765", "host:", "host:99999", ":80"):
        try:
            SyncSettings(webhook_listen=bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} was taken")
    assert SyncSettings(webhook_listen="[::1]:8765").webhook_listen == "[::1]:8765"


class _Channel:
    """A DMS whose renewals fail: it is unavailable."""

    resource = "/api/p/g/v1.0/companies(c)/serviceOrders"

    def __init__(self) -> None:
        self.renewals = 0

    async def renew(self, *args: object) -> Subscription:
        self.renewals += 1
        raise Unavailable("The DMS is not answering.", "dms")

    async def get(self, subscription: Subscription) -> Subscription:
        return subscription


class _Stop(Exception):
    pass


@pytest.mark.allow_warning_logs
async def test_a_failing_renewal_waits_before_it_is_tried_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    settings = Settings.model_validate({"sync": {**PUSH, "interval_seconds": 3600}})
    push = PushImporting(_Channel(), settings, SecretStore(MemoryBackend()), now=lambda: now)  # type: ignore[arg-type]
    push._took(Subscription("s", 'W/"1"', PUSH["webhook_url"], now + timedelta(seconds=2)))
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        nonlocal now
        now += timedelta(seconds=seconds + 1)
        if len(waits) == 3:
            raise _Stop

    monkeypatch.setattr(push_module.asyncio, "sleep", sleep)
    with pytest.raises(_Stop):
        await push._supervise()
    assert waits[1:] == [60.0, 60.0]
