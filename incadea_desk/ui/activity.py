"""The activity log dock: this workstation's audit trail, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from incadea_desk.ui.formatting import fmt_datetime

MAX_ROWS = 500


@dataclass(frozen=True)
class ActivityRow:
    """One line of the log: when, what, about which workorder, and how it ended."""

    at: datetime
    action: str
    subject: str
    result: str
    ok: bool = True


class ActivityDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDock")
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
        self._rows: list[ActivityRow] = []
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
        return list(self._rows)

    def set_rows(self, rows: Sequence[ActivityRow]) -> None:
        """Replace the log with ``rows`` (newest first)."""
        self._rows = list(rows)[:MAX_ROWS]
        self._render()

    def add(self, row: ActivityRow) -> None:
        self._rows.insert(0, row)
        del self._rows[MAX_ROWS:]
        self._render()

    def _render(self) -> None:
        self.view.clear()
        for row in self._rows:
            item = QTreeWidgetItem([fmt_datetime(row.at), row.action, row.subject, row.result])
            if not row.ok:
                item.setForeground(3, Qt.GlobalColor.darkRed)
            self.view.addTopLevelItem(item)
