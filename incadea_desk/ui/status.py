"""The status bar: connections, keep-importing, the outbox, held workorders and the running action.

It shows what the services report and holds no state of its own beyond the
last report, so after a language switch it can say the same thing again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QStatusBar, QToolButton, QWidget

from incadea_desk.ui.formatting import fmt_int, fmt_time
from incadea_desk.ui.site_importer_status import SiteImporterStatus
from incadea_desk.ui.widgets import ElidedLabel, plain_label, set_tone

if TYPE_CHECKING:
    from incadea_desk.services.outcomes import SyncProgress

ConnectionState = Literal["unknown", "online", "offline", "refused"]

BUSY_SHOWN_AFTER_MS = 100
"""An action shows its progress here once it has run this long. Under a tenth of a
second it feels instant and needs none (the buttons it turns off say that it runs),
and the status bar's paint then does not hold up the action's first request: painted
at once, beside the search bar turned off, it made Qt repaint the whole window before
a search's request could leave."""


class StatusPanel(QStatusBar):
    """The window's status bar."""

    pause_toggled = Signal(bool)
    """True: the advisor asks to pause keep-importing; False: to resume it."""
    send_now_requested = Signal()
    """The advisor asks to send the waiting corrections now."""
    attention_requested = Signal()
    """The advisor asks to see the workorders keep-importing holds back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusPanel")
        self._connections: dict[str, ConnectionState] = {"dms": "unknown", "claire": "unknown"}
        self._sync: SyncProgress | None = None
        """The last report of keep-importing; none yet: it is off."""
        self._served_by_claire = False
        self._outbox = 0
        self._held = 0
        self._busy = False
        self._busy_label = ""
        self.busy_delay = QTimer(self)
        """Runs while a busy state waits to be shown (``BUSY_SHOWN_AFTER_MS``)."""
        self.busy_delay.setSingleShot(True)
        self.busy_delay.setInterval(BUSY_SHOWN_AFTER_MS)
        self.busy_delay.timeout.connect(self._show_busy)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        # The bar keeps its place while hidden: turning busy then repaints the bar, not the
        # whole window laid out again around a status bar that grew (the search's request
        # would wait behind that paint), and the texts beside it do not jump aside.
        policy = self.busy_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy_bar.setSizePolicy(policy)
        self.busy_bar.hide()
        self.busy_text = plain_label(self, "busyText")
        self.dms_label = plain_label(self, "dmsState")
        self.claire_label = plain_label(self, "claireState")
        self.sync_label = ElidedLabel(self)
        self.sync_label.setObjectName("syncState")
        self.pause_button = QToolButton(self)
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._toggled)
        self.outbox_label = plain_label(self, "outboxState")
        self.send_now_button = QToolButton(self)
        self.send_now_button.setObjectName("sendNowButton")
        self.send_now_button.clicked.connect(self.send_now_requested)
        self.send_now_button.hide()
        self.attention_button = QToolButton(self)
        self.attention_button.setObjectName("attentionButton")
        self.attention_button.clicked.connect(self.attention_requested)
        set_tone(self.attention_button, "warn")
        self.attention_button.hide()

        self.site_importer = SiteImporterStatus(self)
        self.addWidget(self.busy_bar)
        self.addWidget(self.busy_text, 1)
        for widget in (
            self.dms_label,
            self.claire_label,
            self.sync_label,
            self.site_importer,
            self.pause_button,
            self.outbox_label,
            self.send_now_button,
            self.attention_button,
        ):
            self.addPermanentWidget(widget)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.pause_button.setAccessibleName(self.tr("Pause or resume keep-importing"))
        self.pause_button.setToolTip(
            self.tr("Pause or resume importing changed workorders in the background (Ctrl+P)")
        )
        self.send_now_button.setText(self.tr("Send now"))
        self.send_now_button.setAccessibleName(self.tr("Send the waiting corrections now"))
        self.send_now_button.setToolTip(
            self.tr("Try to send the waiting mileage corrections to the DMS now")
        )
        self.attention_button.setToolTip(
            self.tr("Show the workorders keep-importing cannot import (Ctrl+H)")
        )
        self._render()

    @property
    def paused(self) -> bool:
        return self.pause_button.isChecked()

    def set_busy(self, busy: bool, label: str, *, at_once: bool = False) -> None:
        """Show that an action runs, with its label, once it has run for
        ``BUSY_SHOWN_AFTER_MS`` (``at_once``: now; a new label of an action already shown
        is shown now too); and that none runs, at once."""
        self._busy = busy
        self._busy_label = label if busy else ""
        if busy and not at_once and self.busy_bar.isHidden():
            if not self.busy_delay.isActive():
                self.busy_delay.start()
            return
        self.busy_delay.stop()
        self._show_busy()

    def _show_busy(self) -> None:
        self.busy_bar.setVisible(self._busy)
        self.busy_text.setText(self._busy_label)

    def set_connection(self, system: str, state: ConnectionState) -> None:
        self._connections[system] = state
        self._render()

    def connection(self, system: str) -> ConnectionState:
        return self._connections[system]

    def set_sync(self, progress: SyncProgress, *, served_by_claire: bool = False) -> None:
        """``served_by_claire``: off because Claire's own Incadea connector imports here."""
        self._sync = progress
        self._served_by_claire = served_by_claire
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(progress.state == "paused")
        self.pause_button.blockSignals(False)
        self._render()

    def set_outbox(self, count: int) -> None:
        self._outbox = count
        self._render()

    def set_attention(self, count: int) -> None:
        """How many workorders are held back; nothing is shown when none is."""
        self._held = count
        self._render()

    @property
    def attention(self) -> int:
        return self._held

    def _toggled(self, checked: bool) -> None:
        self._render()
        self.pause_toggled.emit(checked)

    def _render(self) -> None:
        names = {"dms": self.tr("DMS"), "claire": self.tr("Claire")}
        states = {
            "unknown": (self.tr("%1: not checked yet"), "muted"),
            "online": (self.tr("%1: connected"), "ok"),
            "offline": (self.tr("%1: unreachable"), "bad"),
            "refused": (self.tr("%1: sign-in refused"), "bad"),
        }
        for system, label in (("dms", self.dms_label), ("claire", self.claire_label)):
            text, tone = states[self._connections[system]]
            label.setText("● " + text.replace("%1", names[system]))
            label.setAccessibleName(text.replace("%1", names[system]))
            set_tone(label, tone)
        self.sync_label.setText(self._sync_text())
        sync = self._sync
        set_tone(self.sync_label, "warn" if sync is not None and sync.unreachable else "")
        self.pause_button.setText(self.tr("Resume") if self.paused else self.tr("Pause"))
        self.pause_button.setEnabled(sync is not None and sync.state != "stopped")
        if self._outbox:
            text = self.tr("%n correction(s) waiting for the DMS", "", self._outbox)
            self.outbox_label.setText(text)
            set_tone(self.outbox_label, "bad")
            self.send_now_button.show()
        else:
            self.send_now_button.hide()
            self.outbox_label.setText(self.tr("Outbox empty"))
            set_tone(self.outbox_label, "muted")
        held = self.tr("%n workorder(s) need attention", "", self._held)
        self.attention_button.setText("⚠ " + held)
        self.attention_button.setAccessibleName(held)
        self.attention_button.setVisible(self._held > 0)

    def _sync_text(self) -> str:
        sync = self._sync
        headline = {
            "idle": self.tr("Keep importing: on"),
            "running": self.tr("Keep importing: running…"),
            "paused": self.tr("Keep importing: paused"),
            "stopped": self.tr("Keep importing: off"),
        }["stopped" if sync is None else sync.state]
        if sync is None:
            return headline
        if sync.state == "stopped" and self._served_by_claire:
            headline = self.tr("Keep importing: off, Claire's own connector imports this location")
        parts = [headline]
        if sync.last_run is not None and sync.unreachable is not None:
            stopped = (
                self.tr("last %1: stopped, the DMS cannot be reached")
                if sync.unreachable == "dms"
                else self.tr("last %1: stopped, Claire cannot be reached")
            )
            parts.append(stopped.replace("%1", fmt_time(sync.last_run)))
        elif sync.last_run is not None:
            parts.append(
                self.tr("last %1: %2 imported, %3 unchanged, %4 failed")
                .replace("%1", fmt_time(sync.last_run))
                .replace("%2", fmt_int(sync.imported))
                .replace("%3", fmt_int(sync.unchanged))
                .replace("%4", fmt_int(sync.failed))
            )
        if sync.next_run is not None and sync.state in ("idle", "running"):
            parts.append(self.tr("next %1").replace("%1", fmt_time(sync.next_run)))
        return " · ".join(parts)
