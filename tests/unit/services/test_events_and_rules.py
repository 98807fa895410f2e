from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from incadea_desk.services.events import ConnectionState, EventBus, OutboxChanged
from incadea_desk.services.mileage import merge_highest
from incadea_desk.services.outbox import BASE_DELAY, MAX_DELAY, backoff
from incadea_desk.store import MileageCorrection


def test_subscribers_get_events_in_order_until_they_unsubscribe() -> None:
    bus = EventBus()
    seen: list[object] = []
    unsubscribe = bus.subscribe(seen.append)
    bus.publish(OutboxChanged(1))
    unsubscribe()
    unsubscribe()
    bus.publish(OutboxChanged(2))
    assert seen == [OutboxChanged(1)]


@pytest.mark.allow_warning_logs
def test_a_failing_subscriber_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    seen: list[object] = []

    def broken(_event: object) -> None:
        raise RuntimeError("bug in a view")

    bus.subscribe(broken)
    bus.subscribe(seen.append)
    event = ConnectionState("dms", False, "The DMS cannot be reached.")
    bus.publish(event)
    assert seen == [event]
    assert any(
        r.levelno == logging.ERROR and "ConnectionState" in r.message for r in caplog.records
    )


def test_waiting_corrections_merge_to_the_highest_value() -> None:
    assert merge_highest(MileageCorrection(100, False), MileageCorrection(90, True)) == (
        MileageCorrection(100, False)
    )
    assert merge_highest(MileageCorrection(100), MileageCorrection(120)) == MileageCorrection(120)
    assert merge_highest(MileageCorrection(100, False), MileageCorrection(100, True)) == (
        MileageCorrection(100, True)
    )


def test_backoff_doubles_per_attempt_with_jitter_and_a_cap() -> None:
    assert backoff(1, jitter=lambda: 1.0) == BASE_DELAY
    assert backoff(2, jitter=lambda: 1.0) == BASE_DELAY * 2
    assert backoff(3, jitter=lambda: 0.0) == BASE_DELAY * 2
    assert backoff(40, jitter=lambda: 1.0) == MAX_DELAY
    assert backoff(40, jitter=lambda: 0.0) == MAX_DELAY / 2
    assert backoff(1) >= timedelta(0)
