"""The workorder detail pane: every imported field, the actions and the last sync.

It renders a domain ``Workorder`` (DESIGN.md section 3, field by field), the
data-quality warnings, and what the last import or refresh changed. It knows
no service: Import, Refresh and Write back are signals the window handles.

The layout and the header are here; the appointment and car forms fill themselves
(``forms``), the last sync is said by ``sync_info``, and the parties, the tree of
interventions and the field names live beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from incadea_desk import domain
from incadea_desk.ui.formatting import (
    fmt_date,
    fmt_datetime,
    fmt_money,
)
from incadea_desk.ui.mileage import MileageEditor
from incadea_desk.ui.results import workorder_status
from incadea_desk.ui.widgets import LINE_LIMIT, change_tone, laid_out_once, plain_label
from incadea_desk.ui.workorder.forms import (
    APPOINTMENT_KEYS,
    CAR_KEYS,
    Form,
    show_appointment,
    show_car,
)
from incadea_desk.ui.workorder.interventions import InterventionsTree
from incadea_desk.ui.workorder.labels import apk_state, as_of_mark, warning_lines
from incadea_desk.ui.workorder.parties import PartiesView
from incadea_desk.ui.workorder.sync_info import SyncInfo, show_sync
from incadea_desk.untrusted import one_line

if TYPE_CHECKING:
    from incadea_desk.domain.models import Workorder
    from incadea_desk.domain.quality import DataWarning

translate = QCoreApplication.translate

TITLE_PART_LIMIT = 40
"""Characters of the WO number and of the plate in the pane's title."""


class WorkorderPane(QScrollArea):
    """Header, actions, sync result, mileage, warnings, appointment, car, parties, lines."""

    import_requested = Signal()
    refresh_requested = Signal()
    copy_shown = Signal(str)
    """A workorder (its DMS number) is painted from this computer's copy, before the DMS
    answers."""

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workorderPane")
        # Tab goes straight to the pane's buttons and fields; a focused child scrolls into view.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._today = today
        self._workorder: Workorder | None = None
        self._as_of: datetime | None = None
        self._sync: SyncInfo | None = None
        self._busy = False
        self._not_found = ""
        self._choices = 0

        body = QWidget(self)
        self.setWidget(body)
        # Held while a workorder is filled in, and laid out once after (laid_out_once).
        outer = self._outer = QVBoxLayout(body)

        self.title = plain_label(body, "paneTitle")
        self.subtitle = plain_label(body, "paneSubtitle")
        self.badges = QHBoxLayout()
        self.badge_status = self._badge(body, "badgeStatus")
        self.badge_waiting = self._badge(body, "badgeWaiting")
        self.badge_apk = self._badge(body, "badgeApk")
        self.badge_as_of = self._badge(body, "badgeAsOf")
        # The tones these badges mostly or always have, given while the pane is made: the
        # first workorder shown then re-styles none of them.
        change_tone(self.badge_as_of, "warn")
        change_tone(self.badge_waiting, "warn")
        change_tone(self.badge_status, "info")
        for badge in (self.badge_as_of, self.badge_status, self.badge_waiting, self.badge_apk):
            self.badges.addWidget(badge)
        self.badges.addStretch(1)

        self.import_button = QPushButton(body)
        self.import_button.setObjectName("importButton")
        self.refresh_button = QPushButton(body)
        self.refresh_button.setObjectName("refreshButton")
        self.import_button.clicked.connect(self.import_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)

        header = QGridLayout()
        header.setVerticalSpacing(2)
        header.addWidget(self.title, 0, 0)
        header.addLayout(self.badges, 0, 1)
        header.addWidget(self.import_button, 0, 2)
        header.addWidget(self.refresh_button, 0, 3)
        header.addWidget(self.subtitle, 1, 0, 1, 4)
        header.setColumnStretch(1, 1)
        outer.addLayout(header)

        self.sync_frame = QFrame(body)
        self.sync_frame.setObjectName("syncInfo")
        sync_layout = QVBoxLayout(self.sync_frame)
        sync_layout.setContentsMargins(8, 4, 8, 4)
        sync_layout.setSpacing(2)
        self.sync_label = plain_label(self.sync_frame, "syncLabel")
        self.sync_label.setWordWrap(True)
        self.changes_label = plain_label(self.sync_frame, "changesLabel")
        self.changes_label.setWordWrap(True)
        sync_layout.addWidget(self.sync_label)
        sync_layout.addWidget(self.changes_label)
        outer.addWidget(self.sync_frame)

        self.warnings_frame = QFrame(body)
        self.warnings_frame.setObjectName("warningsBox")
        warnings_layout = QVBoxLayout(self.warnings_frame)
        warnings_layout.setContentsMargins(8, 4, 8, 4)
        warnings_layout.setSpacing(2)
        self.warnings_title = plain_label(self.warnings_frame)
        font = self.warnings_title.font()
        font.setBold(True)
        self.warnings_title.setFont(font)
        self.warnings_label = plain_label(self.warnings_frame, "warningsLabel")
        self.warnings_label.setWordWrap(True)
        warnings_layout.addWidget(self.warnings_title)
        warnings_layout.addWidget(self.warnings_label)
        outer.addWidget(self.warnings_frame)

        # One row of four columns, so that the interventions and their totals stay on a
        # 1366x768 screen below it; the interventions take whatever height is left.
        self.mileage = MileageEditor(body)
        self.appointment_form = Form("appointment", APPOINTMENT_KEYS, body)
        self.car_form = Form("car", CAR_KEYS, body)
        self.parties = PartiesView(body)
        columns = QHBoxLayout()
        for widget, stretch in (
            (self.appointment_form, 0),
            (self.parties, 4),
            (self.car_form, 4),
            (self.mileage, 3),
        ):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            columns.addWidget(widget, stretch, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(columns)

        self.interventions_box = QGroupBox(body)
        box_layout = QVBoxLayout(self.interventions_box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        self.interventions = InterventionsTree(self.interventions_box)
        box_layout.addWidget(self.interventions, 1)
        totals = QHBoxLayout()
        totals.addStretch(1)
        self.total_excl = plain_label(self.interventions_box, "totalExclVat")
        self.total_incl = plain_label(self.interventions_box, "totalInclVat")
        totals.addWidget(self.total_excl)
        totals.addSpacing(24)
        totals.addWidget(self.total_incl)
        box_layout.addLayout(totals)
        outer.addWidget(self.interventions_box, 1)
        self._empty_stretch = QWidget(body)
        outer.addWidget(self._empty_stretch, 1)

        self.setTabOrder(self.import_button, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.mileage.edit)
        self.setTabOrder(self.mileage.edit, self.mileage.button)
        self.setTabOrder(self.mileage.button, self.interventions)
        self.retranslate()

    @staticmethod
    def _badge(parent: QWidget, name: str) -> QLabel:
        badge = plain_label(parent, name)
        badge.setProperty("badge", True)
        badge.hide()
        return badge

    @property
    def workorder(self) -> Workorder | None:
        return self._workorder

    @property
    def as_of(self) -> datetime | None:
        """When the copy on screen was read from the DMS; None when the DMS's answer is."""
        return self._as_of

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.import_button.setText(translate("WorkorderPane", "&Import to Claire"))
        self.import_button.setToolTip(
            translate(
                "WorkorderPane", "Import this workorder into Claire, or update it there (Ctrl+I)"
            )
        )
        self.import_button.setAccessibleName(translate("WorkorderPane", "Import to Claire"))
        self.refresh_button.setText(translate("WorkorderPane", "&Refresh"))
        self.refresh_button.setToolTip(
            translate(
                "WorkorderPane", "Read the workorder again from the DMS and update Claire (F5)"
            )
        )
        self.refresh_button.setAccessibleName(translate("WorkorderPane", "Refresh from the DMS"))
        self.warnings_title.setText(translate("WorkorderPane", "Check the data"))
        self.appointment_form.setTitle(translate("WorkorderPane", "Appointment"))
        self.car_form.setTitle(translate("WorkorderPane", "Car"))
        self.interventions_box.setTitle(translate("WorkorderPane", "Interventions"))
        self.interventions.retranslate()
        self._render()

    def polish_ahead(self) -> None:
        """Style every widget a workorder shows now, while they are hidden: the first
        workorder is then painted as fast as the next (styling them is 10-15 ms)."""
        for widget in self.findChildren(QWidget):
            widget.ensurePolished()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        has_wo = self._workorder is not None
        self.import_button.setEnabled(has_wo and not busy)
        self.refresh_button.setEnabled(has_wo and not busy)
        self.mileage.set_busy(busy)

    def show_workorder(
        self, wo: Workorder, *, keep_sync: bool = False, as_of: datetime | None = None
    ) -> None:
        """Show ``wo``; ``as_of``: it is this computer's copy, read then, and the DMS's
        answer follows. What the pane shows already is not painted again."""
        same = (
            self._workorder is not None
            and self._workorder.appointment.dms_number == wo.appointment.dms_number
        )
        self._workorder = wo
        self._as_of = as_of
        if not keep_sync:
            self._sync = None
        with laid_out_once(self._outer):
            self.mileage.set_stale(as_of is not None)
            self.mileage.set_dms(
                wo.appointment.dms_mileage_km, wo.appointment.mileage_date, clear=not same
            )
            self.set_busy(self._busy)
            self._render()
        if as_of is not None:
            self.copy_shown.emit(wo.appointment.dms_number)

    def show_nothing(self, not_found: str = "", *, choices: int = 0) -> None:
        """No workorder open: say which query (``not_found``, as shown in the search field)
        found nothing, or how many workorders wait to be chosen."""
        self._workorder = None
        self._as_of = None
        self._sync = None
        self._not_found = not_found
        self._choices = choices
        with laid_out_once(self._outer):
            self.mileage.set_stale(False)
            self.mileage.set_dms(None, None, clear=True)
            self.set_busy(self._busy)
            self._render()

    def clear_sync(self) -> None:
        """The advisor starts a new import or refresh: the last one's result is history."""
        self._sync = None
        if self._workorder is not None:
            self.sync_label.setText("")
            self.changes_label.clear()
            self.changes_label.hide()

    def show_progress(self, text: str) -> None:
        """While an import or refresh waits on a system: what it waits for."""
        if self._workorder is not None:
            self.sync_label.setText(text)

    def show_sync(self, info: SyncInfo) -> None:
        self._sync = info
        self._render_sync()

    def _render(self) -> None:
        wo = self._workorder
        self.sync_frame.setVisible(wo is not None)
        for widget in (
            self.appointment_form,
            self.car_form,
            self.mileage,
            self.interventions_box,
            self.import_button,
            self.refresh_button,
            self.parties,
        ):
            widget.setVisible(wo is not None)
        self._empty_stretch.setVisible(wo is None)
        if wo is None:
            self.warnings_frame.hide()
            if self._choices > 1:
                self.title.setText(
                    self.tr("Choose one of the %n workorder(s) above", "", self._choices)
                )
                self.subtitle.setText(
                    translate(
                        "WorkorderPane",
                        "Arrow keys and Enter open one; a new search goes in the field (Ctrl+F).",
                    )
                )
            else:
                self.title.setText(
                    translate("WorkorderPane", "No workorder found for %1.").replace(
                        "%1", self._not_found
                    )
                    if self._not_found
                    else translate("WorkorderPane", "No workorder open")
                )
                self.subtitle.setText(
                    translate(
                        "WorkorderPane",
                        "Search for a WO number or a registration number above (Ctrl+F).",
                    )
                )
            for badge in (self.badge_as_of, self.badge_status, self.badge_waiting, self.badge_apk):
                badge.hide()
            return
        self._render_header(wo)
        show_appointment(self.appointment_form, wo)
        show_car(self.car_form, wo, self._today())
        warnings = domain.workorder_warnings(wo)
        self._render_parties(wo, warnings)
        self._render_warnings(warnings)
        self.interventions.show_workorder(wo)
        self.total_excl.setText(
            translate("WorkorderPane", "Total excl. VAT: %1").replace(
                "%1", fmt_money(wo.total_excl_vat)
            )
        )
        self.total_incl.setText(
            translate("WorkorderPane", "Total incl. VAT: %1").replace(
                "%1", fmt_money(wo.total_incl_vat)
            )
        )
        self._render_sync()

    def _render_header(self, wo: Workorder) -> None:
        appointment, car = wo.appointment, wo.car
        self.title.setText(
            translate("WorkorderPane", "WO %1 · %2")
            .replace("%1", one_line(appointment.wo_number, TITLE_PART_LIMIT))
            .replace("%2", one_line(car.plate_text, TITLE_PART_LIMIT) or "–")
        )
        customer = wo.customer
        parts = [
            " ".join(p for p in (car.make, car.model) if p),
            customer.display_name if customer is not None else "",
            fmt_datetime(appointment.appointment_date),
        ]
        self.subtitle.setText(" · ".join(one_line(p, LINE_LIMIT) for p in parts if p))
        if self._as_of is None:
            self.badge_as_of.hide()
        else:
            mark, why = as_of_mark(self._as_of, self._today())
            self.badge_as_of.setText(mark)
            self.badge_as_of.setToolTip(why)
            self.badge_as_of.show()
        self.badge_status.setText(workorder_status(wo))
        change_tone(self.badge_status, "bad" if appointment.canceled else "info")
        self.badge_status.show()
        self.badge_waiting.setText(translate("WorkorderPane", "Customer waiting"))
        self.badge_waiting.setVisible(appointment.customer_waiting)
        state = apk_state(car.apk_date, self._today())
        if state is None:
            self.badge_apk.hide()
        else:
            text = (
                translate("WorkorderPane", "APK overdue since %1")
                if state == "overdue"
                else translate("WorkorderPane", "APK due %1")
            )
            self.badge_apk.setText(text.replace("%1", fmt_date(car.apk_date)))
            change_tone(self.badge_apk, "bad" if state == "overdue" else "warn")
            self.badge_apk.show()

    def _render_parties(self, wo: Workorder, warnings: list[DataWarning]) -> None:
        if self._as_of is not None and wo.customer is None:
            self.parties.show_withheld()
        else:
            self.parties.show_workorder(wo, warnings)

    def _render_warnings(self, warnings: list[DataWarning]) -> None:
        lines = warning_lines(warnings)
        self.warnings_label.setText("\n".join(lines))
        self.warnings_frame.setVisible(bool(lines))

    def _render_sync(self) -> None:
        if self._workorder is not None:
            show_sync(self.sync_label, self.changes_label, self._sync)
