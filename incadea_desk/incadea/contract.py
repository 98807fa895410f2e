"""Holding the tenant mapping against the tenant's ``$metadata`` (EDMX, OData CSDL XML).

Every entity set, navigation and field the client reads or writes must be
declared by the tenant's API route. Each one that is missing becomes one line
in words a dealer's IT understands: what is missing, and what incadea-desk
then cannot do.

The document is parsed with the standard library's ElementTree: it resolves
no external entities, and the bundled expat (2.4 and later) refuses entity
expansion attacks, so a hostile answer cannot make the check read files or
exhaust memory.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from incadea_desk.errors import BadResponse
from incadea_desk.incadea.tenant import ENTITY_SETS, FIELDS, LINE_TYPES, NAVIGATIONS, TenantMapping

EDMX = "{http://docs.oasis-open.org/odata/ns/edmx}"
EDM = "{http://docs.oasis-open.org/odata/ns/edm}"

_SECTION_LOSS = {
    "serviceOrders": "that part of the workorder cannot be imported",
    "serviceLines": "that part of the workorder's lines cannot be imported",
    "vehicles": "that part of the car cannot be imported",
    "customers": "that part of the driver, owner and contractor cannot be imported",
}
_LOSS = {
    ("entitySets", "serviceOrders"): "no workorder can be found, imported or corrected",
    ("entitySets", "vehicles"): "the car cannot be read when the DMS does not expand it",
    ("entitySets", "customers"): "a driver, owner or contractor cannot be read when the DMS "
    "does not expand them",
    ("serviceOrders", "id"): "workorders cannot be read or corrected",
    ("serviceOrders", "documentNo"): "workorders cannot be found by DMS number",
    ("serviceOrders", "orderNo"): "workorders cannot be found by WO number",
    ("serviceOrders", "registrationNo"): "workorders cannot be found by registration number",
    ("serviceOrders", "mileageKm"): "the mileage cannot be read or written",
    ("serviceOrders", "mileageDate"): "the date of the last mileage reading cannot be read",
    ("serviceOrders", "lastModifiedDateTime"): "keep importing cannot find changed workorders",
    ("serviceOrders", "appointmentDateTime"): "workorders cannot be imported or sorted by "
    "appointment",
    ("serviceOrders", "serviceLines"): "workorders would be imported without their lines",
    ("serviceOrders", "vehicle"): "workorders would be imported without their car",
    ("serviceOrders", "contractor"): "workorders would be imported without their contractor",
    ("vehicles", "driver"): "workorders would be imported without the driver",
    ("vehicles", "owner"): "workorders would be imported without the owner",
    ("serviceLines", "lineType"): "the lines' kinds (labor, part, menu, note) cannot be read",
}


@dataclass(frozen=True)
class Problem:
    """One thing the tenant lacks: where, which name, and the sentence for the report."""

    section: str
    name: str
    tenant_name: str
    sentence: str


@dataclass(frozen=True)
class ContractReport:
    problems: list[Problem]
    checked: int

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Type:
    properties: dict[str, str]
    navigations: dict[str, str]
    base: str | None


class _Model:
    """Entity types, enum types and entity sets of an EDMX document, by qualified name."""

    def __init__(self, root: ET.Element) -> None:
        self.types: dict[str, _Type] = {}
        self.enums: dict[str, set[str]] = {}
        self.sets: dict[str, str] = {}
        for schema in root.iter(f"{EDM}Schema"):
            prefixes = [p for p in (schema.get("Namespace"), schema.get("Alias")) if p]
            for entity in schema.findall(f"{EDM}EntityType"):
                found = _Type(
                    {
                        p.get("Name", ""): p.get("Type", "")
                        for p in entity.findall(f"{EDM}Property")
                    },
                    {
                        n.get("Name", ""): n.get("Type", "")
                        for n in entity.findall(f"{EDM}NavigationProperty")
                    },
                    entity.get("BaseType"),
                )
                for prefix in prefixes:
                    self.types[f"{prefix}.{entity.get('Name')}"] = found
            for enum in schema.findall(f"{EDM}EnumType"):
                members = {m.get("Name", "") for m in enum.findall(f"{EDM}Member")}
                for prefix in prefixes:
                    self.enums[f"{prefix}.{enum.get('Name')}"] = members
            for container in schema.findall(f"{EDM}EntityContainer"):
                for entity_set in container.findall(f"{EDM}EntitySet"):
                    self.sets[entity_set.get("Name", "")] = entity_set.get("EntityType", "")

    def entity_type(self, qualified: str | None) -> _Type | None:
        """The type with the members of its base types folded in."""
        found = self.types.get(_element_type(qualified or ""))
        if found is None:
            return None
        seen = {id(found)}
        merged = _Type(dict(found.properties), dict(found.navigations), found.base)
        base = self.types.get(_element_type(found.base or ""))
        while base is not None and id(base) not in seen:
            seen.add(id(base))
            merged.properties = base.properties | merged.properties
            merged.navigations = base.navigations | merged.navigations
            base = self.types.get(_element_type(base.base or ""))
        return merged


def _element_type(text: str) -> str:
    """``Collection(NS.x)`` -> ``NS.x``."""
    return text[len("Collection(") : -1] if text.startswith("Collection(") else text


def parse_edmx(content: bytes) -> _Model:
    try:
        root = ET.fromstring(content)
    except ET.ParseError:
        raise BadResponse(
            "The DMS's $metadata is not a readable XML document.", "dms", code="metadata"
        ) from None
    if root.tag != f"{EDMX}Edmx":
        raise BadResponse("The DMS's $metadata is not an EDMX document.", "dms", code="metadata")
    return _Model(root)


def _first_up(text: str) -> str:
    return text[:1].upper() + text[1:]


def _loss(section: str, name: str) -> str:
    return _LOSS.get((section, name), _SECTION_LOSS.get(section, "it cannot be used"))


def check_metadata(content: bytes, mapping: TenantMapping, api_route: str) -> ContractReport:
    """Every entity set, navigation and field ``mapping`` needs, held against ``content``."""
    model = parse_edmx(content)
    problems: list[Problem] = []
    checked = 0
    types: dict[str, _Type | None] = {}
    set_names: dict[str, str] = {}
    for name in ENTITY_SETS:
        tenant = mapping.entity_set(name)
        set_names[name] = tenant
        checked += 1
        if tenant not in model.sets:
            problems.append(
                Problem(
                    "entitySets",
                    name,
                    tenant,
                    f"API route {api_route} has no entity set {tenant}; "
                    f"{_loss('entitySets', name)}.",
                )
            )
            types[name] = None
            continue
        types[name] = model.entity_type(model.sets[tenant])
    orders = types["serviceOrders"]
    lines_nav = (
        orders.navigations.get(mapping.field("serviceOrders", "serviceLines")) if orders else None
    )
    types["serviceLines"] = model.entity_type(lines_nav) if lines_nav else None
    where = {
        "serviceOrders": f"entity set {set_names['serviceOrders']}",
        "vehicles": f"entity set {set_names['vehicles']}",
        "customers": f"entity set {set_names['customers']}",
        "serviceLines": f"the lines of entity set {set_names['serviceOrders']}",
    }
    for section, fields in FIELDS.items():
        entity = types[section]
        if entity is None:
            continue
        for name in fields:
            checked += 1
            tenant = mapping.field(section, name)
            if tenant not in entity.properties:
                problems.append(
                    Problem(
                        section,
                        name,
                        tenant,
                        f"{_first_up(where[section])} has no field {tenant}; "
                        f"{_loss(section, name)}.",
                    )
                )
        for name in NAVIGATIONS[section]:
            checked += 1
            tenant = mapping.field(section, name)
            if tenant not in entity.navigations:
                problems.append(
                    Problem(
                        section,
                        name,
                        tenant,
                        f"{_first_up(where[section])} has no navigation {tenant}; "
                        f"{_loss(section, name)}.",
                    )
                )
    problems += _line_type_problems(model, types["serviceLines"], mapping)
    return ContractReport(problems, checked)


def _line_type_problems(
    model: _Model, lines: _Type | None, mapping: TenantMapping
) -> list[Problem]:
    """Where the line kind is an enum, its members must include the mapped kinds."""
    if lines is None:
        return []
    members = model.enums.get(lines.properties.get(mapping.field("serviceLines", "lineType"), ""))
    if members is None:
        return []
    return [
        Problem(
            "lineTypes",
            kind,
            mapping.line_type(kind),
            f"The line kind {mapping.line_type(kind)} is not a value of the lines' "
            f"{mapping.field('serviceLines', 'lineType')}; such lines cannot be imported.",
        )
        for kind in LINE_TYPES
        if mapping.line_type(kind) not in members
    ]
