"""The tenant mapping: the names one DMS tenant uses for our entity sets, fields,
navigations and line types.

The built-in default is the contract in ``docs/wire-contracts.md``. A dealer's
IT can rename any of those names in a TOML file without a new release: the
keys are the names of the default contract, the values the tenant's. The
adapter applies the mapping on what goes out (paths, ``$filter``,
``$expand``, ``$orderby``, PATCH bodies) and on what comes in, and nothing
outside ``incadea_desk.incadea`` ever sees a tenant's names.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from incadea_desk.incadea.classic_mapping import ODATAV4_MAY_BE_EMPTY, ODATAV4_NAMES
from incadea_desk.incadea.wire import WireCustomer, WireServiceLine, WireServiceOrder, WireVehicle

ENTITY_SETS = ("serviceOrders", "vehicles", "customers")
LINE_TYPES = ("Labor", "Item", "Menu", "Comment")

# Entity type sections: their navigations and the section each navigation leads to.
NAVIGATIONS: dict[str, dict[str, str]] = {
    "serviceOrders": {
        "serviceLines": "serviceLines",
        "vehicle": "vehicles",
        "contractor": "customers",
    },
    "serviceLines": {},
    "vehicles": {"driver": "customers", "owner": "customers"},
    "customers": {},
}
_MODELS: dict[str, type[BaseModel]] = {
    "serviceOrders": WireServiceOrder,
    "serviceLines": WireServiceLine,
    "vehicles": WireVehicle,
    "customers": WireCustomer,
}
ETAG = "@odata.etag"
# Fields a tenant may lack: the mapping names them "" and the client does without.
# Business Central keeps systemModifiedAt on every table, but a custom API page may
# not publish it.
OPTIONAL_FIELDS = frozenset({("serviceOrders", "systemModifiedAt")})


def _fields(section: str) -> tuple[str, ...]:
    model = _MODELS[section]
    navigations = NAVIGATIONS[section]
    names = []
    for name, info in model.model_fields.items():
        if info.alias == ETAG or name in navigations:
            continue
        names.append(name)
    return tuple(names)


FIELDS: dict[str, tuple[str, ...]] = {section: _fields(section) for section in NAVIGATIONS}
SECTIONS = ("entitySets", *NAVIGATIONS, "lineTypes")

# An OData simple identifier (CSDL): a letter or underscore, then letters, digits, underscores.
_IDENTIFIER = re.compile(r"[^\W\d]\w{0,127}")


class MappingError(ValueError):
    """The mapping file cannot be used; the message is one sentence naming the key."""


@dataclass(frozen=True)
class TenantMapping:
    """Default contract name -> tenant name, per section. Missing keys keep the default."""

    names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def entity_set(self, name: str) -> str:
        return self._name("entitySets", name)

    def field(self, section: str, name: str) -> str:
        """The tenant's name of a field or navigation of ``section``'s entity type."""
        return self._name(section, name)

    def has_field(self, section: str, name: str) -> bool:
        """False when the tenant has no such field (an optional one mapped to "")."""
        return self._name(section, name) != ""

    def line_type(self, name: str) -> str:
        return self._name("lineTypes", name)

    def _name(self, section: str, name: str) -> str:
        return self.names.get(section, {}).get(name, name)

    @property
    def is_default(self) -> bool:
        return all(
            tenant == default for names in self.names.values() for default, tenant in names.items()
        )

    def inverse(self, section: str) -> dict[str, str]:
        """Tenant name -> default name for the renamed names of ``section``."""
        return {
            tenant: default
            for default, tenant in self.names.get(section, {}).items()
            if tenant != default
        }

    def incoming(self, section: str, record: Any) -> Any:
        """A record of ``section`` as the tenant sent it, with the default contract's names
        (navigations and line types included). A tenant field that happens to carry the
        default name of a renamed field is dropped, so it cannot be taken for that field."""
        if not isinstance(record, dict):
            return record
        inverse = self.inverse(section)
        renamed_away = {d for d, t in self.names.get(section, {}).items() if t != d}
        navigations = NAVIGATIONS.get(section, {})
        result: dict[str, Any] = {}
        for key, value in record.items():
            name = inverse.get(key)
            if name is None:
                if key in renamed_away:
                    continue
                name = key
            target = navigations.get(name)
            if target is not None:
                value = (
                    [self.incoming(target, item) for item in value]
                    if isinstance(value, list)
                    else self.incoming(target, value)
                )
            elif section == "serviceLines" and name == "lineType":
                value = (
                    self.inverse("lineTypes").get(value, value) if isinstance(value, str) else value
                )
            result[name] = value
        return result


DEFAULT_MAPPING = TenantMapping()
ODATAV4_MAPPING = TenantMapping(ODATAV4_NAMES)
DEFAULTS = {"api": DEFAULT_MAPPING, "odatav4": ODATAV4_MAPPING}


def _may_be_empty(section: str, key: str, api_kind: str) -> bool:
    return (section, key) in OPTIONAL_FIELDS or (
        api_kind == "odatav4" and (section, key) in ODATAV4_MAY_BE_EMPTY
    )


def _check_section(path: Path, section: str, table: Any, api_kind: str) -> dict[str, str]:
    if not isinstance(table, dict):
        raise MappingError(f"The mapping file {path}: [{section}] must be a table of names.")
    allowed = _allowed(section)
    names: dict[str, str] = {}
    for key, value in table.items():
        if key not in allowed:
            raise MappingError(
                f"The mapping file {path}: [{section}] has no key '{key}' "
                f"(see 'incadea-desk contract template' for the keys)."
            )
        absent = value == "" and _may_be_empty(section, key, api_kind)
        if not isinstance(value, str) or not (absent or _valid_value(section, value)):
            raise MappingError(
                f'The mapping file {path}: [{section}] {key} must be a quoted name such as "{key}".'
            )
        names[key] = value
    seen: dict[str, str] = {}
    defaults = DEFAULTS[api_kind].names.get(section, {})
    for key in allowed:
        tenant = names.get(key, defaults.get(key, key))
        if tenant == "":
            continue
        if tenant in seen:
            raise MappingError(
                f"The mapping file {path}: [{section}] {key} and {seen[tenant]} both map to "
                f'"{tenant}".'
            )
        seen[tenant] = key
    return names


def _allowed(section: str) -> tuple[str, ...]:
    if section == "entitySets":
        return ENTITY_SETS
    if section == "lineTypes":
        return LINE_TYPES
    return FIELDS[section] + tuple(NAVIGATIONS[section])


def _valid_value(section: str, value: str) -> bool:
    if section == "lineTypes":
        return bool(value.strip()) and value == value.strip() and len(value) <= 100
    return _IDENTIFIER.fullmatch(value) is not None


def parse_mapping(text: str, path: Path, api_kind: str = "api") -> TenantMapping:
    """The mapping in ``text`` (TOML), checked key by key; a key left out keeps the
    default of its API kind."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise MappingError(f"The mapping file {path} is not valid TOML ({error}).") from None
    names: dict[str, dict[str, str]] = {}
    for section, table in document.items():
        if section not in SECTIONS:
            raise MappingError(
                f"The mapping file {path} has no section [{section}] "
                f"(the sections are {', '.join(SECTIONS)})."
            )
        names[section] = _check_section(path, section, table, api_kind)
    defaults = DEFAULTS[api_kind].names
    return TenantMapping(
        {
            section: {**defaults.get(section, {}), **names.get(section, {})}
            for section in {*defaults, *names}
        }
    )


def load_mapping(path: Path | None, api_kind: str = "api") -> TenantMapping:
    """The mapping file at ``path``, or the default contract of the API kind when there
    is none."""
    if path is None:
        return DEFAULTS[api_kind]
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "unreadable"
        raise MappingError(f"The mapping file {path} cannot be read ({reason}).") from None
    return parse_mapping(text, path, api_kind)


_SECTION_NOTES = {
    "entitySets": "Entity sets below companies({id})/.",
    "serviceOrders": "Fields and navigations of a service order "
    '(systemModifiedAt = "" for a tenant without it).',
    "serviceLines": "Fields of a service line (read through the service order's navigation).",
    "vehicles": "Fields and navigations of a vehicle.",
    "customers": "Fields of a customer.",
    "lineTypes": "Values of the service line's lineType field.",
}


_ODATAV4_NOTES = {
    "entitySets": "Pages published as web services (ODataV4/Company('...')/{page}).",
    "serviceOrders": 'Fields of the workorder page; "" where the page has none (id: the key '
    "comes from $metadata; vehicle, contractor: read by the number in vehicleId and "
    "contractorCustomerId); serviceLines names the lines subpage.",
    "serviceLines": "Fields of the lines subpage.",
    "vehicles": 'Fields of the vehicle page (driver, owner = "": read by the numbers in '
    "driverCustomerId and ownerCustomerId).",
    "customers": "Fields of the customer page.",
    "lineTypes": "Option values of the line's type field, as $metadata declares them.",
}


def mapping_template(api_kind: str = "api") -> str:
    """The default mapping of an API kind as TOML: every tenant-specific name a quoted
    string value."""
    lines = [
        "# incadea-desk tenant mapping.",
        "# Keys are the names of the default contract (docs/wire-contracts.md); change only the",
        "# values, to the names your Business Central / Incadea tenant uses. A key left out keeps",
        "# its default. Check the result with: incadea-desk contract check",
    ]
    defaults = DEFAULTS[api_kind].names
    notes = _ODATAV4_NOTES if api_kind == "odatav4" else _SECTION_NOTES
    for section in SECTIONS:
        lines += ["", f"# {notes[section]}", f"[{section}]"]
        names = defaults.get(section, {})
        lines += [f'{key} = "{names.get(key, key)}"' for key in _allowed(section)]
    return "\n".join(lines) + "\n"
