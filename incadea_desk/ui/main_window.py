"""The main window: search bar, results, workorder pane, status bar and activity log.

Slots here are thin: each starts one service call as a task on the
``TaskRunner`` and shows its result. The logic lives in the services; the
window only decides what to show. ``operation_finished`` tells whoever drives
the window (the self-test, the GUI tests) that an action has ended and its
result is on screen.

Longer than most modules: one thin slot per user action, each only a few lines;
the wording of outcomes lives in ``ui/wording.py``, the actions and menus in
``ui/window_actions.py``, every part in its own module.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from incadea_desk.errors import InputError, RemoteError
from incadea_desk.ui.activity import ActivityDock
from incadea_desk.ui.attention import AttentionDialog
from incadea_desk.ui.bridge import MessageBridge
from incadea_desk.ui.dialogs import finished
from incadea_desk.ui.error_box import error_sentence, failure_title, show_error
from incadea_desk.ui.formatting import fmt_km
from incadea_desk.ui.results_area import ResultsArea
from incadea_desk.ui.search_bar import SearchBar
from incadea_desk.ui.settings_dialog import Saver, SettingsDialog, Tester
from incadea_desk.ui.status import StatusPanel, SyncView
from incadea_desk.ui.tasks import TaskRunner
from incadea_desk.ui.window_actions import WindowActions
from incadea_desk.ui.wording import activity_row, mileage_sentence
from incadea_desk.ui.workorder import SyncInfo, WorkorderPane

if TYPE_CHECKING:
    from incadea_desk.config import Settings
    from incadea_desk.domain.models import Workorder
    from incadea_desk.services import Services
    from incadea_desk.services.outcomes import ImportResult, MileageOutcome, SyncProgress
    from incadea_desk.services.ports import DmsWorkorder
    from incadea_desk.store import AuditEntry
    from incadea_desk.ui.i18n import Translations

ACTIVITY_ROWS = 200
ROOM_FOR_LIST_AND_WORKORDER = 1000
"""A window at least this tall (a 1920x1080 screen) keeps the list of workorders found
above the open one; a shorter one (a 1366x768 laptop) folds it into a strip."""


translate = QCoreApplication.translate


@dataclass
class _Open:
    """The workorder in the pane: its DMS number and, until it is re-read, the search hit."""

    dms_number: str
    hit: DmsWorkorder | None


def _not_written(error: RemoteError) -> str:
    return translate("MainWindow", "Not written: %1").replace("%1", error_sentence(error))


class MainWindow(QMainWindow):
    operation_finished = Signal(str, bool)
    """An action (``search``, ``open``, ``import``, ``refresh``, ``mileage``, ``outbox``)
    ended and its result is on screen; the flag says whether it succeeded."""
    shutdown_finished = Signal()

    def __init__(
        self,
        services: Services | None,
        settings: Settings,
        *,
        translations: Translations | None = None,
        save_settings: Saver | None = None,
        test_connection: Tester | None = None,
        keep_importing: bool = True,
        today: Callable[[], date] = date.today,
        title_suffix: str = "",
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._services = services
        self.settings = settings
        self._translations = translations
        self._save_settings = save_settings
        self._test_connection = test_connection
        self._keep_importing = keep_importing
        self._title_suffix = title_suffix
        self._open: _Open | None = None
        self._hits: list[DmsWorkorder] = []
        self._shutdown_task: asyncio.Task[None] | None = None
        self._closed = False
        self._started = False
        self._start_requested = False
        self._focus_after_busy: QWidget | None = None
        self.last_error_box: QMessageBox | None = None
        self.attention: AttentionDialog | None = None

        self.runner = TaskRunner(self)
        self.bridge = MessageBridge(self)

        self.search_bar = SearchBar(self)
        self.found = ResultsArea(self)
        self.found.unfold_requested.connect(self.show_results)
        self.results = self.found.view
        self.results_caption = self.found.caption
        self.results_strip = self.found.strip
        self._today = today
        self.pane = WorkorderPane(self, today=today)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.found)
        layout.addWidget(self.pane, 1)
        self.setCentralWidget(central)
        self._central = central
        self._search_text = ""
        self._running = ""
        """The foreground action running (``search``, ``import``, ``refresh``, ``mileage``)."""
        self._audit_entries: list[AuditEntry] = []

        self.status = StatusPanel(self)
        self.setStatusBar(self.status)
        self.activity = ActivityDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.activity)
        # The log is one shortcut away (Ctrl+J); on a laptop screen the workorder needs the room.
        self.activity.hide()

        self._activity_timer = QTimer(self)
        self._activity_timer.setSingleShot(True)
        self._activity_timer.setInterval(150)
        self._activity_timer.timeout.connect(self._reload_activity)

        self.menus = WindowActions(
            self,
            find=self.search_bar.focus,
            import_=self.import_current,
            refresh=self.refresh_current,
            mileage=self._focus_mileage,
            pause=self.status.pause_button.click,
            settings=self.open_settings,
            quit_=self.close,
            results=self.toggle_results,
            attention=self.open_attention,
            activity=self.activity.toggleViewAction(),
        )
        self.setTabOrder(self.search_bar.edit, self.search_bar.button)
        self.setTabOrder(self.search_bar.button, self.results)
        self.setTabOrder(self.results, self.pane.import_button)

        self.search_bar.search_requested.connect(self.search)
        self.results.open_requested.connect(self._open_row)
        self.pane.import_requested.connect(self.import_current)
        self.pane.refresh_requested.connect(self.refresh_current)
        self.pane.mileage.write_back_requested.connect(self.write_back)
        self.status.pause_toggled.connect(self._pause_toggled)
        self.status.send_now_requested.connect(self.send_outbox)
        self.status.attention_requested.connect(self.open_attention)
        self.runner.busy_changed.connect(self._busy_changed)
        self.runner.failed_action.connect(self._show_failure)
        self.runner.finished.connect(self.operation_finished)
        self.bridge.imported.connect(self._imported_elsewhere)
        self.bridge.sync_progress.connect(self._sync_progress)
        self.bridge.outbox_changed.connect(self.status.set_outbox)
        self.bridge.outbox_changed.connect(lambda _count: self._activity_timer.start())
        self.bridge.connection_changed.connect(self._connection_changed)
        self.bridge.quarantine_changed.connect(self._quarantine_changed)
        self.bridge.mileage_outcome.connect(self._mileage_event)
        self.bridge.retrying.connect(self._retrying)
        self.runner.finished.connect(self._action_ended)

        self._fit_screen()
        self.resizeDocks([self.activity], [150], Qt.Orientation.Vertical)
        self.retranslate()
        self.pane.set_busy(False)
        if services is None:
            self._set_connecting(True)
        else:
            self.bridge.attach(services.events)

    def _fit_screen(self) -> None:
        """1360x900, or the whole available screen when it is smaller (a laptop)."""
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        if available is None or (available.width() >= 1360 and available.height() >= 900):
            self.resize(1360, 900)
        else:
            self.resize(min(1360, available.width()), min(900, available.height()))

    @property
    def services(self) -> Services:
        """The services the window works on; ``RuntimeError`` before ``attach_services``."""
        if self._services is None:
            raise RuntimeError("the window's services are not open yet")
        return self._services

    @property
    def is_shut_down(self) -> bool:
        """Closed for good: its tasks stopped and its services (if it had them) closed."""
        return self._closed

    def attach_services(self, services: Services, settings: Settings | None = None) -> None:
        """Give a window built without services (shown while they open) its services, and
        the settings they were opened with; the window then works as if built with them,
        and starts if ``start()`` was called meanwhile."""
        if self._services is not None:
            raise RuntimeError("the window already has its services")
        self._services = services
        if settings is not None:
            self.settings = settings
        self.bridge.attach(services.events)
        self._set_connecting(False)
        self._tell_store_notice(services)
        if self._start_requested:
            self.start()

    def _tell_store_notice(self, services: Services) -> None:
        """The local database was repaired, or cannot be used: say so once, naming the folder."""
        store = services.store
        if not store.notice:
            return
        folder = str(store.path.parent)
        if store.durable:
            text = translate(
                "MainWindow",
                "The local database in %1 was damaged; it was moved aside and a new one started "
                "with the waiting corrections.",
            )
        else:
            text = translate(
                "MainWindow",
                "The local database in %1 cannot be used; corrections are written to the DMS "
                "but not kept on this computer until that is fixed.",
            )
        self.status.showMessage(text.replace("%1", folder))

    def _set_connecting(self, connecting: bool) -> None:
        # Shown before the services are open: everything that needs them waits.
        for widget in (self._central, self.status.pause_button, self.status.send_now_button):
            widget.setEnabled(not connecting)
        for action in self.menus.needing_services():
            action.setEnabled(not connecting)
        if not connecting:
            self._focus_after_busy = self.search_bar.edit
        self._busy_changed(connecting, translate("SettingsDialog", "Connecting…"))

    # ----------------------------------------------------------------- setup

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = translate("MainWindow", "incadea-desk")
        self.setWindowTitle(f"{title} {self._title_suffix}".strip())
        self.menus.retranslate()
        if self._hits and self._search_text:
            self.search_bar.show_hint(self._count_hint())
        # What was worded in the language before: the log, a passing status message.
        self._show_activity()
        self.status.clearMessage()

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Begin the background work: keep-importing, the outbox count, the activity log."""
        if self._started:
            return
        if self._services is None:
            self._start_requested = True
            return
        self._started = True
        self._focus_when_idle(self.search_bar.edit)
        self.runner.run(self._load_initial(), background=True)
        importer = self.status.site_importer.watch(self.settings.sync.site_importer_status_url)
        self.runner.run(importer, background=True)
        self.services.start_background(keep_importing=self._keep_importing)
        if self._keep_importing:
            self._sync_progress(self.services.sync.progress)

    async def _load_initial(self) -> None:
        await asyncio.gather(
            self.services.connections.check("dms", self.services.dms.ping()),
            self.services.connections.check("claire", self.services.claire.ping()),
        )
        pending = await self.services.outbox.pending()
        self.status.set_outbox(len(pending))
        self.status.set_attention(await self.services.quarantine.count())
        await self.load_activity()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        event.ignore()
        if self._shutdown_task is None:
            self.setEnabled(False)
            self.status.set_busy(True, translate("MainWindow", "Closing…"))
            self._shutdown_task = asyncio.ensure_future(self._shutdown())

    async def _shutdown(self) -> None:
        """Stop background work and close the clients while the loop still runs."""
        self.bridge.detach()
        self._activity_timer.stop()
        try:
            await self.runner.shutdown()
            if self._services is not None:
                await self._services.aclose()
        finally:
            self._closed = True
            self.shutdown_finished.emit()
            self.close()

    async def shutdown(self) -> None:
        """Close the window the way the close button does, and wait until it is done."""
        self.close()
        if self._shutdown_task is not None:
            await asyncio.shield(self._shutdown_task)

    # --------------------------------------------------------------- search

    def search(self, text: str) -> None:
        self._next_action("search")
        self.runner.run(
            self._search(text), label=translate("MainWindow", "Searching the DMS…"), name="search"
        )

    async def _search(self, text: str) -> bool:
        try:
            result = await self.services.search.search(text)
        except InputError as error:
            self._forget_results()
            self.search_bar.show_problem(
                lambda: translate("MainWindow", "Not a WO number or a registration number."),
                error_sentence(error),
            )
            return False
        except RemoteError:
            self._forget_results()
            self.search_bar.show_hint("")
            raise
        # The services load after the window is first painted; by now they have.
        from incadea_desk.services import parse_query

        query = parse_query(result.query)
        plate = query.registration
        shown = plate.display if plate is not None and query.kind == "registration" else query.text
        self._hits = list(result.hits)
        self._search_text = shown
        count = len(self._hits)
        self.search_bar.show_query(shown, self._count_hint())
        self.results.show_workorders([hit.workorder for hit in self._hits])
        self.found.show_found(shown)
        if count == 0:
            self.found.hide()
            self._open = None
            self.pane.show_nothing(shown)
        elif count == 1:
            self.found.hide()
            self._show_hit(self._hits[0], self._hits[0].workorder)
        else:
            self._open = None
            self.pane.show_nothing(choices=count)
            self.show_results()
        return True

    def _count_hint(self) -> str:
        return self.tr("%n workorder(s) found", "", len(self._hits))

    def _forget_results(self) -> None:
        """A search that did not run leaves no list of an earlier query under the field."""
        self._hits = []
        self.results.show_workorders([])
        self.found.hide()

    def show_results(self) -> None:
        """Unfold the list of workorders found (one key, F6) and put the focus in it."""
        if self.found.unfold():
            self._focus_when_idle(self.results)

    def fold_results(self) -> None:
        self.found.fold()

    def toggle_results(self) -> None:
        if self.found.unfolded and self._open is not None:
            self.found.fold()
        else:
            self.show_results()

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self._hits):
            # The list row holds the latest state read (a refresh updates it).
            shown = self.results.results.workorder(row)
            self._show_hit(self._hits[row], shown)
            if self.height() < ROOM_FOR_LIST_AND_WORKORDER:
                self.fold_results()
            self.operation_finished.emit("open", True)

    def _show_hit(self, hit: DmsWorkorder, shown: Workorder) -> None:
        self._next_action()
        fresh = shown == hit.workorder
        self._open = _Open(shown.appointment.dms_number, hit if fresh else None)
        self.pane.show_workorder(shown)
        self._focus_when_idle(self.pane.import_button)

    def _retrying(self, system: str, attempt: int, attempts: int) -> None:
        """A request of the running action is repeated: say so where the advisor looks."""
        if not self._running or not self.runner.busy:
            return
        text = (
            translate("MainWindow", "The DMS is not answering, retrying (%1/%2)…")
            if system == "dms"
            else translate("MainWindow", "Claire is not answering, retrying (%1/%2)…")
        )
        text = text.replace("%1", str(attempt)).replace("%2", str(attempts))
        self.status.set_busy(True, text)
        if self._running == "mileage":
            self.pane.mileage.show_outcome("warn", text)
        elif self._running in ("import", "refresh"):
            self.pane.show_progress(text)
        elif self._running == "search":
            self.search_bar.show_hint(text)

    def _action_ended(self, name: str, _ok: bool) -> None:
        if name == self._running:
            self._running = ""

    def _next_action(self, name: str = "") -> None:
        """The advisor starts something new: what the last action said is no longer news."""
        self._running = name
        self.status.clearMessage()
        self.search_bar.clear_problem()

    def _focus_when_idle(self, widget: QWidget) -> None:
        """Move the focus there now, or (a disabled button takes no focus) once the action ends."""
        if self.runner.busy:
            self._focus_after_busy = widget
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------- import/refresh

    def import_current(self) -> None:
        if self._open is not None and not self.runner.busy:
            self._next_action("import")
            self.pane.clear_sync()
            self.runner.run(
                self._import(self._open),
                label=translate("MainWindow", "Importing into Claire…"),
                name="import",
            )

    def refresh_current(self) -> None:
        if self._open is not None and not self.runner.busy:
            self._next_action("refresh")
            self.pane.clear_sync()
            self.runner.run(
                self._refresh(self._open),
                label=translate("MainWindow", "Refreshing from the DMS…"),
                name="refresh",
            )

    async def _import(self, current: _Open) -> None:
        target = current.hit if current.hit is not None else current.dms_number
        await self._sync_one("import", self.services.importer.import_workorder(target))

    async def _refresh(self, current: _Open) -> None:
        await self._sync_one("refresh", self.services.importer.refresh(current.dms_number))

    async def _sync_one(self, action: str, call: Awaitable[ImportResult]) -> None:
        result = await call
        self._show_import(action, result)
        self._activity_timer.start()

    def _show_import(self, action: str, result: ImportResult) -> None:
        self.results.results.update_workorder(result.workorder)
        if self._open is None or self._open.dms_number != result.dms_number:
            return
        if action != "import":
            self._open.hit = None
        self.pane.show_workorder(result.workorder, keep_sync=True)
        self.pane.show_sync(
            SyncInfo(
                action=action,
                outcome=result.outcome,
                changed_fields=result.changed_fields,
                synced_at=result.imported_at,
                claire_id=result.claire_id,
                changes=result.changes,
            )
        )

    def _imported_elsewhere(self, result: ImportResult) -> None:
        """An import the window did not start itself (the refresh after a mileage write,
        also one the outbox sent later): keep the pane current."""
        current = self._open
        self.results.results.update_workorder(result.workorder)
        if (
            current is not None
            and current.dms_number == result.dms_number
            and result.workorder != self.pane.workorder
        ):
            current.hit = None
            self._show_import("refresh", result)
        self._activity_timer.start()

    # -------------------------------------------------------------- mileage

    def _focus_mileage(self) -> None:
        if self.pane.workorder is not None:
            self.pane.ensureWidgetVisible(self.pane.mileage)
            self.pane.mileage.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def write_back(self, text: str) -> None:
        if self._open is not None and not self.runner.busy:
            self._next_action("mileage")
            self.pane.mileage.clear_outcome()
            self.runner.run(
                self._write_back(self._open.dms_number, text),
                label=translate("MainWindow", "Writing the mileage to the DMS…"),
                name="mileage",
            )

    async def _write_back(self, dms_number: str, text: str) -> bool:
        editor = self.pane.mileage
        try:
            outcome: MileageOutcome = await self.services.mileage.correct(dms_number, text)
            if outcome.outcome == "needs_confirmation":
                if not await self._confirm_jump(outcome):
                    editor.show_outcome(
                        "warn",
                        lambda: translate(
                            "MainWindow", "Not written: you did not confirm the jump."
                        ),
                    )
                    return True
                outcome = await self.services.mileage.correct(dms_number, text, confirmed=True)
        except InputError as error:
            editor.show_outcome("bad", functools.partial(error_sentence, error))
            return False
        except RemoteError as error:
            editor.show_outcome("bad", functools.partial(_not_written, error))
            raise
        # The outcome is shown once, from its event (_mileage_event): on the workorder it
        # belongs to, whichever is open by now, and also when the outbox sends it later.
        return outcome.outcome != "needs_confirmation"

    def _mileage_event(self, dms_number: str, outcome: MileageOutcome) -> None:
        """A correction's outcome, also one the outbox sent later: show it on its workorder."""
        if self._open is not None and self._open.dms_number == dms_number:
            self._show_mileage(outcome)
        self._activity_timer.start()

    async def _confirm_jump(self, outcome: MileageOutcome) -> bool:
        before = outcome.dms_km_before or 0
        box = QMessageBox(self)
        box.setObjectName("confirmJump")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("MainWindow", "Confirm the mileage"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            translate(
                "MainWindow", "%1 is %2 more than the %3 in the DMS. Is the odometer reading right?"
            )
            .replace("%1", fmt_km(outcome.new_km))
            .replace("%2", fmt_km(outcome.new_km - before))
            .replace("%3", fmt_km(before))
        )
        yes = box.addButton(
            translate("MainWindow", "Yes, write it"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            translate("MainWindow", "No, let me check"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(yes)
        await finished(box)
        return box.clickedButton() is yes

    def _show_mileage(self, outcome: MileageOutcome) -> None:
        editor = self.pane.mileage
        if outcome.outcome == "written":
            editor.set_dms(outcome.dms_km_after, self._today(), clear=True)
        elif outcome.outcome == "refused_not_higher":
            editor.set_dms(outcome.dms_km_before, None, clear=False)
        elif outcome.outcome == "queued":
            editor.set_queued(outcome.new_km)
        if outcome.outcome == "written" and editor.queued_km is not None:
            editor.set_queued(None)
        shown = mileage_sentence(outcome)
        if shown is not None:
            editor.show_outcome(shown[0], lambda: (mileage_sentence(outcome) or shown)[1])

    # --------------------------------------------------------- status, sync

    def send_outbox(self) -> None:
        self.runner.run(
            self._send_outbox(),
            label=translate("MainWindow", "Sending the waiting corrections…"),
            name="outbox",
        )

    async def _send_outbox(self) -> bool:
        sent = await self.services.outbox.drain(due_only=False)
        items = await self.services.outbox.pending()
        waiting = len(items)
        self.status.set_outbox(waiting)
        if any(item.state == "pending" for item in items):
            self.status.showMessage(
                self.tr("%n correction(s) still waiting; the DMS cannot be reached.", "", waiting),
                8000,
            )
        else:
            self.status.showMessage(self.tr("%n correction(s) sent to the DMS.", "", sent), 8000)
        self._activity_timer.start()
        return waiting == 0

    def _pause_toggled(self, paused: bool) -> None:
        if paused:
            self.services.sync.pause()
        else:
            self.services.sync.resume()
        self._sync_progress(self.services.sync.progress)

    def _sync_progress(self, progress: SyncProgress) -> None:
        self.status.set_sync(
            SyncView(
                state=progress.state,
                seen=progress.seen,
                imported=progress.imported,
                unchanged=progress.unchanged,
                failed=progress.failed,
                last_run=progress.last_run,
                next_run=progress.next_run,
                unreachable=progress.unreachable,
            )
        )
        if progress.state != "running":
            self._activity_timer.start()

    def open_attention(self) -> None:
        """Show the workorders keep-importing holds back (one list per window)."""
        if self.attention is None:
            self.attention = AttentionDialog(self.services.quarantine, self.runner, self)
        if self.attention.isVisible():
            self.attention.raise_()
            self.attention.activateWindow()
        self.attention.show()
        self.attention.reload()

    def _quarantine_changed(self, count: int) -> None:
        self.status.set_attention(count)
        if self.attention is not None and self.attention.isVisible():
            self.attention.reload()

    def _connection_changed(self, system: str, state: str) -> None:
        """The one place the status bar's connection lights change: the services'
        connection monitor, through the bridge."""
        self.status.set_connection(system, state)  # type: ignore[arg-type]

    def _busy_changed(self, busy: bool, label: str) -> None:
        self.status.set_busy(busy, label)
        self.search_bar.set_busy(busy)
        self.pane.set_busy(busy)
        if not busy and self._focus_after_busy is not None:
            self._focus_after_busy.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_after_busy = None

    def _show_failure(self, action: str, error: BaseException) -> None:
        self.last_error_box = show_error(self, error, failure_title(action))

    # ------------------------------------------------------------- activity

    def _reload_activity(self) -> None:
        self.runner.run(self.load_activity(), background=True)

    async def load_activity(self) -> None:
        """Show the newest entries of this workstation's audit trail."""
        self._audit_entries = await self.services.audit.recent(ACTIVITY_ROWS)
        self._show_activity()

    def _show_activity(self) -> None:
        self.activity.set_rows([activity_row(entry) for entry in self._audit_entries])

    # ------------------------------------------------------------- settings

    def open_settings(self) -> None:
        if self._save_settings is None or self._test_connection is None:
            return
        dialog = SettingsDialog(
            self.settings,
            runner=self.runner,
            save=self._save_settings,
            test=self._test_connection,
            parent=self,
        )
        dialog.saved.connect(self._settings_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _settings_saved(self, settings: Settings) -> None:
        language_changed = settings.ui.language != self.settings.ui.language
        self.settings = settings
        if language_changed and self._translations is not None:
            self._translations.switch(
                None if settings.ui.language == "system" else settings.ui.language
            )
        self.status.showMessage(
            translate("MainWindow", "Settings saved. New endpoints are used after a restart."), 8000
        )
