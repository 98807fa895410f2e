"""What a refresh changed, worded old -> new in the advisor's language.

The changes come from the domain's diff as domain paths with old and new values
(``appointment.appointment_date``, ``car.apk_date``); no remote system's wire
name reaches this module. Each value is formatted the way the pane shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from incadea_desk import domain
from incadea_desk.domain.money import Money
from incadea_desk.domain.registration import RegistrationNumber
from incadea_desk.domain.vin import Vin
from incadea_desk.ui.formatting import (
    fmt_bool,
    fmt_date,
    fmt_datetime,
    fmt_decimal,
    fmt_int,
    fmt_km,
    fmt_money,
    fmt_percent,
)
from incadea_desk.ui.workorder.interventions import kind_names
from incadea_desk.ui.workorder.labels import describe_field
from incadea_desk.untrusted import one_line

translate = QCoreApplication.translate

SHOWN_CHANGES = 4
"""So many changes are written out; the rest are counted (all are in the tooltip)."""
CHANGE_VALUE_LIMIT = 80
"""Characters of an old or a new DMS text in the sentence (and each line of the tooltip)."""
_PERCENT_FIELDS = ("vat_rate", "discount")
_KM_FIELDS = ("dms_mileage_km",)


class Change(Protocol):
    """One changed leaf of the workorder: the domain diff's ``FieldChange``."""

    @property
    def path(self) -> str: ...

    @property
    def old(self) -> object: ...

    @property
    def new(self) -> object: ...


def change_value(path: str, value: object) -> str:
    """A changed value as the pane shows it; "–" for nothing."""
    leaf = path.rsplit(".", 1)[-1]
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return fmt_bool(value)
    if isinstance(value, datetime):
        return fmt_datetime(value)
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, int):
        return fmt_km(value) if leaf in _KM_FIELDS else fmt_int(value)
    if isinstance(value, Money):
        return fmt_money(value)
    if isinstance(value, Decimal):
        return fmt_percent(value) if leaf in _PERCENT_FIELDS else fmt_decimal(value)
    if isinstance(value, RegistrationNumber):
        return value.display
    if isinstance(value, Vin):
        return value.value
    if isinstance(value, domain.ElementKind):
        return kind_names()[value]
    if isinstance(value, Enum):
        return one_line(str(value.value), CHANGE_VALUE_LIMIT)
    return one_line(str(value), CHANGE_VALUE_LIMIT)


def change_name(path: str) -> str:
    """``appointment.car_in_shop`` -> ``Car in shop`` (the appointment is the workorder
    itself, so it is not named); ``car.apk_date`` -> ``Car: APK due``."""
    if path.startswith("appointment."):
        return describe_field(path.removeprefix("appointment."))
    return describe_field(path)


def change_line(change: Change) -> str:
    """``Appointment: 16/12/2026 10:45 → 24/12/2026 08:30``."""
    return (
        translate("WorkorderPane", "%1: %2 → %3")
        .replace("%1", change_name(change.path))
        .replace("%2", change_value(change.path, change.old))
        .replace("%3", change_value(change.path, change.new))
    )


def changes_sentence(changes: Sequence[Change]) -> tuple[str, str]:
    """The few changes worth reading at a glance, and all of them (for the tooltip)."""
    lines = [change_line(change) for change in changes]
    shown = "; ".join(lines[:SHOWN_CHANGES])
    hidden = len(lines) - SHOWN_CHANGES
    if hidden > 0:
        shown += " " + translate("WorkorderPane", "(and %1 more)").replace("%1", str(hidden))
    return shown, "\n".join(lines)
