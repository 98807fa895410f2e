"""Reading a remote system's answer into a wire model.

Two ways in. :func:`parse_answer` validates straight from the JSON text with
pydantic's parser, which reads a number with a fraction as a float first: right
for Claire, whose amounts travel as strings. :func:`read_json` then
:func:`validate_answer` read such a number as a ``Decimal`` with every digit the
text has: the DMS sends amounts as JSON numbers (Business Central's decimals
carry more digits than a float holds). Either way, a body that is no JSON, or
that breaks the wire model, becomes a ``BadResponse`` that names the first
offending field and never its value (which may be personal data).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from incadea_desk.errors import BadResponse, System
from incadea_desk.messages import remote_sentence

M = TypeVar("M", bound=BaseModel)


def unreadable_message(system: System) -> str:
    """The advisor's sentence for a schema violation, with ``{field}`` to fill in."""
    return remote_sentence("unreadable", system)


def field_path(loc: tuple[int | str, ...]) -> str:
    """``('value', 0, 'serviceLines', 2, 'quantity')`` -> ``serviceLines[2].quantity``.

    The leading position in a collection (``value[i]``, ``data[i]``) is
    dropped: the advisor's problem is the field, not where the record sat in
    a page.
    """
    parts = list(loc)
    if len(parts) >= 2 and parts[0] in ("value", "data") and isinstance(parts[1], int):
        parts = parts[2:]
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + part
    return text or "(whole answer)"


def problem_code(error: Mapping[str, Any]) -> str:
    """What kind of problem one pydantic error is, as a code of
    ``messages.QUARANTINE_SENTENCES``: no value, a value we do not know, a date and time
    without a zone, or a value that cannot be read. The value itself is only looked at."""
    kind = str(error.get("type", ""))
    if kind == "missing" or ("input" in error and error["input"] is None):
        return "missing_value"
    if kind in ("literal_error", "enum"):
        return "unknown_value"
    if kind == "timezone_aware":
        return "no_time_zone"
    return "unreadable_value"


def parse_answer(model: type[M], content: bytes, *, system: System, status: int | None) -> M:
    """Validate an answer body straight from its JSON text (a number with a fraction
    passes through a float; use :func:`read_json` where every digit counts). A schema
    violation becomes a ``BadResponse`` that names the first offending field, never its
    value, which may be personal data."""
    try:
        return model.model_validate_json(content)
    except ValidationError as exc:
        raise _schema_violation(exc, (), system, status) from None


def read_json(content: bytes, *, system: System, status: int | None) -> Any:
    """An answer body as Python data, numbers with a fraction as ``Decimal``."""
    try:
        return json.loads(content, parse_float=Decimal, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise BadResponse(
            unreadable_message(system).format(field="(whole answer)"),
            system,
            status=status,
            code="schema",
        ) from None


def validate_answer(model: type[M], data: Any, *, system: System, status: int | None) -> M:
    """``parse_answer`` for an answer already read by :func:`read_json`."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise _schema_violation(exc, (), system, status) from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _schema_violation(
    exc: ValidationError, prefix: tuple[int | str, ...], system: System, status: int | None
) -> BadResponse:
    first = exc.errors(include_url=False)[0]
    field = field_path((*prefix, *first["loc"]))
    return BadResponse(
        unreadable_message(system).format(field=field),
        system,
        status=status,
        code="schema",
        reason="unreadable",
        arguments={"field": field, "problem": problem_code(first)},
    )
