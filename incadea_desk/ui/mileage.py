"""The mileage field of the detail pane: validate as typed, write back only if higher.

The editor judges what is typed with the domain's own rules
(``parse_mileage``, ``decide_mileage_writeback``) so the advisor sees at once
whether a value can be written; the service decides again against the DMS
value read right before the write, which is the decision that counts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from incadea_desk.domain.mileage import MileageAction, decide_mileage_writeback, parse_mileage
from incadea_desk.errors import InputError
from incadea_desk.ui.formatting import fmt_date, fmt_km
from incadea_desk.ui.widgets import plain_label, set_tone


class MileageEditor(QGroupBox):
    """DMS value, the advisor's new value, live verdict, Write back and the outcome."""

    write_back_requested = Signal(str)
    """The text as typed; the service parses and decides again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mileageEditor")
        self._dms_km: int | None = None
        self._reading_date: date | None = None
        self._busy = False
        self._stale = False
        self._outcome: tuple[str, Callable[[], str]] | None = None
        self._queued_km: int | None = None

        self.dms_label = QLabel(self)
        self.dms_value = plain_label(self, "mileageDmsValue")
        self.new_label = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("mileageEdit")
        self.edit.setMaxLength(20)
        self.new_label.setBuddy(self.edit)
        self.button = QPushButton(self)
        self.button.setObjectName("writeBackButton")
        self.button.setEnabled(False)
        self.feedback = plain_label(self, "mileageFeedback")
        self.feedback.setWordWrap(True)
        self.outcome = plain_label(self, "mileageOutcome")
        self.outcome.setWordWrap(True)
        self.stale_note = plain_label(self, "mileageStale")
        self.stale_note.setWordWrap(True)
        self.stale_note.hide()

        # Labels above their values: the box is one of four columns on a laptop screen,
        # and French and Dutch labels are long.
        self.dms_value.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.dms_label, 0, 0, 1, 2)
        grid.addWidget(self.dms_value, 1, 0, 1, 2)
        grid.addWidget(self.new_label, 2, 0, 1, 2)
        grid.addWidget(self.edit, 3, 0)
        grid.addWidget(self.button, 3, 1)
        grid.addWidget(self.feedback, 4, 0, 1, 2)
        grid.addWidget(self.outcome, 5, 0, 1, 2)
        grid.addWidget(self.stale_note, 6, 0, 1, 2)
        grid.setColumnStretch(0, 1)

        self.edit.textChanged.connect(self._judge)
        self.edit.textEdited.connect(self.clear_outcome)
        self.edit.returnPressed.connect(self._request)
        self.button.clicked.connect(self._request)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Mileage"))
        self.dms_label.setText(self.tr("In the DMS:"))
        self.new_label.setText(self.tr("&New mileage:"))
        self.edit.setPlaceholderText(self.tr("e.g. 45.210"))
        self.edit.setAccessibleName(self.tr("New mileage in kilometres"))
        self.stale_note.setText(self._stale_reason())
        self.edit.setToolTip(
            self._stale_reason()
            if self._stale
            else self.tr(
                "Type the odometer reading in whole kilometres; it is checked as you type."
            )
        )
        self.button.setText(self.tr("&Write back"))
        self.button.setAccessibleName(self.tr("Write the mileage back to the DMS"))
        self.button.setToolTip(
            self.tr("Write the new mileage to the DMS; only a higher value is written (Alt+W)")
        )
        self._show_dms()
        self._judge()
        if self._outcome is not None:
            self.show_outcome(*self._outcome)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def dms_km(self) -> int | None:
        return self._dms_km

    def set_dms(self, km: int | None, reading_date: date | None, *, clear: bool = True) -> None:
        """Show the DMS value; ``clear`` empties the field and the last outcome (new workorder)."""
        self._dms_km, self._reading_date = km, reading_date
        if clear:
            self.edit.clear()
            self._queued_km = None
            self.clear_outcome()
        self._show_dms()
        self._judge()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.edit.setReadOnly(busy or self._stale)
        self._judge()

    def set_stale(self, stale: bool) -> None:
        """The DMS value shown is this computer's copy, not yet the DMS's answer: nothing
        is typed or written against it (the DMS may hold a higher value by now)."""
        if stale == self._stale:
            return
        self._stale = stale
        if stale:
            self.edit.clear()
        self.stale_note.setVisible(stale)
        self.edit.setReadOnly(self._busy or stale)
        self.retranslate()

    def _stale_reason(self) -> str:
        return self.tr(
            "Shown from this computer's copy: the mileage can be corrected when the DMS "
            "has answered."
        )

    def show_outcome(self, tone: str, text: str | Callable[[], str]) -> None:
        """Report what happened to the last write (tone ``ok``, ``warn`` or ``bad``);
        given as a function, the sentence is worded again after a language switch."""
        render = text if callable(text) else (lambda: text)
        self._outcome = (tone, render)
        self.outcome.setText(render())
        self.outcome.show()
        set_tone(self.outcome, tone)

    def clear_outcome(self) -> None:
        """The advisor types again or writes again: the last outcome is no longer news."""
        self._outcome = None
        self.outcome.clear()
        self.outcome.hide()

    @property
    def queued_km(self) -> int | None:
        return self._queued_km

    def set_queued(self, km: int | None) -> None:
        """``km`` waits in the outbox for the DMS (None: nothing waits any more); the
        same value cannot be sent a second time meanwhile."""
        self._queued_km = km
        self._judge()

    def _show_dms(self) -> None:
        if self._dms_km is None:
            self.dms_value.setText(self.tr("no mileage recorded"))
        elif self._reading_date is not None:
            self.dms_value.setText(
                self.tr("%1 (read %2)")
                .replace("%1", fmt_km(self._dms_km))
                .replace("%2", fmt_date(self._reading_date))
            )
        else:
            self.dms_value.setText(fmt_km(self._dms_km))

    def _judge(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self.feedback.clear()
            self.feedback.hide()
            self.button.setEnabled(False)
            return
        self.feedback.show()
        try:
            km = parse_mileage(text)
        except InputError as error:
            self._say("bad", self._input_problem(error.code))
            self.button.setEnabled(False)
            return
        if km == self._queued_km:
            self._say(
                "warn",
                self.tr(
                    "%1 is waiting in the outbox; it is written when the DMS answers again."
                ).replace("%1", fmt_km(km)),
            )
            self.button.setEnabled(False)
            return
        decision = decide_mileage_writeback(self._dms_km, km, self._reading_date)
        dms = fmt_km(self._dms_km)
        new = fmt_km(km)
        if decision.action == MileageAction.REFUSE:
            if self._dms_km is not None and km == self._dms_km:
                message = self.tr("The DMS already holds %1.").replace("%1", dms)
            else:
                message = (
                    self.tr("%1 is lower than the %2 in the DMS; an odometer is never rolled back.")
                    .replace("%1", new)
                    .replace("%2", dms)
                )
            self._say("bad", message)
            self.button.setEnabled(False)
            return
        if decision.action == MileageAction.CONFIRM:
            jump = fmt_km(km - (self._dms_km or 0))
            message = (
                self.tr("%1 is %2 more than the DMS holds; you will be asked to confirm.")
                .replace("%1", new)
                .replace("%2", jump)
            )
            self._say("warn", message)
        elif self._dms_km is None:
            self._say(
                "ok", self.tr("The DMS has no mileage yet; %1 can be written.").replace("%1", new)
            )
        else:
            message = (
                self.tr("%1 is higher than the %2 in the DMS and can be written back.")
                .replace("%1", new)
                .replace("%2", dms)
            )
            self._say("ok", message)
        self.button.setEnabled(not self._busy and not self._stale)

    def _input_problem(self, code: str) -> str:
        """A short hint under the field, by the input error's code."""
        if code == "mileage_negative":
            return self.tr("The mileage cannot be negative.")
        if code == "mileage_decimal":
            return self.tr("Whole kilometres only, without decimals.")
        if code == "mileage_too_high":
            return self.tr("That is more than an odometer can show.")
        return self.tr("Type the mileage in whole kilometres, for example 45.210.")

    def _say(self, tone: str, text: str) -> None:
        self.feedback.setText(text)
        set_tone(self.feedback, tone)

    def _request(self) -> None:
        if self.button.isEnabled():
            self.write_back_requested.emit(self.edit.text().strip())
