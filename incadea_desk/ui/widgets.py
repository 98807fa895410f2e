"""Small helpers shared by the widgets of the window."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from incadea_desk.untrusted import capped

VALUE_LIMIT = 300
"""Characters of one DMS value handed to a label or a cell: Qt lays out all it is given,
and a megabyte of description would freeze the window."""
LINE_LIMIT = 120
"""Characters of a DMS value in a one-line place: a title, a list cell."""
TOOLTIP_LIMIT = 4_000
"""Characters of a tooltip that holds a value in full (up to this)."""


@contextmanager
def laid_out_once(*held: QLayout | None) -> Iterator[None]:
    """Qt lays out every layout above a widget it shows, at once: a repaint that shows
    several rows, badges or boxes would lay a whole pane out again for each. Within
    this block the ``held`` layouts wait; after it, the event loop lays each out once,
    before the next paint."""
    layouts = [layout for layout in held if layout is not None]
    for layout in layouts:
        layout.setEnabled(False)
    try:
        yield
    finally:
        for layout in layouts:
            layout.setEnabled(True)
            layout.invalidate()


def plain_label(parent: QWidget | None = None, name: str = "") -> QLabel:
    """A label that shows its text as text: Qt renders a text that looks like markup
    (``<b>``, ``<img src=...>``) as rich text, and a DMS value may look like that."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is (capped): Qt takes a tooltip that looks like
    markup for rich text, so it goes as escaped rich text, line breaks kept."""
    if not text:
        return ""
    return GuiQt.convertFromPlainText(
        capped(text, TOOLTIP_LIMIT), Qt.WhiteSpaceMode.WhiteSpaceNormal
    )


def line_edit(parent: QWidget, name: str, text: str) -> QLineEdit:
    """A settings field: named for tests and style sheets, wide enough for an address."""
    edit = QLineEdit(text, parent)
    edit.setObjectName(name)
    edit.setMinimumWidth(260)
    return edit


def check_box(parent: QWidget, name: str, checked: bool) -> QCheckBox:
    """A settings choice, named for tests and style sheets; its text comes with the language."""
    box = QCheckBox(parent)
    box.setObjectName(name)
    box.setChecked(checked)
    return box


class ResultLabel(QLabel):
    """A wrapping label whose height follows its text at its width.

    A layout sizes a word-wrapped label from its size hint, not from the height its
    text needs at the width it got, so an answer of several lines (the DMS contract
    check names each missing field) was cut off. The label holds its minimum height
    at that need, and the scroll area :func:`button_row` puts it in grows with it, up
    to a quarter of the screen; past that the answer scrolls, and the dialog's
    buttons stay on the screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.area: QScrollArea | None = None

    def scrolling(self) -> QScrollArea:
        """The label inside a borderless scroll area that is as tall as the text, up to
        a quarter of the screen (no height while there is no text); lay out the area."""
        area = QScrollArea(self.parentWidget())
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidgetResizable(True)
        area.viewport().setAutoFillBackground(False)
        area.setWidget(self)
        area.setFixedHeight(0)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.area = area
        self._fit()
        return area

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def clear(self) -> None:
        super().clear()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = max(0, self.heightForWidth(self.width())) if self.text() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
        if self.area is not None:
            screen = self.screen()
            most = screen.availableGeometry().height() // 4 if screen else 200
            self.area.setFixedHeight(min(needed, most))


def result_label(parent: QWidget, name: str) -> ResultLabel:
    """A wrapping label for a sentence that answers an action."""
    label = ResultLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def button_row(button: QPushButton, result: ResultLabel) -> QVBoxLayout:
    """A button, and under it the label that shows its answer over the full width, so
    a long answer wraps instead of being cut off."""
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    column = QVBoxLayout()
    column.addLayout(row)
    column.addWidget(result.scrolling())
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


_TONES: weakref.WeakKeyDictionary[QWidget, dict[str, str]] = weakref.WeakKeyDictionary()


def toneless(widget: QWidget, *props: str) -> None:
    """Note that ``widget``, just made, has none of these properties: ``change_tone`` to
    no tone then leaves it alone. (Re-applying the style to give the labels of the
    pane's forms no tone took 4 ms of the first workorder shown.)"""
    _TONES.setdefault(widget, {}).update(dict.fromkeys(props, ""))


def change_tone(widget: QWidget, tone: str, prop: str = "tone") -> None:
    """``set_tone``, only when the tone is another than the one this gave the widget last:
    re-applying the style repaints it, and a repaint with the same values changes nothing."""
    tones = _TONES.setdefault(widget, {})
    if tones.get(prop) != tone:
        tones[prop] = tone
        set_tone(widget, tone, prop)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" rather than widening the window.

    A long status line (a Dutch keep-importing summary is over 100 characters)
    would otherwise set the window's minimum width past a laptop screen. The
    whole text stays in ``text()`` and in the tooltip.
    """

    MINIMUM_WIDTH = 160

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

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
