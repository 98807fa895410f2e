"""Mileage correction in the detail pane: judged as typed, written only if higher,
kept in the outbox while the DMS is unreachable and sent when it is back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from incadea_desk.sandbox import FaultSettings, Sandbox
from incadea_desk.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

WAIT_MS = 15_000
DMS_DOWN = FaultSettings(error_rate=1.0, error_status=503)


def act(qtbot: QtBot, window: MainWindow, name: str, action: Any) -> bool:
    with qtbot.waitSignal(
        window.operation_finished, timeout=WAIT_MS, check_params_cb=lambda n, _ok: n == name
    ) as blocker:
        action()
    return bool(blocker.args[1])


def open_a_workorder(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> dict[str, Any]:
    rows = sorted(sandbox.incadea.data.orders.values(), key=lambda r: str(r.data["documentNo"]))
    order = next(r.data for r in rows if not r.data["canceled"] and r.data["mileageKm"])
    edit = window.search_bar.edit
    qtbot.keyClicks(edit, order["orderNo"])
    assert act(qtbot, window, "search", lambda: qtbot.keyClick(edit, Qt.Key.Key_Return))
    assert window.pane.workorder is not None
    return order


def type_mileage(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.pane.mileage.edit.clear()
    qtbot.keyClicks(window.pane.mileage.edit, text)


def write_back(qtbot: QtBot, window: MainWindow) -> bool:
    button = window.pane.mileage.button
    return act(
        qtbot, window, "mileage", lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    )


def test_the_field_judges_what_is_typed(qtbot: QtBot, desk) -> None:
    window = desk.window
    order = open_a_workorder(qtbot, window, desk.sandbox)
    km = order["mileageKm"]
    editor = window.pane.mileage

    type_mileage(qtbot, window, "45,5")
    assert not editor.button.isEnabled()
    assert "decimals" in editor.feedback.text()

    type_mileage(qtbot, window, str(km - 100))
    assert not editor.button.isEnabled()
    assert "lower than" in editor.feedback.text()

    type_mileage(qtbot, window, f"{km + 2_000:,}".replace(",", ".") + " km")
    assert editor.button.isEnabled()
    assert "can be written back" in editor.feedback.text()


def test_a_lower_mileage_is_refused_with_the_reason(qtbot: QtBot, desk) -> None:
    """The advisor's value is higher than the DMS value on screen, but another user
    wrote a higher one meanwhile: the re-read right before the write refuses it."""
    window = desk.window
    order = open_a_workorder(qtbot, window, desk.sandbox)
    km = order["mileageKm"]
    type_mileage(qtbot, window, str(km + 500))
    desk.admin_edit(order["documentNo"], {"mileageKm": km + 1_000})

    assert write_back(qtbot, window)

    outcome = window.pane.mileage.outcome.text()
    assert outcome.startswith("Refused")
    assert f"{km + 500:,} km is not higher than the {km + 1_000:,} km" in outcome
    assert desk.dms_order(order["documentNo"])["mileageKm"] == km + 1_000


def test_a_higher_mileage_is_written_to_the_dms(qtbot: QtBot, desk) -> None:
    window = desk.window
    order = open_a_workorder(qtbot, window, desk.sandbox)
    km = order["mileageKm"]
    type_mileage(qtbot, window, str(km + 1_234))

    assert write_back(qtbot, window)

    assert desk.dms_order(order["documentNo"])["mileageKm"] == km + 1_234
    editor = window.pane.mileage
    assert editor.outcome.text() == (
        f"Written: the DMS now holds {km + 1_234:,} km (was {km:,} km)."
    )
    assert editor.dms_value.text().startswith(f"{km + 1_234:,} km")
    assert editor.edit.text() == ""


def test_an_implausible_jump_needs_confirmation(qtbot: QtBot, desk) -> None:
    window = desk.window
    order = open_a_workorder(qtbot, window, desk.sandbox)
    km = order["mileageKm"]
    type_mileage(qtbot, window, str(km + 150_000))
    assert "confirm" in window.pane.mileage.feedback.text()

    def answer_yes() -> None:
        box = window.findChild(object, "confirmJump")
        assert box is not None
        assert f"{km + 150_000:,} km" in box.text()
        box.buttons()[0].click()

    with qtbot.waitSignal(
        window.operation_finished, timeout=WAIT_MS, check_params_cb=lambda n, _ok: n == "mileage"
    ):
        qtbot.mouseClick(window.pane.mileage.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.findChild(object, "confirmJump") is not None)
        answer_yes()

    assert desk.dms_order(order["documentNo"])["mileageKm"] == km + 150_000
    assert window.pane.mileage.outcome.text().startswith("Written")


def test_unreachable_dms_queues_the_correction_and_sends_it_when_back(qtbot: QtBot, desk) -> None:
    window, sandbox = desk.window, desk.sandbox
    order = open_a_workorder(qtbot, window, sandbox)
    km = order["mileageKm"]
    type_mileage(qtbot, window, str(km + 777))
    sandbox.set_faults(incadea=DMS_DOWN)

    assert write_back(qtbot, window)

    assert window.pane.mileage.outcome.text().startswith("Queued")
    status = window.status
    assert status.outbox_label.text() == "1 correction waiting for the DMS"
    assert status.dms_label.text() == "● DMS: unreachable"
    assert status.send_now_button.isVisible()
    assert desk.dms_order(order["documentNo"])["mileageKm"] == km

    sandbox.set_faults()
    # The outbox loop may send it by itself first; "Send now" then finds nothing waiting.
    assert act(qtbot, window, "outbox", status.send_now_button.click)

    assert desk.dms_order(order["documentNo"])["mileageKm"] == km + 777
    assert status.outbox_label.text() == "Outbox empty"
    assert status.dms_label.text() == "● DMS: connected"
    assert not status.send_now_button.isVisible()
    assert window.pane.mileage.outcome.text().startswith("Written")
