"""What the last import or refresh of the open workorder did, as the pane says it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from incadea_desk.ui.formatting import fmt_time
from incadea_desk.ui.widgets import plain_tooltip
from incadea_desk.ui.workorder.changes import Change, changes_sentence
from incadea_desk.ui.workorder.labels import describe_field

translate = QCoreApplication.translate


@dataclass(frozen=True)
class SyncInfo:
    """What the last import or refresh did, as the pane shows it."""

    action: str  # "import" | "refresh"
    outcome: str  # "created" | "updated" | "unchanged"
    changed_fields: Sequence[str]
    synced_at: datetime
    claire_id: str | None = None
    changes: Sequence[Change] = ()
    """The same changes with their old and new values, when the import knows them."""


def sync_sentence(info: SyncInfo) -> str:
    """What the last import or refresh did, with its time."""
    when = fmt_time(info.synced_at)
    if info.action == "refresh":
        texts = {
            "created": translate("WorkorderPane", "Refreshed at %1: created in Claire."),
            "updated": translate("WorkorderPane", "Refreshed at %1: Claire updated."),
            "unchanged": translate("WorkorderPane", "Refreshed at %1: nothing changed."),
        }
    else:
        texts = {
            "created": translate("WorkorderPane", "Imported to Claire at %1 (new appointment)."),
            "updated": translate(
                "WorkorderPane", "Imported to Claire at %1 (appointment updated)."
            ),
            "unchanged": translate(
                "WorkorderPane", "Imported to Claire at %1: Claire was already up to date."
            ),
        }
    return texts.get(info.outcome, texts["updated"]).replace("%1", when)


def show_sync(sync_label: QLabel, changes_label: QLabel, info: SyncInfo | None) -> None:
    """What the last import or refresh did, and what it changed, under the title."""
    if info is None:
        sync_label.setText(translate("WorkorderPane", "Not synced with Claire in this session."))
        changes_label.clear()
        changes_label.hide()
        return
    sync_label.setText(sync_sentence(info))
    changes_label.setToolTip("")
    if info.changes and info.outcome != "created":
        shown, every = changes_sentence(info.changes)
        changes_label.setText(translate("WorkorderPane", "Changed: %1").replace("%1", shown))
        changes_label.setToolTip(plain_tooltip(every))
        changes_label.show()
    elif info.changed_fields and not info.changes:
        names = ", ".join(describe_field(f) for f in info.changed_fields)
        changes_label.setText(translate("WorkorderPane", "Changed: %1").replace("%1", names))
        changes_label.show()
    else:
        changes_label.clear()
        changes_label.hide()
