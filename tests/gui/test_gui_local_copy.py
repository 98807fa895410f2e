"""A workorder on screen before the DMS answers: the window over real loopback HTTP, with
a slowed DMS, paints this computer's copy at once (marked "as of"), keeps the mileage
out of reach, and repaints only what the DMS's answer changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from incadea_desk.sandbox import FaultSettings, LoopbackThread, Sandbox
from incadea_desk.ui.i18n import Translations
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.self_test import dms_edit
from tests.gui.loopback import loopback_window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

WAIT_MS = 30_000
SLOW_MS = 1_500
"""The DMS's round trip while a search runs: long enough that the copy is seen first."""


@dataclass
class Slowed:
    window: MainWindow
    sandbox: Sandbox
    run: Any


@pytest.fixture(params=["api", "odatav4"])
def slowed(
    run: Any,
    qtbot: QtBot,
    tmp_path: Path,
    translations: Translations,
    request: pytest.FixtureRequest,
) -> Iterator[Slowed]:
    sandbox = Sandbox(seed=7, api_kind=request.param)
    with (
        LoopbackThread(sandbox) as urls,
        loopback_window(
            run,
            qtbot,
            tmp_path,
            translations,
            sandbox.environment(urls.incadea_base_url, urls.claire_base_url),
            keep_importing=False,
        ) as window,
    ):
        yield Slowed(window, sandbox, run)


def _plates(sandbox: Sandbox) -> dict[str, list[dict[str, Any]]]:
    by_plate: dict[str, list[dict[str, Any]]] = {}
    for row in sandbox.incadea.data.orders.values():
        plate = str(row.data["registrationNo"]).replace("-", "").upper()
        by_plate.setdefault(plate, []).append(row.data)
    return by_plate


def _has_a_note(sandbox: Sandbox, order: dict[str, Any]) -> bool:
    lines = sandbox.incadea.data.lines[str(order["id"])]
    return any(line.data["lineType"] == "Comment" for line in lines)


def _imported(slowed: Slowed, orders: int) -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
    """A plate with ``orders`` workorders, the first with a note line (its text is not in
    the copy); that one imported, so its copy is kept."""
    plate, found = next(
        (p, o)
        for p, o in _plates(slowed.sandbox).items()
        if len(o) == orders and _has_a_note(slowed.sandbox, o[0])
    )
    slowed.run(slowed.window.services.importer.import_workorder(str(found[0]["documentNo"])))
    return plate, found[0], found[1:]


def search(qtbot: QtBot, window: MainWindow, text: str) -> Callable[[], None]:
    def type_and_enter() -> None:
        window.search_bar.edit.clear()
        qtbot.keyClicks(window.search_bar.edit, text)
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)

    return type_and_enter


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch, slowed: Slowed) -> list[str]:
    """The pane's labels whose text a repaint changes, by name ("form/label" for a row
    label)."""
    pane = slowed.window.pane
    changed: list[str] = []
    original = QLabel.setText

    def spy(label: QLabel, text: str) -> None:
        if label.text() != text and pane.isAncestorOf(label):
            parent = label.parentWidget()
            name = label.objectName() or f"{parent.objectName() if parent else ''}/label"
            changed.append(name)
        original(label, text)

    monkeypatch.setattr(QLabel, "setText", spy)
    return changed


MARK = Qt.ItemDataRole.UserRole + 7
"""Where the test marks each row painted from the copy: a rebuilt row has no mark."""


def _every_row(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    tops = [row for row in rows if row is not None]
    lines = [top.child(i) for top in tops for i in range(top.childCount())]
    return tops + [line for line in lines if line is not None]


def test_the_copy_is_painted_before_the_dms_answers_and_only_changes_are_repainted(
    qtbot: QtBot, slowed: Slowed, written: list[str]
) -> None:
    window, pane = slowed.window, slowed.window.pane
    plate, order, _ = _imported(slowed, orders=1)
    dms_number = str(order["documentNo"])
    km = int(order["mileageKm"]) + 500
    slowed.run(dms_edit(slowed.sandbox, dms_number, {"mileageKm": km}))
    slowed.sandbox.set_faults(incadea=FaultSettings(latency_ms=SLOW_MS))
    finished: list[str] = []
    window.operation_finished.connect(lambda name, _ok: finished.append(name))

    with qtbot.waitSignal(pane.copy_shown, timeout=WAIT_MS) as painted:
        search(qtbot, window, plate.lower())()

    assert painted.args == [dms_number]
    assert finished == []  # the DMS has not answered yet
    assert pane.badge_as_of.isVisible()
    assert pane.badge_as_of.text().startswith("as of ")
    assert pane.workorder is not None
    assert pane.workorder.appointment.dms_mileage_km == km - 500
    assert pane.parties.withheld.isVisible()
    editor = pane.mileage
    assert editor.edit.isReadOnly()
    assert not editor.button.isEnabled()
    assert editor.stale_note.isVisible()
    assert "copy" in editor.edit.toolTip()
    qtbot.keyClicks(editor.edit, str(km + 1000))
    assert editor.edit.text() == ""
    tree = pane.interventions
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    notes = [item for item in _every_row(tree) if item.text(1) == "Note"]
    assert notes
    assert all(note.text(0) == "" for note in notes)
    for item in _every_row(tree):
        item.setData(1, MARK, "painted from the copy")
    title = pane.title.text()
    written.clear()

    with qtbot.waitSignal(
        window.operation_finished, timeout=WAIT_MS, check_params_cb=lambda n, _ok: n == "search"
    ) as answered:
        pass

    assert answered.args == ["search", True]
    assert not pane.badge_as_of.isVisible()
    assert not pane.parties.withheld.isVisible()
    assert pane.workorder is not None
    assert pane.workorder.appointment.dms_mileage_km == km
    assert not editor.edit.isReadOnly()
    assert not editor.stale_note.isVisible()
    qtbot.keyClicks(editor.edit, str(km + 1000))
    assert editor.button.isEnabled()
    # Only what the answer changed was written: the mileage, and what a copy does not
    # keep (the customer's name in the subtitle, the people, the text of note lines).
    kept_out = ("party", "warningsLabel", "mileageFeedback")  # people, their contact checks
    changed = {name for name in written if not name.startswith(kept_out)}
    assert changed == {"appointment.dms_mileage_km", "mileageDmsValue", "paneSubtitle"}
    assert any(name.startswith("party") for name in written)
    assert pane.title.text() == title
    # The interventions are the same rows, not rebuilt; the notes got their text.
    assert tree.topLevelItemCount() == len(rows)
    assert all(item.data(1, MARK) == "painted from the copy" for item in _every_row(tree))
    assert all(note.text(0) for note in notes)


def test_a_dms_that_fails_leaves_the_copy_on_screen_with_its_mark(
    qtbot: QtBot, slowed: Slowed
) -> None:
    window, pane = slowed.window, slowed.window.pane
    _plate, order, _ = _imported(slowed, orders=1)
    dms_number = str(order["documentNo"])
    slowed.sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=503))

    with qtbot.waitSignal(
        window.operation_finished, timeout=WAIT_MS, check_params_cb=lambda n, _ok: n == "search"
    ) as answered:
        search(qtbot, window, dms_number)()

    assert answered.args == ["search", False]
    qtbot.waitUntil(lambda: window.last_error_box is not None, timeout=WAIT_MS)
    box = window.last_error_box
    assert box is not None
    box.close()
    assert pane.workorder is not None
    assert pane.workorder.appointment.dms_number == dms_number
    assert pane.badge_as_of.isVisible()
    assert pane.mileage.edit.isReadOnly()
    assert not pane.mileage.button.isEnabled()


def test_a_plate_the_dms_now_finds_on_another_workorder_replaces_the_copy(
    qtbot: QtBot, slowed: Slowed
) -> None:
    window, pane = slowed.window, slowed.window.pane
    plate, copied, [other] = _imported(slowed, orders=2)
    data = slowed.sandbox.incadea.data
    data.delete_order(data.order_by_document_no(str(copied["documentNo"])))
    slowed.sandbox.set_faults(incadea=FaultSettings(latency_ms=SLOW_MS))

    with qtbot.waitSignal(pane.copy_shown, timeout=WAIT_MS) as painted:
        search(qtbot, window, plate)()
    assert painted.args == [str(copied["documentNo"])]
    with qtbot.waitSignal(
        window.operation_finished, timeout=WAIT_MS, check_params_cb=lambda n, _ok: n == "search"
    ):
        pass

    assert pane.workorder is not None
    assert pane.workorder.appointment.dms_number == str(other["documentNo"])
    assert not pane.badge_as_of.isVisible()
    assert not pane.mileage.edit.isReadOnly()
