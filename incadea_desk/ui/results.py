"""The results list: one row per workorder when a search finds several.

Columns: appointment date, WO number, plate, make/model, customer, status.
A cancelled workorder is greyed and struck through and says so in its status,
so the advisor does not open the wrong visit.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from incadea_desk.ui.formatting import fmt_datetime
from incadea_desk.ui.theme import colours
from incadea_desk.ui.widgets import LINE_LIMIT
from incadea_desk.untrusted import one_line

if TYPE_CHECKING:
    from incadea_desk.domain.models import Workorder

AnyIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class Column(IntEnum):
    APPOINTMENT = 0
    WO_NUMBER = 1
    PLATE = 2
    CAR = 3
    CUSTOMER = 4
    STATUS = 5


def workorder_status(wo: Workorder) -> str:
    """The one-word state of a workorder, translated."""

    appointment = wo.appointment
    if appointment.canceled:
        return translate("Status", "Cancelled")
    if appointment.car_out_of_shop:
        return translate("Status", "Car collected")
    if appointment.car_in_shop:
        return translate("Status", "In the workshop")
    return translate("Status", "Planned")


class ResultsModel(QAbstractTableModel):
    """Workorders found by one search, in the order the DMS gave (newest first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Workorder] = []

    def set_workorders(self, workorders: Sequence[Workorder]) -> None:
        self.beginResetModel()
        self._rows = list(workorders)
        self.endResetModel()

    def update_workorder(self, wo: Workorder) -> None:
        """Show the latest state read of a listed workorder (after a refresh or an import)."""
        for row, listed in enumerate(self._rows):
            if listed.appointment.dms_number == wo.appointment.dms_number and listed != wo:
                self._rows[row] = wo
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def workorder(self, row: int) -> Workorder:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.APPOINTMENT: self.tr("Appointment"),
            Column.WO_NUMBER: self.tr("WO number"),
            Column.PLATE: self.tr("Registration"),
            Column.CAR: self.tr("Make / model"),
            Column.CUSTOMER: self.tr("Customer"),
            Column.STATUS: self.tr("Status"),
        }
        return titles.get(Column(section))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        wo = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(wo, column)
        if role == Qt.ItemDataRole.ToolTipRole and wo.appointment.canceled:
            return self.tr("This workorder is cancelled.")
        if role == Qt.ItemDataRole.ForegroundRole and wo.appointment.canceled:
            return QBrush(QColor(colours().muted_text))
        if role == Qt.ItemDataRole.FontRole and wo.appointment.canceled:
            font = QFont()
            font.setStrikeOut(column != Column.STATUS)
            font.setItalic(column == Column.STATUS)
            return font
        return None

    def _text(self, wo: Workorder, column: Column) -> str:
        appointment, car = wo.appointment, wo.car
        if column == Column.APPOINTMENT:
            return fmt_datetime(appointment.appointment_date)
        if column == Column.STATUS:
            return workorder_status(wo)
        # A cell is one line; the columns are as wide as their longest cell.
        if column == Column.WO_NUMBER:
            text = appointment.wo_number
        elif column == Column.PLATE:
            text = car.plate_text
        elif column == Column.CAR:
            text = " ".join(p for p in (car.make, car.model) if p)
        else:
            customer = wo.customer
            text = customer.display_name if customer is not None else ""
        return one_line(text, LINE_LIMIT)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )


class ResultsView(QTableView):
    """Keyboard navigable: arrows move, Enter opens; a double click opens too."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.results = ResultsModel(self)
        self.setModel(self.results)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        # Each column as wide as its content; the customer column takes what is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.activated.connect(lambda index: self.open_requested.emit(index.row()))
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Search results"))
        self.setToolTip(self.tr("Several workorders match; choose one with the arrows and Enter."))
        self.results.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_workorders(self, workorders: Sequence[Workorder]) -> None:
        self.results.set_workorders(workorders)
        if workorders:
            self.selectRow(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)
