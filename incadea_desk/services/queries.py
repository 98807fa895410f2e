"""What an advisor typed: a WO number, a registration number, a DMS number, or either.

Parsing happens here, once, so every service and the CLI read input the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from incadea_desk.domain import RegistrationNumber

QueryKind = Literal["wo_number", "registration", "either"]

_WO = re.compile(r"(?i)(?:wo\s*[-:#.]?\s*)?(\d{1,12})")
_DMS_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/_.]{0,39}")
MAX_QUERY_LENGTH = 60


@dataclass(frozen=True)
class Query:
    """The lookups one search text asks for; several run in parallel."""

    text: str
    kind: QueryKind
    wo_number: str | None = None
    registration: RegistrationNumber | None = None
    dms_number: str | None = None


def _refuse_control_characters(text: str) -> None:
    if any(not ch.isprintable() for ch in text):
        raise ValueError("The text contains a line break, tab or other control character.")


def _quoted(text: str) -> str:
    return f"'{text[:20]}…'" if len(text) > 20 else f"'{text}'"


def parse_query(text: str) -> Query:
    """Classify search input; ``ValueError`` with a sentence when it can be nothing."""
    typed = text.strip()
    if not typed:
        raise ValueError("Type a WO number or a registration number to search.")
    _refuse_control_characters(typed)
    if len(typed) > MAX_QUERY_LENGTH:
        raise ValueError(f"{_quoted(typed)} is too long for a WO number or a registration number.")
    wo = _WO.fullmatch(typed)
    plate: RegistrationNumber | None = None
    try:
        plate = RegistrationNumber.parse(typed)
    except ValueError as error:
        if wo is None:
            raise ValueError(str(error)) from None
    if wo is not None:
        digits = wo.group(1)
        if typed.isdigit() or plate is None or plate.sidecode is None:
            return Query(typed, "wo_number", wo_number=digits)
        # "WO4711" is also a valid Dutch plate (sidecode 1): ask for both.
        return Query(typed, "either", wo_number=digits, registration=plate)
    assert plate is not None
    if plate.sidecode is not None or plate.country in ("BE", "FR"):
        return Query(typed, "registration", registration=plate)
    # No known plate shape: it may be a foreign plate or a DMS number.
    return Query(typed, "either", registration=plate, dms_number=typed)


@dataclass(frozen=True)
class Reference:
    """One workorder named by its DMS number or its WO number."""

    text: str
    wo_number: str | None = None
    dms_number: str | None = None


def parse_reference(text: str) -> Reference:
    """Read a DMS number (``SO-2604711``) or a WO number (``104711``, ``WO 104711``)."""
    typed = text.strip()
    if not typed:
        raise ValueError("Give the DMS number or the WO number of the workorder.")
    _refuse_control_characters(typed)
    wo = _WO.fullmatch(typed)
    if wo is not None:
        return Reference(typed, wo_number=wo.group(1))
    if _DMS_NUMBER.fullmatch(typed):
        return Reference(typed, dms_number=typed)
    raise ValueError(f"{_quoted(typed)} is neither a DMS number nor a WO number.")
