"""The ``INCADEA_DESK_*`` environment variables of the settings, derived from the settings model.

Every field of every section (nested sections too) has one: the dotted key in capitals
with ``INCADEA_DESK_`` in front (``sync.interval_seconds`` ->
``INCADEA_DESK_SYNC_INTERVAL_SECONDS``). A field added to the model has its variable,
its line in ``config show`` and its row in docs/cli.md without a change here.
``python -m incadea_desk.settings_env`` prints that row table for the docs.
"""

from __future__ import annotations

import difflib
import enum
import json
import types
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

PREFIX = "INCADEA_DESK_"

PROCESS_VARIABLES: dict[str, str] = {
    "INCADEA_DESK_CONFIG_DIR": "the folder of the settings file",
    "INCADEA_DESK_DATA_DIR": "the folder of the local store",
    "INCADEA_DESK_LOG_DIR": "the folder of the log file",
    "INCADEA_DESK_COMMIT": "the commit a frozen build names (read when it is built)",
}
"""Variables that are not settings and not secrets: where the process keeps its files."""

_COLLECTIONS = (list, tuple, set, frozenset, dict)


@dataclass(frozen=True)
class SettingVariable:
    """One setting and the environment variable that overrides it."""

    key: str
    variable: str
    field: FieldInfo

    def parsed(self, text: str) -> Any:
        """The variable's text as the model takes it: pydantic converts strings to bools,
        numbers, literals, enums and paths itself; lists and tables are written as JSON."""
        if get_origin(self.field.annotation) in _COLLECTIONS:
            try:
                return json.loads(text)
            except json.JSONDecodeError:
                raise ValueError("must be written as JSON, e.g. [1, 2]") from None
        return text

    def accepts(self, quote: str = "") -> str:
        """What a value looks like (``true, false``; ``whole number, at least 5``), with
        each literal value between ``quote``."""
        return _accepts(self.field, lambda value: f"{quote}{value}{quote}")


def _models(annotation: Any) -> list[type[BaseModel]]:
    """The section models behind a field (a union of sections gives each), or none."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    if get_origin(annotation) in (Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if members and all(isinstance(a, type) and issubclass(a, BaseModel) for a in members):
            return members
    return []


def setting_variables(model: type[BaseModel], prefix: str = "") -> dict[str, SettingVariable]:
    """Every leaf field of ``model`` by dotted key, in declaration order."""
    found: dict[str, SettingVariable] = {}
    for name, field in model.model_fields.items():
        key = f"{prefix}{name}"
        sections = _models(field.annotation)
        if not sections:
            variable = PREFIX + key.replace(".", "_").upper()
            found[key] = SettingVariable(key, variable, field)
        for section in sections:
            for sub_key, sub in setting_variables(section, f"{key}.").items():
                found.setdefault(sub_key, sub)
    return found


def environment_values(
    variables: Iterable[SettingVariable], environ: Mapping[str, str]
) -> dict[str, tuple[SettingVariable, Any]]:
    """The settings the environment sets (empty variables do not count), by key."""
    values: dict[str, tuple[SettingVariable, Any]] = {}
    for setting in variables:
        text = environ.get(setting.variable, "").strip()
        if text:
            try:
                values[setting.key] = (setting, setting.parsed(text))
            except ValueError as error:
                raise ValueError(f"{setting.variable} {error}") from None
    return values


def put(data: dict[str, Any], key: str, value: Any) -> None:
    """Set ``value`` at the dotted ``key`` of a settings dump, making missing sections."""
    *sections, name = key.split(".")
    for section in sections:
        inner = data.get(section)
        if not isinstance(inner, dict):
            inner = data[section] = {}
        data = inner
    data[name] = value


def unknown_variables(environ: Iterable[str], known: Iterable[str]) -> list[tuple[str, str | None]]:
    """``INCADEA_DESK_*`` names in ``environ`` that nothing reads, each with the nearest
    known name (a misspelt variable is otherwise silently ignored)."""
    # Compared without the prefix every name shares, which would make any two look alike.
    tails = {name.removeprefix(PREFIX): name for name in known}
    found: list[tuple[str, str | None]] = []
    for name in sorted(environ):
        if name.startswith(PREFIX) and name.removeprefix(PREFIX) not in tails:
            near = difflib.get_close_matches(name.removeprefix(PREFIX), list(tails), n=1)
            found.append((name, tails[near[0]] if near else None))
    return found


def _accepts(field: FieldInfo, quoted: Callable[[object], str]) -> str:
    annotation = field.annotation
    if get_origin(annotation) is Literal:
        return ", ".join(quoted(value) for value in get_args(annotation))
    if get_origin(annotation) in (Union, types.UnionType):
        literals = [
            value
            for member in get_args(annotation)
            if get_origin(member) is Literal
            for value in get_args(member)
        ]
        if literals:
            return ", ".join(quoted(value) for value in literals)
    if annotation is bool:
        return f"{quoted('true')}, {quoted('false')}"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return ", ".join(quoted(member.value) for member in annotation)
    if isinstance(annotation, type) and issubclass(annotation, PurePath):
        return "a path"
    if get_origin(annotation) in _COLLECTIONS:
        return "JSON"
    if annotation in (int, float):
        kind = "whole number" if annotation is int else "number"
        return ", ".join([kind, *_bounds(field)])
    return "text"


_BOUNDS = (("ge", "at least"), ("gt", "above"), ("le", "at most"), ("lt", "below"))


def _bounds(field: FieldInfo) -> list[str]:
    """A number's limits in words, from the field's ``ge``/``gt``/``le``/``lt``."""
    return [
        f"{words} {getattr(bound, name)}"
        for bound in field.metadata
        for name, words in _BOUNDS
        if getattr(bound, name, None) is not None
    ]


def _default(field: FieldInfo) -> str:
    value = field.get_default(call_default_factory=True)
    if value == "":
        return "empty"
    return f"`{value if isinstance(value, str) else json.dumps(value, default=str)}`"


def markdown_table(model: type[BaseModel]) -> str:
    """The table of docs/cli.md: one row per setting, then the process variables."""
    rows = ["| variable | setting | value | default |", "|---|---|---|---|"]
    for setting in setting_variables(model).values():
        rows.append(
            f"| `{setting.variable}` | `{setting.key}` | {setting.accepts('`')} "
            f"| {_default(setting.field)} |"
        )
    rows += [f"| `{name}` | — | {what} | — |" for name, what in PROCESS_VARIABLES.items()]
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    from incadea_desk.config import Settings

    print(markdown_table(Settings), end="")
