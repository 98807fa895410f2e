"""Builds OData ``$filter`` expressions so that no user input reaches a URL unescaped.

Field names come from an allow-list (and are then spelled the tenant's way);
string values become single-quoted literals with every quote doubled;
datetimes become UTC ISO literals with a four-digit year. :func:`query_string`
percent-encodes the result with ``%20`` for a space: in the OData ABNF a ``+``
is not whitespace, and servers that follow it strictly refuse one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import quote
from uuid import UUID

# An OData simple identifier (CSDL): a letter or underscore, then letters, digits, underscores.
_IDENTIFIER = re.compile(r"[^\W\d]\w{0,127}")

BRANCH = "branch"
"""A site's branch field (``sites.toml``), spelled as the tenant spells it."""
FIELDS = frozenset(
    {
        "documentNo",
        "orderNo",
        "registrationNo",
        "id",
        "lastModifiedDateTime",
        "systemModifiedAt",
        "canceled",
        "vehicleId",
        "contractorCustomerId",
        "driverCustomerId",
        "ownerCustomerId",
        "appointmentDateTime",
        BRANCH,
    }
)

Comparison = Literal["eq", "ne", "ge", "gt", "le", "lt"]


@dataclass(frozen=True)
class Filter:
    """A finished filter expression; only this module builds one."""

    text: str

    def __str__(self) -> str:
        return self.text


def literal(value: str) -> str:
    """An OData string literal: quotes doubled, wrapped in single quotes."""
    return "'" + value.replace("'", "''") + "'"


def datetime_literal(value: datetime) -> str:
    """UTC ISO 8601 with ``Z``; milliseconds truncated, which only widens a ``ge``."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("an OData datetime literal needs a timezone-aware datetime")
    utc = value.astimezone(UTC)
    # strftime's %Y drops leading zeros on some platforms; the ABNF wants four digits.
    text = f"{utc.year:04d}-{utc:%m-%dT%H:%M:%S}"
    millis = utc.microsecond // 1000
    if millis:
        text += f".{millis:03d}"
    return text + "Z"


def _field(name: str) -> str:
    if name not in FIELDS:
        raise ValueError(f"{name!r} is not a field the DMS may be filtered on")
    return name


def _same(name: str) -> str:
    return name


Rename = Callable[[str], str]


def compare(
    field: str, op: Comparison, value: str | datetime | bool | UUID, *, wire: Rename = _same
) -> Filter:
    """``field op value`` with the value rendered as the right kind of literal and the
    field spelled by ``wire`` (the tenant's name of an allow-listed field)."""
    if isinstance(value, UUID):
        rendered = str(value)  # an Edm.Guid literal is unquoted in OData v4
    elif isinstance(value, bool):
        rendered = "true" if value else "false"
    elif isinstance(value, datetime):
        rendered = datetime_literal(value)
    elif isinstance(value, str):
        rendered = literal(value)
    elif isinstance(value, UUID):
        rendered = str(value)
    else:
        raise TypeError(f"cannot render {type(value).__name__} as an OData literal")
    return Filter(f"{wire(_field(field))} {op} {rendered}")


def eq(field: str, value: str | datetime | bool | UUID, *, wire: Rename = _same) -> Filter:
    return compare(field, "eq", value, wire=wire)


def ge(field: str, value: datetime, *, wire: Rename = _same) -> Filter:
    return compare(field, "ge", value, wire=wire)


def branch(field: str, value: str) -> Filter:
    """``field eq 'value'`` on a field a site's branch filter names as the tenant spells it
    (``sites.toml``), not one of the contract's: it must be an OData simple identifier."""
    if _IDENTIFIER.fullmatch(field) is None:
        raise ValueError(f"{field!r} is not a field name")
    return compare(BRANCH, "eq", value, wire=lambda _name: field)


def _join(word: str, parts: tuple[Filter, ...]) -> Filter:
    if not parts:
        raise ValueError(f"'{word}' needs at least one operand")
    if len(parts) == 1:
        return parts[0]
    return Filter("(" + f" {word} ".join(p.text for p in parts) + ")")


def or_(*parts: Filter) -> Filter:
    return _join("or", parts)


def and_(*parts: Filter) -> Filter:
    return _join("and", parts)


# Left as they are in a query value: OData's own punctuation, which RFC 3986 allows
# in a query. Everything else, a space and a plus sign included, is percent-encoded.
_QUERY_SAFE = "$(),:/"


def query_string(params: Mapping[str, str]) -> str:
    """``$filter=a%20eq%20'b'&...``: spaces as ``%20``, never ``+``."""
    return "&".join(
        f"{quote(key, safe='$')}={quote(value, safe=_QUERY_SAFE)}" for key, value in params.items()
    )
