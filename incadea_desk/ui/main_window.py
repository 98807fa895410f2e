"""The main window: search bar, results, workorder pane, status bar and activity log.

Slots here are thin: each starts one service call as a task on the
``TaskRunner`` and shows its result. The logic lives in the services; the
window only decides what to show. ``operation_finished`` tells whoever drives
the window (the self-test, the GUI tests) that an action has ended and its
result is on screen.

The workorders found and open, and the actions on them, are ``ui/workorder_flow.py``;
the actions and menus ``ui/window_actions.py``; every part is its own module.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from incadea_desk.ui.activity import ActivityDock
from incadea_desk.ui.bridge import MessageBridge
from incadea_desk.ui.error_box import failure_title, show_error
from incadea_desk.ui.results_area import ResultsArea
from incadea_desk.ui.search_bar import SearchBar
from incadea_desk.ui.status import StatusPanel
from incadea_desk.ui.tasks import TaskRunner
from incadea_desk.ui.window_actions import WindowActions
from incadea_desk.ui.workorder import WorkorderPane
from incadea_desk.ui.workorder_flow import WorkorderFlow

# The window paints before the services load: what it needs only once they are open
# (their types, the settings and attention dialogs) is imported where it is used.
if TYPE_CHECKING:
    from incadea_desk.config import Settings
    from incadea_desk.services.lifetime import Services
    from incadea_desk.services.outcomes import SyncProgress
    from incadea_desk.ui.attention import AttentionDialog
    from incadea_desk.ui.i18n import Translations
    from incadea_desk.ui.settings_dialog import Saver, Tester

translate = QCoreApplication.translate


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
        self.results = self.found.view
        self.results_caption = self.found.caption
        self.results_strip = self.found.strip
        self.today = today
        self.pane = WorkorderPane(self, today=today)
        self.flow = WorkorderFlow(self)
        self.found.unfold_requested.connect(self.flow.show_results)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.found)
        layout.addWidget(self.pane, 1)
        self.setCentralWidget(central)
        self._central = central
        self._running = ""
        """The foreground action running (``search``, ``import``, ``refresh``, ``mileage``)."""

        self.status = StatusPanel(self)
        self.setStatusBar(self.status)
        self.activity = ActivityDock(self.runner, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.activity)
        # The log is one shortcut away (Ctrl+J); on a laptop screen the workorder needs the room.
        self.activity.hide()

        self.menus = WindowActions(
            self,
            find=self.search_bar.focus,
            import_=self.flow.import_current,
            refresh=self.flow.refresh_current,
            mileage=self.flow.focus_mileage,
            pause=self.status.pause_button.click,
            settings=self.open_settings,
            quit_=self.close,
            results=self.flow.toggle_results,
            attention=self.open_attention,
            activity=self.activity.toggleViewAction(),
        )
        self.setTabOrder(self.search_bar.edit, self.search_bar.button)
        self.setTabOrder(self.search_bar.button, self.results)
        self.setTabOrder(self.results, self.pane.import_button)

        self.search_bar.search_requested.connect(self.flow.search)
        self.results.open_requested.connect(self.flow.open_row)
        self.pane.import_requested.connect(self.flow.import_current)
        self.pane.refresh_requested.connect(self.flow.refresh_current)
        self.pane.mileage.write_back_requested.connect(self.flow.write_back)
        self.status.pause_toggled.connect(self._pause_toggled)
        self.status.send_now_requested.connect(self.send_outbox)
        self.status.attention_requested.connect(self.open_attention)
        self.runner.busy_changed.connect(self._busy_changed)
        self.runner.failed_action.connect(self._show_failure)
        self.runner.finished.connect(self.operation_finished)
        self.bridge.imported.connect(self.flow.imported_elsewhere)
        self.bridge.sync_progress.connect(self._sync_progress)
        self.bridge.outbox_changed.connect(self.status.set_outbox)
        self.bridge.outbox_changed.connect(lambda _count: self.activity.reload_soon())
        self.bridge.connection_changed.connect(self._connection_changed)
        self.bridge.quarantine_changed.connect(self._quarantine_changed)
        self.bridge.mileage_outcome.connect(self.flow.mileage_outcome)
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
            self.activity.attach(services.audit)

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
        self.activity.attach(services.audit)
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
        self._busy_changed(connecting, translate("SettingsDialog", "Connecting…"), at_once=True)

    # ----------------------------------------------------------------- setup

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = translate("MainWindow", "incadea-desk")
        self.setWindowTitle(f"{title} {self._title_suffix}".strip())
        self.menus.retranslate()
        self.flow.retranslate()
        # What was worded in the language before: a passing status message.
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
        self.focus_when_idle(self.search_bar.edit)
        self.runner.run(self._load_initial(), background=True)
        importer = self.status.site_importer.watch(self.settings.sync.site_importer_status_url)
        self.runner.run(importer, background=True)
        self.services.start_background(keep_importing=self._keep_importing)
        if self._keep_importing:
            self._sync_progress(self.services.sync.progress)
        elif self.settings.claire.native_connector:
            from incadea_desk.services.outcomes import SyncProgress

            self.status.set_sync(SyncProgress(state="stopped"), served_by_claire=True)

    async def _load_initial(self) -> None:
        self.pane.polish_ahead()
        await self.services.check_connections()
        pending = await self.services.outbox.pending()
        self.status.set_outbox(len(pending))
        self.status.set_attention(await self.services.quarantine.count())
        await self.activity.load()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        event.ignore()
        if self._shutdown_task is None:
            self.setEnabled(False)
            self.status.set_busy(True, translate("MainWindow", "Closing…"), at_once=True)
            self._shutdown_task = asyncio.ensure_future(self._shutdown())

    async def _shutdown(self) -> None:
        """Stop background work and close the clients while the loop still runs."""
        self.bridge.detach()
        self.activity.stop()
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

    def found_hint(self, count: int) -> str:
        """How many workorders a search found, under the search field."""
        return self.tr("%n workorder(s) found", "", count)

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
        self.status.set_busy(True, text, at_once=True)
        if self._running == "mileage":
            self.pane.mileage.show_outcome("warn", text)
        elif self._running in ("import", "refresh"):
            self.pane.show_progress(text)
        elif self._running == "search":
            self.search_bar.show_hint(text)

    def _action_ended(self, name: str, _ok: bool) -> None:
        if name == self._running:
            self._running = ""

    def next_action(self, name: str = "") -> None:
        """The advisor starts something new: what the last action said is no longer news."""
        self._running = name
        self.status.clearMessage()
        self.search_bar.clear_problem()

    def focus_when_idle(self, widget: QWidget) -> None:
        """Move the focus there now, or (a disabled button takes no focus) once the action ends."""
        if self.runner.busy:
            self._focus_after_busy = widget
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.activity.reload_soon()
        return waiting == 0

    def _pause_toggled(self, paused: bool) -> None:
        if paused:
            self.services.sync.pause()
        else:
            self.services.sync.resume()
        self._sync_progress(self.services.sync.progress)

    def _sync_progress(self, progress: SyncProgress) -> None:
        self.status.set_sync(progress)
        if progress.state != "running":
            self.activity.reload_soon()

    def open_attention(self) -> None:
        """Show the workorders keep-importing holds back (one list per window)."""
        if self.attention is None:
            from incadea_desk.ui.attention import AttentionDialog

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

    def _busy_changed(self, busy: bool, label: str, *, at_once: bool = False) -> None:
        self.status.set_busy(busy, label, at_once=at_once)
        self.search_bar.set_busy(busy)
        self.pane.set_busy(busy)
        if not busy and self._focus_after_busy is not None:
            self._focus_after_busy.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_after_busy = None

    def _show_failure(self, action: str, error: BaseException) -> None:
        self.last_error_box = show_error(self, error, failure_title(action))

    # ------------------------------------------------------------- settings

    def open_settings(self) -> None:
        if self._save_settings is None or self._test_connection is None:
            return
        from incadea_desk.ui.settings_dialog import SettingsDialog

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
