"""Mileage correction in the detail pane: judged as typed, written only if higher,
kept in the outbox while the DMS is unreachable and sent when it is back."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from incadea_desk.sandbox import FaultSettings, Sandbox
from incadea_desk.services.events import Retrying
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.theme import LIGHT

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
    assert outcome == (
        f"{km + 500:,} km is lower than the {km + 1_000:,} km the DMS holds; "
        "rolling back an odometer is not allowed."
    )
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
        f"The DMS mileage is now {km + 1_234:,} km (was {km:,} km). Claire has the new mileage too."
    )
    assert editor.dms_value.text().startswith(f"{km + 1_234:,} km")
    assert editor.edit.text() == ""


def test_a_write_is_rendered_once(qtbot: QtBot, desk, monkeypatch: pytest.MonkeyPatch) -> None:
    window = desk.window
    order = open_a_workorder(qtbot, window, desk.sandbox)
    editor = window.pane.mileage
    shown: list[str] = []
    render = editor.show_outcome
    monkeypatch.setattr(
        editor, "show_outcome", lambda tone, text: (shown.append(tone), render(tone, text))
    )
    type_mileage(qtbot, window, str(order["mileageKm"] + 10))

    assert write_back(qtbot, window)

    assert shown == ["ok"]
    assert editor.outcome.text().startswith("The DMS mileage is now")


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
    assert window.pane.mileage.outcome.text().startswith("The DMS mileage is now")


def test_unreachable_dms_queues_the_correction_and_sends_it_when_back(qtbot: QtBot, desk) -> None:
    window, sandbox = desk.window, desk.sandbox
    order = open_a_workorder(qtbot, window, sandbox)
    km = order["mileageKm"]
    type_mileage(qtbot, window, str(km + 777))
    sandbox.set_faults(incadea=DMS_DOWN)

    assert write_back(qtbot, window)

    assert "is kept and sent" in window.pane.mileage.outcome.text()
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
    assert window.pane.mileage.outcome.text().startswith("The DMS mileage is now")


def test_a_queued_value_is_amber_waits_in_the_outbox_and_is_not_sent_twice(
    qtbot: QtBot, desk
) -> None:
    window, sandbox = desk.window, desk.sandbox
    order = open_a_workorder(qtbot, window, sandbox)
    km = order["mileageKm"]
    editor = window.pane.mileage
    type_mileage(qtbot, window, str(km + 321))
    sandbox.set_faults(incadea=DMS_DOWN)

    assert write_back(qtbot, window)

    assert editor.outcome.text().startswith("The DMS cannot be reached")
    assert editor.outcome.property("tone") == "warn"
    assert editor.edit.text() == str(km + 321)
    assert editor.feedback.text() == (
        f"{km + 321:,} km is waiting in the outbox; it is written when the DMS answers again."
    )
    assert editor.feedback.property("tone") == "warn"
    assert not editor.button.isEnabled(), "the same value cannot be sent a second time"
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert window.status.outbox_label.text() == "1 correction waiting for the DMS"

    # Typing again is a new action: the queued sentence is no longer news.
    type_mileage(qtbot, window, str(km + 400))
    assert editor.outcome.text() == ""
    assert editor.button.isEnabled()


def test_a_dms_known_to_be_down_queues_at_once(qtbot: QtBot, desk, monkeypatch) -> None:
    window, sandbox = desk.window, desk.sandbox
    order = open_a_workorder(qtbot, window, sandbox)
    km = order["mileageKm"]
    sandbox.set_faults(incadea=DMS_DOWN)
    type_mileage(qtbot, window, str(km + 10))
    assert write_back(qtbot, window)
    assert window.status.dms_label.text() == "● DMS: unreachable"
    outcomes: list[Any] = []
    service = desk.services.mileage
    original = service.correct

    async def kept(*args: Any, **kwargs: Any) -> Any:
        outcomes.append(await original(*args, **kwargs))
        return outcomes[-1]

    monkeypatch.setattr(service, "correct", kept)
    type_mileage(qtbot, window, str(km + 20))
    assert write_back(qtbot, window)

    assert "is kept and sent" in window.pane.mileage.outcome.text()
    # Queued without asking the DMS (and waiting through its retries) again.
    assert outcomes[0].message.startswith("The DMS did not answer the last request.")
    assert window.status.outbox_label.text() == "1 correction waiting for the DMS"


def amber(qtbot: QtBot, widget: QWidget) -> bool:
    """Rendered on the warning background (what the advisor sees), not only coloured text."""
    qtbot.waitUntil(
        lambda: widget.isVisible() and widget.height() >= widget.heightForWidth(widget.width()),
        timeout=WAIT_MS,
    )
    image = widget.grab().toImage()
    return (
        image.pixelColor(image.width() - 2, image.height() // 2).name() == LIGHT.warning_background
    )


def test_warnings_under_the_mileage_field_are_amber(qtbot: QtBot, desk) -> None:
    window = desk.window
    order = open_a_workorder(qtbot, window, desk.sandbox)
    km = order["mileageKm"]
    editor = window.pane.mileage
    type_mileage(qtbot, window, str(km + 150_000))
    assert "you will be asked to confirm" in editor.feedback.text()
    assert amber(qtbot, editor.feedback)

    type_mileage(qtbot, window, str(km + 5))
    assert not amber(qtbot, editor.feedback), "a plain verdict is not amber"
    desk.sandbox.set_faults(incadea=DMS_DOWN)
    assert write_back(qtbot, window)
    assert "is kept and sent" in editor.outcome.text()
    assert amber(qtbot, editor.outcome)


def test_keep_importing_says_the_dms_cannot_be_reached(qtbot: QtBot, desk) -> None:
    window = desk.window
    desk.sandbox.set_faults(incadea=DMS_DOWN)

    desk.run(desk.services.sync.run_once())

    qtbot.waitUntil(lambda: "stopped" in window.status.sync_label.text(), timeout=WAIT_MS)
    assert "stopped, the DMS cannot be reached" in window.status.sync_label.text()
    assert "0 failed" not in window.status.sync_label.text()
    assert window.status.sync_label.property("tone") == "warn"


def test_the_connection_state_comes_back_by_itself(qtbot: QtBot, desk) -> None:
    """Nothing else asks the DMS (no search, no outbox item, keep-importing off)."""
    window = desk.window
    qtbot.waitUntil(lambda: window.status.connection("dms") == "online", timeout=WAIT_MS)
    desk.sandbox.set_faults(incadea=DMS_DOWN)
    assert not search_text(qtbot, window, "4711")
    assert window.status.dms_label.text() == "● DMS: unreachable"

    desk.sandbox.set_faults()
    probe = asyncio.ensure_future(desk.services.probe_while_unreachable(interval_s=0.05))
    try:
        qtbot.waitUntil(
            lambda: window.status.dms_label.text() == "● DMS: connected", timeout=WAIT_MS
        )
    finally:
        probe.cancel()
        qtbot.waitUntil(probe.done, timeout=WAIT_MS)


def search_text(qtbot: QtBot, window: MainWindow, text: str) -> bool:
    edit = window.search_bar.edit
    edit.clear()
    qtbot.keyClicks(edit, text)
    return act(qtbot, window, "search", lambda: qtbot.keyClick(edit, Qt.Key.Key_Return))


def test_the_pane_says_the_dms_is_retried(qtbot: QtBot, desk) -> None:
    window, sandbox = desk.window, desk.sandbox
    order = open_a_workorder(qtbot, window, sandbox)
    qtbot.waitUntil(lambda: window.status.connection("dms") == "online", timeout=WAIT_MS)
    type_mileage(qtbot, window, str(order["mileageKm"] + 50))
    seen: list[str] = []
    # Connected after the window's own slot, so it reads what the window just showed.
    window.bridge.retrying.connect(lambda *_: seen.append(window.pane.mileage.outcome.text()))
    sandbox.set_faults(incadea=DMS_DOWN)

    assert write_back(qtbot, window)

    assert seen
    assert seen[0] == "The DMS is not answering, retrying (2/5)…"
    assert "is kept and sent" in window.pane.mileage.outcome.text()


def test_a_background_retry_is_not_announced_during_an_advisors_action(qtbot: QtBot, desk) -> None:
    window, sandbox = desk.window, desk.sandbox
    order = open_a_workorder(qtbot, window, sandbox)
    qtbot.waitUntil(lambda: window.status.connection("dms") == "online", timeout=WAIT_MS)
    type_mileage(qtbot, window, str(order["mileageKm"] + 50))
    announced: list[tuple[str, int, int]] = []
    shown: list[str] = []

    def retried(system: str, attempt: int, attempts: int) -> None:
        announced.append((system, attempt, attempts))
        shown.append(window.pane.mileage.outcome.text())
        if len(announced) == 1:
            # Keep-importing's request to Claire is retried while the advisor waits.
            desk.services.events.publish(Retrying("claire", 7, 9, for_advisor=False))

    window.bridge.retrying.connect(retried)
    sandbox.set_faults(incadea=DMS_DOWN)

    assert write_back(qtbot, window)

    assert announced
    assert all(system == "dms" for system, _, _ in announced)
    assert not any("7/9" in text for text in [*shown, window.pane.mileage.outcome.text()])
