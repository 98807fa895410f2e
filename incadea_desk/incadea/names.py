"""The client's requests and answers spelled in one tenant's names.

:class:`TenantNames` turns the default contract's names into the tenant's on
the way out (entity sets, filters, ``$expand``, ``$orderby``, PATCH bodies)
and the tenant's answers back into the default contract before the wire
models validate them. With the default mapping answers are validated
straight from their JSON text, as fast as before there was a mapping.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeVar
from uuid import UUID

import httpx
from pydantic import BaseModel

from incadea_desk.answer_reading import read_json, validate_answer
from incadea_desk.incadea import odata
from incadea_desk.incadea.tenant import FIELDS, TenantMapping

M = TypeVar("M", bound=BaseModel)


class TenantNames:
    """One tenant's spelling of what the client sends and reads."""

    def __init__(self, mapping: TenantMapping) -> None:
        self.mapping = mapping
        self.identity = mapping.is_default
        self.orders = mapping.entity_set("serviceOrders")
        self.vehicles = mapping.entity_set("vehicles")
        self.customers = mapping.entity_set("customers")
        # $select on every read: only the fields the mapping names (Microsoft Learn,
        # webservices/odata-client-performance).
        self.order_select = self.select("serviceOrders")
        self.line_select = self.select("serviceLines")
        self.vehicle_select = self.select("vehicles")
        self.customer_select = self.select("customers")
        self.mileage_select = self.select(
            "serviceOrders", ["id", "mileageKm", "mileageDate", "lastModifiedDateTime"]
        )
        vehicle = self.vehicle_field
        customer = f"($select={self.customer_select})"
        self.vehicle_expand = f"{vehicle('driver')}{customer},{vehicle('owner')}{customer}"
        order = self.order_field
        self.expand = (
            f"{order('serviceLines')}($select={self.line_select}),"
            f"{order('vehicle')}($select={self.vehicle_select};$expand={self.vehicle_expand}),"
            f"{order('contractor')}{customer}"
        )

    def select(self, section: str, names: Iterable[str] | None = None) -> str:
        """``$select`` of ``section``: these fields (default: every one the client reads),
        in the tenant's names, leaving out those it lacks."""
        wanted = [self.mapping.field(section, name) for name in names or FIELDS[section]]
        return ",".join(dict.fromkeys(name for name in wanted if name))

    def order_field(self, name: str) -> str:
        return self.mapping.field("serviceOrders", name)

    def vehicle_field(self, name: str) -> str:
        return self.mapping.field("vehicles", name)

    def customer_field(self, name: str) -> str:
        return self.mapping.field("customers", name)

    @property
    def order_stamps(self) -> tuple[str, ...]:
        """The change stamps of a service order this tenant keeps."""
        if self.mapping.has_field("serviceOrders", "systemModifiedAt"):
            return ("lastModifiedDateTime", "systemModifiedAt")
        return ("lastModifiedDateTime",)

    def eq(self, field: str, value: str | datetime | bool | UUID) -> odata.Filter:
        """``field eq value`` on service orders, in the tenant's field name."""
        return odata.eq(field, value, wire=self.order_field)

    def ge(self, field: str, value: datetime) -> odata.Filter:
        return odata.ge(field, value, wire=self.order_field)

    def parse(
        self, model: type[M], response: httpx.Response, section: str, *, page: bool = False
    ) -> M:
        """Validate an answer whose records are ``section`` entities (in ``value[]`` when
        ``page``); a schema violation becomes a ``BadResponse`` naming the field. Amounts
        keep every digit of their JSON number."""
        status = response.status_code
        raw = read_json(response.content, system="dms", status=status)
        if not self.identity:
            raw = self._renamed(raw, section, page=page)
        return validate_answer(model, raw, system="dms", status=status)

    def _renamed(self, raw: Any, section: str, *, page: bool) -> Any:
        if not page:
            return self.mapping.incoming(section, raw)
        if isinstance(raw, dict) and isinstance(raw.get("value"), list):
            return {**raw, "value": [self.mapping.incoming(section, r) for r in raw["value"]]}
        return raw
