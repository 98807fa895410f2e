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

import difflib
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field

from incadea_desk.contract_sentences import contract_sentence
from incadea_desk.errors import BadResponse
from incadea_desk.incadea.tenant import ENTITY_SETS, FIELDS, LINE_TYPES, NAVIGATIONS, TenantMapping

EDMX = "{http://docs.oasis-open.org/odata/ns/edmx}"
EDM = "{http://docs.oasis-open.org/odata/ns/edm}"

# What incadea-desk cannot do without a name: codes of ``contract_sentences.CONTRACT_SENTENCES``.
_SECTION_LOSS = {
    "serviceOrders": "loss_order_part",
    "serviceLines": "loss_line_part",
    "vehicles": "loss_car_part",
    "customers": "loss_party_part",
}
_LOSS = {
    ("entitySets", "serviceOrders"): "loss_orders",
    ("entitySets", "vehicles"): "loss_car_not_expanded",
    ("entitySets", "customers"): "loss_parties_not_expanded",
    ("serviceOrders", "id"): "loss_order_identity",
    ("serviceOrders", "documentNo"): "loss_find_by_dms_number",
    ("serviceOrders", "orderNo"): "loss_find_by_wo_number",
    ("serviceOrders", "registrationNo"): "loss_find_by_plate",
    ("serviceOrders", "mileageKm"): "loss_mileage",
    ("serviceOrders", "mileageDate"): "loss_mileage_date",
    ("serviceOrders", "lastModifiedDateTime"): "loss_changes",
    ("serviceOrders", "systemModifiedAt"): "loss_system_stamp",
    ("vehicles", "lastModifiedDateTime"): "loss_related_changes",
    ("customers", "lastModifiedDateTime"): "loss_related_changes",
    ("serviceOrders", "appointmentDateTime"): "loss_appointment",
    ("serviceOrders", "serviceLines"): "loss_lines",
    ("serviceOrders", "vehicle"): "loss_car",
    ("serviceOrders", "contractor"): "loss_contractor",
    ("vehicles", "driver"): "loss_driver",
    ("vehicles", "owner"): "loss_owner",
    ("serviceLines", "lineType"): "loss_line_kinds",
}


@dataclass(frozen=True)
class Problem:
    """One thing the tenant lacks: where, which name, and what to say about it: the
    code of a ``contract_sentences.CONTRACT_SENTENCES`` line and its arguments (the tenant's
    names, and the code of the consequence as ``loss``)."""

    section: str
    name: str
    tenant_name: str
    code: str
    arguments: dict[str, str] = field(default_factory=dict)

    @property
    def sentence(self) -> str:
        """The line in English, as the command line prints it."""
        return contract_sentence(self.code, self.arguments)


@dataclass(frozen=True)
class ContractReport:
    problems: list[Problem]
    checked: int
    notes: list[Problem] = field(default_factory=list)
    """What the tenant lacks by the mapping's own choice (no changed-since field): said,
    but not a mismatch."""

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


def nearest(name: str, candidates: Iterable[str]) -> str:
    """The name in ``candidates`` most like ``name`` (difflib), or "" when none is close."""
    # Close enough to be a typo ("Chasisnr" for "Chassisnr"), not any short name ("id").
    found = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.8)
    return found[0] if found else ""


def hint(name: str, candidates: Iterable[str]) -> dict[str, str]:
    """``{"nearest": ...}`` for a problem's arguments, when ``$metadata`` has a close name."""
    found = nearest(name, candidates)
    return {"nearest": found} if found else {}


def loss_of(section: str, name: str) -> str:
    return _loss(section, name)


def _loss(section: str, name: str) -> str:
    return _LOSS.get((section, name), _SECTION_LOSS.get(section, "loss_unusable"))


def branch_problems(orders: _Type | None, set_name: str, branch_field: str | None) -> list[Problem]:
    """A site's branch filter (``sites.toml``) names a field the service orders must have."""
    if orders is None or not branch_field or branch_field in orders.properties:
        return []
    arguments = {
        "set": set_name,
        "field": branch_field,
        "loss": "loss_branch",
        **hint(branch_field, orders.properties),
    }
    return [Problem("serviceOrders", "branch", branch_field, "no_field", arguments)]


def check_metadata(
    content: bytes, mapping: TenantMapping, api_route: str, branch_field: str | None = None
) -> ContractReport:
    """Every entity set, navigation and field ``mapping`` needs (and a site's branch
    field), held against ``content``."""
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
            arguments = {
                "route": api_route,
                "set": tenant,
                "loss": _loss("entitySets", name),
                **hint(tenant, model.sets),
            }
            problems.append(Problem("entitySets", name, tenant, "no_entity_set", arguments))
            types[name] = None
            continue
        types[name] = model.entity_type(model.sets[tenant])
    orders = types["serviceOrders"]
    lines_nav = (
        orders.navigations.get(mapping.field("serviceOrders", "serviceLines")) if orders else None
    )
    types["serviceLines"] = model.entity_type(lines_nav) if lines_nav else None
    # The lines are reached through the service orders' entity set.
    owner = {**set_names, "serviceLines": set_names["serviceOrders"]}
    for section, fields in FIELDS.items():
        entity = types[section]
        if entity is None:
            continue
        lines = section == "serviceLines"
        for name in fields:
            if not mapping.has_field(section, name):
                continue
            checked += 1
            tenant = mapping.field(section, name)
            if tenant not in entity.properties:
                arguments = {
                    "set": owner[section],
                    "field": tenant,
                    "loss": _loss(section, name),
                    **hint(tenant, entity.properties),
                }
                code = "no_line_field" if lines else "no_field"
                problems.append(Problem(section, name, tenant, code, arguments))
        for name in NAVIGATIONS[section]:
            if not mapping.has_field(section, name):
                continue  # no navigation: read by the key in the matching id field
            checked += 1
            tenant = mapping.field(section, name)
            if tenant not in entity.navigations:
                arguments = {
                    "set": owner[section],
                    "field": tenant,
                    "loss": _loss(section, name),
                    **hint(tenant, entity.navigations),
                }
                code = "no_line_navigation" if lines else "no_navigation"
                problems.append(Problem(section, name, tenant, code, arguments))
    problems += line_type_problems(model, types["serviceLines"], mapping)
    problems += branch_problems(orders, set_names["serviceOrders"], branch_field)
    return ContractReport(problems, checked + bool(branch_field))


def line_type_problems(model: _Model, lines: _Type | None, mapping: TenantMapping) -> list[Problem]:
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
            "no_line_kind",
            {"kind": mapping.line_type(kind), "field": mapping.field("serviceLines", "lineType")},
        )
        for kind in LINE_TYPES
        if mapping.line_type(kind) not in members
    ]
