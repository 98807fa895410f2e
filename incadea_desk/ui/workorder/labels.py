"""Names of the workorder's fields and subjects in the advisor's language, and the APK state."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from incadea_desk.ui.formatting import fmt_clock, fmt_datetime
from incadea_desk.ui.widgets import LINE_LIMIT
from incadea_desk.untrusted import one_line

if TYPE_CHECKING:
    from incadea_desk.domain.quality import DataWarning

APK_WARNING_DAYS = 30
_INDEXED = re.compile(r"(?P<name>[a-z_]+)\[(?P<index>[0-9]+)\]")


translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    """Translated labels by domain field name; also names the fields a refresh changed
    (``domain.diff`` paths). No remote system's wire name belongs here."""
    return {
        "dms_number": translate("WorkorderPane", "DMS number"),
        "wo_number": translate("WorkorderPane", "WO number"),
        "title": translate("WorkorderPane", "Title"),
        "description": translate("WorkorderPane", "Description"),
        "kind": translate("WorkorderPane", "Kind"),
        "code": translate("WorkorderPane", "Code"),
        "quantity": translate("WorkorderPane", "Quantity"),
        "unit_price": translate("WorkorderPane", "Unit price"),
        "discount": translate("WorkorderPane", "Discount"),
        "vat_rate": translate("WorkorderPane", "VAT rate"),
        "currency": translate("WorkorderPane", "Currency"),
        "appointment_date": translate("WorkorderPane", "Appointment"),
        "created_at": translate("WorkorderPane", "Created"),
        "scheduled_in": translate("WorkorderPane", "Scheduled in"),
        "scheduled_out": translate("WorkorderPane", "Scheduled out"),
        "customer_waiting": translate("WorkorderPane", "Customer waiting"),
        "car_in_shop": translate("WorkorderPane", "Car in shop"),
        "car_out_of_shop": translate("WorkorderPane", "Car out of shop"),
        "dms_mileage_km": translate("WorkorderPane", "DMS mileage"),
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
        "line_total": translate("WorkorderPane", "Total excl. VAT"),
        "excl_vat": translate("WorkorderPane", "Total excl. VAT"),
        "incl_vat": translate("WorkorderPane", "Total incl. VAT"),
        "registration_as_stored": translate("WorkorderPane", "Registration"),
        "vin_as_stored": translate("WorkorderPane", "VIN"),
        "total_incl_vat": translate("WorkorderPane", "Total incl. VAT"),
    }


def subject_labels() -> dict[str, str]:
    return {
        "appointment": translate("WorkorderPane", "Appointment"),
        "car": translate("WorkorderPane", "Car"),
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


def apk_state(apk: date | None, today: date) -> str | None:
    """``overdue``, ``due`` (within 30 days) or ``None``."""
    if apk is None:
        return None
    if apk < today:
        return "overdue"
    if apk <= today + timedelta(days=APK_WARNING_DAYS):
        return "due"
    return None


def translate_warning(message: str) -> str:
    """A domain warning sentence in the chosen language (English if not in the catalogue)."""
    return QCoreApplication.translate("DataWarning", message)


def warning_lines(warnings: list[DataWarning]) -> list[str]:
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
            line += " " + suggested.replace("%1", one_line(suggestion, LINE_LIMIT))
        lines.append(line)
    return lines


def as_of_mark(read_at: datetime, today: date) -> tuple[str, str]:
    """The mark on a workorder shown from this computer's copy, and its tooltip: the hour
    it was read (with the day, when that was not today), in local time."""
    when = fmt_clock(read_at) if read_at.astimezone().date() == today else fmt_datetime(read_at)
    mark = translate("WorkorderPane", "as of %1").replace("%1", when)
    why = translate(
        "WorkorderPane",
        "Shown from the copy this computer kept when the workorder was last imported (%1). "
        "It may be out of date until the DMS answers.",
    ).replace("%1", fmt_datetime(read_at))
    return mark, why
