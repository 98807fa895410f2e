"""Page web-service records into the default contract's shape, complete.

A classic workorder page has no navigations but its lines subpage: the vehicle and
the customers are pages of their own, read by the number the workorder (and the
vehicle) holds in the field the mapping names ``vehicleId``, ``contractorCustomerId``,
``driverCustomerId`` and ``ownerCustomerId``, a batch of numbers per request
(``or`` within one field, which Business Central allows). The records are then
renamed to the default contract, their ids derived from their keys, NAV's blank
texts made no value, and the related records put where a navigation would have put
them, so the wire models and the mapping to the domain read them as they read the
API kind.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter, ValidationError

from incadea_desk.incadea.classic_keys import EntityShape, key_id, key_predicate
from incadea_desk.incadea.tenant import TenantMapping
from incadea_desk.incadea.wire import EARLIEST, DmsDateTime

# Numbers joined by "or" in one $filter, as the API kind batches its ids.
PER_REQUEST = 20
# Texts that must hold a value; any other blank text ("") is no value.
REQUIRED_TEXTS = frozenset({"documentNo", "orderNo", "number", "lineType"})
VEHICLE_FIELD = "vehicleId"
CONTRACTOR_FIELD = "contractorCustomerId"
PARTY_FIELDS = ("driverCustomerId", "ownerCustomerId")


def text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _unblank(record: dict[str, Any]) -> dict[str, Any]:
    # Left out rather than None, so a blank takes the contract's default: NAV's blank
    # Currency Code is the local currency, which the default contract spells EUR.
    return {key: value for key, value in record.items() if value != "" or key in REQUIRED_TEXTS}


class ClassicRecords:
    """Renames and completes the records of one tenant's pages."""

    def __init__(self, mapping: TenantMapping) -> None:
        self.mapping = mapping
        self.has_stamp = mapping.has_field("serviceOrders", "lastModifiedDateTime")

    def reference(self, section: str, raw: Mapping[str, Any], name: str) -> str | None:
        """The number a record holds in the field the mapping names ``name``."""
        wire = self.mapping.field(section, name)
        return text(raw.get(wire)) if wire else None

    def customer(self, shape: EntityShape, raw: Mapping[str, Any]) -> dict[str, Any]:
        record = _unblank(self.mapping.incoming("customers", dict(raw)))
        record["id"] = str(key_id(key_predicate(shape, raw)))
        return record

    def vehicle(
        self,
        shape: EntityShape,
        raw: Mapping[str, Any],
        customers: Mapping[str, dict[str, Any]],
    ) -> dict[str, Any]:
        record = _unblank(self.mapping.incoming("vehicles", dict(raw)))
        record["id"] = str(key_id(key_predicate(shape, raw)))
        for field, role in zip(PARTY_FIELDS, ("driver", "owner"), strict=True):
            number = self.reference("vehicles", raw, field)
            record.pop(field, None)
            record[role] = customers.get(number) if number else None
        return record

    def order(
        self,
        shape: EntityShape,
        raw: Mapping[str, Any],
        vehicles: Mapping[str, dict[str, Any]],
        customers: Mapping[str, dict[str, Any]],
    ) -> tuple[dict[str, Any], str]:
        """The order in the default shape, and its key predicate (``BadResponse`` when
        the record lacks a part of its key)."""
        predicate = key_predicate(shape, raw)
        record = _unblank(self.mapping.incoming("serviceOrders", dict(raw)))
        record["id"] = str(key_id(predicate))
        vehicle = self.reference("serviceOrders", raw, VEHICLE_FIELD)
        contractor = self.reference("serviceOrders", raw, CONTRACTOR_FIELD)
        record.pop(VEHICLE_FIELD, None)
        record.pop(CONTRACTOR_FIELD, None)
        record["vehicle"] = vehicles.get(vehicle) if vehicle else None
        record["contractor"] = customers.get(contractor) if contractor else None
        if not self.has_stamp:
            # No changed-since field: the order carries the earliest moment, so a refresh
            # never takes it for newer than what was imported.
            record["lastModifiedDateTime"] = EARLIEST.isoformat()
        lines = record.get("serviceLines")
        if isinstance(lines, list):
            record["serviceLines"] = [self._line(line) for line in lines]
        return record, predicate

    @staticmethod
    def _line(line: Any) -> Any:
        if not isinstance(line, dict):
            return line
        record = {**line, "code": text(line.get("code"))}
        record.setdefault("id", str(line.get("lineNo")))
        return record


_STAMP: TypeAdapter[datetime | None] = TypeAdapter(DmsDateTime)


def change_stamp(value: object) -> datetime | None:
    """A change stamp in UTC; None when blank (``0001-01-01T00:00:00Z``) or unreadable."""
    try:
        return _STAMP.validate_python(value)
    except ValidationError:
        return None


def chunks(items: Sequence[str]) -> list[list[str]]:
    return [list(items[i : i + PER_REQUEST]) for i in range(0, len(items), PER_REQUEST)]
