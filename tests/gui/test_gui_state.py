"""Text that stays true: every view of a workorder shows its latest state, and what an
action said is cleared when the next one starts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from incadea_desk.sandbox import FaultSettings
from incadea_desk.ui.results import Column
from tests.gui.test_gui_window import act, search, visits_by_plate

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

WAIT_MS = 15_000


def open_a_listed_workorder(qtbot: QtBot, desk) -> tuple[int, str]:
    window = desk.window
    plate = next(p for p, rows in visits_by_plate(desk.sandbox).items() if len(rows) > 2)
    assert search(qtbot, window, plate)
    rows = window.results.results
    row = next(
        r
        for r in range(rows.rowCount())
        if not rows.workorder(r).appointment.canceled
        and not rows.workorder(r).appointment.car_in_shop
        and not rows.workorder(r).appointment.car_out_of_shop
    )
    window.results.selectRow(row)
    assert act(qtbot, window, "open", lambda: qtbot.keyClick(window.results, Qt.Key.Key_Return))
    return row, rows.workorder(row).appointment.dms_number


def test_after_a_refresh_the_list_row_and_the_pane_agree(qtbot: QtBot, desk) -> None:
    window = desk.window
    row, dms_number = open_a_listed_workorder(qtbot, desk)
    model = window.results.results
    assert model.data(model.index(row, Column.STATUS)) == "Planned"

    desk.admin_edit(dms_number, {"carInShop": True})
    assert act(qtbot, window, "refresh", window.pane.refresh_button.click)

    assert window.pane.badge_status.text() == "In the workshop"
    assert model.data(model.index(row, Column.STATUS)) == "In the workshop"
    # Opening the row again shows the refreshed state, not the one first found.
    qtbot.keyClick(window, Qt.Key.Key_F6)
    window.results.selectRow(row)
    assert act(qtbot, window, "open", lambda: qtbot.keyClick(window.results, Qt.Key.Key_Return))
    assert window.pane.badge_status.text() == "In the workshop"


def test_the_next_action_clears_what_the_last_one_said(qtbot: QtBot, desk) -> None:
    window = desk.window
    open_a_listed_workorder(qtbot, desk)
    assert act(qtbot, window, "import", window.pane.import_button.click)
    assert window.pane.sync_label.text().startswith("Imported to Claire")

    seen: list[str] = []
    window.runner.busy_changed.connect(
        lambda busy, _label: seen.append(window.pane.sync_label.text()) if busy else None
    )
    assert act(qtbot, window, "refresh", window.pane.refresh_button.click)
    assert seen == [""], "the import's result is gone while the refresh runs"
    assert window.pane.sync_label.text().startswith("Refreshed at")


def test_a_failed_search_leaves_no_list_of_an_earlier_query(qtbot: QtBot, desk) -> None:
    window = desk.window
    plate = next(p for p, rows in visits_by_plate(desk.sandbox).items() if len(rows) > 2)
    assert search(qtbot, window, plate)
    assert window.results.isVisible()

    assert not search(qtbot, window, "#?")

    assert window.search_bar.hint.text() == "Not a WO number or a registration number."
    assert not window.results.isVisible()
    assert not window.results_strip.isVisible()


def test_an_error_box_says_what_failed(qtbot: QtBot, desk) -> None:
    window = desk.window
    open_a_listed_workorder(qtbot, desk)
    desk.sandbox.set_faults(claire=FaultSettings(error_rate=1.0, error_status=503))

    assert not act(qtbot, window, "import", window.pane.import_button.click)

    qtbot.waitUntil(lambda: window.last_error_box is not None, timeout=WAIT_MS)
    box = window.last_error_box
    assert box is not None
    assert box.windowTitle() == "The import into Claire failed"
    assert box.text().startswith("Claire cannot be reached")
    box.close()
