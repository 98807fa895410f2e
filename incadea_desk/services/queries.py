"""What an advisor typed: a WO number, a registration number, a DMS number, or either.

Parsing happens here, once, so every service and the CLI read input the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from incadea_desk.domain import RegistrationNumber
from incadea_desk.errors import InputError, NotFound
from incadea_desk.messages import remote_sentence

QueryKind = Literal["wo_number", "registration", "either"]

_WO = re.compile(r"(?i)(?:wo\s*[-:#.]?\s*)?(\d{1,12})")
# "WO -1" or "-4711": a minus sign before the digits, not a separator after "WO".
_NEGATIVE = re.compile(r"(?i)(?:wo\s+|^)[-\u2212]\s*\d")
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
        raise InputError("control_characters")
    if _NEGATIVE.match(text):
        raise InputError("wo_negative")


def shown(text: str) -> str:
    """Typed text as a sentence quotes it: at most 20 characters, then an ellipsis."""
    return f"'{text[:20]}…'" if len(text) > 20 else f"'{text}'"


def parse_query(text: str) -> Query:
    """Classify search input; ``InputError`` when it can be nothing."""
    typed = text.strip()
    if not typed:
        raise InputError("query_empty")
    _refuse_control_characters(typed)
    if len(typed) > MAX_QUERY_LENGTH:
        raise InputError("query_too_long", text=shown(typed))
    wo = _WO.fullmatch(typed)
    plate: RegistrationNumber | None = None
    try:
        plate = RegistrationNumber.parse(typed)
    except InputError:
        if wo is None:
            raise
    if wo is not None:
        digits = wo.group(1)
        if typed.isdigit() or plate is None or plate.sidecode is None:
            return Query(typed, "wo_number", wo_number=digits)
        # "WO4711" is also a valid Dutch plate (sidecode 1): ask for both.
        return Query(typed, "either", wo_number=digits, registration=plate)
    assert plate is not None
    if plate.sidecode is not None or plate.country in ("BE", "FR"):
        if _grouped_otherwise(typed, plate) and _DMS_NUMBER.fullmatch(typed):
            # "SO-1005" has a plate's letters and digits (SO-10-05), but not its dashes:
            # a DMS number as likely as a plate, so ask for both.
            return Query(typed, "either", registration=plate, dms_number=typed)
        return Query(typed, "registration", registration=plate)
    # No known plate shape: it may be a foreign plate or a DMS number.
    return Query(typed, "either", registration=plate, dms_number=typed)


def _grouped_otherwise(typed: str, plate: RegistrationNumber) -> bool:
    """Whether ``typed`` has separators, but not where the plate has its dashes."""
    grouped = re.sub(r"[\s\-]+", "-", typed.upper())
    return grouped != typed.upper().replace("-", "").replace(" ", "") and grouped != plate.display


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
        raise InputError("reference_empty")
    _refuse_control_characters(typed)
    wo = _WO.fullmatch(typed)
    if wo is not None:
        return Reference(typed, wo_number=wo.group(1))
    if _DMS_NUMBER.fullmatch(typed):
        return Reference(typed, dms_number=typed)
    raise InputError("reference_invalid", text=shown(typed))


def one_dms_number(text: str, dms_numbers: Iterable[str]) -> str | None:
    """The one DMS number ``text`` names among ``dms_numbers``; None if there is none,
    ``InputError`` if there are several."""
    numbers = sorted(set(dms_numbers))
    if len(numbers) > 1:
        raise InputError(
            "several_workorders",
            text=shown(text),
            count=len(numbers),
            numbers=", ".join(numbers[:10]),
        )
    return numbers[0] if numbers else None


def no_workorder(wo_number: str) -> NotFound:
    """The DMS has no workorder with this WO number."""
    return NotFound(
        remote_sentence("no_workorder", "dms", {"wo_number": wo_number}),
        "dms",
        code="no_match",
        reason="no_workorder",
        arguments={"wo_number": wo_number},
    )
