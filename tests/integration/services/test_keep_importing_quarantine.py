"""Keep-importing with bad rows and wrong clocks, against the sandbox in process: one bad
row is held, the others of its page arrive, and the walk goes on."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from incadea_desk.sandbox import Sandbox
from incadea_desk.sandbox.data import ms
from incadea_desk.services.dms_kinds.incadea import INCADEA
from incadea_desk.services.events import QuarantineChanged
from incadea_desk.services.lifetime import Services
from tests.integration.services.conftest import claire_record, open_services


@pytest.fixture
async def sync(sandbox: Sandbox, tmp_path: Path) -> AsyncIterator[Services]:
    opened = await open_services(
        sandbox,
        tmp_path / "store.sqlite3",
        dms_transport=sandbox.incadea_transport(),
        claire_transport=sandbox.claire_transport(),
        claire_retry_initial_seconds=0,
    )
    yield opened
    await opened.aclose()


def _recent(sandbox: Sandbox, count: int) -> list[str]:
    """DMS numbers of orders changed lately, oldest change first (spread over the page)."""
    rows = sorted(
        sandbox.incadea.data.orders.values(), key=lambda r: r.data["lastModifiedDateTime"]
    )
    numbers = [str(r.data["documentNo"]) for r in rows[-60:]]
    return numbers[:: max(1, len(numbers) // count)][:count]


def _changed_in_window(sandbox: Sandbox, since: datetime) -> set[str]:
    return {
        str(r.data["documentNo"])
        for r in sandbox.incadea.data.orders.values()
        if r.data["lastModifiedDateTime"] >= since
    }


def _mark(sandbox: Sandbox, number: str, kind: str | None) -> None:
    dms = sandbox.incadea
    if kind is None:
        dms.bad_rows.marked.pop(number, None)
    else:
        dms.bad_rows.mark(number, kind)
    row = dms.data.order_by_document_no(number)
    assert row is not None
    dms.data.touch(row, ms(datetime.now(UTC)))


async def test_bad_rows_are_held_and_the_rest_of_their_pages_arrive(
    sync: Services, sandbox: Sandbox
) -> None:
    counts: list[int] = []
    sync.events.subscribe(
        lambda e: counts.append(e.count) if isinstance(e, QuarantineChanged) else None
    )
    kinds = ["missing_value", "unknown_line_type", "no_time_zone", "missing_line_value"]
    bad = dict(zip(_recent(sandbox, 4), kinds, strict=True))
    for number, kind in bad.items():
        _mark(sandbox, number, kind)
    report = await sync.sync.run_once()
    expected = _changed_in_window(sandbox, report.since)
    in_claire = {n for n in expected if claire_record(sandbox, n) is not None}
    assert in_claire == expected - set(bad)
    assert (report.held, report.quarantined, report.failed, report.complete) == (4, 4, 0, True)
    assert report.watermark is not None
    assert report.watermark >= datetime.now(UTC) - timedelta(minutes=1)
    rows = {row.dms_number: row for row in await sync.quarantine.rows()}
    assert set(rows) == set(bad)
    fields = {(row.field, row.reason_code, row.stage) for row in rows.values()}
    assert fields == {
        ("orderNo", "missing_value", "dms"),
        ("serviceLines[0].lineType", "unknown_value", "dms"),
        ("appointmentDateTime", "no_time_zone", "dms"),
        ("serviceLines[0].quantity", "missing_value", "dms"),
    }
    assert rows[next(iter(bad))].reason == "The DMS sent no value for orderNo."
    assert counts == [4]

    again = await sync.sync.run_once()
    assert {row.attempts for row in await sync.quarantine.rows()} == {2}
    assert again.held == 4

    for number in bad:
        sandbox.incadea.bad_rows.marked.pop(number)
    healed = await sync.sync.run_once()
    assert (healed.quarantined, healed.released) == (0, 4)
    assert all(claire_record(sandbox, n) is not None for n in bad)
    assert counts == [4, 0]


async def test_blank_and_range_end_dates_import(sync: Services, sandbox: Sandbox) -> None:
    [number] = _recent(sandbox, 1)
    _mark(sandbox, number, "range_ends")
    report = await sync.sync.run_once()
    assert (report.held, report.failed) == (0, 0)
    record = claire_record(sandbox, number)
    assert record is not None
    assert record["scheduled_in"] is None
    assert str(record["scheduled_out"]).startswith("9999-12-30")
    assert str(record["appointment_date"]).startswith("9999-12-30")
    car = record["car"]
    assert isinstance(car, dict)
    assert (car["warranty_end"], car["apk_date"]) == ("9999-12-31", None)


@pytest.mark.allow_warning_logs
async def test_a_row_stamped_in_the_future_does_not_freeze_the_walk(
    sync: Services, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    first, *later = _recent(sandbox, 4)
    row = sandbox.incadea.data.order_by_document_no(first)
    assert row is not None
    sandbox.incadea.data.touch(row, ms(datetime.now(UTC) + timedelta(days=365)))
    with caplog.at_level(logging.WARNING, "incadea_desk.services.keep_importing"):
        report = await sync.sync.run_once()
    assert report.future == 1
    assert "later than the DMS's clock" in caplog.text
    caplog.clear()
    assert claire_record(sandbox, first) is not None
    limit = datetime.now(UTC) + timedelta(seconds=sync.settings.sync.clock_tolerance_seconds)
    stored = await sync.store.watermarks.get(INCADEA.watermarks.changes)
    assert stored is not None
    assert stored <= limit
    for number in later:
        edited = sandbox.incadea.data.order_by_document_no(number)
        assert edited is not None
        edited.data["mileageKm"] = int(edited.data["mileageKm"]) + 1000
        sandbox.incadea.data.touch(edited, ms(datetime.now(UTC)))
    with caplog.at_level(logging.WARNING, "incadea_desk.services.keep_importing"):
        await sync.sync.run_once()
    for number in later:
        edited = sandbox.incadea.data.order_by_document_no(number)
        record = claire_record(sandbox, number)
        assert edited is not None
        assert record is not None
        assert record["mileage"] == edited.data["mileageKm"]


@pytest.mark.allow_warning_logs
@pytest.mark.parametrize("mode", ["item", "batch"])
async def test_an_appointment_claire_refuses_is_held_until_it_goes_through(
    sync: Services, sandbox: Sandbox, mode: str
) -> None:
    refused = _recent(sandbox, 3)[1]
    sandbox.claire.refusals[refused] = mode  # type: ignore[assignment]
    report = await sync.sync.run_once()
    expected = _changed_in_window(sandbox, report.since)
    missing = {n for n in expected if claire_record(sandbox, n) is None}
    assert missing == {refused}
    assert (report.held, report.failed, report.complete) == (1, 0, True)
    [held] = await sync.quarantine.rows()
    assert (held.dms_number, held.stage, held.reason_code) == (refused, "claire", "claire_refused")
    assert "validation_error" in held.reason or mode == "batch"
    assert await sync.quarantine.retry(refused) == 1
    del sandbox.claire.refusals[refused]
    assert await sync.quarantine.retry() == 0
    assert claire_record(sandbox, refused) is not None
    assert await sync.quarantine.count() == 0


@pytest.mark.allow_warning_logs
async def test_a_watermark_already_in_the_future_is_brought_back(
    sync: Services, sandbox: Sandbox
) -> None:
    await sync.sync.run_once()
    await sync.store.watermarks.set(
        INCADEA.watermarks.changes, datetime.now(UTC) + timedelta(days=365)
    )
    frozen = await sync.sync.run_once()
    limit = datetime.now(UTC) + timedelta(seconds=sync.settings.sync.clock_tolerance_seconds)
    assert frozen.watermark is not None
    assert frozen.watermark <= limit
    [number] = _recent(sandbox, 1)
    edited = sandbox.incadea.data.order_by_document_no(number)
    assert edited is not None
    edited.data["mileageKm"] = int(edited.data["mileageKm"]) + 500
    sandbox.incadea.data.touch(edited, ms(datetime.now(UTC)))
    await sync.sync.run_once()
    record = claire_record(sandbox, number)
    assert record is not None
    assert record["mileage"] == edited.data["mileageKm"]
