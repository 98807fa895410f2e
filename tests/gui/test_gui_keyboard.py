"""Keyboard only: shortcuts reach every action, and they are named in the tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

WAIT_MS = 15_000


def test_search_open_import_and_correct_the_mileage_without_a_mouse(qtbot: QtBot, desk) -> None:
    window, sandbox = desk.window, desk.sandbox
    order = next(
        r.data
        for r in sorted(sandbox.incadea.data.orders.values(), key=lambda r: r.data["documentNo"])
        if not r.data["canceled"]
    )
    km = order["mileageKm"]
    window.activateWindow()
    window.results.setFocus()

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_bar.edit
    qtbot.keyClicks(window.search_bar.edit, order["orderNo"])
    with qtbot.waitSignal(window.operation_finished, timeout=WAIT_MS):
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.pane.import_button

    with qtbot.waitSignal(window.operation_finished, timeout=WAIT_MS) as done:
        qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert done.args == ["import", True]

    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.pane.mileage.edit
    qtbot.keyClicks(window.pane.mileage.edit, str(km + 10))
    with qtbot.waitSignal(window.operation_finished, timeout=WAIT_MS) as done:
        qtbot.keyClick(window.pane.mileage.edit, Qt.Key.Key_Return)
    assert done.args == ["mileage", True]
    assert window.pane.mileage.outcome.text().startswith("The DMS mileage is now")
    assert desk.dms_order(order["documentNo"])["mileageKm"] == km + 10

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_bar.edit
    assert window.search_bar.edit.selectedText() == window.search_bar.edit.text()
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Escape)
    assert window.search_bar.edit.text() == ""


def test_tab_moves_through_the_pane_in_reading_order(qtbot: QtBot, desk) -> None:
    window = desk.window
    order = next(r.data for r in desk.sandbox.incadea.data.orders.values())
    qtbot.keyClicks(window.search_bar.edit, order["orderNo"])
    with qtbot.waitSignal(window.operation_finished, timeout=WAIT_MS):
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)

    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())

    assert seen == [
        window.pane.refresh_button,
        window.pane.mileage.edit,
        window.pane.mileage.button,
    ] or seen[:2] == [window.pane.refresh_button, window.pane.mileage.edit]


def test_every_action_names_its_shortcut(desk) -> None:
    window = desk.window
    for action in (
        window.menus.find_action,
        window.menus.import_action,
        window.menus.refresh_action,
        window.menus.mileage_action,
        window.menus.pause_action,
        window.menus.settings_action,
        window.menus.quit_action,
        window.menus.attention_action,
    ):
        shortcut = action.shortcut().toString()
        assert shortcut
        assert f"({shortcut}" in action.toolTip(), action.objectName()
    assert "(F5)" in window.pane.refresh_button.toolTip()
    assert "(Ctrl+I)" in window.pane.import_button.toolTip()
    for widget in (
        window.search_bar.edit,
        window.search_bar.button,
        window.results,
        window.pane.import_button,
        window.pane.refresh_button,
        window.pane.mileage.edit,
        window.pane.mileage.button,
        window.status.pause_button,
    ):
        assert widget.accessibleName(), widget.objectName()
