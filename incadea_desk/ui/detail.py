"""The workorder detail pane: every imported field, the actions and the last sync.

It renders a domain ``Workorder`` (DESIGN.md section 3, field by field), the
data-quality warnings, and what the last import or refresh changed. It knows
no service: Import, Refresh and Write back are signals the window handles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from incadea_desk import domain
from incadea_desk.domain.models import Element, ElementKind, Party, Workorder
from incadea_desk.ui.formatting import (
    fmt_bool,
    fmt_date,
    fmt_datetime,
    fmt_decimal,
    fmt_km,
    fmt_money,
    fmt_percent,
    fmt_time,
)
from incadea_desk.ui.mileage import MileageEditor
from incadea_desk.ui.results import workorder_status
from incadea_desk.ui.widgets import set_tone

if TYPE_CHECKING:
    from incadea_desk.domain.quality import DataWarning

APK_WARNING_DAYS = 30
_INDEXED = re.compile(r"(?P<name>[a-z_]+)\[(?P<index>[0-9]+)\]")


translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    """Translated labels by field name; also names the fields a refresh changed."""
    return {
        "dms_number": translate("WorkorderPane", "DMS number"),
        "dms_nr": translate("WorkorderPane", "DMS number"),
        "wo_number": translate("WorkorderPane", "WO number"),
        "wo_nr": translate("WorkorderPane", "WO number"),
        "dms_created_at": translate("WorkorderPane", "Created"),
        "license_plate": translate("WorkorderPane", "Registration"),
        "title": translate("WorkorderPane", "Title"),
        "description": translate("WorkorderPane", "Description"),
        "kind": translate("WorkorderPane", "Kind"),
        "code": translate("WorkorderPane", "Code"),
        "quantity": translate("WorkorderPane", "Quantity"),
        "unit_price": translate("WorkorderPane", "Unit price"),
        "discount": translate("WorkorderPane", "Discount"),
        "vat_rate": translate("WorkorderPane", "VAT rate"),
        "total": translate("WorkorderPane", "Total excl. VAT"),
        "price_excl_vat": translate("WorkorderPane", "Price excl. VAT"),
        "price_incl_vat": translate("WorkorderPane", "Price incl. VAT"),
        "currency": translate("WorkorderPane", "Currency"),
        "warnings": translate("WorkorderPane", "Data warnings"),
        "appointment_date": translate("WorkorderPane", "Appointment"),
        "created_at": translate("WorkorderPane", "Created"),
        "scheduled_in": translate("WorkorderPane", "Scheduled in"),
        "scheduled_out": translate("WorkorderPane", "Scheduled out"),
        "customer_waiting": translate("WorkorderPane", "Customer waiting"),
        "car_in_shop": translate("WorkorderPane", "Car in shop"),
        "car_out_of_shop": translate("WorkorderPane", "Car out of shop"),
        "dms_mileage_km": translate("WorkorderPane", "DMS mileage"),
        "mileage_km": translate("WorkorderPane", "DMS mileage"),
        "mileage": translate("WorkorderPane", "DMS mileage"),
        "canceled": translate("WorkorderPane", "Cancelled"),
        "make": translate("WorkorderPane", "Make"),
        "model": translate("WorkorderPane", "Model"),
        "registration": translate("WorkorderPane", "Registration"),
        "vin": translate("WorkorderPane", "VIN"),
        "first_registration_date": translate("WorkorderPane", "First registration"),
        "apk_date": translate("WorkorderPane", "APK due"),
        "warranty_start": translate("WorkorderPane", "Warranty start"),
        "warranty_end": translate("WorkorderPane", "Warranty end"),
        "driver_id": translate("WorkorderPane", "Driver id"),
        "owner_id": translate("WorkorderPane", "Owner id"),
        "company": translate("WorkorderPane", "Company"),
        "first_name": translate("WorkorderPane", "First name"),
        "last_name": translate("WorkorderPane", "Last name"),
        "street": translate("WorkorderPane", "Street"),
        "postcode": translate("WorkorderPane", "Postcode"),
        "place": translate("WorkorderPane", "Place"),
        "email_private": translate("WorkorderPane", "E-mail (private)"),
        "phone_private": translate("WorkorderPane", "Telephone (private)"),
        "mobile_private": translate("WorkorderPane", "Mobile (private)"),
        "email_business": translate("WorkorderPane", "E-mail (business)"),
        "phone_business": translate("WorkorderPane", "Telephone (business)"),
        "mobile_business": translate("WorkorderPane", "Mobile (business)"),
        "is_lease_company": translate("WorkorderPane", "Lease company"),
        "interventions": translate("WorkorderPane", "Interventions"),
        "elements": translate("WorkorderPane", "Lines"),
        "total_excl_vat": translate("WorkorderPane", "Total excl. VAT"),
        "total_incl_vat": translate("WorkorderPane", "Total incl. VAT"),
    }


def subject_labels() -> dict[str, str]:
    return {
        "appointment": translate("WorkorderPane", "Appointment"),
        "car": translate("WorkorderPane", "Car"),
        "vehicle": translate("WorkorderPane", "Car"),
        "driver": translate("WorkorderPane", "Driver"),
        "owner": translate("WorkorderPane", "Owner"),
        "contractor": translate("WorkorderPane", "Contractor"),
        "customer": translate("WorkorderPane", "Customer"),
        "interventions": translate("WorkorderPane", "Interventions"),
        "prices": translate("WorkorderPane", "Prices"),
    }


def describe_field(path: str) -> str:
    """``car.apk_date`` -> ``Car: APK due``; ``interventions[0].elements[1].total`` ->
    ``Intervention 1, line 2: Total excl. VAT``. Unknown names are shown as they are."""
    subjects, fields = subject_labels(), field_labels()
    words: list[str] = []
    parts = path.split(".")
    for part in parts[:-1]:
        match = _INDEXED.fullmatch(part)
        if match is None:
            words.append(subjects.get(part, part))
        elif match["name"] == "interventions":
            words.append(
                translate("WorkorderPane", "Intervention %1").replace(
                    "%1", str(int(match["index"]) + 1)
                )
            )
        else:
            words.append(
                translate("WorkorderPane", "line %1").replace("%1", str(int(match["index"]) + 1))
            )
    leaf = _INDEXED.sub(lambda m: m["name"], parts[-1])
    if leaf in subjects and len(parts) > 1 and subjects[leaf] == words[-1]:
        return ", ".join(words)
    label = fields.get(leaf, leaf.replace("_", " "))
    return ", ".join(words) + ": " + label if words else label


@dataclass(frozen=True)
class SyncInfo:
    """What the last import or refresh did, as the pane shows it."""

    action: str  # "import" | "refresh"
    outcome: str  # "created" | "updated" | "unchanged"
    changed_fields: Sequence[str]
    synced_at: datetime
    claire_id: str | None = None


def apk_state(apk: date | None, today: date) -> str | None:
    """``overdue``, ``due`` (within 30 days) or ``None``."""
    if apk is None:
        return None
    if apk < today:
        return "overdue"
    if apk <= today + timedelta(days=APK_WARNING_DAYS):
        return "due"
    return None


class _Form(QGroupBox):
    """A titled form of label/value rows; rows are created once and filled per workorder."""

    def __init__(self, name: str, keys: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._layout = QFormLayout(self)
        self._layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in keys:
            label, value = QLabel(self), QLabel(self)
            value.setObjectName(f"{name}.{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self._layout.addRow(label, value)
            self.labels[key], self.values[key] = label, value

    def fill(self, rows: dict[str, str], *, hide_empty: bool = False) -> None:
        labels = field_labels()
        for key, value_label in self.values.items():
            self.labels[key].setText(labels.get(key, key))
            text = rows.get(key, "")
            value_label.setText(text or "–")
            value_label.setAccessibleName(f"{labels.get(key, key)}: {text or '–'}")
            set_tone(value_label, "")
            set_tone(value_label, "", "highlight")
            value_label.setToolTip("")
            self._layout.setRowVisible(value_label, bool(text) or not hide_empty)

    def mark(self, key: str, tone: str, tooltip: str) -> None:
        value = self.values[key]
        set_tone(value, tone, "highlight" if tone == "warn" else "tone")
        value.setToolTip(tooltip)


APPOINTMENT_KEYS = (
    "dms_number",
    "wo_number",
    "appointment_date",
    "created_at",
    "scheduled_in",
    "scheduled_out",
    "customer_waiting",
    "car_in_shop",
    "car_out_of_shop",
    "dms_mileage_km",
    "canceled",
)
CAR_KEYS = (
    "make",
    "model",
    "registration",
    "vin",
    "first_registration_date",
    "apk_date",
    "warranty_start",
    "warranty_end",
    "driver_id",
    "owner_id",
)
PARTY_KEYS = (
    "company",
    "first_name",
    "last_name",
    "street",
    "postcode",
    "place",
    "email_private",
    "phone_private",
    "mobile_private",
    "email_business",
    "phone_business",
    "mobile_business",
    "is_lease_company",
)


class InterventionsTree(QTreeWidget):
    """Interventions in DMS order; their lines as children, with prices."""

    COLUMNS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interventionsTree")
        self.setColumnCount(self.COLUMNS)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                translate("WorkorderPane", "Intervention / line"),
                translate("WorkorderPane", "Kind"),
                translate("WorkorderPane", "Code"),
                translate("WorkorderPane", "Quantity"),
                translate("WorkorderPane", "Unit price"),
                translate("WorkorderPane", "Discount"),
                translate("WorkorderPane", "VAT"),
                translate("WorkorderPane", "Total excl. VAT"),
            ]
        )
        self.setAccessibleName(translate("WorkorderPane", "Interventions and their lines"))

    def show_workorder(self, wo: Workorder) -> None:
        self.clear()
        kinds = {
            ElementKind.LABOR: translate("WorkorderPane", "Labour"),
            ElementKind.PART: translate("WorkorderPane", "Part"),
            ElementKind.MENU: translate("WorkorderPane", "Menu"),
            ElementKind.NOTE: translate("WorkorderPane", "Note"),
        }
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for number, intervention in enumerate(wo.interventions, start=1):
            top = QTreeWidgetItem(self)
            top.setText(0, f"{number}. {intervention.title}")
            top.setToolTip(0, intervention.description or intervention.title)
            top.setText(
                7,
                fmt_money(intervention.prices.excl_vat),
            )
            top.setToolTip(
                7,
                translate("WorkorderPane", "Incl. VAT: %1").replace(
                    "%1", fmt_money(intervention.prices.incl_vat)
                ),
            )
            top.setTextAlignment(7, right)
            font = top.font(0)
            font.setBold(True)
            for column in (0, 7):
                top.setFont(column, font)
            if intervention.description:
                note = QTreeWidgetItem(top)
                note.setText(0, intervention.description)
                note.setForeground(0, self.palette().placeholderText())
            for element in intervention.elements:
                self._element_item(top, element, kinds, right)
            top.setExpanded(True)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows: the pane scrolls, the tree does not scroll inside it."""
        rows = 0
        iterator = QTreeWidgetItemIterator(self)
        while iterator.value() is not None:
            rows += 1
            iterator += 1
        row_height = self.sizeHintForRow(0) if rows else self.fontMetrics().height() + 6
        frame = 2 * self.frameWidth()
        self.setFixedHeight(
            self.header().sizeHint().height() + max(rows, 1) * row_height + frame + 4
        )

    @staticmethod
    def _element_item(
        top: QTreeWidgetItem,
        element: Element,
        kinds: dict[ElementKind, str],
        right: Qt.AlignmentFlag,
    ) -> None:
        item = QTreeWidgetItem(top)
        item.setText(0, element.description)
        item.setText(1, kinds[element.kind])
        item.setText(2, element.code or "")
        if element.kind != ElementKind.NOTE:
            item.setText(3, fmt_decimal(element.quantity))
            item.setText(4, fmt_money(element.unit_price))
            item.setText(5, fmt_percent(element.discount) if element.discount else "")
            item.setText(6, fmt_percent(element.vat_rate))
            item.setText(7, fmt_money(element.line_total))
        for column in range(3, 8):
            item.setTextAlignment(column, right)


class WorkorderPane(QScrollArea):
    """Header, actions, sync result, mileage, warnings, appointment, car, parties, lines."""

    import_requested = Signal()
    refresh_requested = Signal()

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
        self._sync: SyncInfo | None = None
        self._busy = False

        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)

        self.title = QLabel(body)
        self.title.setObjectName("paneTitle")
        self.subtitle = QLabel(body)
        self.subtitle.setObjectName("paneSubtitle")
        self.badges = QHBoxLayout()
        self.badge_status = self._badge(body, "badgeStatus")
        self.badge_waiting = self._badge(body, "badgeWaiting")
        self.badge_apk = self._badge(body, "badgeApk")
        for badge in (self.badge_status, self.badge_waiting, self.badge_apk):
            self.badges.addWidget(badge)
        self.badges.addStretch(1)

        self.import_button = QPushButton(body)
        self.import_button.setObjectName("importButton")
        self.refresh_button = QPushButton(body)
        self.refresh_button.setObjectName("refreshButton")
        self.import_button.clicked.connect(self.import_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)

        header = QGridLayout()
        header.addWidget(self.title, 0, 0)
        header.addWidget(self.import_button, 0, 1)
        header.addWidget(self.refresh_button, 0, 2)
        header.addWidget(self.subtitle, 1, 0, 1, 3)
        header.addLayout(self.badges, 2, 0, 1, 3)
        header.setColumnStretch(0, 1)
        outer.addLayout(header)

        self.sync_frame = QFrame(body)
        self.sync_frame.setObjectName("syncInfo")
        sync_layout = QVBoxLayout(self.sync_frame)
        self.sync_label = QLabel(self.sync_frame)
        self.sync_label.setObjectName("syncLabel")
        self.sync_label.setWordWrap(True)
        self.changes_label = QLabel(self.sync_frame)
        self.changes_label.setObjectName("changesLabel")
        self.changes_label.setWordWrap(True)
        sync_layout.addWidget(self.sync_label)
        sync_layout.addWidget(self.changes_label)
        outer.addWidget(self.sync_frame)

        self.warnings_frame = QFrame(body)
        self.warnings_frame.setObjectName("warningsBox")
        warnings_layout = QVBoxLayout(self.warnings_frame)
        self.warnings_title = QLabel(self.warnings_frame)
        font = self.warnings_title.font()
        font.setBold(True)
        self.warnings_title.setFont(font)
        self.warnings_label = QLabel(self.warnings_frame)
        self.warnings_label.setObjectName("warningsLabel")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        warnings_layout.addWidget(self.warnings_title)
        warnings_layout.addWidget(self.warnings_label)
        outer.addWidget(self.warnings_frame)

        self.mileage = MileageEditor(body)
        self.appointment_form = _Form("appointment", APPOINTMENT_KEYS, body)
        self.car_form = _Form("car", CAR_KEYS, body)
        self.party_forms = {
            role: _Form(role, PARTY_KEYS, body) for role in ("driver", "owner", "contractor")
        }
        grid = QGridLayout()
        grid.addWidget(self.appointment_form, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.car_form)
        left.addWidget(self.mileage)
        left.addStretch(1)
        grid.addLayout(left, 0, 1)
        parties = QHBoxLayout()
        for form in self.party_forms.values():
            form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            parties.addWidget(form, 1, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(parties, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)

        self.interventions_box = QGroupBox(body)
        box_layout = QVBoxLayout(self.interventions_box)
        self.interventions = InterventionsTree(self.interventions_box)
        box_layout.addWidget(self.interventions)
        totals = QHBoxLayout()
        totals.addStretch(1)
        self.total_excl = QLabel(self.interventions_box)
        self.total_excl.setObjectName("totalExclVat")
        self.total_incl = QLabel(self.interventions_box)
        self.total_incl.setObjectName("totalInclVat")
        totals.addWidget(self.total_excl)
        totals.addSpacing(24)
        totals.addWidget(self.total_incl)
        box_layout.addLayout(totals)
        outer.addWidget(self.interventions_box)
        outer.addStretch(1)

        self.setTabOrder(self.import_button, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.mileage.edit)
        self.setTabOrder(self.mileage.edit, self.mileage.button)
        self.setTabOrder(self.mileage.button, self.interventions)
        self.retranslate()

    @staticmethod
    def _badge(parent: QWidget, name: str) -> QLabel:
        badge = QLabel(parent)
        badge.setObjectName(name)
        badge.setProperty("badge", True)
        badge.hide()
        return badge

    @property
    def workorder(self) -> Workorder | None:
        return self._workorder

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

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        has_wo = self._workorder is not None
        self.import_button.setEnabled(has_wo and not busy)
        self.refresh_button.setEnabled(has_wo and not busy)
        self.mileage.set_busy(busy)

    def show_workorder(self, wo: Workorder, *, keep_sync: bool = False) -> None:
        same = (
            self._workorder is not None
            and self._workorder.appointment.dms_number == wo.appointment.dms_number
        )
        self._workorder = wo
        if not keep_sync:
            self._sync = None
        self.mileage.set_dms(
            wo.appointment.dms_mileage_km, wo.appointment.mileage_date, clear=not same
        )
        self.set_busy(self._busy)
        self._render()

    def show_sync(self, info: SyncInfo) -> None:
        self._sync = info
        self._render_sync()

    def _render(self) -> None:
        wo = self._workorder
        self.sync_frame.setVisible(wo is not None)
        self.warnings_frame.setVisible(False)
        for widget in (
            self.appointment_form,
            self.car_form,
            self.mileage,
            self.interventions_box,
            self.import_button,
            self.refresh_button,
            *self.party_forms.values(),
        ):
            widget.setVisible(wo is not None)
        if wo is None:
            self.title.setText(translate("WorkorderPane", "No workorder open"))
            self.subtitle.setText(
                translate(
                    "WorkorderPane",
                    "Search for a WO number or a registration number above (Ctrl+F).",
                )
            )
            for badge in (self.badge_status, self.badge_waiting, self.badge_apk):
                badge.hide()
            return
        self._render_header(wo)
        self._render_appointment(wo)
        self._render_car(wo)
        self._render_parties(wo)
        self._render_warnings(domain.workorder_warnings(wo))
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
            .replace("%1", appointment.wo_number)
            .replace("%2", car.plate_text or "–")
        )
        customer = wo.customer
        parts = [
            " ".join(p for p in (car.make, car.model) if p),
            customer.display_name if customer is not None else "",
            fmt_datetime(appointment.appointment_date),
        ]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.badge_status.setText(workorder_status(wo))
        set_tone(self.badge_status, "bad" if appointment.canceled else "info")
        self.badge_status.show()
        self.badge_waiting.setText(translate("WorkorderPane", "Customer waiting"))
        set_tone(self.badge_waiting, "warn")
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
            set_tone(self.badge_apk, "bad" if state == "overdue" else "warn")
            self.badge_apk.show()

    def _render_appointment(self, wo: Workorder) -> None:
        a = wo.appointment
        mileage = fmt_km(a.dms_mileage_km) if a.dms_mileage_km is not None else ""
        if mileage and a.mileage_date is not None:
            mileage = (
                translate("WorkorderPane", "%1 (read %2)")
                .replace("%1", mileage)
                .replace("%2", fmt_date(a.mileage_date))
            )
        self.appointment_form.fill(
            {
                "dms_number": a.dms_number,
                "wo_number": a.wo_number,
                "appointment_date": fmt_datetime(a.appointment_date),
                "created_at": fmt_datetime(a.created_at),
                "scheduled_in": fmt_datetime(a.scheduled_in) if a.scheduled_in else "",
                "scheduled_out": fmt_datetime(a.scheduled_out) if a.scheduled_out else "",
                "customer_waiting": fmt_bool(a.customer_waiting),
                "car_in_shop": fmt_bool(a.car_in_shop),
                "car_out_of_shop": fmt_bool(a.car_out_of_shop),
                "dms_mileage_km": mileage,
                "canceled": fmt_bool(a.canceled),
            }
        )
        if a.canceled:
            self.appointment_form.mark(
                "canceled", "bad", translate("WorkorderPane", "This workorder is cancelled.")
            )

    def _render_car(self, wo: Workorder) -> None:
        car = wo.car
        if car.vin is not None:
            flag = (
                translate("WorkorderPane", "check digit OK")
                if car.vin.check_digit_ok
                else translate("WorkorderPane", "check digit does not match")
            )
            vin = f"{car.vin.value} ({flag})"
        else:
            vin = car.vin_as_stored
        self.car_form.fill(
            {
                "make": car.make,
                "model": car.model,
                "registration": car.plate_text,
                "vin": vin,
                "first_registration_date": fmt_date(car.first_registration_date)
                if car.first_registration_date
                else "",
                "apk_date": fmt_date(car.apk_date) if car.apk_date else "",
                "warranty_start": fmt_date(car.warranty_start) if car.warranty_start else "",
                "warranty_end": fmt_date(car.warranty_end) if car.warranty_end else "",
                "driver_id": car.driver_id or "",
                "owner_id": car.owner_id or "",
            }
        )
        if car.vin is not None and not car.vin.check_digit_ok:
            self.car_form.mark(
                "vin",
                "warn",
                translate(
                    "WorkorderPane",
                    "The check digit only has to match for cars built for North America.",
                ),
            )
        elif car.vin is None and car.vin_as_stored:
            self.car_form.mark(
                "vin", "warn", translate("WorkorderPane", "This is not a valid VIN.")
            )
        state = apk_state(car.apk_date, self._today())
        if state == "overdue":
            self.car_form.mark(
                "apk_date", "warn", translate("WorkorderPane", "The APK inspection is overdue.")
            )
        elif state == "due":
            self.car_form.mark(
                "apk_date",
                "warn",
                translate("WorkorderPane", "The APK inspection is due within 30 days."),
            )

    def _render_parties(self, wo: Workorder) -> None:
        titles = {
            "driver": translate("WorkorderPane", "Driver"),
            "owner": translate("WorkorderPane", "Owner"),
            "contractor": translate("WorkorderPane", "Contractor"),
        }
        parties: dict[str, Party | None] = {
            "driver": wo.driver,
            "owner": wo.owner,
            "contractor": wo.contractor,
        }
        warnings = domain.workorder_warnings(wo)
        for role, form in self.party_forms.items():
            party = parties[role]
            form.setVisible(party is not None)
            if party is None:
                continue
            title = titles[role]
            if party.is_lease_company:
                title = translate("WorkorderPane", "%1 — lease company").replace("%1", title)
            form.setTitle(title)
            rows = {
                key: getattr(party, key) or "" for key in PARTY_KEYS if key != "is_lease_company"
            }
            rows["is_lease_company"] = (
                fmt_bool(party.is_lease_company) if party.is_lease_company else ""
            )
            form.fill(rows, hide_empty=True)
            for warning in warnings:
                if warning.subject == role and warning.field in form.values:
                    form.mark(warning.field, "warn", translate_warning(warning.message))

    def _render_warnings(self, warnings: list[DataWarning]) -> None:
        """One line per problem; the driver, owner and contractor are often one person,
        so a problem they share is one line naming all of them."""
        subjects = subject_labels()
        grouped: dict[tuple[str, str | None], list[str]] = {}
        for warning in warnings:
            who = grouped.setdefault((warning.message, warning.suggestion), [])
            subject = subjects.get(warning.subject, warning.subject)
            if subject not in who:
                who.append(subject)
        lines = []
        for (message, suggestion), who in grouped.items():
            line = f"• {', '.join(who)}: {translate_warning(message)}"
            if suggestion:
                suggested = translate("WorkorderPane", "Suggested: %1")
                line += " " + suggested.replace("%1", suggestion)
            lines.append(line)
        self.warnings_label.setText("\n".join(lines))
        self.warnings_frame.setVisible(bool(lines))

    def _render_sync(self) -> None:
        info = self._sync
        if self._workorder is None:
            return
        if info is None:
            self.sync_label.setText(
                translate("WorkorderPane", "Not synced with Claire in this session.")
            )
            self.changes_label.clear()
            self.changes_label.hide()
            return
        when = fmt_time(info.synced_at)
        if info.action == "refresh":
            texts = {
                "created": translate("WorkorderPane", "Refreshed at %1: created in Claire."),
                "updated": translate("WorkorderPane", "Refreshed at %1: Claire updated."),
                "unchanged": translate("WorkorderPane", "Refreshed at %1: nothing changed."),
            }
        else:
            texts = {
                "created": translate(
                    "WorkorderPane", "Imported to Claire at %1 (new appointment)."
                ),
                "updated": translate(
                    "WorkorderPane", "Imported to Claire at %1 (appointment updated)."
                ),
                "unchanged": translate(
                    "WorkorderPane", "Imported to Claire at %1: Claire was already up to date."
                ),
            }
        self.sync_label.setText(texts.get(info.outcome, texts["updated"]).replace("%1", when))
        if info.changed_fields:
            names = ", ".join(describe_field(f) for f in info.changed_fields)
            self.changes_label.setText(
                translate("WorkorderPane", "Changed: %1").replace("%1", names)
            )
            self.changes_label.show()
        else:
            self.changes_label.clear()
            self.changes_label.hide()


def translate_warning(message: str) -> str:
    """A domain warning sentence in the chosen language (English if not in the catalogue)."""
    return QCoreApplication.translate("DataWarning", message)
