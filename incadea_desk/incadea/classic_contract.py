"""Holding an ``odatav4`` mapping against ``{instance}/ODataV4/$metadata``.

Every page, field and the lines subpage the mapping names must be published;
the workorder page's key must hold the field the mapping names ``documentNo`` (the
DMS number), the vehicle and customer pages must have a one-part key (they are read
by number); the line kinds must be members of the lines' enum. Each miss is one line
naming the page and the name, with the nearest name ``$metadata`` has. A mapping
without a changed-since field is said in one line, and is no mismatch. The company's
name must be one the server instance lists (``{instance}/ODataV4/Company``); it is
case-sensitive (``dev-itpro/webservices/publish-web-service.md``).
"""

from __future__ import annotations

from incadea_desk.incadea.classic_keys import ServiceShape, read_shape
from incadea_desk.incadea.contract import (
    ContractReport,
    Problem,
    branch_problems,
    hint,
    line_type_problems,
    loss_of,
    parse_edmx,
)
from incadea_desk.incadea.tenant import ENTITY_SETS, FIELDS, NAVIGATIONS, TenantMapping

MAX_COMPANIES_SAID = 10


def company_problem(wanted: str, companies: list[str]) -> Problem:
    """The configured company is not one of ``companies``: say which there are."""
    said = ", ".join(f"'{name}'" for name in companies[:MAX_COMPANIES_SAID])
    if len(companies) > MAX_COMPANIES_SAID:
        said += ", …"
    arguments = {"company": wanted, "companies": said or "—"}
    return Problem("company", "company_name", wanted, "no_company", arguments)


def check_page_metadata(
    content: bytes, mapping: TenantMapping, branch_field: str | None = None
) -> ContractReport:
    model = parse_edmx(content)
    shape = read_shape(content)
    problems: list[Problem] = []
    notes: list[Problem] = []
    checked = 0
    pages = {name: mapping.entity_set(name) for name in ENTITY_SETS}
    types = {}
    for name, page in pages.items():
        checked += 1
        if page not in model.sets:
            arguments = {"set": page, "loss": loss_of("entitySets", name), **hint(page, model.sets)}
            problems.append(Problem("entitySets", name, page, "no_page", arguments))
            continue
        types[name] = model.entity_type(model.sets[page])
    orders = types.get("serviceOrders")
    subpage = mapping.field("serviceOrders", "serviceLines")
    if orders is not None and subpage in orders.navigations:
        types["serviceLines"] = model.entity_type(orders.navigations[subpage])
    owner = {**pages, "serviceLines": pages["serviceOrders"]}
    for section, fields in FIELDS.items():
        entity = types.get(section)
        if entity is None:
            continue
        code = "no_line_field" if section == "serviceLines" else "no_field"
        for name in (*fields, *NAVIGATIONS[section]):
            if not mapping.has_field(section, name):
                continue
            checked += 1
            tenant = mapping.field(section, name)
            navigation = name in NAVIGATIONS[section]
            names = entity.navigations if navigation else entity.properties
            if tenant not in names:
                arguments = {
                    "set": owner[section],
                    "field": tenant,
                    "loss": loss_of(section, name),
                    **hint(tenant, names),
                }
                which = "no_navigation" if navigation else code
                problems.append(Problem(section, name, tenant, which, arguments))
    problems += _key_problems(shape, mapping, pages)
    problems += line_type_problems(model, types.get("serviceLines"), mapping)
    problems += branch_problems(orders, pages["serviceOrders"], branch_field)
    checked += bool(branch_field)
    if not mapping.has_field("serviceOrders", "lastModifiedDateTime"):
        arguments = {"set": pages["serviceOrders"]}
        notes.append(
            Problem("serviceOrders", "lastModifiedDateTime", "", "no_change_stamp", arguments)
        )
    return ContractReport(problems, checked, notes)


def _key_problems(
    shape: ServiceShape, mapping: TenantMapping, pages: dict[str, str]
) -> list[Problem]:
    problems: list[Problem] = []
    orders = shape.of_set(pages["serviceOrders"])
    number = mapping.field("serviceOrders", "documentNo")
    if orders is not None and number not in orders.key:
        arguments = {"set": pages["serviceOrders"], "key": ",".join(orders.key), "field": number}
        problems.append(Problem("serviceOrders", "documentNo", number, "no_key_part", arguments))
    for section in ("vehicles", "customers"):
        entity = shape.of_set(pages[section])
        if entity is not None and len(entity.key) != 1:
            arguments = {"set": pages[section], "key": ",".join(entity.key)}
            problems.append(Problem(section, "id", "", "no_single_key", arguments))
    return problems
