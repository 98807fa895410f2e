"""The workorders on screen: a search and its list, the one open in the pane, and what
the advisor does with it (import, refresh, write back a mileage).

The window owns the widgets and the task runner; this keeps which workorders were
found and which one is open, starts each action as one task and shows its result.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from incadea_desk.errors import InputError, RemoteError
from incadea_desk.ui.error_box import error_sentence
from incadea_desk.ui.mileage_writing import show_mileage_outcome, write_mileage
from incadea_desk.ui.workorder import SyncInfo

if TYPE_CHECKING:
    from incadea_desk.domain.models import Workorder
    from incadea_desk.services.outcomes import ImportResult, MileageOutcome, SearchResult
    from incadea_desk.services.ports import DmsWorkorder
    from incadea_desk.store import LocalCopy
    from incadea_desk.ui.main_window import MainWindow

ROOM_FOR_LIST_AND_WORKORDER = 1000
"""A window at least this tall (a 1920x1080 screen) keeps the list of workorders found
above the open one; a shorter one (a 1366x768 laptop) folds it into a strip."""

COPY_WAITS_FOR_THE_REQUEST_S = 0.010
"""How long a copy read waits at most for the DMS request to be on its way (usually it
is already; a transport that does not say so, or a request that waits for its turn,
does not hold the copy up longer)."""

translate = QCoreApplication.translate


async def _answered_while_sending(
    asked: asyncio.Future[SearchResult], on_its_way: asyncio.Event
) -> bool:
    """Wait until the search's request is on its way (at most a moment); True when the
    DMS has answered by then, and no copy needs painting."""
    if not on_its_way.is_set() and not asked.done():
        sending = asyncio.ensure_future(on_its_way.wait())
        try:
            await asyncio.wait(
                (sending, asked),
                timeout=COPY_WAITS_FOR_THE_REQUEST_S,
                return_when=asyncio.FIRST_COMPLETED,
            )
        finally:
            sending.cancel()
    return asked.done() and not asked.cancelled() and asked.exception() is None


@dataclass
class _Open:
    """The workorder in the pane: its DMS number and, until it is re-read, the search hit."""

    dms_number: str
    hit: DmsWorkorder | None


class WorkorderFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._open: _Open | None = None
        self._hits: list[DmsWorkorder] = []
        self._search_text = ""

    @property
    def hits(self) -> int:
        return len(self._hits)

    def retranslate(self) -> None:
        if self._hits and self._search_text:
            self._window.search_bar.show_hint(self._window.found_hint(len(self._hits)))

    # --------------------------------------------------------------- search

    def search(self, text: str) -> None:
        self._window.next_action("search")
        self._window.runner.run(
            self._search(text), label=translate("MainWindow", "Searching the DMS…"), name="search"
        )

    async def _search(self, text: str) -> bool:
        w = self._window
        # The DMS is asked first: its round trip runs while the copy is read and painted.
        # The copy waits until the request is on its way, or painting it would hold the
        # request up in the HTTP client (the answer then comes as much later).
        on_its_way = asyncio.Event()
        asked = asyncio.ensure_future(w.services.search.search(text, sent=on_its_way.set))
        try:
            copy = await w.services.search.local_copy(text)
            if copy is not None and not await _answered_while_sending(asked, on_its_way):
                self._show_copy(copy)
            result = await asked
        except InputError as error:
            self._forget_results()
            w.search_bar.show_problem(
                lambda: translate("MainWindow", "Not a WO number or a registration number."),
                error_sentence(error),
            )
            return False
        except RemoteError:
            self._forget_results()
            w.search_bar.show_hint("")
            raise
        finally:
            asked.cancel()  # only when this search was itself cancelled (or failed) first
        self._hits, self._search_text = list(result.hits), result.shown
        w.search_bar.show_query(result.shown, w.found_hint(len(self._hits)))
        w.results.show_workorders([hit.workorder for hit in self._hits])
        w.found.show_found(result.shown)
        if len(self._hits) == 1:
            w.found.hide()
            self._show_hit(self._hits[0], self._hits[0].workorder)
            return True
        self._open = None
        if self._hits:
            w.pane.show_nothing(choices=len(self._hits))
            self.show_results()
        else:
            w.found.hide()
            w.pane.show_nothing(result.shown)
        return True

    def _show_copy(self, copy: LocalCopy) -> None:
        """What this computer kept of the workorder the query names, at once and marked
        with its age; the DMS's answer repaints what it changed, or replaces it (another
        workorder, a list, nothing found). If the DMS fails, the copy stays."""
        self._forget_results()
        dms_number = copy.workorder.appointment.dms_number
        self._open = _Open(dms_number, None)
        self._window.pane.show_workorder(copy.workorder, as_of=copy.read_at)

    def _forget_results(self) -> None:
        """A search that did not run leaves no list of an earlier query under the field."""
        self._hits = []
        self._window.results.show_workorders([])
        self._window.found.hide()

    def show_results(self) -> None:
        """Unfold the list of workorders found (one key, F6) and put the focus in it."""
        if self._window.found.unfold():
            self._window.focus_when_idle(self._window.results)

    def toggle_results(self) -> None:
        if self._window.found.unfolded and self._open is not None:
            self._window.found.fold()
        else:
            self.show_results()

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self._hits):
            w = self._window
            # The list row holds the latest state read (a refresh updates it).
            self._show_hit(self._hits[row], w.results.results.workorder(row))
            if w.height() < ROOM_FOR_LIST_AND_WORKORDER:
                w.found.fold()
            w.operation_finished.emit("open", True)

    def _show_hit(self, hit: DmsWorkorder, shown: Workorder) -> None:
        self._window.next_action()
        fresh = shown == hit.workorder
        self._open = _Open(shown.appointment.dms_number, hit if fresh else None)
        self._window.pane.show_workorder(shown)
        self._window.focus_when_idle(self._window.pane.import_button)

    # ------------------------------------------------------- import/refresh

    def import_current(self) -> None:
        current = self._open
        if current is not None and not self._window.runner.busy:
            target = current.hit if current.hit is not None else current.dms_number
            importer = self._window.services.importer
            self._sync_one(
                "import",
                importer.import_workorder(target),
                translate("MainWindow", "Importing into Claire…"),
            )

    def refresh_current(self) -> None:
        current = self._open
        if current is not None and not self._window.runner.busy:
            self._sync_one(
                "refresh",
                self._window.services.importer.refresh(current.dms_number),
                translate("MainWindow", "Refreshing from the DMS…"),
            )

    def _sync_one(self, action: str, call: Awaitable[ImportResult], label: str) -> None:
        self._window.next_action(action)
        self._window.pane.clear_sync()

        async def run() -> None:
            self._show_import(action, await call)
            self._window.activity.reload_soon()

        self._window.runner.run(run(), label=label, name=action)

    def _show_import(self, action: str, result: ImportResult) -> None:
        pane = self._window.pane
        self._window.results.results.update_workorder(result.workorder)
        if self._open is None or self._open.dms_number != result.dms_number:
            return
        if action != "import":
            self._open.hit = None
        pane.show_workorder(result.workorder, keep_sync=True)
        pane.show_sync(
            SyncInfo(
                action=action,
                outcome=result.outcome,
                changed_fields=result.changed_fields,
                synced_at=result.imported_at,
                claire_id=result.claire_id,
                changes=result.changes,
            )
        )

    def imported_elsewhere(self, result: ImportResult) -> None:
        """An import the window did not start itself (the refresh after a mileage write,
        also one the outbox sent later): keep the pane current."""
        current = self._open
        self._window.results.results.update_workorder(result.workorder)
        if (
            current is not None
            and current.dms_number == result.dms_number
            and result.workorder != self._window.pane.workorder
        ):
            current.hit = None
            self._show_import("refresh", result)
        self._window.activity.reload_soon()

    # -------------------------------------------------------------- mileage

    def focus_mileage(self) -> None:
        pane = self._window.pane
        if pane.workorder is not None:
            pane.ensureWidgetVisible(pane.mileage)
            pane.mileage.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def write_back(self, text: str) -> None:
        w = self._window
        if self._open is not None and not w.runner.busy:
            w.next_action("mileage")
            w.pane.mileage.clear_outcome()
            w.runner.run(
                write_mileage(w.pane.mileage, w.services.mileage, self._open.dms_number, text),
                label=translate("MainWindow", "Writing the mileage to the DMS…"),
                name="mileage",
            )

    def mileage_outcome(self, dms_number: str, outcome: MileageOutcome) -> None:
        """A correction's outcome, also one the outbox sent later: shown on its workorder,
        whichever is open by now, once."""
        if self._open is not None and self._open.dms_number == dms_number:
            show_mileage_outcome(self._window.pane.mileage, outcome, self._window.today)
        self._window.activity.reload_soon()
