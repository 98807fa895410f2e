"""The interventions tree: interventions in DMS order, their lines as children."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from incadea_desk import domain
from incadea_desk.ui.formatting import (
    fmt_decimal,
    fmt_money,
    fmt_percent,
)
from incadea_desk.ui.widgets import VALUE_LIMIT, plain_tooltip
from incadea_desk.untrusted import one_line

if TYPE_CHECKING:
    from incadea_desk.domain.models import Element, ElementKind, Intervention, Workorder

translate = QCoreApplication.translate

CODE_LIMIT = 40
"""Characters of a line's code: the column is as wide as its longest cell."""


def kind_names() -> dict[ElementKind, str]:
    """The kind of an intervention line in the advisor's language."""
    return {
        domain.ElementKind.LABOR: translate("WorkorderPane", "Labour"),
        domain.ElementKind.PART: translate("WorkorderPane", "Part"),
        domain.ElementKind.MENU: translate("WorkorderPane", "Menu"),
        domain.ElementKind.NOTE: translate("WorkorderPane", "Note"),
    }


class InterventionsTree(QTreeWidget):
    """Interventions in DMS order; their lines as children, with prices."""

    COLUMNS = 8
    FULL_TEXT = Qt.ItemDataRole.UserRole
    """Where a row keeps the index of its whole text in ``full_texts``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interventionsTree")
        # A cell shows one line of a title or a description, capped; the whole text stays
        # here, out of Qt's layout, and Copy puts it on the clipboard.
        self.full_texts: list[str] = []
        self._shown: tuple[list[Intervention], dict[ElementKind, str]] | None = None
        self.copy_action = QAction(self)
        self.copy_action.setObjectName("copyLineText")
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_current)
        self.addAction(self.copy_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setColumnCount(self.COLUMNS)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                translate("WorkorderPane", "Intervention / line"),
                translate("WorkorderPane", "Kind"),
                translate("WorkorderPane", "Code"),
                translate("WorkorderPane", "Quantity"),
                translate("WorkorderPane", "Unit price"),
                translate("WorkorderPane", "Discount"),
                translate("WorkorderPane", "VAT"),
                translate("WorkorderPane", "Total excl. VAT"),
            ]
        )
        self.setAccessibleName(translate("WorkorderPane", "Interventions and their lines"))
        self.copy_action.setText(translate("WorkorderPane", "&Copy text"))

    def full_text(self, item: QTreeWidgetItem) -> str:
        """The whole title or description the row shows one line of."""
        index = item.data(0, self.FULL_TEXT)
        return self.full_texts[index] if isinstance(index, int) else item.text(0)

    def copy_current(self) -> None:
        item = self.currentItem()
        if item is not None:
            QGuiApplication.clipboard().setText(self.full_text(item))

    def _set_text(self, item: QTreeWidgetItem, text: str, tooltip: str = "") -> None:
        """Column 0 of ``item``: one line of ``text``, whole in its tooltip (up to a point)
        and on the clipboard."""
        item.setText(0, one_line(text, VALUE_LIMIT))
        item.setData(0, self.FULL_TEXT, len(self.full_texts))
        self.full_texts.append(text)
        item.setToolTip(0, plain_tooltip(tooltip or text))

    def show_workorder(self, wo: Workorder) -> None:
        """The interventions of ``wo``. When the rows are the same ones (the DMS's answer
        after a local copy), only the cells that differ are written: the rows, the
        selection and the scrolling stay."""
        kinds = kind_names()
        shown = (wo.interventions, kinds)
        if shown == self._shown:
            return
        self._shown = shown
        self.full_texts = []
        tops = [
            self._intervention_item(number, intervention, kinds)
            for number, intervention in enumerate(wo.interventions, start=1)
        ]
        existing = [item for i in range(self.topLevelItemCount()) if (item := self.topLevelItem(i))]
        if _same_shape(existing, tops):
            for old, new in zip(existing, tops, strict=True):
                _copy_cells(new, old)
        else:
            self.clear()
            self.addTopLevelItems(tops)
            for top in tops:
                top.setExpanded(True)
        self._fit_height()

    def _intervention_item(
        self, number: int, intervention: Intervention, kinds: dict[ElementKind, str]
    ) -> QTreeWidgetItem:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        top = QTreeWidgetItem()
        self._set_text(top, f"{number}. {intervention.title}", intervention.description or "")
        top.setText(7, fmt_money(intervention.prices.excl_vat))
        top.setToolTip(
            7,
            translate("WorkorderPane", "Incl. VAT: %1").replace(
                "%1", fmt_money(intervention.prices.incl_vat)
            ),
        )
        top.setTextAlignment(7, right)
        font = top.font(0)
        font.setBold(True)
        for column in (0, 7):
            top.setFont(column, font)
        if intervention.description:
            note = QTreeWidgetItem(top)
            self._set_text(note, intervention.description)
            note.setForeground(0, self.palette().placeholderText())
        for element in intervention.elements:
            self._set_text(self._element_item(top, element, kinds, right), element.description)
        return top

    def sizeHint(self) -> QSize:
        # As tall as its minimum: the pane's height for its width (wrapped labels) must
        # not count the whole list, or the pane scrolls; the stretch gives the rest.
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight())

    def _fit_height(self) -> None:
        """At least the header and the first three rows; the tree scrolls past what the
        pane gives it, so the totals under it stay in view."""
        row_height = (
            self.sizeHintForRow(0) if self.topLevelItemCount() else self.fontMetrics().height() + 6
        )
        frame = 2 * self.frameWidth()
        self.setMinimumHeight(self.header().sizeHint().height() + 3 * row_height + frame)

    @staticmethod
    def _element_item(
        top: QTreeWidgetItem,
        element: Element,
        kinds: dict[ElementKind, str],
        right: Qt.AlignmentFlag,
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(top)
        item.setText(1, kinds[element.kind])
        item.setText(2, one_line(element.code or "", CODE_LIMIT))
        if element.kind != domain.ElementKind.NOTE:
            item.setText(3, fmt_decimal(element.quantity))
            item.setText(4, fmt_money(element.unit_price))
            item.setText(5, fmt_percent(element.discount) if element.discount else "")
            item.setText(6, fmt_percent(element.vat_rate))
            item.setText(7, fmt_money(element.line_total))
        for column in range(3, 8):
            item.setTextAlignment(column, right)
        return item


def _same_shape(old: list[QTreeWidgetItem], new: list[QTreeWidgetItem]) -> bool:
    """Whether two lists of rows have the same rows, each with as many lines."""
    return len(old) == len(new) and all(
        a.childCount() == b.childCount() for a, b in zip(old, new, strict=True)
    )


def _copy_cells(source: QTreeWidgetItem, target: QTreeWidgetItem) -> None:
    """Write into ``target`` (and its lines) the texts and tooltips of ``source`` that differ."""
    for column in range(InterventionsTree.COLUMNS):
        if target.text(column) != source.text(column):
            target.setText(column, source.text(column))
        if target.toolTip(column) != source.toolTip(column):
            target.setToolTip(column, source.toolTip(column))
    for index in range(source.childCount()):
        child, kept = source.child(index), target.child(index)
        if child is not None and kept is not None:
            _copy_cells(child, kept)
