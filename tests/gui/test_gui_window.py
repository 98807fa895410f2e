"""The window as an advisor uses it, against the sandbox DMS and Claire in process.

Every test acts through the widgets (keys, clicks) and asserts what the
window shows, and where it matters what the sandbox DMS or Claire now holds.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from incadea_desk.sandbox import FaultSettings, Sandbox
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.results import Column

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform of the test run cannot size native windows; a real desktop can.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

WAIT_MS = 15_000


def visits_by_plate(sandbox: Sandbox) -> dict[str, list[dict[str, Any]]]:
    visits: dict[str, list[dict[str, Any]]] = {}
    for row in sandbox.incadea.data.orders.values():
        compact = "".join(ch for ch in str(row.data["registrationNo"]) if ch.isalnum())
        visits.setdefault(compact, []).append(row.data)
    return visits


def plate_with_a_cancelled_visit(sandbox: Sandbox) -> tuple[str, list[dict[str, Any]]]:
    candidates = [
        (plate, rows)
        for plate, rows in visits_by_plate(sandbox).items()
        if len(rows) > 2 and any(r["canceled"] for r in rows) and plate[:1].isdigit()
    ]
    return max(candidates, key=lambda item: len(item[1]))


def act(qtbot: QtBot, window: MainWindow, name: str, action: Any) -> bool:
    """Do ``action`` and wait until the window reports that ``name`` ended; its success."""
    with qtbot.waitSignal(
        window.operation_finished, timeout=WAIT_MS, check_params_cb=lambda n, _ok: n == name
    ) as blocker:
        action()
    return bool(blocker.args[1])


def search(qtbot: QtBot, window: MainWindow, text: str) -> bool:
    edit = window.search_bar.edit
    edit.clear()
    qtbot.keyClicks(edit, text)
    return act(qtbot, window, "search", lambda: qtbot.keyClick(edit, Qt.Key.Key_Return))


def open_workorder(qtbot: QtBot, window: MainWindow, wo_number: str) -> None:
    assert search(qtbot, window, wo_number)
    assert f"WO {wo_number}" in window.pane.title.text()


def a_workorder(sandbox: Sandbox) -> dict[str, Any]:
    """An open (not cancelled) workorder whose WO number is unique."""
    rows = sorted(sandbox.incadea.data.orders.values(), key=lambda r: str(r.data["documentNo"]))
    return next(r.data for r in rows if not r.data["canceled"])


def test_plate_typed_in_lower_case_without_dashes_lists_every_visit(qtbot: QtBot, desk) -> None:
    window = desk.window
    plate, visits = plate_with_a_cancelled_visit(desk.sandbox)

    assert search(qtbot, window, plate.lower())

    assert window.search_bar.edit.text() != plate.lower()
    assert window.search_bar.edit.text().replace("-", "") == plate
    assert "-" in window.search_bar.edit.text()
    model = window.results.results
    assert window.results.isVisible()
    assert model.rowCount() == len(visits)
    shown = {model.index(r, Column.WO_NUMBER).data() for r in range(model.rowCount())}
    assert shown == {v["orderNo"] for v in visits}
    cancelled = next(r for r in range(model.rowCount()) if model.workorder(r).appointment.canceled)
    status = model.index(cancelled, Column.STATUS).data()
    assert status == "Cancelled"
    font = model.index(cancelled, Column.WO_NUMBER).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.strikeOut()
    assert window.pane.workorder is None


def test_a_result_is_picked_with_the_keyboard(qtbot: QtBot, desk) -> None:
    window = desk.window
    plate, _visits = plate_with_a_cancelled_visit(desk.sandbox)
    assert search(qtbot, window, plate.lower())
    assert window.results.hasFocus()

    qtbot.keyClick(window.results, Qt.Key.Key_Down)
    act(qtbot, window, "open", lambda: qtbot.keyClick(window.results, Qt.Key.Key_Return))

    chosen = window.results.results.workorder(1)
    assert window.pane.workorder == chosen
    assert window.pane.title.text().startswith(f"WO {chosen.appointment.wo_number}")
    assert window.pane.appointment_form.values["dms_number"].text() == (
        chosen.appointment.dms_number
    )


def test_a_single_hit_opens_directly(qtbot: QtBot, desk) -> None:
    window = desk.window
    order = a_workorder(desk.sandbox)

    assert search(qtbot, window, f"wo {order['orderNo']}")

    assert not window.results.isVisible()
    assert window.pane.workorder is not None
    assert window.pane.workorder.appointment.dms_number == order["documentNo"]
    assert window.pane.mileage.dms_value.text().startswith(f"{order['mileageKm']:,} km")


def test_import_then_refresh_shows_what_changed_in_the_dms(qtbot: QtBot, desk) -> None:
    window, sandbox = desk.window, desk.sandbox
    order = a_workorder(sandbox)
    open_workorder(qtbot, window, order["orderNo"])

    assert act(
        qtbot,
        window,
        "import",
        lambda: qtbot.mouseClick(window.pane.import_button, Qt.MouseButton.LeftButton),
    )
    assert "Imported to Claire" in window.pane.sync_label.text()
    claire_id = sandbox.claire.by_key[(sandbox.location_id, order["documentNo"])]
    record = sandbox.claire.appointments[claire_id]
    assert record["customer_waiting"] is order["customerWaiting"]

    edited = not order["customerWaiting"]
    desk.admin_edit(order["documentNo"], {"customerWaiting": edited})
    assert act(qtbot, window, "refresh", lambda: qtbot.keyClick(window, Qt.Key.Key_F5))

    assert "Refreshed" in window.pane.sync_label.text()
    assert "Customer waiting" in window.pane.changes_label.text()
    assert window.pane.appointment_form.values["customer_waiting"].text() == (
        "yes" if edited else "no"
    )
    assert window.pane.badge_waiting.isVisible() is edited
    assert sandbox.claire.appointments[claire_id]["customer_waiting"] is edited


def test_text_that_is_no_wo_number_or_plate_is_explained_not_searched(qtbot: QtBot, desk) -> None:
    window = desk.window

    assert not search(qtbot, window, "!!")

    assert window.search_bar.hint.text() == "Not a WO number or a registration number."
    assert window.search_bar.hint.toolTip()
    assert window.pane.workorder is None


def test_an_unreachable_dms_is_one_sentence_and_shown_in_the_status_bar(qtbot: QtBot, desk) -> None:
    window = desk.window
    desk.sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=503))

    assert not search(qtbot, window, "wo 104000")

    box = window.last_error_box
    assert box is not None
    assert box.text() == (
        "The DMS cannot be reached right now; check the connection and try again later."
    )
    assert "HTTP status: 503" in box.detailedText()
    assert window.status.dms_label.text() == "● DMS: unreachable"
    box.close()
