"""Writing a mileage from the editor: the service's answer, the confirmation of an
implausible jump, and the one rendering of an outcome under the field.

The outcome is shown from its event only (``show_mileage_outcome``): on the workorder
it belongs to, whichever is open by then, and also when the outbox sends it later.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from incadea_desk import messages
from incadea_desk.errors import InputError, RemoteError
from incadea_desk.ui.dialogs import finished
from incadea_desk.ui.error_box import error_sentence
from incadea_desk.ui.formatting import fmt_km
from incadea_desk.ui.mileage import MileageEditor

if TYPE_CHECKING:
    from incadea_desk.services.mileage import MileageService
    from incadea_desk.services.outcomes import MileageOutcome

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


def _not_written(error: RemoteError) -> str:
    return translate("MainWindow", "Not written: %1").replace("%1", error_sentence(error))


async def write_mileage(
    editor: MileageEditor, service: MileageService, dms_number: str, text: str
) -> bool:
    """Correct the mileage as typed, asking first when the jump is implausible; whether
    it ended without a problem. A failure to reach the DMS is said under the field and
    raised for the window's error box."""
    try:
        outcome = await service.correct(dms_number, text)
        if outcome.outcome == "needs_confirmation":
            if not await confirm_jump(editor, outcome):
                editor.show_outcome(
                    "warn",
                    lambda: translate("MainWindow", "Not written: you did not confirm the jump."),
                )
                return True
            outcome = await service.correct(dms_number, text, confirmed=True)
    except InputError as error:
        editor.show_outcome("bad", functools.partial(error_sentence, error))
        return False
    except RemoteError as error:
        editor.show_outcome("bad", functools.partial(_not_written, error))
        raise
    return outcome.outcome != "needs_confirmation"


async def confirm_jump(parent: QWidget, outcome: MileageOutcome) -> bool:
    """Ask whether an implausible jump is the odometer's reading; True to write it."""
    before = outcome.dms_km_before or 0
    box = QMessageBox(parent)
    box.setObjectName("confirmJump")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MainWindow", "Confirm the mileage"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate(
            "MainWindow", "%1 is %2 more than the %3 in the DMS. Is the odometer reading right?"
        )
        .replace("%1", fmt_km(outcome.new_km))
        .replace("%2", fmt_km(outcome.new_km - before))
        .replace("%3", fmt_km(before))
    )
    yes = box.addButton(translate("MainWindow", "Yes, write it"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("MainWindow", "No, let me check"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    await finished(box)
    return box.clickedButton() is yes


def show_mileage_outcome(
    editor: MileageEditor, outcome: MileageOutcome, today: Callable[[], date]
) -> None:
    """The DMS value after a correction, what waits in the outbox, and the sentence."""
    if outcome.outcome == "written":
        editor.set_dms(outcome.dms_km_after, today(), clear=True)
    elif outcome.outcome == "refused_not_higher":
        editor.set_dms(outcome.dms_km_before, None, clear=False)
    elif outcome.outcome == "queued":
        editor.set_queued(outcome.new_km)
    if outcome.outcome == "written" and editor.queued_km is not None:
        editor.set_queued(None)
    shown = mileage_sentence(outcome)
    if shown is not None:
        editor.show_outcome(shown[0], lambda: (mileage_sentence(outcome) or shown)[1])
