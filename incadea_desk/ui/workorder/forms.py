"""Titled label/value forms and the keys each one shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from incadea_desk.ui.widgets import VALUE_LIMIT, plain_label, plain_tooltip, set_tone
from incadea_desk.ui.workorder.labels import field_labels
from incadea_desk.untrusted import capped

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
            self._layout.addRow(label, value)
            self.labels[key], self.values[key] = label, value

    def fill(self, rows: dict[str, str], *, hide_empty: bool = False) -> None:
        labels = field_labels()
        for key, value_label in self.values.items():
            self.labels[key].setText(labels.get(key, key))
            text = rows.get(key, "")
            shown = capped(text, VALUE_LIMIT)
            value_label.setText(shown or "–")
            value_label.setAccessibleName(f"{labels.get(key, key)}: {shown or '–'}")
            set_tone(value_label, "")
            set_tone(value_label, "", "highlight")
            # A value too long to lay out is whole (up to a point) one hover away.
            value_label.setToolTip(plain_tooltip(text) if shown != text else "")
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
