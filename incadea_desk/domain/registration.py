"""Registration numbers (licence plates) as advisors type them.

A plate is stored and searched in its compact form (upper case, letters and
digits only) and shown the way it is printed on the plate. Dutch plates get
their dashes from the RDW sidecode of their letter/digit pattern, so
``12ABC3`` shows as ``12-ABC-3`` (sidecode 7), not by splitting letter and
digit runs. Belgian ``1-ABC-123`` and French SIV ``AB-123-CD`` plates are
recognised even when the default country is the Netherlands, because their
7-character patterns never occur in the Netherlands.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from incadea_desk.errors import InputError

MIN_LENGTH = 2
MAX_LENGTH = 12

# RDW sidecodes 1-14: X is a letter, 9 a digit, a dash marks where the plate
# shows one. Sources: RDW "uitleg over de cijfers en letters op de
# kentekenplaat"; sidecodes 11-14 were added by the Regeling kentekens en
# kentekenplaten (Staatscourant 2014, 9002).
DUTCH_SIDECODES: dict[int, str] = {
    1: "XX-99-99",
    2: "99-99-XX",
    3: "99-XX-99",
    4: "XX-99-XX",
    5: "XX-XX-99",
    6: "99-XX-XX",
    7: "99-XXX-9",
    8: "9-XXX-99",
    9: "XX-999-X",
    10: "X-999-XX",
    11: "XXX-99-X",
    12: "X-99-XXX",
    13: "9-XX-999",
    14: "999-XX-9",
}

_ALLOWED = re.compile(r"[A-Za-z0-9\s.\-]*")
_BELGIAN_CURRENT = re.compile(r"[1-9][A-Z]{3}[0-9]{3}")
_BELGIAN_OLDER = re.compile(r"[A-Z]{3}[0-9]{3}|[0-9]{3}[A-Z]{3}")
_FRENCH_SIV = re.compile(r"[A-Z]{2}[0-9]{3}[A-Z]{2}")


def _shape(compact: str) -> str:
    return "".join("9" if ch.isdigit() else "X" for ch in compact)


def _dash(compact: str, group_sizes: tuple[int, ...]) -> str:
    parts, start = [], 0
    for size in group_sizes:
        parts.append(compact[start : start + size])
        start += size
    return "-".join(parts)


def _groups(pattern: str) -> tuple[int, ...]:
    return tuple(len(part) for part in pattern.split("-"))


_SIDECODE_BY_SHAPE: dict[str, tuple[int, tuple[int, ...]]] = {
    pattern.replace("-", ""): (code, _groups(pattern)) for code, pattern in DUTCH_SIDECODES.items()
}


def _quoted(text: str) -> str:
    # A message is one line: typed tabs, line breaks and other control characters become spaces.
    shown = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return f"'{shown[:20]}…'" if len(shown) > 20 else f"'{shown}'"


def _compact(text: str) -> str:
    if not text.strip():
        raise InputError("plate_empty")
    if not _ALLOWED.fullmatch(text):
        bad = next(ch for ch in text if not _ALLOWED.fullmatch(ch))
        raise InputError("plate_character", text=_quoted(text), character=repr(bad))
    compact = re.sub(r"[\s.\-]", "", text).upper()
    if not compact:
        raise InputError("plate_no_characters", text=_quoted(text))
    if len(compact) < MIN_LENGTH:
        raise InputError("plate_too_short", text=_quoted(text))
    if len(compact) > MAX_LENGTH:
        raise InputError(
            "plate_too_long", text=_quoted(text), length=len(compact), maximum=MAX_LENGTH
        )
    return compact


def _country_from_pattern(compact: str, country: str | None) -> str | None:
    if country not in ("NL", "BE", "FR"):
        return country
    if _BELGIAN_CURRENT.fullmatch(compact):
        return "BE"
    if _FRENCH_SIV.fullmatch(compact):
        return "FR"
    return country


def _display(compact: str, country: str | None) -> tuple[str, int | None]:
    if country == "NL":
        found = _SIDECODE_BY_SHAPE.get(_shape(compact))
        if found is not None:
            code, groups = found
            return _dash(compact, groups), code
    elif country == "BE":
        if _BELGIAN_CURRENT.fullmatch(compact):
            return _dash(compact, (1, 3, 3)), None
        if _BELGIAN_OLDER.fullmatch(compact):
            return _dash(compact, (3, 3)), None
    elif country == "FR" and _FRENCH_SIV.fullmatch(compact):
        return _dash(compact, (2, 3, 2)), None
    return compact, None


class RegistrationNumber:
    """A licence plate; immutable, equal and hashed by compact form and country.

    Build it with :meth:`parse`. As a pydantic field it validates from a
    string (parsed with country NL), from ``{"compact": ..., "country": ...}``
    or from an instance; ``model_dump()`` keeps the instance and JSON holds
    the compact string. Parsing that string again recovers Dutch, Belgian
    ``1ABC123`` and French SIV plates exactly; an older Belgian plate or a
    plate of another country comes back as a Dutch plate without a sidecode,
    with the same compact form.
    """

    __slots__ = ("compact", "country", "display", "sidecode")

    compact: str
    country: str | None
    display: str
    sidecode: int | None

    def __init__(self, compact: str, country: str | None, display: str, sidecode: int | None):
        for name, value in zip(self.__slots__, (compact, country, display, sidecode), strict=True):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("A registration number cannot be changed; parse a new one.")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("A registration number cannot be changed; parse a new one.")

    def __reduce__(
        self,
    ) -> tuple[type[RegistrationNumber], tuple[str, str | None, str, int | None]]:
        return type(self), (self.compact, self.country, self.display, self.sidecode)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RegistrationNumber):
            return NotImplemented
        return (self.compact, self.country) == (other.compact, other.country)

    def __hash__(self) -> int:
        return hash((self.compact, self.country))

    def __repr__(self) -> str:
        return f"RegistrationNumber.parse({self.compact!r}, {self.country!r})"

    @classmethod
    def parse(cls, text: str, country: str | None = "NL") -> RegistrationNumber:
        """Read a plate typed in any common way; ``InputError`` if it cannot be one."""
        if not isinstance(text, str):
            raise InputError("plate_not_text")
        compact = _compact(text)
        code = (country or "").strip().upper() or None
        code = _country_from_pattern(compact, code)
        display, sidecode = _display(compact, code)
        return cls(compact=compact, country=code, display=display, sidecode=sidecode)

    def __str__(self) -> str:
        return self.display

    @classmethod
    def _from_any(cls, value: Any) -> RegistrationNumber:
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        if isinstance(value, dict) and isinstance(value.get("compact"), str):
            country = value.get("country")
            if country is not None and not isinstance(country, str):
                raise ValueError("The country of a registration number must be a country code.")
            return cls.parse(value["compact"], country)
        raise ValueError("A registration number must be text.")

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._from_any,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda reg: reg.compact, when_used="json"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "description": "Registration number, compact form"}


def dms_search_forms(reg: RegistrationNumber) -> list[str]:
    """The forms to look a plate up by in the DMS: compact, then as displayed."""
    return list(dict.fromkeys([reg.compact, reg.display]))
