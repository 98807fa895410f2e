"""The sites of a dealer group, declared in one file (``sync.sites``, a TOML file).

A dealer group has several Claire locations. In the DMS each is a company, or a
branch inside one company (a branch or location code on the service order). One site
importer serves them all; each site has its own watermark, quarantine, slice plan and
subscription. A site::

    [[site]]
    name = "amsterdam"                     # letters, digits, - and _: metrics, logs, store
    company = "5b2b6f0a-..."               # the company id (api), or its name (odatav4)
    location = "loc_ams"                   # the Claire location id
    branch = { field = "locationCode", value = "AMS" }   # optional

``branch.field`` is spelled as the tenant's ``$metadata`` spells it (the way the values
of the tenant mapping name fields); only service orders whose field equals the value
belong to the site.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
# An OData simple identifier (CSDL), as the tenant mapping checks its values.
_FIELD = re.compile(r"[^\W\d]\w{0,127}")
_KEYS = frozenset({"name", "company", "location", "branch"})
MAX_SITES = 100


class SitesError(ValueError):
    """The sites file cannot be used; the message is one sentence naming the key."""


@dataclass(frozen=True)
class BranchFilter:
    field: str
    value: str


@dataclass(frozen=True)
class Site:
    name: str
    company: str
    location_id: str
    branch: BranchFilter | None = None

    @property
    def described(self) -> str:
        """The site as a log line or a check names it (no personal data)."""
        branch = f", {self.branch.field} = {self.branch.value}" if self.branch else ""
        return f"site {self.name} (company {self.company}{branch}, location {self.location_id})"


def load_sites(path: Path) -> list[Site]:
    """The sites declared in the file at ``path``; ``SitesError`` (one sentence) if it
    cannot be used."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "unreadable"
        raise SitesError(f"The sites file {path} cannot be read ({reason}).") from None
    return parse_sites(text, path)


def parse_sites(text: str, path: Path) -> list[Site]:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SitesError(f"The sites file {path} is not valid TOML ({error}).") from None
    extra = sorted(set(document) - {"site"})
    if extra:
        raise SitesError(
            f"The sites file {path} has no key '{extra[0]}' (each site is a [[site]] table)."
        )
    tables = document.get("site", [])
    if not isinstance(tables, list) or not tables:
        raise SitesError(f"The sites file {path} declares no [[site]].")
    if len(tables) > MAX_SITES:
        raise SitesError(f"The sites file {path} declares more than {MAX_SITES} sites.")
    sites = [_site(path, number, table) for number, table in enumerate(tables, start=1)]
    _unique(path, sites)
    return sites


def _site(path: Path, number: int, table: Any) -> Site:
    where = f"The sites file {path}: site {number}"
    if not isinstance(table, dict):
        raise SitesError(f"{where} must be a table.")
    for key in table:
        if key not in _KEYS:
            raise SitesError(f"{where} has no key '{key}' (name, company, location, branch).")
    name = _text(where, table, "name")
    if not _NAME.fullmatch(name):
        raise SitesError(
            f"{where}: name must be letters, digits, '-' or '_' (at most 40), not '{name}'."
        )
    where = f"The sites file {path}: site {name}"
    company, location = _text(where, table, "company"), _text(where, table, "location")
    branch = table.get("branch")
    if branch is None:
        return Site(name, company, location)
    if not isinstance(branch, dict) or set(branch) != {"field", "value"}:
        raise SitesError(f'{where}: branch must be {{ field = "...", value = "..." }}.')
    field, value = _text(where, branch, "field", "branch.field"), branch["value"]
    if not _FIELD.fullmatch(field):
        raise SitesError(f"{where}: branch.field must be a field name, not '{field}'.")
    if not isinstance(value, str) or not value.strip():
        raise SitesError(f"{where}: branch.value must be a quoted value.")
    return Site(name, company, location, BranchFilter(field, value))


def _text(where: str, table: dict[str, Any], key: str, shown: str | None = None) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise SitesError(f"{where}: {shown or key} must be a quoted, non-empty value.")
    return value.strip()


def _unique(path: Path, sites: list[Site]) -> None:
    names: set[str] = set()
    parts: dict[tuple[str, BranchFilter | None], str] = {}
    for site in sites:
        if site.name in names:
            raise SitesError(f"The sites file {path} names two sites '{site.name}'.")
        names.add(site.name)
        part = (site.company, site.branch)
        if part in parts:
            raise SitesError(
                f"The sites file {path}: sites {parts[part]} and {site.name} read the same "
                "service orders (the same company and branch)."
            )
        parts[part] = site.name
