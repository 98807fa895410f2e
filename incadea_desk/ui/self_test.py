"""The self-test: the demo window driven the way an advisor would use it.

Each step acts through the widgets (keys typed into the search bar, buttons
clicked), waits for the window to report that the action ended, and checks
what the window shows, and where it matters what the sandbox now holds.
``incadea-desk --demo --self-test`` exits 0 only if every step passed; the
packaging smoke test relies on that. The first steps check that the catalogue
of the requested language was loaded (a window that fell back to English
fails the self-test) and that the window has the application's icon (a bundle
without it shows a generic one), and that the window wears the colours of the
desktop's light or dark scheme.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from incadea_desk.ui.i18n import LANGUAGES, Translations
from incadea_desk.ui.identity import ICON_SIZES
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.theme import colours

STEP_TIMEOUT_SECONDS = 30.0


@dataclass
class Report:
    steps: list[tuple[str, bool, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(passed for _name, passed, _note in self.steps)

    def add(self, name: str, passed: bool, note: str) -> bool:
        self.steps.append((name, passed, note))
        return passed

    def lines(self) -> list[str]:
        return [f"{'PASS' if ok else 'FAIL'} {name}: {note}" for name, ok, note in self.steps]


class Expect:
    """Listens for the end of one action from the moment it is made, before the key or click."""

    def __init__(self, window: MainWindow, name: str) -> None:
        self._name = name
        self._signal = window.operation_finished
        self._future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._signal.connect(self._receive)

    def _receive(self, name: str, ok: bool) -> None:
        if name == self._name and not self._future.done():
            self._future.set_result(ok)

    async def result(self) -> bool:
        """The action's success flag; ``TimeoutError`` after ``STEP_TIMEOUT_SECONDS``."""
        try:
            async with asyncio.timeout(STEP_TIMEOUT_SECONDS):
                return await self._future
        finally:
            self._signal.disconnect(self._receive)


def plate_with_several_visits(sandbox: Any) -> str:
    """A plate the sandbox has several workorders for, typed the lazy way (``12abc3``)."""
    counts: dict[str, int] = {}
    # A copy: the sandbox's own thread may add an order meanwhile.
    for row in list(sandbox.incadea.data.orders.values()):
        plate = str(row.data.get("registrationNo") or "")
        compact = "".join(ch for ch in plate if ch.isalnum()).lower()
        if compact and not row.data.get("canceled"):
            counts[compact] = counts.get(compact, 0) + 1
    several = sorted(plate for plate, count in counts.items() if count > 1)
    return several[0] if several else sorted(counts)[0]


async def dms_order(sandbox: Any, dms_number: str) -> dict[str, Any]:
    async with httpx.AsyncClient(
        transport=sandbox.incadea_transport(), base_url="http://incadea.sandbox"
    ) as client:
        answer = await client.get("/_sandbox/state", params={"documentNo": dms_number})
        answer.raise_for_status()
        order: dict[str, Any] = answer.json()["serviceOrder"]
        return order


async def dms_edit(sandbox: Any, dms_number: str, changes: dict[str, Any]) -> None:
    """Another DMS user changes the workorder (the sandbox's admin edit)."""
    async with httpx.AsyncClient(
        transport=sandbox.incadea_transport(), base_url="http://incadea.sandbox"
    ) as client:
        answer = await client.post(
            "/_sandbox/edit", json={"documentNo": dms_number, "changes": changes}
        )
        answer.raise_for_status()


def _click(widget: QObject) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def check_language(translations: Translations, report: Report) -> bool:
    """Passes only if our catalogue of the language in use is installed."""
    loaded = translations.catalogue_loaded
    shown = QCoreApplication.translate("MainWindow", "&File")
    state = "loaded" if loaded else "NOT loaded"
    return report.add(
        "language",
        loaded,
        f"{LANGUAGES[translations.language]} catalogue {state}; the File menu reads {shown!r}",
    )


def check_icon(window: QWidget, report: Report) -> bool:
    """Passes only if the window's icon holds every size the application ships."""
    sizes = sorted({size.width() for size in window.windowIcon().availableSizes()})
    shown = ", ".join(map(str, sizes)) or "none"
    return report.add("icon", sizes == list(ICON_SIZES), f"the window's icon in sizes {shown}")


def check_theme(window: QWidget, report: Report) -> bool:
    """Passes only if the window's background is the theme's for the desktop's scheme."""
    scheme = QGuiApplication.styleHints().colorScheme()
    name = "dark" if scheme == Qt.ColorScheme.Dark else "light"
    shown = window.palette().color(QPalette.ColorRole.Window).name()
    wanted = colours(scheme).window
    return report.add(
        "theme", shown == wanted, f"the desktop asks for {name}; the window's background is {shown}"
    )


async def run_self_test(
    window: MainWindow, sandbox: Any, screenshot: str | None, translations: Translations
) -> Report:
    report = Report()
    check_language(translations, report)
    check_icon(window, report)
    check_theme(window, report)
    try:
        await _steps(window, sandbox, report)
    except TimeoutError:
        report.add("timeout", False, "the window did not finish an action in time")
    if screenshot:
        await window.activity.load()
        window.pane.verticalScrollBar().setValue(0)
        path = Path(screenshot)
        path.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(path))
        report.add("screenshot", saved, str(path))
    return report


async def _steps(window: MainWindow, sandbox: Any, report: Report) -> None:
    typed = plate_with_several_visits(sandbox)
    edit = window.search_bar.edit
    edit.clear()
    QTest.keyClicks(edit, typed)
    searching = Expect(window, "search")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    await searching.result()
    rows = window.results.results.rowCount()
    shown = edit.text()
    if not report.add(
        "search",
        rows > 1 and shown != typed and shown.replace("-", "").lower() == typed,
        f"typed {typed!r}, shown {shown!r}, {rows} workorders listed",
    ):
        return

    row = next(
        r for r in range(rows) if not window.results.results.workorder(r).appointment.canceled
    )
    window.results.setFocus()
    window.results.selectRow(row)
    opening = Expect(window, "open")
    QTest.keyClick(window.results, Qt.Key.Key_Return)
    await opening.result()
    chosen = window.results.results.workorder(row)
    dms_number = chosen.appointment.dms_number
    title = window.pane.title.text()
    if not report.add("open", chosen.appointment.wo_number in title, f"pane shows {title!r}"):
        return

    importing = Expect(window, "import")
    _click(window.pane.import_button)
    ok = await importing.result()
    synced = window.pane.sync_label.text()
    if not report.add("import", ok and "Claire" in synced, synced):
        return

    waiting = bool((await dms_order(sandbox, dms_number))["customerWaiting"])
    await dms_edit(sandbox, dms_number, {"customerWaiting": not waiting})
    refreshing = Expect(window, "refresh")
    QTest.keyClick(window, Qt.Key.Key_F5)
    ok = await refreshing.result()
    changes = window.pane.changes_label.text()
    expected = window.pane.appointment_form.labels["customer_waiting"].text()
    if not report.add("refresh", ok and expected in changes, changes or "no change shown"):
        return

    before = int((await dms_order(sandbox, dms_number))["mileageKm"])
    new_km = before + 1234
    window.pane.mileage.edit.clear()
    QTest.keyClicks(window.pane.mileage.edit, str(new_km))
    enabled = window.pane.mileage.button.isEnabled()
    writing = Expect(window, "mileage")
    _click(window.pane.mileage.button)
    ok = await writing.result()
    held = int((await dms_order(sandbox, dms_number))["mileageKm"])
    outcome = window.pane.mileage.outcome.text()
    report.add(
        "mileage",
        enabled and ok and held == new_km,
        f"typed {new_km}, the DMS holds {held}; window says {outcome!r}",
    )
