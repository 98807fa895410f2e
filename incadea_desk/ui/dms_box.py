"""What the settings dialog asks of the DMS box, whichever kind of DMS it edits.

Each kind's form (``ui/dms_forms.py`` picks it by the registry entry's ``form``) knows
its own fields; the dialog checks, names and locks them through these methods only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from incadea_desk.secrets import SecretName
from incadea_desk.ui.widgets import result_label


class DmsBox(QGroupBox):
    """Edits ``Settings.dms`` and the DMS secret, with a *Test connection* button."""

    changed = Signal()
    """A choice that is not typed text changed (typed text has ``textEdited``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dmsBox")
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("dmsTest")
        self.result = result_label(self, "dmsTestResult")

    def values(self) -> dict[str, Any]:
        """``Settings.dms`` fields as typed."""
        raise NotImplementedError

    def typed_secret(self) -> tuple[SecretName, str] | None:
        """The secret typed, by its name; ``None`` keeps the stored one."""
        raise NotImplementedError

    def required(self) -> list[tuple[QLineEdit, QLabel]]:
        """The shown fields that cannot stay empty, each with its label."""
        raise NotImplementedError

    def addresses(self) -> list[QLineEdit]:
        """The shown fields that hold an address (their shape is checked)."""
        raise NotImplementedError

    def label_for(self, key: str) -> QLabel:
        """The label of the field that edits ``Settings.dms.<key>``."""
        raise NotImplementedError

    def secret_label(self) -> QLabel:
        raise NotImplementedError

    def widgets_by_setting(self) -> dict[str, list[QWidget]]:
        """The widgets that edit each ``dms.*`` settings key (a policy locks them)."""
        raise NotImplementedError
