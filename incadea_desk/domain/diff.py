"""What changed between two versions of a workorder, as domain paths with old and new values.

Paths name the domain model, never a remote system's wire fields:
``appointment.scheduled_in``, ``car.apk_date``, ``driver.mobile_private``,
``interventions[0].elements[2].quantity``, ``prices.excl_vat``. Value objects
(money, registration number, VIN) are one leaf each. A plate or VIN kept as the
DMS text (``car.registration_as_stored``) is reported only when the parsed
value did not change as well, so one edit is one change.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from incadea_desk.domain.models import Workorder
from incadea_desk.domain.money import Money

_AS_STORED = "_as_stored"


@dataclass(frozen=True)
class FieldChange:
    """One leaf of the workorder that differs; ``old`` is None for a new workorder."""

    path: str
    old: object
    new: object


def workorder_changes(old: Workorder | None, new: Workorder) -> list[FieldChange]:
    """Every leaf whose value differs, in path order; with no ``old``, every leaf of
    ``new`` that holds a value."""
    before = _leaves("", old) if old is not None else {}
    after = _leaves("", new)
    changed = {
        path: FieldChange(path, before.get(path), after.get(path))
        for path in before.keys() | after.keys()
        if before.get(path) != after.get(path)
    }
    for path in [p for p in changed if p.endswith(_AS_STORED)]:
        if path.removesuffix(_AS_STORED) in changed:
            del changed[path]
    return sorted(
        (c for c in changed.values() if c.old not in (None, "") or c.new not in (None, "")),
        key=lambda change: _order(change.path),
    )


def _leaves(prefix: str, value: object) -> dict[str, object]:
    found: dict[str, object] = {}
    if isinstance(value, BaseModel) and not isinstance(value, Money):
        names = [*type(value).model_fields, *type(value).model_computed_fields]
        for name in names:
            found.update(_leaves(f"{prefix}.{name}" if prefix else name, getattr(value, name)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.update(_leaves(f"{prefix}[{index}]", item))
    else:
        found[prefix] = value
    return found


def _order(path: str) -> list[object]:
    """Sort ``interventions[10]`` after ``interventions[9]``."""
    key: list[object] = []
    for part in path.replace("[", ".[").split("."):
        key.append(int(part[1:-1]) if part.startswith("[") else part)
    return [(0, k) if isinstance(k, int) else (1, k) for k in key]
