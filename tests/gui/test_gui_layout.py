"""The advisor's screen: a whole workorder at a glance on a 1366x768 laptop.

A maximised window on a 1366x768 screen has about 1366x698 pixels inside it
(a 40 px taskbar and a 30 px title bar on Windows). With a workorder opened from
a list of several, everything an advisor needs must be inside the pane's
visible viewport without scrolling, also with every text 40% longer than in
English (stretched strings, ``tests/gui/stretched.py``), and no text is cut off.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QRect, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from incadea_desk.ui.attention import REASON
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.widgets import ElidedLabel
from tests.gui.stretched import KEPT, stretch, stretched_catalogue, visible_length
from tests.gui.test_gui_attention import break_orders, open_list, walk
from tests.gui.test_gui_settings import empty_dialog
from tests.gui.test_gui_translations import CATALOGUES, tool
from tests.gui.test_gui_window import act, search, visits_by_plate

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

LAPTOP = (1366, 698)
FULL_HD = (1920, 1010)
# Windows laptops at 1920x1080 scale to 125 % or 150 %: in device-independent pixels the
# screen is 1536x864 or 1280x720, and the window gets it less the taskbar and title bar.
SCREENS = {
    "1366x768": (LAPTOP, 1.0),
    "1920x1080 at 125%": ((1536, 794), 1.25),
    "1920x1080 at 150%": ((1280, 650), 1.5),
}


def open_from_a_list(qtbot: QtBot, desk) -> MainWindow:
    window = desk.window
    plate = next(p for p, rows in visits_by_plate(desk.sandbox).items() if len(rows) > 2)
    assert search(qtbot, window, plate)
    rows = window.results.results
    row = next(r for r in range(rows.rowCount()) if not rows.workorder(r).appointment.canceled)
    window.results.selectRow(row)
    assert act(qtbot, window, "open", lambda: qtbot.keyClick(window.results, Qt.Key.Key_Return))
    return window


def in_view(window: MainWindow, widget: QWidget) -> bool:
    """Shown, and wholly inside the pane's visible viewport (and the window)."""
    if not widget.isVisible():
        return False
    viewport = window.pane.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return viewport.rect().contains(rect) and window.rect().contains(
        QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    )


def essentials(window: MainWindow) -> dict[str, QWidget]:
    pane = window.pane
    customer = pane.parties.form_for("driver") or pane.parties.form_for("contractor")
    assert customer is not None
    reach = next(
        key
        for key in ("mobile_private", "phone_private", "email_private", "mobile_business")
        if customer.values[key].text() not in ("", "–")
    )
    widgets = {
        "title (WO number, plate)": pane.title,
        "subtitle (make/model, customer)": pane.subtitle,
        "status badge": pane.badge_status,
        "customer name": customer.values["last_name"],
        "how to reach the customer": customer.values[reach],
        "appointment": pane.appointment_form.values["appointment_date"],
        "promised (scheduled out)": pane.appointment_form.values["scheduled_out"],
        "DMS mileage": pane.mileage.dms_value,
        "new mileage field": pane.mileage.edit,
        "write back": pane.mileage.button,
        "interventions": pane.interventions,
        "total excl. VAT": pane.total_excl,
        "total incl. VAT": pane.total_incl,
    }
    if pane.warnings_frame.isVisibleTo(pane):
        widgets["data warnings"] = pane.warnings_frame
    return widgets


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_a_workorder_opened_from_a_list_fits_a_laptop_screen(
    qtbot: QtBot, desk, translations, language: str, screen: str
) -> None:
    size, scale = SCREENS[screen]
    translations.switch(language)
    window = desk.window
    window.resize(*size)
    if "QT_SCALE_FACTOR" in os.environ:
        assert window.devicePixelRatio() == scale
    window = open_from_a_list(qtbot, desk)
    qtbot.waitUntil(lambda: window.results_strip.isVisible())

    assert not window.results.isVisible(), "the list folds away once a workorder is open"
    assert not window.activity.isVisible(), "the activity log starts hidden"
    outside = [name for name, w in essentials(window).items() if not in_view(window, w)]
    assert outside == []
    assert window.pane.verticalScrollBar().value() == 0
    tree = window.pane.interventions
    first = tree.visualItemRect(tree.topLevelItem(0))
    assert tree.viewport().rect().contains(first), "the first intervention line is visible"


@pytest.mark.skipif("QT_SCALE_FACTOR" in os.environ, reason="runs the scaled screens itself")
@pytest.mark.parametrize("screen", [s for s, (_size, scale) in SCREENS.items() if scale != 1.0])
def test_the_scaled_screens_fit_at_their_scale_factor(screen: str) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            __file__,
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            f"fits_a_laptop and {screen.split()[-1].rstrip('%')}",
        ],
        env={**os.environ, "QT_SCALE_FACTOR": str(SCREENS[screen][1])},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert "3 passed" in done.stdout


def test_one_key_brings_the_list_back_and_folds_it_again(qtbot: QtBot, desk) -> None:
    window = open_from_a_list(qtbot, desk)
    count = window.results.results.rowCount()
    assert window.results_strip.text().startswith(f"▸ {count} workorders found for ")

    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.results.isVisible()
    assert window.results.hasFocus()
    assert not window.results_strip.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert not window.results.isVisible()
    assert window.results_strip.isVisible()


def test_full_hd_keeps_the_list_and_gives_the_lines_the_extra_height(qtbot: QtBot, desk) -> None:
    window = desk.window
    window.resize(*LAPTOP)
    open_from_a_list(qtbot, desk)
    qtbot.waitUntil(lambda: window.pane.interventions.isVisible())
    laptop = window.pane.interventions.height()

    window.resize(*FULL_HD)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert act(qtbot, window, "open", lambda: qtbot.keyClick(window.results, Qt.Key.Key_Return))
    assert window.results.isVisible(), "there is room for the list above the workorder"
    qtbot.waitUntil(lambda: window.pane.interventions.height() > laptop + 50)
    # The wide labels settle one layout pass after the tall ones.
    qtbot.waitUntil(lambda: all(in_view(window, w) for w in essentials(window).values()))
    pane_bottom = window.pane.viewport().height()
    box = window.pane.interventions_box
    assert box.mapTo(window.pane.viewport(), QPoint(0, box.height())).y() > pane_bottom - 40


def test_the_empty_pane_under_a_list_asks_to_choose(qtbot: QtBot, desk) -> None:
    window = desk.window
    plate = next(p for p, rows in visits_by_plate(desk.sandbox).items() if len(rows) > 2)
    assert search(qtbot, window, plate)
    count = window.results.results.rowCount()

    assert window.pane.title.text() == f"Choose one of the {count} workorders above"
    assert window.results.isVisible()


def test_the_results_columns_fit_their_content(qtbot: QtBot, desk) -> None:
    window = desk.window
    window.resize(*LAPTOP)
    plate = next(p for p, rows in visits_by_plate(desk.sandbox).items() if len(rows) > 2)
    assert search(qtbot, window, plate)
    header = window.results.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    status = widths[-1]
    assert status < 0.25 * sum(widths), "the status column is as wide as its words"


@pytest.fixture
def stretched(qapp: QApplication, translations, tmp_path: Path) -> Iterator[None]:
    """Every text of the window 40% longer than in English."""
    compiled = stretched_catalogue(
        CATALOGUES / "incadea_desk_en.ts", tool("pyside6-lrelease"), tmp_path
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def leased(desk) -> str:
    """The WO number of a workorder whose driver is not its contractor, a lease company:
    one tab per person, one title with "— lease company"."""
    data = desk.sandbox.incadea.data
    for row in sorted(data.orders.values(), key=lambda r: r.data["orderNo"]):
        order = row.data
        vehicle = data.vehicles.get(order["vehicleId"])
        contractor = data.customers.get(order["contractorCustomerId"])
        if vehicle is None or contractor is None or order["canceled"]:
            continue
        driven_by_another = vehicle.data["driverCustomerId"] != contractor.data["id"]
        if contractor.data["isLeaseCompany"] and driven_by_another:
            return str(order["orderNo"])
    raise AssertionError("the sandbox has no leased car")


def cut_off(root: QWidget) -> list[str]:
    """The visible labels and buttons in ``root`` that show less than their text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, ElidedLabel):
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            if widget.wordWrap():
                short = widget.height() < widget.heightForWidth(widget.width())
            else:
                short = widget.width() < widget.sizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            short = widget.width() < widget.sizeHint().width()
        elif isinstance(widget, QTabBar):
            found += [f"{widget.objectName()}: {text!r}" for text in tabs_cut_off(widget)]
            continue
        else:
            continue
        if short:
            found.append(f"{widget.objectName() or type(widget).__name__}: {widget.text()!r}")
    return found


def tabs_cut_off(bar: QTabBar) -> list[str]:
    """Tabs scrolled out of sight, or shortened without their whole title in the tooltip."""
    cut = []
    for index in range(bar.count()):
        rect, text = bar.tabRect(index), bar.tabText(index)
        shortened = rect.width() < bar.tabSizeHint(index).width()
        if not bar.rect().contains(rect) or (shortened and bar.tabToolTip(index) != text):
            cut.append(text)
    return cut


def settled_cut_off(qtbot: QtBot, root: QWidget) -> list[str]:
    """What stays cut off once the layouts have caught up with the last texts set."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not cut_off(root), timeout=2000)
    return cut_off(root)


@given(st.text(st.characters(codec="utf-8"), max_size=60))
def test_a_stretched_text_is_longer_and_keeps_its_placeholders(text: str) -> None:
    stretched = stretch(text)
    assert KEPT.findall(stretched) == KEPT.findall(text)
    letters = sum(ch.isalpha() for ch in KEPT.sub("", text))
    if letters:
        # Tags are not seen, so the visible text is what grows.
        assert visible_length(stretched) >= 1.4 * visible_length(text)


def test_a_stretched_text_keeps_its_accelerator_and_wraps_between_words() -> None:
    assert stretch("P&ort: %n workorder(s), %L1 km") == "PP&oorrt: %n wwoorrkkorrddeer(ss), %L1 kkm"


def test_stretched_strings_fit_a_laptop_screen_and_none_is_cut_off(
    qtbot: QtBot, desk, stretched
) -> None:
    window = desk.window
    assert window.menuBar().actions()[0].text() == stretch("&File")
    window.resize(*LAPTOP)
    window = open_from_a_list(qtbot, desk)
    qtbot.waitUntil(lambda: window.results_strip.isVisible())
    pane = window.pane
    ctrl = Qt.KeyboardModifier.ControlModifier
    assert act(qtbot, window, "import", lambda: qtbot.keyClick(window, Qt.Key.Key_I, ctrl))
    shown = pane.workorder
    assert shown is not None
    waiting = not shown.appointment.customer_waiting
    desk.admin_edit(shown.appointment.dms_number, {"customerWaiting": waiting})
    assert act(qtbot, window, "refresh", lambda: qtbot.keyClick(window, Qt.Key.Key_F5))
    qtbot.keyClicks(pane.mileage.edit, "9999999")

    assert pane.changes_label.isVisible()
    assert pane.mileage.feedback.text()
    assert window.width() <= LAPTOP[0], "no text makes the window wider than the screen"
    outside = [name for name, w in essentials(window).items() if not in_view(window, w)]
    assert outside == []
    assert pane.horizontalScrollBar().maximum() == 0, "the pane needs no sideways scroll"
    assert settled_cut_off(qtbot, window) == []

    number = leased(desk)
    assert search(qtbot, window, number)
    assert number in pane.title.text()
    assert pane.parties.tabs.count() > 1
    assert settled_cut_off(qtbot, window) == []


@pytest.mark.parametrize(("preset", "auth_mode"), [("online", "oauth"), ("onprem", "ntlm")])
def test_the_settings_dialog_with_stretched_strings_fits_and_none_is_cut_off(
    qtbot: QtBot, qloop, stretched, preset: str, auth_mode: str
) -> None:
    dialog = empty_dialog(qtbot, [])
    dms = dialog.dms
    dms.preset.setCurrentIndex(dms.preset.findData(preset))
    dms.auth_mode.setCurrentIndex(dms.auth_mode.findData(auth_mode))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.error.text() != "")

    assert dialog.windowTitle() == stretch("Settings")
    assert dialog.width() <= LAPTOP[0]
    assert dialog.height() <= LAPTOP[1]
    assert settled_cut_off(qtbot, dialog) == []


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_the_held_workorders_fit_a_laptop_screen(
    qtbot: QtBot, desk, translations, language: str
) -> None:
    translations.switch(language)
    window = desk.window
    window.resize(*LAPTOP)
    break_orders(desk, 2)
    walk(desk)
    open_from_a_list(qtbot, desk)
    button = window.status.attention_button
    qtbot.waitUntil(button.isVisible)

    assert window.rect().contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size()))
    assert button.width() >= button.sizeHint().width(), "the count is not cut off"
    dialog = open_list(qtbot, window, 2)
    assert dialog.width() <= LAPTOP[0]
    assert dialog.height() <= LAPTOP[1]
    for widget in (dialog.retry_button, dialog.retry_all_button, dialog.copy_button):
        assert widget.isVisible()
        assert widget.width() >= widget.sizeHint().width()
    header = dialog.view.header()
    for column in range(header.count()):
        if column != REASON:
            assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()
