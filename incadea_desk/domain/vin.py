"""Vehicle identification numbers (ISO 3779).

A VIN has 17 characters and never the letters I, O or Q. Position 9 is a
check digit only where North American rules apply; European manufacturers
often put something else there, so a failing check digit is reported in
``check_digit_ok`` and never rejects the VIN.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

VIN_LENGTH = 17

_TRANSLITERATION: dict[str, int] = {
    **{str(digit): digit for digit in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_SEPARATORS = re.compile(r"[\s\-]")


def _check_digit(value: str) -> str:
    total = sum(_TRANSLITERATION[ch] * weight for ch, weight in zip(value, _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def _validated(text: str) -> str:
    value = _SEPARATORS.sub("", text).upper()
    if not value:
        raise ValueError("The VIN is empty.")
    bad = [ch for ch in value if not ("A" <= ch <= "Z" or "0" <= ch <= "9")]
    if bad:
        raise ValueError(f"A VIN holds only letters and digits; this one contains {bad[0]!r}.")
    if len(value) != VIN_LENGTH:
        raise ValueError(f"This VIN has {len(value)} characters; a VIN has exactly {VIN_LENGTH}.")
    forbidden = sorted({ch for ch in value if ch in "IOQ"})
    if forbidden:
        letters = " and ".join(forbidden)
        raise ValueError(
            f"A VIN never contains the letters I, O or Q (they look like 1 and 0); "
            f"this one contains {letters}."
        )
    return value


class Vin:
    """A well-formed VIN; immutable, equal and hashed by its value.

    Build it with :meth:`parse`. As a pydantic field it validates from a
    string or an instance; ``model_dump()`` keeps the instance and JSON holds
    the string.
    """

    __slots__ = ("check_digit_ok", "value")

    value: str
    check_digit_ok: bool

    def __init__(self, value: str, check_digit_ok: bool):
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "check_digit_ok", check_digit_ok)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("A VIN cannot be changed; parse a new one.")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("A VIN cannot be changed; parse a new one.")

    def __reduce__(self) -> tuple[type[Vin], tuple[str, bool]]:
        return type(self), (self.value, self.check_digit_ok)

    def __eq__(self, other: object) -> bool:
        return self.value == other.value if isinstance(other, Vin) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"Vin.parse({self.value!r})"

    @classmethod
    def parse(cls, text: str) -> Vin:
        """Read a VIN typed in any case, with spaces or dashes; ``ValueError`` if malformed."""
        if not isinstance(text, str):
            raise ValueError("A VIN must be text.")
        value = _validated(text)
        return cls(value=value, check_digit_ok=value[8] == _check_digit(value))

    def __str__(self) -> str:
        return self.value

    @classmethod
    def _from_any(cls, value: Any) -> Vin:
        if isinstance(value, cls):
            return value
        return cls.parse(value)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._from_any,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda vin: vin.value, when_used="json"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "minLength": VIN_LENGTH, "maxLength": VIN_LENGTH}
