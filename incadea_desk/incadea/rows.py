"""A page of service orders read row by row: each row is validated and mapped on its
own, and one that cannot be read becomes a ``RefusedRow`` (its identifiers, the field,
the kind of problem; never a value) instead of refusing its page.

A row is decoded straight from its JSON into typed structs (``order_rows``); the wire
models read only a row the structs do not take, and say what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import msgspec
from pydantic import TypeAdapter, ValidationError

from incadea_desk.answer_reading import field_path, problem_code, read_json
from incadea_desk.domain.dms_records import DmsWorkorder, RefusedRow
from incadea_desk.errors import BadResponse
from incadea_desk.incadea.mapping import Order, to_workorder
from incadea_desk.incadea.order_rows import decode_order, row_json
from incadea_desk.incadea.wire import UNREADABLE, RequiredDmsDateTime, WireServiceOrder

Position = tuple[datetime, UUID]

_STAMP: TypeAdapter[datetime] = TypeAdapter(RequiredDmsDateTime)
_ID: TypeAdapter[UUID] = TypeAdapter(UUID)


@dataclass(frozen=True)
class ReadRows:
    """A page's rows, each read on its own."""

    orders: list[Order]
    refused: list[RefusedRow]
    positions: list[Position | None]
    """Every row's place in the walk, in page order (None where it cannot be read)."""
    next_link: str | None

    @classmethod
    def decoded(cls, rows: list[msgspec.Raw], next_link: str | None) -> ReadRows:
        """The rows of a page in the default contract's names, as their JSON came."""
        orders: list[Order] = []
        refused: list[RefusedRow] = []
        positions: list[Position | None] = []
        for row in rows:
            order = decode_order(row)
            if order is not None:
                orders.append(order)
                positions.append((order.lastModifiedDateTime, order.id))
                continue
            raw = read_json(bytes(row), system="dms", status=None)
            if not isinstance(raw, dict):
                raise not_a_page()
            read = read_order(raw)
            (orders if isinstance(read, WireServiceOrder) else refused).append(read)  # type: ignore[arg-type]
            positions.append(position(raw))
        return cls(orders, refused, positions, next_link)

    @classmethod
    def of(cls, records: list[dict[str, Any]], next_link: str | None = None) -> ReadRows:
        """The rows of a page read as Python data and renamed to the default contract."""
        return cls.decoded([msgspec.Raw(row_json(record)) for record in records], next_link)


def read_order(raw: Mapping[str, Any]) -> WireServiceOrder | RefusedRow:
    """The row as a wire model, or why it cannot be one."""
    try:
        return WireServiceOrder.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        return refused(raw, field_path(first["loc"]), problem_code(first))


def to_dms_workorder(order: Order) -> DmsWorkorder | RefusedRow:
    """The domain workorder of a complete wire order, or why the domain cannot hold it."""
    try:
        workorder = to_workorder(order)
    except BadResponse as failure:
        return refused_order(order, failure)
    return DmsWorkorder(
        workorder=workorder,
        entity_id=str(order.id),
        etag=order.etag,
        last_modified=order.lastModifiedDateTime.astimezone(UTC),
    )


def refused_order(order: Order, failure: BadResponse) -> RefusedRow:
    """A valid order that could not be completed or mapped (a navigation's row broke
    the contract)."""
    return RefusedRow(
        dms_number=order.documentNo,
        wo_number=order.orderNo,
        entity_id=str(order.id),
        field=str(failure.arguments.get("field")) if "field" in failure.arguments else None,
        reason_code=str(failure.arguments.get("problem", "unreadable_value")),
        last_modified=order.lastModifiedDateTime,
    )


def refused(raw: Mapping[str, Any], field: str | None, reason_code: str) -> RefusedRow:
    entity = position(raw)
    entity_id = _text(raw.get("id"))
    return RefusedRow(
        dms_number=_text(raw.get("documentNo")) or entity_id or "(unknown)",
        wo_number=_text(raw.get("orderNo")),
        entity_id=entity_id,
        field=field,
        reason_code=reason_code,
        last_modified=entity[0] if entity is not None else _stamp(raw),
    )


def position(raw: Mapping[str, Any]) -> Position | None:
    """Where the row stands in a walk ordered by (last modified, id), if readable."""
    stamp = _stamp(raw)
    try:
        key = _ID.validate_python(raw.get("id"))
    except ValidationError:
        return None
    return (stamp, key) if stamp is not None else None


def _stamp(raw: Mapping[str, Any]) -> datetime | None:
    try:
        return _STAMP.validate_python(raw.get("lastModifiedDateTime"))
    except ValidationError:
        return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def not_a_page() -> BadResponse:
    """An answer whose ``value`` is not a list of records."""
    return BadResponse(
        UNREADABLE.format(field="(whole answer)"), "dms", code="schema", reason="unreadable"
    )
