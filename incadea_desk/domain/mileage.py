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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from incadea_desk.errors import InputError
from incadea_desk.messages import km_text, mileage_sentence

MAX_KM = 2_000_000
MAX_JUMP_KM = 100_000
MAX_DAILY_KM = 1_500

_UNIT = re.compile(r"\s*km\.?\s*$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"[0-9]+(?:[., ][0-9]+)*")
_GROUPED = re.compile(r"[0-9]{1,3}(?:[., ][0-9]{3})+")


def _shown(text: str) -> str:
    return f"'{text[:20]}…'" if len(text) > 20 else f"'{text}'"


def _in_range(km: int, typed: str) -> int:
    if km < 0:
        raise InputError("mileage_negative")
    if km >= MAX_KM:
        raise InputError("mileage_too_high", text=typed, maximum=km_text(MAX_KM))
    return km


def parse_mileage(text: str | int) -> int:
    """Whole kilometres from what an advisor typed; ``InputError`` if not."""
    if isinstance(text, bool) or not isinstance(text, int | str):
        raise InputError("mileage_not_whole")
    if isinstance(text, int):
        return _in_range(text, km_text(text) if text < 10**9 else "That mileage")
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
        raise InputError("mileage_too_high", text=_shown(typed), maximum=km_text(MAX_KM))
    km = int(digits)
    return _in_range(km, km_text(km))


class MileageAction(StrEnum):
    """What to do with a new mileage."""

    WRITE = "write"
    REFUSE = "refuse"
    CONFIRM = "confirm"


@dataclass(frozen=True)
class MileageDecision:
    """The decision on one new mileage, with the sentence that says why (by code, in
    ``messages.MILEAGE_SENTENCES``)."""

    action: MileageAction
    code: str
    arguments: Mapping[str, int]
    dms_km: int | None
    new_km: int

    @property
    def reason(self) -> str:
        """The sentence in English."""
        return mileage_sentence((self.code,), self.arguments)


def decide_mileage_writeback(
    dms_km: int | None,
    new_km: int,
    last_reading_date: date | None = None,
    today: date | None = None,
) -> MileageDecision:
    """Whether ``new_km`` may be written over ``dms_km`` (the value read right before)."""

    def decision(action: MileageAction, code: str, **arguments: int) -> MileageDecision:
        known = {"new": new_km} if dms_km is None else {"new": new_km, "before": dms_km}
        return MileageDecision(action, code, {**known, **arguments}, dms_km, new_km)

    if not 0 <= new_km < MAX_KM:
        return decision(MileageAction.REFUSE, "out_of_range", maximum=MAX_KM)
    if dms_km is None:
        return decision(MileageAction.WRITE, "first")
    if new_km == dms_km:
        return decision(MileageAction.REFUSE, "same")
    if new_km < dms_km:
        return decision(MileageAction.REFUSE, "lower")
    jump = new_km - dms_km
    if jump > MAX_JUMP_KM:
        return decision(MileageAction.CONFIRM, "jump", jump=jump)
    if last_reading_date is not None:
        days = max(1, ((today or date.today()) - last_reading_date).days)
        if jump > MAX_DAILY_KM * days:
            code = "daily_one" if days == 1 else "daily"
            average = -(-jump // days)
            return decision(MileageAction.CONFIRM, code, jump=jump, days=days, average=average)
    return decision(MileageAction.WRITE, "higher")
