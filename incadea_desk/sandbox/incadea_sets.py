"""The stand-in's entity sets: what each one filters, sorts and expands, and how a
row becomes wire JSON (values, ETag, the navigations in the default names)."""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from incadea_desk.sandbox.data import Row, wire_datetime
from incadea_desk.sandbox.odata import Expand, ExpandSpec, FieldType
from incadea_desk.sandbox.tenant import TenantNames


@dataclass(frozen=True)
class EntitySet:
    """How one entity set is queried: filterable and sortable fields, navigations."""

    filters: Mapping[str, FieldType]
    sortable: Mapping[str, FieldType]
    expand: ExpandSpec


ORDER_FILTERS: dict[str, FieldType] = {
    "documentNo": "string",
    "orderNo": "string",
    "registrationNo": "string",
    "id": "guid",
    "lastModifiedDateTime": "datetime",
    "systemModifiedAt": "datetime",
    "canceled": "bool",
    "vehicleId": "guid",
    "contractorCustomerId": "guid",
    "appointmentDateTime": "datetime",
    "locationCode": "string",
}
VEHICLE_FILTERS: dict[str, FieldType] = {
    "id": "guid",
    "registrationNo": "string",
    "vin": "string",
    "lastModifiedDateTime": "datetime",
    "driverCustomerId": "guid",
    "ownerCustomerId": "guid",
}
CUSTOMER_FILTERS: dict[str, FieldType] = {
    "id": "guid",
    "number": "string",
    "lastModifiedDateTime": "datetime",
}
ENTITY_SETS: dict[str, EntitySet] = {
    "serviceOrders": EntitySet(
        ORDER_FILTERS,
        ORDER_FILTERS,
        {"serviceLines": {}, "vehicle": {"driver": {}, "owner": {}}, "contractor": {}},
    ),
    "vehicles": EntitySet(VEHICLE_FILTERS, VEHICLE_FILTERS, {"driver": {}, "owner": {}}),
    "customers": EntitySet(CUSTOMER_FILTERS, CUSTOMER_FILTERS, {}),
}
SAFE_QUERY_CHARS = "$',()"
QUERY_OPTIONS = {"$filter", "$select", "$expand", "$orderby", "$top", "$skip", "$skiptoken"}

# Schema drift, per entity set: the optional field that goes missing and the
# field that arrives with the wrong JSON type.
DRIFT_MISSING = {
    "serviceOrders": "scheduledOutDateTime",
    "vehicles": "warrantyEndDate",
    "customers": "privatePhoneNo",
}
DRIFT_WRONG_TYPE: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "serviceOrders": ("mileageKm", str),
    "vehicles": ("firstRegistrationDate", lambda v: 20_240_101 if v else v),
    "customers": ("isLeaseCompany", lambda v: "true" if v else "false"),
}
DRIFT_EXTRA_FIELD = "sandboxAddedField"


PLAIN_JSON = frozenset({str, int, bool, float})


def wire_value(key: str, value: Any) -> Any:
    if value is None or type(value) in PLAIN_JSON:
        return value
    if isinstance(value, datetime):
        return wire_datetime(value, millis=key in ("lastModifiedDateTime", "systemModifiedAt"))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def etag(row: Row) -> str:
    token = base64.b64encode(f"'{row.version};{row.id}'".encode()).decode()
    return f'W/"{token}"'


# The section a navigation leads to.
NAVIGATION_SECTIONS = {
    "serviceLines": "serviceLines",
    "vehicle": "vehicles",
    "contractor": "customers",
    "driver": "customers",
    "owner": "customers",
}


def default_expand(names: TenantNames, section: str, expand: Expand) -> Expand:
    """An ``$expand`` tree parsed in the tenant's names, in the default names."""
    result: Expand = {}
    for wire, nested in expand.items():
        name = names.back(section, wire) or wire
        result[name] = default_expand(names, NAVIGATION_SECTIONS.get(name, section), nested)
    return result
