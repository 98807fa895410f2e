"""The sandbox DMS's ``$metadata``: an EDMX 4.0 document derived from its tables.

Every property is read off the rows the sandbox serves (the Python type of
its values gives the Edm type), so the document cannot promise a field the
answers lack. Names are the tenant's when the sandbox runs under a mapping.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import quoteattr

from incadea_desk.sandbox.data import Row, WorkshopData
from incadea_desk.sandbox.tenant import NAVIGATION_TARGETS, TenantNames

NAMESPACE = "Microsoft.NAV"
# Entity type (singular) of each section, as a Business Central API page's EntityName.
ENTITY_TYPES = {
    "serviceOrders": "serviceOrder",
    "serviceLines": "serviceLine",
    "vehicles": "vehicle",
    "customers": "customer",
}
SINGLE_NAVIGATIONS = frozenset({"vehicle", "contractor", "driver", "owner"})
GUID_FIELDS = frozenset(
    {
        "id",
        "vehicleId",
        "contractorCustomerId",
        "driverCustomerId",
        "ownerCustomerId",
    }
)


def _edm_type(name: str, values: Iterable[Any]) -> str:
    if name in GUID_FIELDS:
        return "Edm.Guid"
    for value in values:
        if value is None:
            continue
        if isinstance(value, bool):
            return "Edm.Boolean"
        if isinstance(value, int):
            return "Edm.Int32"
        if isinstance(value, Decimal | float):
            return "Edm.Decimal"
        if isinstance(value, datetime):
            return "Edm.DateTimeOffset"
        if isinstance(value, date):
            return "Edm.Date"
        return "Edm.String"
    return "Edm.String"


def _properties(rows: list[Row]) -> dict[str, str]:
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row.data))
    return {name: _edm_type(name, (row.data.get(name) for row in rows)) for name in names}


def _tables(data: WorkshopData) -> dict[str, list[Row]]:
    return {
        "serviceOrders": list(data.orders.values()),
        "serviceLines": [line for lines in data.lines.values() for line in lines],
        "vehicles": list(data.vehicles.values()),
        "customers": list(data.customers.values()),
    }


def _entity_type(section: str, rows: list[Row], names: TenantNames) -> list[str]:
    lines = [
        f"<EntityType Name={quoteattr(ENTITY_TYPES[section])}>",
        f"<Key><PropertyRef Name={quoteattr(names.out(section, 'id'))}/></Key>",
    ]
    for name, edm in _properties(rows).items():
        if not names.out(section, name):
            continue  # a field this tenant does not have
        nullable = ' Nullable="false"' if name == "id" else ""
        lines.append(
            f"<Property Name={quoteattr(names.out(section, name))} Type={quoteattr(edm)}"
            f"{nullable}/>"
        )
    for navigation, target in NAVIGATION_TARGETS.get(section, {}).items():
        qualified = f"{NAMESPACE}.{ENTITY_TYPES[target]}"
        kind = qualified if navigation in SINGLE_NAVIGATIONS else f"Collection({qualified})"
        contained = ' ContainsTarget="true"' if navigation == "serviceLines" else ""
        lines.append(
            f"<NavigationProperty Name={quoteattr(names.out(section, navigation))} "
            f"Type={quoteattr(kind)}{contained}/>"
        )
    lines.append("</EntityType>")
    return lines


def _entity_set(section: str, names: TenantNames, sets: Mapping[str, str]) -> list[str]:
    qualified = f"{NAMESPACE}.{ENTITY_TYPES[section]}"
    lines = [f"<EntitySet Name={quoteattr(sets[section])} EntityType={quoteattr(qualified)}>"]
    for navigation, target in NAVIGATION_TARGETS.get(section, {}).items():
        if target in sets:
            lines.append(
                f"<NavigationPropertyBinding Path={quoteattr(names.out(section, navigation))} "
                f"Target={quoteattr(sets[target])}/>"
            )
    lines.append("</EntitySet>")
    return lines


def edmx(data: WorkshopData, names: TenantNames) -> bytes:
    """The service metadata document of the sandbox's API route."""
    tables = _tables(data)
    sets = {s: names.out("entitySets", s) for s in ("serviceOrders", "vehicles", "customers")}
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
        "<edmx:DataServices>",
        f'<Schema Namespace="{NAMESPACE}" xmlns="http://docs.oasis-open.org/odata/ns/edm">',
        '<EntityType Name="company"><Key><PropertyRef Name="id"/></Key>'
        '<Property Name="id" Type="Edm.Guid" Nullable="false"/>'
        '<Property Name="name" Type="Edm.String"/>'
        '<Property Name="displayName" Type="Edm.String"/></EntityType>',
    ]
    for section, rows in tables.items():
        lines += _entity_type(section, rows, names)
    lines.append('<EntityContainer Name="NAV">')
    lines.append(f'<EntitySet Name="companies" EntityType="{NAMESPACE}.company"/>')
    for section in sets:
        lines += _entity_set(section, names, sets)
    lines += ["</EntityContainer>", "</Schema>", "</edmx:DataServices>", "</edmx:Edmx>"]
    return "\n".join(lines).encode()
