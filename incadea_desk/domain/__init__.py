"""The domain: what a workorder is, the value objects it is made of, and the rules.

Knows neither HTTP nor Qt. Parse at the edge with these types, trust inside.
"""

from incadea_desk.domain.contact import (
    ContactWarning,
    email_reachable,
    normalise_phone,
    party_warnings,
    sms_reachable,
)
from incadea_desk.domain.mileage import (
    MAX_DAILY_KM,
    MAX_JUMP_KM,
    MileageAction,
    MileageDecision,
    decide_mileage_writeback,
    parse_mileage,
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
from incadea_desk.domain.money import Money
from incadea_desk.domain.quality import DataWarning, workorder_warnings
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
