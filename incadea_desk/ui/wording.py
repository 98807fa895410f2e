"""How the window words what the services did: activity-log rows and mileage outcomes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from incadea_desk import messages
from incadea_desk.ui.activity import ActivityRow
from incadea_desk.ui.error_box import error_sentence
from incadea_desk.ui.formatting import fmt_km
from incadea_desk.ui.widgets import LINE_LIMIT
from incadea_desk.untrusted import one_line

if TYPE_CHECKING:
    from incadea_desk.services.outcomes import MileageOutcome
    from incadea_desk.store import AuditEntry

translate = QCoreApplication.translate


MILEAGE_TONES = {"written": "ok", "refused_not_higher": "bad", "queued": "warn"}


def mileage_sentence(outcome: MileageOutcome) -> tuple[str, str] | None:
    """The tone and sentence under the mileage field, or None when there is nothing to say
    (a jump waiting for confirmation is asked in a dialog)."""
    tone = MILEAGE_TONES.get(outcome.outcome)
    if tone is None:
        return None
    problem = {"problem": error_sentence(outcome.problem)} if outcome.problem else {}
    sentence = messages.mileage_sentence(
        outcome.codes,
        {**outcome.arguments, **problem},
        translate=lambda text: translate(messages.MILEAGE_CONTEXT, text),
        distance=fmt_km,
    )
    return tone, sentence


def activity_row(entry: AuditEntry) -> ActivityRow:
    """An audit entry in the words of the window."""
    actions = {
        "search": translate("MainWindow", "Search"),
        "import": translate("MainWindow", "Import"),
        "refresh": translate("MainWindow", "Refresh"),
        "mileage": translate("MainWindow", "Mileage"),
        "sync": translate("MainWindow", "Keep importing"),
        "outbox": translate("MainWindow", "Outbox"),
    }
    outcomes = {
        "created": translate("MainWindow", "created in Claire"),
        "updated": translate("MainWindow", "updated in Claire"),
        "unchanged": translate("MainWindow", "unchanged"),
        "written": translate("MainWindow", "written to the DMS"),
        "refused_not_higher": translate("MainWindow", "refused: not higher"),
        "needs_confirmation": translate("MainWindow", "waiting for confirmation"),
        "queued": translate("MainWindow", "queued for the DMS"),
        "sent": translate("MainWindow", "sent"),
        "failed": translate("MainWindow", "failed"),
        "error": translate("MainWindow", "failed"),
        "held": translate("MainWindow", "held for the advisor"),
        "complete": translate("MainWindow", "up to date"),
        "incomplete": translate("MainWindow", "not everything arrived"),
    }
    actors = {
        "gui": "",
        "cli": translate("MainWindow", "(command line)"),
        "sync": translate("MainWindow", "(background)"),
        "outbox": translate("MainWindow", "(outbox)"),
    }
    action = actions.get(entry.action, entry.action)
    actor = actors.get(entry.actor, entry.actor)
    subject = " / ".join(one_line(p, LINE_LIMIT) for p in (entry.wo_number, entry.dms_number) if p)
    outcome = outcomes.get(entry.outcome, entry.outcome)
    if entry.hits is not None:
        outcome = translate("MainWindow", "%n workorder(s) found", "", entry.hits)
    return ActivityRow(
        at=entry.at,
        action=f"{action} {actor}".strip(),
        subject=subject,
        result=outcome,
        ok=entry.outcome not in ("failed", "error", "refused_not_higher", "incomplete"),
    )
