"""Mileage as advisors type it, and the rule for writing it back to the DMS.

Mileage is whole kilometres, ``0 <= km < 2,000,000``. Dots, commas and spaces
are accepted as thousands separators; a separator not followed by exactly
three digits is a decimal mark, and decimals are refused rather than rounded,
because an odometer reading is never a fraction.

Writing back follows the law in the Netherlands (RDW odometer register) and
Belgium (Car-Pass): a value at or below the DMS value is never written, and an
implausible jump needs the advisor's confirmation first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from incadea_desk.errors import InputError

MAX_KM = 2_000_000
MAX_JUMP_KM = 100_000
MAX_DAILY_KM = 1_500

_UNIT = re.compile(r"\s*km\.?\s*$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"[0-9]+(?:[., ][0-9]+)*")
_GROUPED = re.compile(r"[0-9]{1,3}(?:[., ][0-9]{3})+")


def _km(value: int) -> str:
    return f"{value:,} km"


def _shown(text: str) -> str:
    return f"'{text[:20]}…'" if len(text) > 20 else f"'{text}'"


def _in_range(km: int, typed: str) -> int:
    if km < 0:
        raise InputError("mileage_negative")
    if km >= MAX_KM:
        raise InputError("mileage_too_high", text=typed, maximum=_km(MAX_KM))
    return km


def parse_mileage(text: str | int) -> int:
    """Whole kilometres from what an advisor typed; ``InputError`` if not."""
    if isinstance(text, bool) or not isinstance(text, int | str):
        raise InputError("mileage_not_whole")
    if isinstance(text, int):
        return _in_range(text, _km(text) if text < 10**9 else "That mileage")
    typed = text.strip()
    if not typed:
        raise InputError("mileage_empty")
    body = _SPACES.sub(" ", _UNIT.sub("", typed)).strip()
    negative = body[:1] in ("-", "\u2212")
    if negative:
        body = body[1:].strip()
    if not _NUMBER.fullmatch(body):
        raise InputError("mileage_not_a_number", text=_shown(typed))
    if negative:
        raise InputError("mileage_negative")
    separators = set(re.findall(r"[., ]", body))
    if separators and (len(separators) > 1 or not _GROUPED.fullmatch(body)):
        raise InputError("mileage_decimal", text=_shown(typed))
    digits = re.sub(r"[., ]", "", body)
    if len(digits.lstrip("0")) > len(str(MAX_KM)):
        raise InputError("mileage_too_high", text=_shown(typed), maximum=_km(MAX_KM))
    km = int(digits)
    return _in_range(km, _km(km))


class MileageAction(StrEnum):
    """What to do with a new mileage."""

    WRITE = "write"
    REFUSE = "refuse"
    CONFIRM = "confirm"


@dataclass(frozen=True)
class MileageDecision:
    """The decision on one new mileage, with the sentence to show the advisor."""

    action: MileageAction
    reason: str
    dms_km: int | None
    new_km: int


def decide_mileage_writeback(
    dms_km: int | None,
    new_km: int,
    last_reading_date: date | None = None,
    today: date | None = None,
) -> MileageDecision:
    """Whether ``new_km`` may be written over ``dms_km`` (the value read right before)."""

    def decision(action: MileageAction, reason: str) -> MileageDecision:
        return MileageDecision(action=action, reason=reason, dms_km=dms_km, new_km=new_km)

    if not 0 <= new_km < MAX_KM:
        return decision(
            MileageAction.REFUSE,
            f"A mileage must be between 0 and {_km(MAX_KM)}; {_km(new_km)} is not written.",
        )
    if dms_km is None:
        return decision(
            MileageAction.WRITE, f"The DMS has no mileage yet; {_km(new_km)} will be written."
        )
    if new_km == dms_km:
        return decision(MileageAction.REFUSE, f"The DMS has {_km(dms_km)} already recorded.")
    if new_km < dms_km:
        return decision(
            MileageAction.REFUSE,
            f"{_km(new_km)} is lower than the {_km(dms_km)} the DMS holds; "
            "rolling back an odometer is not allowed.",
        )
    jump = new_km - dms_km
    if jump > MAX_JUMP_KM:
        return decision(
            MileageAction.CONFIRM,
            f"{_km(new_km)} is {_km(jump)} more than the {_km(dms_km)} in the DMS; "
            "please confirm the reading is right.",
        )
    if last_reading_date is not None:
        days = max(1, ((today or date.today()) - last_reading_date).days)
        if jump > MAX_DAILY_KM * days:
            average = -(-jump // days)
            span = "1 day" if days == 1 else f"{days:,} days"
            return decision(
                MileageAction.CONFIRM,
                f"{_km(new_km)} is {_km(jump)} more than the DMS holds after {span}, "
                f"an average of {_km(average)} a day; please confirm the reading is right.",
            )
    return decision(
        MileageAction.WRITE, f"{_km(new_km)} is higher than the {_km(dms_km)} in the DMS."
    )
