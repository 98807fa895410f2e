"""The search bar: a WO number or a registration number, typed any common way.

Enter searches, Esc clears, Ctrl+F / Ctrl+L (set up by the window) focus it.
Recent searches are offered by a completer and kept in memory only, because a
plate is personal data and the journal is the only place it may rest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from incadea_desk.ui.widgets import plain_label, plain_tooltip, set_tone

MAX_RECENT = 20


class _SearchEdit(QLineEdit):
    """A line edit that clears on Esc (when no completer popup is open)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        popup_open = popup is not None and popup.isVisible()
        if event.key() == Qt.Key.Key_Escape and not popup_open and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    """Line edit, search button and a one-line hint under the query."""

    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _SearchEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(320)
        self._recent = QStringListModel(self)
        completer = QCompleter(self._recent, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.edit.setCompleter(completer)
        self.button = QPushButton(self)
        self.button.setObjectName("searchButton")
        self.hint = plain_label(self, "searchHint")
        self.hint.setProperty("tone", "muted")
        self._problem: Callable[[], str] | None = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setBuddy(self.edit)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.hint)

        self.edit.returnPressed.connect(self._submit)
        self.button.clicked.connect(self._submit)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Find:"))
        self.edit.setPlaceholderText(self.tr("WO number or registration"))
        self.edit.setToolTip(
            self.tr(
                "Type a WO number (4711, WO 4711) or a registration number in any form "
                "(12abc3, 12-ABC-3). Enter searches, Esc clears. (Ctrl+F, Ctrl+L)"
            )
        )
        self.edit.setAccessibleName(self.tr("Search by WO number or registration"))
        self.button.setText(self.tr("Search"))
        self.button.setToolTip(self.tr("Search the DMS (Enter)"))
        self.button.setAccessibleName(self.tr("Search"))
        if self._problem is not None:
            self.hint.setText(self._problem())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    @property
    def recent(self) -> list[str]:
        return self._recent.stringList()

    def show_query(self, display_text: str, hint: str = "") -> None:
        """Show the query back as it was understood, e.g. ``12-ABC-3`` for ``12abc3``."""
        self.edit.setText(display_text)
        self.hint.setText(hint)
        self.hint.setToolTip("")
        set_tone(self.hint, "muted")
        recent = [display_text, *(r for r in self.recent if r != display_text)]
        self._recent.setStringList(recent[:MAX_RECENT])

    def show_hint(self, hint: str) -> None:
        """Replace the hint under the query (the count, after a language switch)."""
        self.hint.setText(hint)

    def clear_problem(self) -> None:
        """A new action starts: the last search's verdict is no longer news."""
        self._problem = None
        if self.hint.property("tone") == "bad":
            self.hint.clear()
            self.hint.setToolTip("")
            set_tone(self.hint, "muted")

    def show_problem(self, sentence: str | Callable[[], str], detail: str) -> None:
        """Say why the text was not searched; the checker's own words are in the tooltip.
        Given as a function, the sentence is worded again after a language switch."""
        self._problem = sentence if callable(sentence) else None
        self.hint.setText(sentence() if callable(sentence) else sentence)
        self.hint.setToolTip(plain_tooltip(detail))
        set_tone(self.hint, "bad")

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)

    def _submit(self) -> None:
        text = self.edit.text().strip()
        if text and self.button.isEnabled():
            self.search_requested.emit(text)
