"""Small helpers shared by the widgets of the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def line_edit(parent: QWidget, name: str, text: str) -> QLineEdit:
    """A settings field: named for tests and style sheets, wide enough for an address."""
    edit = QLineEdit(text, parent)
    edit.setObjectName(name)
    edit.setMinimumWidth(260)
    return edit


def result_label(parent: QWidget, name: str) -> QLabel:
    """A wrapping label for a sentence that answers an action."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def button_row(button: QPushButton, result: QLabel) -> QVBoxLayout:
    """A button, and under it the label that shows its answer over the full width, so
    a long answer wraps instead of being cut off."""
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    column = QVBoxLayout()
    column.addLayout(row)
    column.addWidget(result)
    return column


def set_tone(widget: QWidget, tone: str, prop: str = "tone") -> None:
    """Set a style-sheet property (``tone``, ``highlight``) and re-apply the style.

    The property is set every time rather than read first: reading a property
    that was never set returns ``None`` through a path of PySide6 6.12 that
    releases a reference to ``None`` it does not own, which crashes Python 3.11
    at exit once it has happened often enough.
    """
    widget.setProperty(prop, tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" rather than widening the window.

    A long status line (a Dutch keep-importing summary is over 100 characters)
    would otherwise set the window's minimum width past a laptop screen. The
    whole text stays in ``text()`` and in the tooltip.
    """

    MINIMUM_WIDTH = 160

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.MINIMUM_WIDTH), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )
