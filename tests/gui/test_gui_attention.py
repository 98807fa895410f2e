"""What the window shows of the workorders keep-importing holds back, against the sandbox.

Rows are held the way keep-importing holds them: a DMS row the walk cannot read (the
sandbox DMS sends it without its appointment date), or an appointment Claire refused.
The tests read what the status bar and the list show, what lands on the clipboard, and
what Claire holds after a retry.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from incadea_desk.services import Services
from incadea_desk.services.quarantine import backoff_for, refused_by_claire
from incadea_desk.ui.attention import DMS, FIELD, REASON, WO, AttentionDialog
from incadea_desk.ui.formatting import fmt_datetime
from incadea_desk.ui.main_window import MainWindow
from tests.gui.conftest import sandbox_settings
from tests.gui.test_gui_window import act

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

WAIT_MS = 15_000


def newest_orders(desk, count: int) -> list[dict[str, Any]]:
    """The most recently changed workorders: the ones a walk is sure to read."""
    rows = sorted(
        desk.sandbox.incadea.data.orders.values(),
        key=lambda row: (row.data["lastModifiedDateTime"], row.data["documentNo"]),
        reverse=True,
    )
    return [row.data for row in rows[:count]]


def break_orders(desk, count: int) -> list[tuple[dict[str, Any], datetime]]:
    """The DMS sends these workorders without their appointment date; returns each
    order with the date it had, to fix it again."""
    broken = []
    for order in newest_orders(desk, count):
        broken.append((order, order["appointmentDateTime"]))
        order["appointmentDateTime"] = None
    return broken


def walk(desk) -> None:
    """One run of keep-importing, as the background loop runs it."""
    desk.run(desk.services.sync.run_once())


def hold_refused_by_claire(desk, order: dict[str, Any], code: str) -> None:
    quarantine = desk.services.quarantine
    record = refused_by_claire(order["documentNo"], order["orderNo"], str(order["id"]), code, None)
    desk.run(quarantine.hold([record], backoff_for(desk.settings.sync)))


def open_list(qtbot: QtBot, window: MainWindow, count: int) -> AttentionDialog:
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.attention
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.view.topLevelItemCount() == count, timeout=WAIT_MS)
    return dialog


def shown(dialog: AttentionDialog) -> list[list[str]]:
    view = dialog.view
    return [
        [view.topLevelItem(r).text(c) for c in range(view.columnCount())]  # type: ignore[union-attr]
        for r in range(view.topLevelItemCount())
    ]


def in_claire(desk, dms_number: str) -> bool:
    claire = desk.sandbox.claire
    return any(key[1] == dms_number for key in claire.by_key)


def test_nothing_is_shown_while_nothing_is_held(qtbot: QtBot, desk) -> None:
    window = desk.window
    walk(desk)
    qtbot.waitUntil(lambda: window.status.dms_label.text() != "", timeout=WAIT_MS)

    assert not window.status.attention_button.isVisible()
    dialog = open_list(qtbot, window, 0)
    assert dialog.intro.text().startswith("Nothing needs attention")
    assert not dialog.retry_all_button.isEnabled()
    assert not dialog.copy_button.isEnabled()


def test_the_status_bar_counts_the_held_workorders_in_english_and_dutch(
    qtbot: QtBot, desk, translations
) -> None:
    window = desk.window
    button = window.status.attention_button
    break_orders(desk, 2)
    walk(desk)

    qtbot.waitUntil(button.isVisible, timeout=WAIT_MS)
    assert button.text() == "⚠ 2 workorders need attention"
    assert button.property("tone") == "warn"
    translations.switch("nl")
    qtbot.waitUntil(lambda: button.text() == "⚠ 2 werkorders vragen aandacht", timeout=WAIT_MS)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.attention is not None
    qtbot.waitUntil(lambda: window.attention.view.topLevelItemCount() == 2, timeout=WAIT_MS)


@pytest.fixture
def held_before_start(run, sandbox, tmp_path) -> None:
    """An earlier session of this workstation left a workorder in the quarantine."""
    settings, secrets = sandbox_settings(sandbox)

    async def earlier_session() -> None:
        services = await Services.open(
            settings,
            secrets,
            dms_transport=sandbox.incadea_transport(),
            claire_transport=sandbox.claire_transport(),
            store_path=tmp_path / "store.sqlite3",
        )
        try:
            await services.sync.run_once()
        finally:
            await services.aclose()

    newest = max(sandbox.incadea.data.orders.values(), key=lambda r: r.data["lastModifiedDateTime"])
    newest.data["appointmentDateTime"] = None
    run(earlier_session())


def test_the_count_is_shown_at_start_from_the_store(qtbot: QtBot, held_before_start, desk) -> None:
    button = desk.window.status.attention_button

    qtbot.waitUntil(button.isVisible, timeout=WAIT_MS)
    assert button.text() == "⚠ 1 workorder needs attention"


def test_the_list_names_each_held_workorder_and_why(qtbot: QtBot, desk, translations) -> None:
    ((order, _date),) = break_orders(desk, 1)
    walk(desk)
    refused = newest_orders(desk, 2)[1]
    hold_refused_by_claire(desk, refused, "validation_error")
    held = {row.dms_number: row for row in desk.run(desk.services.quarantine.rows())}

    dialog = open_list(qtbot, desk.window, 2)

    lines = {line[DMS]: line for line in shown(dialog)}
    assert lines[order["documentNo"]] == [
        order["documentNo"],
        order["orderNo"],
        "appointmentDateTime",
        "The DMS sent no value for appointmentDateTime.",
        fmt_datetime(held[order["documentNo"]].first_seen),
        "1",
    ]
    assert lines[refused["documentNo"]][FIELD] == "–"
    assert lines[refused["documentNo"]][REASON] == (
        "Claire refused this workorder (code validation_error)."
    )

    translations.switch("nl")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Werkorders die aandacht vragen")
    lines = {line[DMS]: line for line in shown(dialog)}
    assert lines[order["documentNo"]][REASON] == (
        "Het DMS stuurde geen waarde voor appointmentDateTime."
    )
    assert lines[refused["documentNo"]][REASON] == (
        "Claire weigerde deze werkorder (code validation_error)."
    )


def test_retry_imports_the_fixed_workorder_and_keeps_the_one_that_still_fails(
    qtbot: QtBot, desk
) -> None:
    window = desk.window
    (fixed, date), (still, _date) = break_orders(desk, 2)
    walk(desk)
    dialog = open_list(qtbot, window, 2)
    assert not in_claire(desk, fixed["documentNo"])

    fixed["appointmentDateTime"] = date
    assert not act(qtbot, window, "retry", dialog.retry_all_button.click)

    assert [line[DMS] for line in shown(dialog)] == [still["documentNo"]]
    assert dialog.state.text() == ("1 workorder imported. 1 still held; the reason is in the list.")
    assert dialog.state.property("tone") == "warn"
    assert in_claire(desk, fixed["documentNo"])
    assert not in_claire(desk, still["documentNo"])
    qtbot.waitUntil(lambda: window.status.attention_button.text().startswith("⚠ 1 "))

    still["appointmentDateTime"] = _date
    dialog.view.topLevelItem(0).setSelected(True)  # type: ignore[union-attr]
    assert act(qtbot, window, "retry", dialog.retry_button.click)

    assert shown(dialog) == []
    assert dialog.state.text() == "1 workorder imported."
    assert in_claire(desk, still["documentNo"])
    qtbot.waitUntil(lambda: not window.status.attention_button.isVisible(), timeout=WAIT_MS)


def test_copy_puts_the_selected_line_on_the_clipboard(qtbot: QtBot, desk) -> None:
    ((order, _date),) = break_orders(desk, 1)
    walk(desk)
    (row,) = desk.run(desk.services.quarantine.rows())
    dialog = open_list(qtbot, desk.window, 1)
    QGuiApplication.clipboard().clear()

    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    assert QGuiApplication.clipboard().text() == (
        f"DMS number: {order['documentNo']}; WO number: {order['orderNo']}; "
        "Field: appointmentDateTime; Reason: The DMS sent no value for appointmentDateTime.; "
        f"Since: {fmt_datetime(row.first_seen)}"
    )
    assert dialog.state.text() == "1 line copied to the clipboard."
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith(f"DMS number: {order['documentNo']};")


def test_escape_closes_the_list(qtbot: QtBot, desk) -> None:
    dialog = open_list(qtbot, desk.window, 0)

    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)

    assert not dialog.isVisible()


def test_a_long_dms_value_is_shortened_and_stays_plain_text(qtbot: QtBot, desk) -> None:
    ((order, _date),) = break_orders(desk, 1)
    order["orderNo"] = "<b>bold</b>" + "9" * 400
    walk(desk)

    dialog = open_list(qtbot, desk.window, 1)

    ((line),) = shown(dialog)
    assert line[WO] == order["orderNo"], "the whole value is kept, as text"
    thirty_characters = dialog.fontMetrics().averageCharWidth() * 30
    assert dialog.view.header().sectionSize(WO) <= thirty_characters
    assert dialog.view.horizontalScrollBar().maximum() == 0, "nothing to scroll sideways to"
    assert dialog.width() <= desk.window.width()
    tip = dialog.view.topLevelItem(0).toolTip(WO)  # type: ignore[union-attr]
    assert html.escape(order["orderNo"]) in tip, "the tooltip shows the tags as text"
