"""Entity keys of page web services, read from ``$metadata``.

A page's key is its table's primary key, declared by ``<Key><PropertyRef/></Key>`` on
the page's entity type and often composite (``Documentsoort``, ``Nr``); Microsoft
Learn, webservices/return-obtain-service-metadata-edmx-document. A key predicate names
every part and escapes every value (``Documentsoort='Order',Nr='SO-1'``,
webservices/use-containments-associations), so it is the entity id for reads by key,
PATCH and the etag of the same entity.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from incadea_desk.errors import BadResponse

# Integers are key literals as they are; everything else is a quoted string.
_NUMERIC = frozenset({"Edm.Int32", "Edm.Int64", "Edm.Int16", "Edm.Byte", "Edm.Decimal"})
# A stable namespace for the ids the client derives from keys (uuid5 of the predicate).
KEY_NAMESPACE = uuid.UUID("3b0c7d2e-5d7f-4d0a-9a59-2f1c3c6c1a20")


@dataclass(frozen=True)
class EntityShape:
    """One entity type as ``$metadata`` declares it."""

    name: str
    key: tuple[str, ...]
    properties: Mapping[str, str]
    """Property name -> its type (``Edm.String``, ``NAV.Soort`` for an enum)."""
    navigations: Mapping[str, str]
    """Navigation name -> the entity type it leads to (``Collection(...)`` unwrapped)."""


@dataclass(frozen=True)
class ServiceShape:
    """What ``$metadata`` says about the published pages."""

    entity_sets: Mapping[str, str]
    """Entity set (the web service's name) -> entity type name."""
    types: Mapping[str, EntityShape]
    enums: Mapping[str, tuple[str, ...]]
    """Enum type name -> its member names."""

    def of_set(self, entity_set: str) -> EntityShape | None:
        name = self.entity_sets.get(entity_set)
        return self.types.get(name) if name is not None else None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _unqualified(type_name: str) -> str:
    inner = type_name.removeprefix("Collection(").removesuffix(")")
    return inner.rsplit(".", 1)[-1]


def read_shape(edmx: bytes) -> ServiceShape:
    """The entity sets, keys, properties, navigations and enums of an EDMX document."""
    try:
        root = ET.fromstring(edmx)
    except ET.ParseError:
        raise BadResponse(
            "The DMS sent an answer we cannot read (field $metadata).", "dms", code="schema"
        ) from None
    sets: dict[str, str] = {}
    types: dict[str, EntityShape] = {}
    enums: dict[str, tuple[str, ...]] = {}
    for element in root.iter():
        kind = _local(element.tag)
        if kind == "EntitySet":
            sets[element.get("Name", "")] = _unqualified(element.get("EntityType", ""))
        elif kind == "EnumType":
            members = tuple(
                m.get("Name", "") for m in element if _local(m.tag) == "Member" and m.get("Name")
            )
            enums[element.get("Name", "")] = members
        elif kind == "EntityType":
            key: list[str] = []
            properties: dict[str, str] = {}
            navigations: dict[str, str] = {}
            for child in element:
                part = _local(child.tag)
                if part == "Key":
                    key += [
                        ref.get("Name", "") for ref in child if _local(ref.tag) == "PropertyRef"
                    ]
                elif part == "Property":
                    properties[child.get("Name", "")] = child.get("Type", "")
                elif part == "NavigationProperty":
                    navigations[child.get("Name", "")] = _unqualified(child.get("Type", ""))
            name = element.get("Name", "")
            types[name] = EntityShape(name, tuple(key), properties, navigations)
    return ServiceShape(sets, types, enums)


def key_literal(value: Any, edm: str) -> str:
    """One key value as OData writes it in a path: a string quoted with ``''`` for a
    quote, then percent-encoded (a space as ``%20``)."""
    if edm in _NUMERIC and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    text = "'" + str(value).replace("'", "''") + "'"
    return quote(text, safe="-._~!$&'*+,;=:@")


def key_predicate(shape: EntityShape, record: Mapping[str, Any]) -> str:
    """``Documentsoort='Order',Nr='SO-1'``: every part of the key named; ``BadResponse``
    when the record lacks one."""
    parts = []
    for name in shape.key:
        if name not in record or record[name] is None:
            raise BadResponse(
                f"The DMS sent an answer we cannot read (field {name}).",
                "dms",
                code="schema",
                arguments={"field": name, "problem": "missing"},
            )
        parts.append(f"{name}={key_literal(record[name], shape.properties.get(name, ''))}")
    return ",".join(parts)


_PART = re.compile(r"([A-Za-z_]\w*)=('(?:[^']|'')*'|[^,]+)")


def predicate_value(predicate: str, name: str) -> str | None:
    """The value of one named part of a key predicate this module built."""

    for part, literal in _PART.findall(predicate):
        if part == name:
            text = unquote(literal)
            return text[1:-1].replace("''", "'") if text.startswith("'") else text
    return None


def key_id(predicate: str) -> uuid.UUID:
    """A stable UUID for an entity known by its key predicate (the wire models hold ids)."""
    return uuid.uuid5(KEY_NAMESPACE, predicate)
