"""The domain: what a workorder is, the value objects it is made of, and the rules.

Knows neither HTTP nor Qt. Parse at the edge with these types, trust inside.

The contact-data checks (and the data-quality warnings built on them) load the
phone-number and e-mail libraries, about 0.1 s; they and the workorder's models
(pydantic models, built when imported) are imported on first use, so the window
can show before they are needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from incadea_desk.first_use import imported_on_first_use

if TYPE_CHECKING:
    from incadea_desk.domain.contact import (
        ContactWarning,
        email_reachable,
        normalise_phone,
        party_warnings,
        sms_reachable,
    )
    from incadea_desk.domain.models import (
        Appointment,
        Car,
        Element,
        ElementKind,
        Intervention,
        Party,
        Prices,
        Workorder,
    )
    from incadea_desk.domain.quality import DataWarning, workorder_warnings

from incadea_desk.domain.mileage import (
    MAX_DAILY_KM,
    MAX_JUMP_KM,
    MileageAction,
    MileageDecision,
    decide_mileage_writeback,
    parse_mileage,
)
from incadea_desk.domain.money import Money
from incadea_desk.domain.registration import RegistrationNumber, dms_search_forms
from incadea_desk.domain.vin import Vin

__all__ = [
    "MAX_DAILY_KM",
    "MAX_JUMP_KM",
    "Appointment",
    "Car",
    "ContactWarning",
    "DataWarning",
    "Element",
    "ElementKind",
    "Intervention",
    "MileageAction",
    "MileageDecision",
    "Money",
    "Party",
    "Prices",
    "RegistrationNumber",
    "Vin",
    "Workorder",
    "decide_mileage_writeback",
    "dms_search_forms",
    "email_reachable",
    "normalise_phone",
    "parse_mileage",
    "party_warnings",
    "sms_reachable",
    "workorder_warnings",
]

_ON_FIRST_USE = {
    "Appointment": "incadea_desk.domain.models",
    "Car": "incadea_desk.domain.models",
    "Element": "incadea_desk.domain.models",
    "ElementKind": "incadea_desk.domain.models",
    "Intervention": "incadea_desk.domain.models",
    "Party": "incadea_desk.domain.models",
    "Prices": "incadea_desk.domain.models",
    "Workorder": "incadea_desk.domain.models",
    "ContactWarning": "incadea_desk.domain.contact",
    "email_reachable": "incadea_desk.domain.contact",
    "normalise_phone": "incadea_desk.domain.contact",
    "party_warnings": "incadea_desk.domain.contact",
    "sms_reachable": "incadea_desk.domain.contact",
    "DataWarning": "incadea_desk.domain.quality",
    "workorder_warnings": "incadea_desk.domain.quality",
}


__getattr__ = imported_on_first_use(globals(), _ON_FIRST_USE)
