"""Data-quality warnings for a whole workorder.

Bad contact data or a doubtful VIN never fails an import: it becomes a warning
the advisor sees on the workorder and Claire receives with the appointment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from incadea_desk.domain.contact import party_warnings, sms_reachable
from incadea_desk.domain.models import Party, Workorder

Subject = Literal["car", "driver", "owner", "contractor", "customer"]


@dataclass(frozen=True)
class DataWarning:
    subject: Subject
    field: str
    message: str
    suggestion: str | None = None

    def __str__(self) -> str:
        text = f"{self.subject.capitalize()}: {self.message}"
        return f"{text} Suggested: {self.suggestion}." if self.suggestion else text


def workorder_warnings(workorder: Workorder) -> list[DataWarning]:
    """Everything about this workorder that would stop a customer message or confuse a record."""
    warnings: list[DataWarning] = []
    car = workorder.car
    if car.registration is None and car.registration_as_stored:
        warnings.append(
            DataWarning(
                "car", "registration", "The registration number in the DMS is not a valid plate."
            )
        )
    if car.vin is None and car.vin_as_stored:
        warnings.append(DataWarning("car", "vin", "The VIN in the DMS is not a valid VIN."))
    elif car.vin is not None and not car.vin.check_digit_ok:
        warnings.append(
            DataWarning(
                "car",
                "vin",
                "The VIN's check digit does not match; check the VIN if this car was built"
                " for North America.",
            )
        )
    parties: list[tuple[Subject, Party | None]] = [
        ("driver", workorder.driver),
        ("owner", workorder.owner),
        ("contractor", workorder.contractor),
    ]
    for subject, party in parties:
        if party is None:
            continue
        warnings.extend(
            DataWarning(subject, w.field, w.message, w.suggestion) for w in party_warnings(party)
        )
    customer = workorder.customer
    if customer is not None and not sms_reachable(customer):
        warnings.append(
            DataWarning(
                "customer",
                "mobile",
                "The customer has no valid mobile number, so the check-in SMS cannot reach them.",
            )
        )
    return warnings
