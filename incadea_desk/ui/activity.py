"""The activity log: this workstation's audit trail, newest first, in a dock that loads
its own rows and words them again after a language switch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from incadea_desk.ui.formatting import fmt_datetime
from incadea_desk.ui.tasks import TaskRunner
from incadea_desk.ui.widgets import LINE_LIMIT
from incadea_desk.untrusted import one_line

if TYPE_CHECKING:
    from incadea_desk.services.audit import AuditLog
    from incadea_desk.store import AuditEntry

translate = QCoreApplication.translate

ACTIVITY_ROWS = 200
RELOAD_DELAY_MS = 150
"""Several changes in a row (an import, then its audit entry) load the log once."""


@dataclass(frozen=True)
class ActivityRow:
    """One line of the log: when, what, about which workorder, and how it ended."""

    at: datetime
    action: str
    subject: str
    result: str
    ok: bool = True


def activity_row(entry: AuditEntry) -> ActivityRow:
    """An audit entry in the words of the window."""
    actions = {
        "search": translate("MainWindow", "Search"),
        "import": translate("MainWindow", "Import"),
        "refresh": translate("MainWindow", "Refresh"),
        "mileage": translate("MainWindow", "Mileage"),
        "sync": translate("MainWindow", "Keep importing"),
        "outbox": translate("MainWindow", "Outbox"),
    }
    outcomes = {
        "created": translate("MainWindow", "created in Claire"),
        "updated": translate("MainWindow", "updated in Claire"),
        "unchanged": translate("MainWindow", "unchanged"),
        "written": translate("MainWindow", "written to the DMS"),
        "refused_not_higher": translate("MainWindow", "refused: not higher"),
        "needs_confirmation": translate("MainWindow", "waiting for confirmation"),
        "queued": translate("MainWindow", "queued for the DMS"),
        "sent": translate("MainWindow", "sent"),
        "failed": translate("MainWindow", "failed"),
        "error": translate("MainWindow", "failed"),
        "held": translate("MainWindow", "held for the advisor"),
        "complete": translate("MainWindow", "up to date"),
        "incomplete": translate("MainWindow", "not everything arrived"),
    }
    actors = {
        "gui": "",
        "cli": translate("MainWindow", "(command line)"),
        "sync": translate("MainWindow", "(background)"),
        "outbox": translate("MainWindow", "(outbox)"),
    }
    action = actions.get(entry.action, entry.action)
    actor = actors.get(entry.actor, entry.actor)
    subject = " / ".join(one_line(p, LINE_LIMIT) for p in (entry.wo_number, entry.dms_number) if p)
    outcome = outcomes.get(entry.outcome, entry.outcome)
    if entry.hits is not None:
        outcome = translate("MainWindow", "%n workorder(s) found", "", entry.hits)
    return ActivityRow(
        at=entry.at,
        action=f"{action} {actor}".strip(),
        subject=subject,
        result=outcome,
        ok=entry.outcome not in ("failed", "error", "refused_not_higher", "incomplete"),
    )


class ActivityDock(QDockWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDock")
        self._runner = runner
        self._audit: AuditLog | None = None
        self._entries: list[AuditEntry] = []
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_DELAY_MS)
        self._reload.timeout.connect(lambda: self._runner.run(self.load(), background=True))
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.view = QTreeWidget(self)
        self.view.setObjectName("activityView")
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setColumnCount(4)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(True)
        self.setWidget(self.view)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Activity"))
        self.view.setHeaderLabels(
            [self.tr("When"), self.tr("Action"), self.tr("Workorder"), self.tr("Result")]
        )
        self.view.setAccessibleName(self.tr("Activity log of this workstation"))
        self._render()

    @property
    def rows(self) -> list[ActivityRow]:
        return [activity_row(entry) for entry in self._entries]

    def attach(self, audit: AuditLog) -> None:
        """Read the log from ``audit`` from now on."""
        self._audit = audit

    async def load(self) -> None:
        """Show the newest entries of this workstation's audit trail."""
        if self._audit is not None:
            self._entries = await self._audit.recent(ACTIVITY_ROWS)
            self._render()

    def reload_soon(self) -> None:
        """Something was recorded: load the log again in a moment."""
        if self._audit is not None:
            self._reload.start()

    def stop(self) -> None:
        """The window closes: no load starts any more."""
        self._audit = None
        self._reload.stop()

    def _render(self) -> None:
        self.view.clear()
        for row in self.rows:
            item = QTreeWidgetItem([fmt_datetime(row.at), row.action, row.subject, row.result])
            if not row.ok:
                item.setForeground(3, Qt.GlobalColor.darkRed)
            self.view.addTopLevelItem(item)
