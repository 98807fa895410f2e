"""The list of workorders that need attention: what keep-importing holds back, and why.

A row the DMS sends that cannot be read, or an appointment Claire refuses, is
held in the quarantine and tried again on every walk. This dialog lists them
for the advisor and the workshop's IT: the numbers and the field as the DMS or
Claire names them (data, shown as it is), the reason in the window's language,
since when and how often. **Retry** asks again now (after IT fixed the row);
**Copy** puts the selected lines on the clipboard for the DMS administrator.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incadea_desk.errors import RemoteError
from incadea_desk.ui.error_box import error_sentence
from incadea_desk.ui.formatting import fmt_datetime, fmt_int
from incadea_desk.ui.held_texts import copy_line, reason_text
from incadea_desk.ui.widgets import ElidedLabel, set_tone

if TYPE_CHECKING:
    from incadea_desk.services.quarantine import HeldRow, Quarantine
    from incadea_desk.ui.tasks import TaskRunner

DMS, WO, FIELD, REASON, SINCE, ATTEMPTS = range(6)
WIDEST_DATA = 24
"""A number or a field name is shown at most this many characters wide (or as wide as its
heading), then elided: the DMS decides how long its values are, the window does not widen
for them."""


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt renders a tooltip that looks like
    HTML as HTML, and a value from the DMS may look like it."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


class AttentionDialog(QDialog):
    """The held workorders, with Retry (one, or all) and Copy."""

    def __init__(self, quarantine: Quarantine, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("attentionDialog")
        self._quarantine = quarantine
        self._runner = runner
        self._rows: list[HeldRow] = []
        self._retrying = False
        self._said: tuple[str, Callable[[], str]] = ("", str)
        """The tone and the words of the last result, worded again after a language switch."""

        self.intro = QLabel(self)
        self.intro.setObjectName("attentionIntro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.view = QTreeWidget(self)
        self.view.setObjectName("attentionView")
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setColumnCount(6)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.view.itemSelectionChanged.connect(self._selection_changed)
        self.state = ElidedLabel(self)
        self.state.setObjectName("attentionState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)

        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.retry_selected)
        self.retry_all_button = QPushButton(self)
        self.retry_all_button.setObjectName("retryAllButton")
        self.retry_all_button.clicked.connect(self.retry_all)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.clicked.connect(self.copy_selected)
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.addAction(self.copy_action)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in (self.retry_button, self.retry_all_button, self.copy_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        self._fit(parent)
        self.retranslate()
        self._enable()

    def _fit(self, parent: QWidget) -> None:
        """1100x420, or the parent's size when it is smaller."""
        self.resize(min(1100, parent.width()), min(420, parent.height()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Workorders that need attention"))
        self.view.setHeaderLabels(
            [
                self.tr("DMS number"),
                self.tr("WO number"),
                self.tr("Field"),
                self.tr("Reason"),
                self.tr("Since"),
                self.tr("Attempts"),
            ]
        )
        self.view.setAccessibleName(self.tr("Workorders that need attention"))
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setToolTip(self.tr("Read the selected workorders again and import them"))
        self.retry_all_button.setText(self.tr("Retry &all"))
        self.retry_all_button.setToolTip(self.tr("Read every held workorder again and import it"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setToolTip(
            self.tr("Copy the selected lines for the DMS administrator (Ctrl+C)")
        )
        self._say(*self._said)
        self._render()

    # ----------------------------------------------------------------- rows

    @property
    def rows(self) -> list[HeldRow]:
        return list(self._rows)

    def reload(self) -> None:
        """Read the held rows again (the count changed, or the dialog opens)."""
        self._runner.run(self._load(), background=True)

    async def _load(self) -> None:
        self.show_rows(await self._quarantine.rows())

    def show_rows(self, rows: Sequence[HeldRow]) -> None:
        self._rows = list(rows)
        self._render()

    def _render(self) -> None:
        chosen = set(self.selected_numbers())
        self.view.clear()
        for row in self._rows:
            item = QTreeWidgetItem(
                [
                    row.dms_number,
                    row.wo_number or "–",
                    row.field or "–",
                    reason_text(row),
                    fmt_datetime(row.first_seen),
                    fmt_int(row.attempts),
                ]
            )
            item.setData(DMS, Qt.ItemDataRole.UserRole, row.dms_number)
            for column in (DMS, WO, FIELD, REASON):
                item.setToolTip(column, plain_tip(item.text(column)))
            item.setTextAlignment(ATTEMPTS, Qt.AlignmentFlag.AlignRight)
            self.view.addTopLevelItem(item)
            item.setSelected(row.dms_number in chosen)
        self._size_columns()
        self.intro.setText(
            self.tr(
                "Keep-importing cannot import these workorders and tries them again on every "
                "run. Tell IT or the DMS administrator what the reason says (Copy puts the line "
                "on the clipboard); once they fixed it, choose Retry."
            )
            if self._rows
            else self.tr("Nothing needs attention: every changed workorder was imported.")
        )
        first = self.view.topLevelItem(0)
        if first is not None and not self.view.selectedItems():
            self.view.setCurrentItem(first)
        self._enable()

    def _size_columns(self) -> None:
        header = self.view.header()
        widest = self.fontMetrics().averageCharWidth() * WIDEST_DATA
        for column in (DMS, WO, FIELD, SINCE, ATTEMPTS):
            self.view.resizeColumnToContents(column)
            most = max(widest, header.sectionSizeFromContents(column).width())
            if column in (DMS, WO, FIELD) and header.sectionSize(column) > most:
                header.resizeSection(column, most)

    def selected_numbers(self) -> list[str]:
        """The DMS numbers of the selected rows, in the list's order."""
        items = sorted(self.view.selectedItems(), key=self.view.indexOfTopLevelItem)
        return [str(item.data(DMS, Qt.ItemDataRole.UserRole)) for item in items]

    def _selection_changed(self) -> None:
        self._enable()

    def _enable(self) -> None:
        selected = bool(self.view.selectedItems())
        idle = not self._retrying
        self.retry_button.setEnabled(idle and selected)
        self.retry_all_button.setEnabled(idle and bool(self._rows))
        self.copy_button.setEnabled(selected)
        self.copy_action.setEnabled(selected)

    # ---------------------------------------------------------------- copy

    def copy_selected(self) -> None:
        chosen = set(self.selected_numbers())
        lines = [copy_line(row) for row in self._rows if row.dms_number in chosen]
        if not lines:
            return
        QGuiApplication.clipboard().setText("\n".join(lines))
        self._say("ok", lambda: self.tr("%n line(s) copied to the clipboard.", "", len(lines)))

    # --------------------------------------------------------------- retry

    def retry_selected(self) -> None:
        self._retry(self.selected_numbers())

    def retry_all(self) -> None:
        self._retry(None)

    def _retry(self, numbers: list[str] | None) -> None:
        if self._retrying or numbers == []:
            return
        count = len(self._rows) if numbers is None else len(numbers)
        self._retrying = True
        self._enable()
        self._say("", lambda: self.tr("Retrying %n workorder(s)…", "", count))
        self._runner.run(self._retried(numbers), label=self.state.text(), name="retry")

    async def _retried(self, numbers: list[str] | None) -> bool:
        asked = len(self._rows) if numbers is None else len(numbers)
        try:
            if numbers is None:
                still = await self._quarantine.retry()
            else:
                still = sum([await self._quarantine.retry(number) for number in numbers])
            rows = await self._quarantine.rows()
        except RemoteError as error:
            self._retrying = False
            self._enable()
            self._say("bad", functools.partial(self._not_retried, error))
            raise
        self._retrying = False
        self.show_rows(rows)
        imported = max(0, asked - still)
        self._say("warn" if still else "ok", lambda: self._retry_result(imported, still))
        return still == 0

    def _not_retried(self, error: RemoteError) -> str:
        return self.tr("Not retried: %1").replace("%1", error_sentence(error))

    def _retry_result(self, imported: int, still: int) -> str:
        done = self.tr("%n workorder(s) imported.", "", imported)
        if not still:
            return done
        return done + " " + self.tr("%n still held; the reason is in the list.", "", still)

    def _say(self, tone: str, words: Callable[[], str]) -> None:
        self._said = (tone, words)
        self.state.setText(words())
        set_tone(self.state, tone)
