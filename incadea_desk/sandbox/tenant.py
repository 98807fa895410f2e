"""The sandbox DMS under a tenant's names (``sandbox serve --mapping FILE``).

The sandbox keeps its tables in the default contract's names; a tenant mapping
(the TOML file ``incadea-desk contract template`` prints) renames entity sets,
fields, navigations and line types on the wire, so a test can run the client
against a tenant that spells everything its own way. This reader is the
sandbox's own: the sandbox shares no code with the adapter it checks.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SECTIONS = ("entitySets", "serviceOrders", "serviceLines", "vehicles", "customers", "lineTypes")
# A field a tenant may lack ("" in the mapping): the sandbox then does not serve it.
OPTIONAL = frozenset({("serviceOrders", "systemModifiedAt")})
# Where each navigation leads, by entity section.
NAVIGATION_TARGETS: dict[str, dict[str, str]] = {
    "serviceOrders": {
        "serviceLines": "serviceLines",
        "vehicle": "vehicles",
        "contractor": "customers",
    },
    "vehicles": {"driver": "customers", "owner": "customers"},
}


class TenantFileError(ValueError):
    """The mapping file cannot be used by the sandbox; the message names the key."""


@dataclass(frozen=True)
class TenantNames:
    """Default name -> tenant name per section; absent means unchanged."""

    names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @classmethod
    def from_file(cls, path: Path) -> TenantNames:
        try:
            document = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise TenantFileError(f"the mapping file {path} cannot be read ({error})") from None
        names: dict[str, dict[str, str]] = {}
        for section, table in document.items():
            if section not in SECTIONS or not isinstance(table, dict):
                raise TenantFileError(f"the mapping file {path} has an unknown section [{section}]")
            for key, value in table.items():
                absent = value == "" and (section, key) in OPTIONAL
                if not isinstance(value, str) or not (value or absent):
                    raise TenantFileError(
                        f"the mapping file {path}: [{section}] {key} is not a name"
                    )
            names[section] = dict(table)
        return cls(names)

    def renames(self, section: str) -> bool:
        """Whether any name of ``section`` differs from the default."""
        return any(tenant != default for default, tenant in self.names.get(section, {}).items())

    def out(self, section: str, name: str) -> str:
        """The tenant's name for a default name."""
        return self.names.get(section, {}).get(name, name)

    def back(self, section: str, wire: str) -> str | None:
        """The default name for a tenant's name, or None if the tenant has no such name."""
        renamed = self.names.get(section, {})
        for default, tenant in renamed.items():
            if tenant == wire:
                return default
        if wire in renamed and renamed[wire] != wire:
            return None
        return wire

    def rename_fields(self, section: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """A rendered entity (default names) in the tenant's names, nested ones too."""
        targets = NAVIGATION_TARGETS.get(section, {})
        result: dict[str, Any] = {}
        for key, value in body.items():
            target = targets.get(key)
            if target is not None and isinstance(value, list):
                value = [self.rename_fields(target, item) for item in value]
            elif target is not None and isinstance(value, dict):
                value = self.rename_fields(target, value)
            elif section == "serviceLines" and key == "lineType" and isinstance(value, str):
                value = self.out("lineTypes", value)
            name = key if key.startswith("@") else self.out(section, key)
            if name:
                result[name] = value
        return result
