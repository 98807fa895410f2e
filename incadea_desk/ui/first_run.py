"""The first screen of a fresh install: two clear choices, connect or try the demo.

Nothing is preselected as a default that Enter would take by accident; Esc
closes the program. "Connect to my DMS" leads to the settings dialog, and
cancelling that comes back here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from incadea_desk.ui.widgets import plain_label, set_tone


class FirstRunChoice(QDialog):
    """``chosen`` is ``"connect"``, ``"demo"`` or ``None`` (closed) once it has finished."""

    def __init__(self, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.chosen: str | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("firstRunHeading")
        self.heading.setWordWrap(True)
        self.problem = plain_label(self, "firstRunProblem")
        self.problem.setText(problem)
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        set_tone(self.problem, "bad")
        self.connect_button = QCommandLinkButton(self)
        self.connect_button.setObjectName("connectButton")
        self.demo_button = QCommandLinkButton(self)
        self.demo_button.setObjectName("demoButton")
        for button in (self.connect_button, self.demo_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.connect_button.clicked.connect(lambda: self._choose("connect"))
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.connect_button)
        layout.addWidget(self.demo_button)
        self.setMinimumWidth(480)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to incadea-desk"))
        self.heading.setText(self.tr("incadea-desk is not connected to a DMS yet."))
        self.connect_button.setText(self.tr("&Connect to my DMS"))
        self.connect_button.setDescription(
            self.tr("Fill in where the dealer's DMS and Claire are and how to sign in.")
        )
        self.demo_button.setText(self.tr("Try the &demo"))
        self.demo_button.setDescription(
            self.tr("Look around on built-in sample data; nothing reaches a real system.")
        )

    def _choose(self, choice: str) -> None:
        self.chosen = choice
        self.accept()
