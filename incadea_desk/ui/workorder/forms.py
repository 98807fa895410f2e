"""Titled label/value forms and the keys each one shows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from incadea_desk.ui.formatting import fmt_bool, fmt_date, fmt_datetime, fmt_km
from incadea_desk.ui.widgets import (
    VALUE_LIMIT,
    change_tone,
    plain_label,
    plain_tooltip,
    toneless,
)
from incadea_desk.ui.workorder.labels import apk_state, field_labels
from incadea_desk.untrusted import capped

if TYPE_CHECKING:
    from incadea_desk.domain.models import Workorder

translate = QCoreApplication.translate


class Form(QGroupBox):
    """A titled form of label/value rows; rows are created once and filled per workorder."""

    def __init__(
        self,
        name: str,
        keys: Sequence[str],
        parent: QWidget | None = None,
        *,
        wrap: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._layout = QFormLayout(self)
        self._layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.setVerticalSpacing(1)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in keys:
            label, value = plain_label(self), plain_label(self, f"{name}.{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(wrap)
            toneless(value, "tone", "highlight")
            self._layout.addRow(label, value)
            self.labels[key], self.values[key] = label, value

    def fill(
        self,
        rows: dict[str, str],
        *,
        hide_empty: bool = False,
        marks: dict[str, tuple[str, str]] | None = None,
    ) -> None:
        """Show ``rows`` by key; ``marks`` gives a value a tone (``warn``, ``bad``) and the
        tooltip that says why. A value, tone or tooltip that is already shown is left
        alone, so a repaint with the DMS's answer changes only what the answer changed."""
        labels = field_labels()
        for key, value_label in self.values.items():
            self.labels[key].setText(labels.get(key, key))
            text = rows.get(key, "")
            shown = capped(text, VALUE_LIMIT)
            value_label.setText(shown or "–")
            value_label.setAccessibleName(f"{labels.get(key, key)}: {shown or '–'}")
            tone, why = (marks or {}).get(key, ("", ""))
            change_tone(value_label, tone if tone != "warn" else "", "tone")
            change_tone(value_label, tone if tone == "warn" else "", "highlight")
            # A value too long to lay out is whole (up to a point) one hover away.
            value_label.setToolTip(why or (plain_tooltip(text) if shown != text else ""))
            visible = bool(text) or not hide_empty
            if self._layout.isRowVisible(value_label) != visible:
                self._layout.setRowVisible(value_label, visible)


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


def show_appointment(form: Form, wo: Workorder) -> None:
    """The appointment's fields, and a mark on a cancelled one."""
    a = wo.appointment
    mileage = fmt_km(a.dms_mileage_km) if a.dms_mileage_km is not None else ""
    if mileage and a.mileage_date is not None:
        mileage = (
            translate("WorkorderPane", "%1 (read %2)")
            .replace("%1", mileage)
            .replace("%2", fmt_date(a.mileage_date))
        )
    marks = (
        {"canceled": ("bad", translate("WorkorderPane", "This workorder is cancelled."))}
        if a.canceled
        else {}
    )
    form.fill(
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
        },
        marks=marks,
    )


def show_car(form: Form, wo: Workorder, today: date) -> None:
    """The car's fields, with marks on a VIN to check and an APK due or overdue."""
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
    form.fill(
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
        },
        marks=_car_marks(wo, today),
    )


def _car_marks(wo: Workorder, today: date) -> dict[str, tuple[str, str]]:
    """A VIN to check and an APK due or overdue."""
    car = wo.car
    marks: dict[str, tuple[str, str]] = {}
    if car.vin is not None and not car.vin.check_digit_ok:
        marks["vin"] = (
            "warn",
            translate(
                "WorkorderPane",
                "The check digit only has to match for cars built for North America.",
            ),
        )
    elif car.vin is None and car.vin_as_stored:
        marks["vin"] = ("warn", translate("WorkorderPane", "This is not a valid VIN."))
    state = apk_state(car.apk_date, today)
    if state == "overdue":
        marks["apk_date"] = ("warn", translate("WorkorderPane", "The APK inspection is overdue."))
    elif state == "due":
        marks["apk_date"] = (
            "warn",
            translate("WorkorderPane", "The APK inspection is due within 30 days."),
        )
    return marks
