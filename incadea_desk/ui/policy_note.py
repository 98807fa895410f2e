"""The settings a policy sets, locked in the settings dialog, and the note that says so.

IT pushes settings by Group Policy or Intune (:mod:`incadea_desk.policy`); they win over
what is typed here, so their fields are greyed out instead of taking an edit that would
not count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from incadea_desk.policy import Policy

if TYPE_CHECKING:
    from incadea_desk.ui.settings_dialog import SettingsDialog


def fields_of(dialog: SettingsDialog) -> dict[str, list[QWidget]]:
    """The dialog's widgets that edit each settings key."""
    return {
        **dialog.dms.widgets_by_setting(),
        "claire.base_url": [dialog.claire_url],
        "claire.location_id": [dialog.location_id],
        "ui.language": [dialog.language],
        "sync.interval_seconds": [dialog.interval],
        "sync.on_this_workstation": [dialog.keep_importing],
    }


class PolicyNote(QLabel):
    """Greys out the fields ``policy`` sets; shown only when it sets one."""

    def __init__(self, dialog: SettingsDialog, policy: Policy) -> None:
        super().__init__(dialog)
        self.setObjectName("policyNote")
        self.setWordWrap(True)
        self.locked = [
            widget
            for key, widgets in fields_of(dialog).items()
            if key in policy.locked
            for widget in widgets
        ]
        for widget in self.locked:
            widget.setEnabled(False)
        self.setVisible(bool(self.locked))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(
            self.tr(
                "Your IT department sets the greyed-out settings by policy; they cannot be "
                "changed here."
            )
        )
