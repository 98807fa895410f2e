"""The errors with a sentence of their own, answered by the sandbox over loopback: what
Business Central's error codes and the HTTP statuses 405, 410 and 413 tell the advisor,
and a Claire key that does not cover the location or can no longer be used."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from incadea_desk.claire import ClaireClient
from incadea_desk.errors import AuthenticationError, Refused, RemoteError, Unavailable
from incadea_desk.incadea import IncadeaClient
from incadea_desk.sandbox import FaultSettings, LoopbackUrls, Sandbox

DMS_FAILURES = [
    (
        403,
        "Authorization_InsufficientPermissions",
        AuthenticationError,
        "The DMS accepted the sign-in but does not let this account do this; ask your "
        "administrator to check the account's permissions.",
    ),
    (
        503,
        "Internal_TenantUnavailable",
        Unavailable,
        "The DMS is not accessible right now, for example during an update; try again "
        "later, and tell your administrator if it lasts.",
    ),
    (
        404,
        "BadRequest_ResourceNotFound",
        Refused,
        "The DMS does not offer the page or API incadea-desk is set up to use; ask your "
        "administrator to check the connection settings.",
    ),
    (
        405,
        None,
        Refused,
        "The DMS does not take this kind of request here; its web services may be turned "
        "off. Ask your administrator.",
    ),
    (
        410,
        None,
        Refused,
        "The DMS no longer offers this address; ask your administrator to update the "
        "connection settings.",
    ),
    (
        413,
        None,
        Refused,
        "The DMS refused the request as too large. This is a fault in incadea-desk; please "
        "report it to support with the details.",
    ),
]


@pytest.mark.parametrize(("status", "code", "kind", "sentence"), DMS_FAILURES)
async def test_each_dms_failure_has_its_plain_sentence(
    dms: IncadeaClient,
    sandbox: Sandbox,
    status: int,
    code: str | None,
    kind: type[RemoteError],
    sentence: str,
) -> None:
    sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=status, error_code=code))
    with pytest.raises(RemoteError) as caught:
        await dms.find_by_order_no("4711")
    assert type(caught.value) is kind
    assert caught.value.user_message == sentence
    assert caught.value.status == status
    assert caught.value.request_id


@pytest.fixture
async def claire_admin(urls: LoopbackUrls, sandbox: Sandbox) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=urls.claire_base_url) as admin:
        yield admin
        every = list(sandbox.claire.credentials.location_ids)
        restored = await admin.post(
            "/_sandbox/keys", json={"state": "active", "location_ids": every}
        )
        restored.raise_for_status()


async def test_a_location_outside_the_keys_scope_is_named_not_unreachable(
    claire: ClaireClient, sandbox: Sandbox, claire_admin: httpx.AsyncClient
) -> None:
    others = [loc for loc in sandbox.claire.credentials.location_ids if loc != sandbox.location_id]
    (await claire_admin.post("/_sandbox/keys", json={"location_ids": others})).raise_for_status()
    with pytest.raises(AuthenticationError) as caught:
        await claire.ping()
    assert caught.value.status == 403
    assert caught.value.user_message == (
        f"Claire's API key does not cover location {sandbox.location_id}; check the location "
        "in Settings, or ask Claire for a key that includes it."
    )
    assert caught.value.arguments == {"location": sandbox.location_id}


@pytest.mark.parametrize("state", ["disabled", "revoked"])
async def test_a_disabled_or_revoked_key_says_so(
    claire: ClaireClient, claire_admin: httpx.AsyncClient, state: str
) -> None:
    (await claire_admin.post("/_sandbox/keys", json={"state": state})).raise_for_status()
    with pytest.raises(AuthenticationError) as caught:
        await claire.ping()
    assert caught.value.code == f"api_key_{state}"
    assert caught.value.user_message == (
        "Claire's API key has been disabled or revoked; ask Claire for a new key and enter "
        "it in Settings."
    )
