"""Starting and closing the window: background work runs, and closing stops it cleanly."""

from __future__ import annotations

import asyncio

import pytest
from pytestqt.qtbot import QtBot

from incadea_desk.sandbox import FaultSettings

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

WAIT_MS = 15_000


@pytest.mark.parametrize("desk_options", [{"keep_importing": True}])
def test_closing_while_keep_importing_runs_stops_everything(qtbot: QtBot, desk) -> None:
    window, services = desk.window, desk.services
    # Slow answers keep the first run busy long enough to close in the middle of it.
    desk.sandbox.set_faults(incadea=FaultSettings(latency_ms=50))
    qtbot.waitUntil(lambda: services.sync.progress.state == "running", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "running" in window.status.sync_label.text(), timeout=WAIT_MS)
    background = [task for task in asyncio.all_tasks() if not task.done()]
    assert background

    with qtbot.waitSignal(window.shutdown_finished, timeout=WAIT_MS):
        window.close()

    assert not window.isVisible()
    assert all(task.done() for task in background)


@pytest.mark.parametrize("desk_options", [{"keep_importing": True}])
def test_keep_importing_can_be_paused_and_resumed_from_the_status_bar(qtbot: QtBot, desk) -> None:
    window, services = desk.window, desk.services
    qtbot.waitUntil(lambda: services.sync.progress.last_run is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "last" in window.status.sync_label.text(), timeout=WAIT_MS)
    assert "imported" in window.status.sync_label.text()

    window.status.pause_button.click()

    assert services.sync.paused
    assert window.status.sync_label.text().startswith("Keep importing: paused")
    assert window.status.pause_button.text() == "Resume"

    window.status.pause_button.click()

    assert not services.sync.paused
    assert window.status.pause_button.text() == "Pause"


def test_the_activity_log_shows_this_workstations_actions(qtbot: QtBot, desk) -> None:
    window = desk.window
    order = next(
        r.data for r in desk.sandbox.incadea.data.orders.values() if not r.data["canceled"]
    )
    edit = window.search_bar.edit
    qtbot.keyClicks(edit, order["orderNo"])
    with qtbot.waitSignal(window.operation_finished, timeout=WAIT_MS):
        qtbot.keyClick(edit, "\r")
    with qtbot.waitSignal(window.operation_finished, timeout=WAIT_MS):
        window.pane.import_button.click()

    def logged() -> bool:
        rows = window.activity.rows
        return any(r.action == "Import" and order["orderNo"] in r.subject for r in rows)

    qtbot.waitUntil(logged, timeout=WAIT_MS)
    top = window.activity.view.topLevelItem(0)
    assert top is not None
    assert top.text(1) == "Import"
    assert top.text(3) == "created in Claire"


def test_the_status_bar_says_whether_each_system_answers(qtbot: QtBot, desk) -> None:
    status = desk.window.status
    qtbot.waitUntil(lambda: status.dms_label.text() == "● DMS: connected", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: status.claire_label.text() == "● Claire: connected", timeout=WAIT_MS)
    assert status.outbox_label.text() == "Outbox empty"


@pytest.mark.parametrize("desk_options", [{"keep_importing": True}])
def test_a_long_keep_importing_summary_does_not_widen_the_window(
    qtbot: QtBot, desk, translations
) -> None:
    window, services = desk.window, desk.services
    translations.switch("nl")
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: services.sync.progress.last_run is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "geïmporteerd" in window.status.sync_label.text(), timeout=WAIT_MS)

    summary = window.status.sync_label.text()
    assert len(summary) > 100
    assert window.status.sync_label.toolTip() == summary
    assert window.width() == 1024
    assert window.minimumSizeHint().width() <= 1024


@pytest.mark.parametrize("desk_options", [{"keep_importing": True}])
def test_a_background_walk_is_logged_in_the_advisors_language(
    qtbot: QtBot, desk, translations
) -> None:
    window = desk.window
    translations.switch("nl")

    def walk_logged() -> bool:
        return any(
            r.action == "Doorlopend importeren (achtergrond)" and r.result == "bijgewerkt"
            for r in window.activity.rows
        )

    qtbot.waitUntil(walk_logged, timeout=WAIT_MS)
