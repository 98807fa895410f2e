"""The list of workorders found, above the pane: unfolded, or folded into one line.

Unfolded it is a caption and up to six rows (the list scrolls beyond that).
Once a workorder is open on a laptop screen the list folds into a one-line
strip, "▸ 7 workorders found for 06-GVS-6 — show the list (F6)", so the
workorder has the screen; the strip (or F6, set up by the window) unfolds it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from incadea_desk.ui.results import ResultsView
from incadea_desk.ui.widgets import plain_label

VISIBLE_ROWS = 6


class ResultsArea(QWidget):
    """Caption, list and strip; hidden while fewer than two workorders are listed."""

    unfold_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self.caption = plain_label(self, "resultsCaption")
        self.view = ResultsView(self)
        self.strip = QPushButton(self)
        self.strip.setObjectName("resultsStrip")
        self.strip.setFlat(True)
        self.strip.clicked.connect(self.unfold_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        layout.addWidget(self.strip, 0, Qt.AlignmentFlag.AlignLeft)
        self.strip.hide()
        self.hide()

    @property
    def count(self) -> int:
        return self.view.results.rowCount()

    @property
    def unfolded(self) -> bool:
        return self.isVisible() and self.view.isVisible()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        count = self.count
        self.caption.setText(
            self.tr("%n workorder(s) match; choose one with the arrow keys and Enter.", "", count)
        )
        self.strip.setText(
            self.tr("▸ %n workorder(s) found for %1 — show the list (F6)", "", count).replace(
                "%1", self._query
            )
        )

    def show_found(self, query: str) -> None:
        """A new list for ``query`` (as shown in the search field) is in the view."""
        self._query = query
        self.retranslate()

    def unfold(self) -> bool:
        """Show the list; False when there is no list of several to show."""
        if self.count < 2:
            return False
        self.retranslate()
        self.show()
        self.caption.show()
        self.view.show()
        self.strip.hide()
        rows = min(self.count, VISIBLE_ROWS)
        self.view.setFixedHeight(
            self.view.horizontalHeader().sizeHint().height()
            + rows * self.view.verticalHeader().defaultSectionSize()
            + 2 * self.view.frameWidth()
        )
        return True

    def fold(self) -> None:
        """Only the strip stays, so the open workorder has the screen."""
        if self.count < 2:
            return
        self.retranslate()
        self.show()
        self.caption.hide()
        self.view.hide()
        self.strip.show()
