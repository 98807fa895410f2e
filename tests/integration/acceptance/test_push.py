"""Push in the site importer: changes reach Claire because the DMS notified them, while
the importer polls hourly."""

from __future__ import annotations

import signal

import httpx
import pytest

from tests.integration.acceptance.conftest import Importer, an_order, wait_for

STOP_WITHIN_S = 10.0


def test_the_handshake_then_a_change_reaches_claire_by_push(importer: Importer) -> None:
    subscription = wait_for(lambda: importer.subscriptions, "a subscription after the handshake")
    assert subscription[0]["notificationUrl"] == importer.listener
    importer.next_report()
    dms_number = an_order(importer)
    importer.edit(dms_number, mileageKm=312_345)
    record = wait_for(
        lambda: (r := importer.in_claire(dms_number)) and r["mileage"] == 312_345 and r,
        "the pushed change in Claire",
    )
    assert record["mileage"] == 312_345
    assert importer.next_report()["imported"] >= 1
    deliveries = importer.admin.get("/_sandbox/webhooks").json()["deliveries"]
    assert deliveries
    assert all(d["status"] == 202 for d in deliveries)


def test_a_notification_with_another_client_state_is_ignored(importer: Importer) -> None:
    wait_for(lambda: importer.subscriptions, "a subscription")
    importer.next_report()
    [ours] = importer.subscriptions
    forged = {
        "value": [
            {
                "subscriptionId": ours["subscriptionId"],
                "clientState": "not-the-secret",
                "expirationDateTime": ours["expirationDateTime"],
                "resource": ours["resource"],
                "changeType": "updated",
                "lastModifiedDateTime": "2026-01-01T00:00:00Z",
            }
        ]
    }
    answer = httpx.post(importer.listener, json=forged)
    # 2xx: Business Central would neither retry it nor delete the subscription.
    assert answer.status_code == 202
    # A real change afterwards: one walk for it, none for the forged notice before it.
    dms_number = an_order(importer, 1)
    importer.edit(dms_number, mileageKm=298_765)
    wait_for(
        lambda: (r := importer.in_claire(dms_number)) and r["mileage"] == 298_765,
        "the pushed change in Claire",
    )
    importer.next_report()
    assert importer.reports.empty()
    assert importer.walks == 2
    assert importer.subscriptions == [ours]
    secret = next(iter(importer.sandbox.incadea.webhooks.subscriptions.values())).client_state
    assert secret
    assert secret not in "".join(importer.err)


@pytest.mark.webhooks(collectionThreshold=2)
def test_a_collection_notice_is_walked(importer: Importer) -> None:
    wait_for(lambda: importer.subscriptions, "a subscription")
    importer.next_report()
    numbers = [an_order(importer, index) for index in (2, 3, 4)]
    for km, dms_number in enumerate(numbers, start=301_000):
        importer.edit(dms_number, mileageKm=km)
    wait_for(
        lambda: all(
            (r := importer.in_claire(n)) and r["mileage"] == km
            for km, n in enumerate(numbers, start=301_000)
        ),
        "the three changes of the collection in Claire",
    )
    deliveries = importer.admin.get("/_sandbox/webhooks").json()["deliveries"]
    assert [d["collection"] for d in deliveries] == [True]


@pytest.mark.webhooks(expirySeconds=6)
def test_the_subscription_is_renewed_before_it_expires(importer: Importer) -> None:
    [first] = wait_for(lambda: importer.subscriptions, "a subscription")
    renewed = wait_for(
        lambda: [s for s in importer.subscriptions if s["@odata.etag"] != first["@odata.etag"]],
        "a renewal",
        timeout=6,
    )
    assert renewed[0]["subscriptionId"] == first["subscriptionId"]
    assert renewed[0]["expirationDateTime"] > first["expirationDateTime"]


@pytest.mark.webhooks(expirySeconds=8)
def test_a_subscription_the_dms_deleted_is_created_again(importer: Importer) -> None:
    [first] = wait_for(lambda: importer.subscriptions, "a subscription")
    importer.next_report()
    importer.webhooks(forget="all")
    [again] = wait_for(lambda: importer.subscriptions, "a new subscription")
    assert again["subscriptionId"] != first["subscriptionId"]
    dms_number = an_order(importer, 5)
    importer.edit(dms_number, mileageKm=287_654)
    wait_for(
        lambda: (r := importer.in_claire(dms_number)) and r["mileage"] == 287_654,
        "a change pushed through the new subscription in Claire",
    )


def test_sigterm_deletes_the_subscription_and_exits(importer: Importer) -> None:
    wait_for(lambda: importer.subscriptions, "a subscription")
    importer.next_report()
    importer.process.send_signal(signal.SIGTERM)
    assert importer.process.wait(timeout=STOP_WITHIN_S) == 0
    assert importer.subscriptions == []
