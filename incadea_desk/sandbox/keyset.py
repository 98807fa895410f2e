"""Keyset paging for the stand-in: sort keys, and the ``$skiptoken`` that carries
the last key of a page (opaque to the client, as Business Central's is)."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from incadea_desk.sandbox.data import Row
from incadea_desk.sandbox.odata import FieldType, ODataError, parse_datetime
from incadea_desk.sandbox.odata_errors import ODataProblem


def sort_value(field_type: FieldType, value: Any) -> Any:
    return str(value).lower() if field_type == "guid" and value is not None else value


def token_value(field_type: FieldType, value: Any) -> Any:
    """A sort-key value read back from a skiptoken, checked against the field's type."""
    if value is None:
        return None
    if field_type == "datetime":
        return parse_datetime(str(value))
    expected = {"string": str, "guid": str, "bool": bool, "int": int}[field_type]
    if not isinstance(value, expected) or (field_type == "int" and isinstance(value, bool)):
        raise ValueError("token value of the wrong type")
    return value


def field_key(index: int, item: tuple[list[Any], Row]) -> tuple[bool, Any]:
    value = item[0][index]
    return value is not None, value


def compare_keys(left: list[Any], right: list[Any], descending: list[bool]) -> int:
    for a, b, desc in zip(left, right, descending, strict=True):
        if a == b:
            continue
        result = (-1 if a is None else 1) if a is None or b is None else -1 if a < b else 1
        return -result if desc else result
    return 0


def non_negative(params: Mapping[str, str], name: str) -> int | None:
    if name not in params:
        return None
    text = params[name]
    if not text.isdigit():
        raise ODataProblem(400, f"The value '{text}' is not valid for '{name}'.")
    return int(text)


def encode_skiptoken(key: list[Any], remaining: int | None) -> str:
    values = [v.isoformat() if isinstance(v, datetime) else v for v in key]
    raw = json.dumps({"k": values, "r": remaining}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_skiptoken(
    token: str, fields: list[str], types: Mapping[str, FieldType]
) -> tuple[list[Any], int | None]:
    try:
        raw = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        values, remaining = raw["k"], raw["r"]
        if len(values) != len(fields) or not (remaining is None or isinstance(remaining, int)):
            raise ValueError("token does not fit the query")
        key = [token_value(types[f], v) for f, v in zip(fields, values, strict=True)]
    except (ValueError, KeyError, TypeError, ODataError, binascii.Error) as exc:
        raise ODataProblem(400, "The '$skiptoken' is not valid for this query.") from exc
    return key, remaining
