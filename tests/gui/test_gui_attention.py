"""What the window shows of the workorders keep-importing holds back, against the sandbox.

Rows are held the way keep-importing holds them: the sandbox DMS sends a row the walk
cannot read (its bad-row knob), or the sandbox Claire refuses an appointment.
The tests read what the status bar and the list show, what lands on the clipboard, and
what Claire holds after a retry.
"""

from __future__ import annotations

import html
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from incadea_desk.sandbox import Sandbox
from incadea_desk.services.lifetime import Services
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


async def ask_sandbox(sandbox: Sandbox, system: str, path: str, body: dict[str, Any]) -> None:
    transport = sandbox.incadea_transport() if system == "dms" else sandbox.claire_transport()
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
        (await client.post(path, json=body)).raise_for_status()


def bad_row(desk, order: dict[str, Any], kind: str | None = "no_time_zone") -> None:
    """The DMS sends ``order`` in a shape the contract does not allow (None: fixed again)."""
    body = {"documentNo": order["documentNo"], "kind": kind}
    desk.run(ask_sandbox(desk.sandbox, "dms", "/_sandbox/bad-row", body))


def claire_refuses(desk, order: dict[str, Any], refuses: bool = True) -> None:
    body = {"dms_nr": order["documentNo"], "mode": "item" if refuses else None}
    desk.run(ask_sandbox(desk.sandbox, "claire", "/_sandbox/refuse", body))


def break_orders(desk, count: int) -> list[dict[str, Any]]:
    orders = newest_orders(desk, count)
    for order in orders:
        bad_row(desk, order)
    return orders


def walk(desk) -> None:
    """One run of keep-importing, as the background loop runs it."""
    desk.run(desk.services.sync.run_once())


def open_list(qtbot: QtBot, window: MainWindow, count: int) -> AttentionDialog:
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.attention
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.view.topLevelItemCount() == count, timeout=WAIT_MS)
    return dialog


def shown(dialog: AttentionDialog) -> dict[str, list[str]]:
    """The list's lines by DMS number."""
    view = dialog.view
    lines = [
        [view.topLevelItem(r).text(c) for c in range(view.columnCount())]  # type: ignore[union-attr]
        for r in range(view.topLevelItemCount())
    ]
    return {line[DMS]: line for line in lines}


def in_claire(desk, order: dict[str, Any]) -> bool:
    return any(number == order["documentNo"] for _location, number in desk.sandbox.claire.by_key)


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
def held_before_start(run, sandbox: Sandbox, tmp_path) -> None:
    """An earlier session of this workstation left a workorder in the quarantine."""
    settings, secrets = sandbox_settings(sandbox)

    async def earlier_session() -> None:
        newest = max(
            sandbox.incadea.data.orders.values(), key=lambda r: r.data["lastModifiedDateTime"]
        )
        body = {"documentNo": newest.data["documentNo"], "kind": "unknown_line_type"}
        await ask_sandbox(sandbox, "dms", "/_sandbox/bad-row", body)
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

    run(earlier_session())


def test_the_count_is_shown_at_start_from_the_store(qtbot: QtBot, held_before_start, desk) -> None:
    button = desk.window.status.attention_button

    qtbot.waitUntil(button.isVisible, timeout=WAIT_MS)
    assert button.text() == "⚠ 1 workorder needs attention"


@pytest.mark.allow_warning_logs
def test_the_list_names_each_held_workorder_and_why(qtbot: QtBot, desk, translations) -> None:
    order, refused = newest_orders(desk, 2)
    bad_row(desk, order)
    claire_refuses(desk, refused)
    walk(desk)
    held = {row.dms_number: row for row in desk.run(desk.services.quarantine.rows())}

    dialog = open_list(qtbot, desk.window, 2)

    lines = shown(dialog)
    assert lines[order["documentNo"]] == [
        order["documentNo"],
        order["orderNo"],
        "appointmentDateTime",
        "The DMS sent a date and time without a time zone in appointmentDateTime.",
        fmt_datetime(held[order["documentNo"]].first_seen),
        "1",
    ]
    assert lines[refused["documentNo"]][FIELD] == "–"
    assert lines[refused["documentNo"]][REASON] == (
        "Claire refused this workorder (code validation_error)."
    )

    translations.switch("nl")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Werkorders die aandacht vragen")
    lines = shown(dialog)
    assert lines[order["documentNo"]][REASON] == (
        "Het DMS stuurde in appointmentDateTime een datum en tijd zonder tijdzone."
    )
    assert lines[refused["documentNo"]][REASON] == (
        "Claire weigerde deze werkorder (code validation_error)."
    )


@pytest.mark.allow_warning_logs
def test_retry_imports_the_fixed_workorder_and_keeps_the_one_that_still_fails(
    qtbot: QtBot, desk
) -> None:
    window = desk.window
    fixed, refused = newest_orders(desk, 2)
    bad_row(desk, fixed)
    claire_refuses(desk, refused)
    walk(desk)
    dialog = open_list(qtbot, window, 2)
    assert not in_claire(desk, fixed)

    bad_row(desk, fixed, None)
    assert not act(qtbot, window, "retry", dialog.retry_all_button.click)

    assert list(shown(dialog)) == [refused["documentNo"]]
    assert dialog.state.text() == "1 workorder imported. 1 still held; the reason is in the list."
    assert dialog.state.property("tone") == "warn"
    assert in_claire(desk, fixed)
    assert not in_claire(desk, refused)
    qtbot.waitUntil(lambda: window.status.attention_button.text().startswith("⚠ 1 "))

    claire_refuses(desk, refused, False)
    dialog.view.topLevelItem(0).setSelected(True)  # type: ignore[union-attr]
    assert act(qtbot, window, "retry", dialog.retry_button.click)

    assert shown(dialog) == {}
    assert dialog.state.text() == "1 workorder imported."
    assert in_claire(desk, refused)
    qtbot.waitUntil(lambda: not window.status.attention_button.isVisible(), timeout=WAIT_MS)


def test_copy_puts_the_selected_line_on_the_clipboard(qtbot: QtBot, desk) -> None:
    (order,) = break_orders(desk, 1)
    walk(desk)
    (row,) = desk.run(desk.services.quarantine.rows())
    dialog = open_list(qtbot, desk.window, 1)
    QGuiApplication.clipboard().clear()

    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    assert QGuiApplication.clipboard().text() == (
        f"DMS number: {order['documentNo']}; WO number: {order['orderNo']}; "
        "Field: appointmentDateTime; "
        "Reason: The DMS sent a date and time without a time zone in appointmentDateTime.; "
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
    (order,) = newest_orders(desk, 1)
    number = "<b>bold</b>" + "9" * 400
    body = {
        "documentNo": order["documentNo"],
        "set": {"orderNo": number, "appointmentDateTime": None},
    }
    desk.run(ask_sandbox(desk.sandbox, "dms", "/_sandbox/bad-row", body))
    walk(desk)

    dialog = open_list(qtbot, desk.window, 1)

    (line,) = shown(dialog).values()
    assert line[WO] == number, "the whole value is kept, as text"
    thirty_characters = dialog.fontMetrics().averageCharWidth() * 30
    assert dialog.view.header().sectionSize(WO) <= thirty_characters
    assert dialog.view.horizontalScrollBar().maximum() == 0, "nothing to scroll sideways to"
    assert dialog.width() <= desk.window.width()
    tip = dialog.view.topLevelItem(0).toolTip(WO)  # type: ignore[union-attr]
    assert html.escape(number) in tip, "the tooltip shows the tags as text"
