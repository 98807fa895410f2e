"""Hostile text from the DMS stays text in the window: markup is shown, not rendered; a
megabyte of description is capped before it reaches Qt and whole on the clipboard.

The sandbox serves over real loopback HTTP; its ``/_sandbox/texts`` route makes every
free text of a workorder (plate, VIN, make, model, names, address, contact data, job
titles and descriptions, line codes and descriptions) hostile.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from incadea_desk.errors import InputError
from incadea_desk.sandbox import LoopbackThread, LoopbackUrls, Sandbox
from incadea_desk.ui.error_box import show_error
from incadea_desk.ui.i18n import Translations
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.widgets import TOOLTIP_LIMIT, VALUE_LIMIT
from tests.gui.loopback import loopback_window
from tests.gui.test_gui_window import a_workorder, act, open_workorder, search

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

HOSTILE = (
    "<b>bold</b> <img src='file:///etc/passwd'> <a href='https://evil.example/'>click</a> "
    "\u202eesrever\nsecond line\tcolumn\x00end"
)
MEGABYTE = "<i>long</i> " + "x" * 1_000_000 + " the end"
MARKUP = ("<b>bold</b>", "<img src='file:///etc/passwd'>", "<a href='https://evil.example/'>")


@dataclass
class Hostile:
    window: MainWindow
    sandbox: Sandbox
    urls: LoopbackUrls


@pytest.fixture
def hostile(
    run: Any, qtbot: QtBot, tmp_path: Path, translations: Translations
) -> Iterator[Hostile]:
    sandbox = Sandbox(seed=7)
    with LoopbackThread(sandbox) as urls:
        environ = sandbox.environment(urls.incadea_base_url, urls.claire_base_url)
        with loopback_window(
            run, qtbot, tmp_path, translations, environ, keep_importing=False
        ) as window:
            yield Hostile(window, sandbox, urls)


def make_hostile(urls: LoopbackUrls, document_no: str) -> None:
    with httpx.Client(base_url=urls.incadea_base_url, timeout=30) as admin:
        admin.post(
            "/_sandbox/texts",
            json={"documentNo": document_no, "text": HOSTILE, "long_text": MEGABYTE},
        ).raise_for_status()


def rendered(tooltip: str) -> str:
    """What a tooltip shows: Qt renders it as rich text when it looks like markup."""
    if not GuiQt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def tree_items(window: MainWindow) -> list[QTreeWidgetItem]:
    items = []
    walk = QTreeWidgetItemIterator(window.pane.interventions)
    while walk.value():
        items.append(walk.value())
        walk += 1
    return items


def test_every_dms_text_is_shown_as_text_and_capped(qtbot: QtBot, hostile: Hostile) -> None:
    window = hostile.window
    order = a_workorder(hostile.sandbox)
    open_workorder(qtbot, window, str(order["orderNo"]))
    assert act(qtbot, window, "import", window.pane.import_button.click)
    make_hostile(hostile.urls, str(order["documentNo"]))
    assert act(qtbot, window, "refresh", window.pane.refresh_button.click)
    pane = window.pane

    # A value label holds the literal text, as text.
    for form, key in [
        (pane.car_form, "make"),
        (pane.car_form, "model"),
        (pane.car_form, "registration"),
        (pane.car_form, "vin"),
    ]:
        label = form.values[key]
        assert label.textFormat() == Qt.TextFormat.PlainText, key
        assert label.text() == HOSTILE, key
    party = pane.parties.forms[0]
    for key in ("first_name", "last_name", "street", "place", "email_private"):
        if party.values[key].isVisibleTo(pane):
            assert party.values[key].text() == HOSTILE, key

    # The title is one line: no line break and no bidirectional control from the data.
    title = pane.title.text()
    assert "<b>bold</b>" in title
    assert not {"\n", "\t", "\u202e", "\x00"} & set(title)

    # Every label of the window shows plain text; none holds more than Qt can lay out.
    for label in window.findChildren(QLabel):
        if any(markup in label.text() for markup in MARKUP):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        assert len(label.text()) <= 2 * TOOLTIP_LIMIT, label.objectName()
        assert "x" * (2 * VALUE_LIMIT) not in label.text(), label.objectName()

    # What a refresh changed is worded with the hostile text on one line; the tooltip
    # shows the markup rather than rendering it.
    changes = pane.changes_label
    assert changes.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold</b>" in changes.text()
    assert "\n" not in changes.text()
    assert "<b>bold</b>" in rendered(changes.toolTip())

    # The tree: one capped line per row, tooltips that show the markup.
    items = tree_items(window)
    assert items
    for item in items:
        for column in range(item.columnCount()):
            assert len(item.text(column)) <= VALUE_LIMIT
            assert "\n" not in item.text(column)
            assert len(item.toolTip(column)) <= 2 * TOOLTIP_LIMIT
    line = next(i for i in items if i.parent() is not None and "<img" in i.text(0))
    assert all(markup in rendered(line.toolTip(0)) for markup in MARKUP)
    note = next(i for i in items if i.text(0).startswith("<i>long</i>"))
    assert rendered(note.toolTip(0)).startswith("<i>long</i> xxx")

    # The whole description is one copy away.
    tree = pane.interventions
    tree.setCurrentItem(note)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == MEGABYTE

    # The same workorder as a row of the results list: one capped line per cell.
    listed = window.results.results
    assert pane.workorder is not None
    listed.set_workorders([pane.workorder])
    for column in range(listed.columnCount()):
        text = str(listed.data(listed.index(0, column)))
        assert len(text) <= VALUE_LIMIT
        assert not {"\n", "\t", "\u202e", "\x00"} & set(text)


def test_typed_markup_is_quoted_as_text_in_the_hint_and_in_an_error_box(
    qtbot: QtBot, desk: Any
) -> None:
    window = desk.window
    typed = "<b>12</b><img src='x'>"
    assert not search(qtbot, window, typed)
    hint = window.search_bar.hint
    assert hint.textFormat() == Qt.TextFormat.PlainText
    assert "'<b>12</b><img src=" in rendered(hint.toolTip())

    box = show_error(window, InputError("reference_invalid", text=typed))
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"{typed} is neither a DMS number nor a WO number."
    box.close()
