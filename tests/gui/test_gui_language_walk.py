"""After a language switch no English is left anywhere an advisor can read it.

The window is used first in English (a list, an opened workorder, an import,
a refresh that changed something, a written mileage, the activity log), then
switched to Dutch and to French. Every visible text of the main window, its
menus, status bar, the settings dialog and an error box is collected and held
against the English source texts of the catalogue whose translation differs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from incadea_desk.errors import Unavailable
from incadea_desk.ui.error_box import show_error
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.settings_dialog import SettingsDialog
from tests.gui.test_gui_attention import bad_row, claire_refuses, newest_orders, open_list, walk
from tests.gui.test_gui_translations import CATALOGUES
from tests.gui.test_gui_window import act, search, visits_by_plate

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

PLACEHOLDER = re.compile(r"%(?:\d|n)")


def english_texts(language: str) -> tuple[set[str], set[str]]:
    """Phrases (two words or more) and single words of the English sources that the
    catalogue of ``language`` words differently."""
    phrases: set[str] = set()
    words: set[str] = set()
    root = ET.parse(CATALOGUES / f"incadea_desk_{language}.ts").getroot()
    for message in root.iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        translated = " ".join(forms).replace("&", "").lower()
        for fragment in PLACEHOLDER.split(source):
            fragment = fragment.strip(" .,:;()·—-…")
            if not re.search("[A-Za-z]{2}", fragment) or fragment.lower() in translated:
                continue
            if " " in fragment:
                phrases.add(fragment)
            elif len(fragment) > 3:
                words.add(fragment)
    return phrases, words


def item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def walk(parent: QModelIndex) -> Iterator[str]:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                yield str(index.data() or "")
                yield str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            yield from walk(model.index(row, 0, parent))

    yield from walk(QModelIndex())


def visible_texts(top: QWidget) -> list[str]:
    texts = [top.windowTitle()]
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            texts.extend(item_texts(widget))
        if isinstance(widget, QMenu):
            texts.append(widget.title())
            texts.extend(a.text() for a in widget.actions())
            texts.extend(a.toolTip() for a in widget.actions())
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts.extend(header.text(i) for i in range(header.columnCount()))
    if isinstance(top, QMainWindow):
        texts.append(top.statusBar().currentMessage())
        texts.extend(a.text() for a in top.menuBar().actions())
    return [t.replace("&", "") for t in texts if t]


def english_left(texts: list[str], language: str) -> list[str]:
    phrases, words = english_texts(language)
    found = []
    for text in texts:
        for phrase in phrases:
            if phrase in text:
                found.append(f"{phrase!r} in {text!r}")
        for word in re.findall(r"[A-Za-z][A-Za-z'-]+", text):
            if word in words and text.strip(" :.").split() == [word]:
                found.append(f"{word!r} in {text!r}")
    return found


def use_in_english(qtbot: QtBot, desk) -> MainWindow:
    window = desk.window
    plate = next(p for p, rows in visits_by_plate(desk.sandbox).items() if len(rows) > 2)
    assert search(qtbot, window, plate)
    rows = window.results.results
    row = next(r for r in range(rows.rowCount()) if not rows.workorder(r).appointment.canceled)
    window.results.selectRow(row)
    assert act(qtbot, window, "open", lambda: qtbot.keyClick(window.results, Qt.Key.Key_Return))
    assert act(qtbot, window, "import", window.pane.import_button.click)
    dms_number = rows.workorder(row).appointment.dms_number
    waiting = bool(desk.dms_order(dms_number)["customerWaiting"])
    desk.admin_edit(dms_number, {"customerWaiting": not waiting})
    assert act(qtbot, window, "refresh", window.pane.refresh_button.click)
    km = int(desk.dms_order(dms_number)["mileageKm"]) + 500
    qtbot.keyClicks(window.pane.mileage.edit, str(km))
    assert act(qtbot, window, "mileage", window.pane.mileage.button.click)
    window.menus.activity_action.trigger()
    qtbot.waitUntil(lambda: window.activity.view.topLevelItemCount() >= 4, timeout=15_000)
    assert window.pane.mileage.outcome.text().startswith("The DMS mileage is now")
    return window


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_language_switch_leaves_no_english_in_the_window(
    qtbot: QtBot, desk, translations, language: str
) -> None:
    window = use_in_english(qtbot, desk)
    before = visible_texts(window)
    assert english_left(before, language), "the walk finds English while English is on"

    translations.switch(language)
    qtbot.waitUntil(lambda: window.menus.file_menu.title() != "&File")

    assert english_left(visible_texts(window), language) == []
    for menu in (window.menus.file_menu, window.menus.workorder_menu, window.menus.view_menu):
        assert english_left(visible_texts(menu), language) == []


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_settings_dialog_and_an_error_box_speak_the_language(
    qtbot: QtBot, desk, translations, language: str
) -> None:
    translations.switch(language)
    window = desk.window
    window.open_settings()
    dialog = next(w for w in window.findChildren(SettingsDialog) if w.isVisible())
    assert english_left(visible_texts(dialog), language) == []
    dialog.reject()

    box = show_error(window, Unavailable("The DMS cannot be reached.", "dms", status=503))
    qtbot.waitExposed(box)
    assert english_left(visible_texts(box), language) == []
    box.close()


@pytest.mark.allow_warning_logs
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_list_of_held_workorders_speaks_the_language(
    qtbot: QtBot, desk, translations, language: str
) -> None:
    order, refused = newest_orders(desk, 2)
    bad_row(desk, order)
    claire_refuses(desk, refused)
    walk(desk)
    dialog = open_list(qtbot, desk.window, 2)
    dialog.copy_button.click()
    assert english_left(visible_texts(dialog), language), "English while English is on"

    translations.switch(language)
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Workorders that need attention")

    assert english_left(visible_texts(dialog), language) == []
    assert english_left(visible_texts(desk.window), language) == []
