"""Reading a remote system's answer into a wire model.

JSON numbers become ``Decimal`` without a float in between; a body that is no
JSON, or that breaks the wire model, becomes a ``BadResponse`` that names the
first offending field and never its value (which may be personal data). Large
pages are validated record by record so an event loop keeps its turns.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
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


def parse_answer(model: type[M], content: bytes, *, system: System, status: int | None) -> M:
    """Validate an answer body straight from its JSON text (numbers become ``Decimal``
    without a float in between). A schema violation becomes a ``BadResponse`` that
    names the first offending field, never its value, which may be personal data."""
    try:
        return model.model_validate_json(content)
    except ValidationError as exc:
        raise _schema_violation(exc, (), system, status) from None


def read_json(content: bytes, *, system: System, status: int | None) -> Any:
    """An answer body as Python data, numbers with a fraction as ``Decimal``."""
    try:
        return json.loads(content, parse_float=Decimal, parse_constant=_no_constant)
    except ValueError:
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


async def parse_answer_in_slices(
    model: type[M],
    record: type[BaseModel],
    content: bytes,
    *,
    records_field: str,
    system: System,
    status: int | None,
    slice_s: float,
    rename: Callable[[Any], Any] | None = None,
) -> M:
    """``parse_answer`` for a page whose ``records_field`` holds many ``record`` objects,
    validated one by one so the event loop gets a turn at least every ``slice_s``.

    One ``model_validate_json`` of a page of 100 DMS orders holds the loop for 8-20 ms,
    and the window's loop has other work in the same turn. Numbers still become
    ``Decimal`` straight from the text; errors are those of ``parse_answer``.
    """
    try:
        raw = json.loads(content, parse_float=Decimal, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raw = None
    records = raw.get(records_field) if isinstance(raw, dict) else None
    if not isinstance(records, list):
        # Not the shape of a page: the whole-answer validation names what is wrong.
        return parse_answer(model, content, system=system, status=status)
    if rename is not None:
        records = [rename(item) for item in records]
    validated: list[BaseModel] = []
    slice_ends = time.perf_counter() + slice_s
    for index, item in enumerate(records):
        if time.perf_counter() >= slice_ends:
            await asyncio.sleep(0)
            slice_ends = time.perf_counter() + slice_s
        try:
            validated.append(record.model_validate(item))
        except ValidationError as exc:
            raise _schema_violation(exc, (records_field, index), system, status) from None
    try:
        return model.model_validate({**raw, records_field: validated})
    except ValidationError as exc:
        raise _schema_violation(exc, (), system, status) from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _schema_violation(
    exc: ValidationError, prefix: tuple[int | str, ...], system: System, status: int | None
) -> BadResponse:
    first = exc.errors(include_url=False, include_input=False)[0]
    field = field_path((*prefix, *first["loc"]))
    return BadResponse(
        unreadable_message(system).format(field=field),
        system,
        status=status,
        code="schema",
        reason="unreadable",
        arguments={"field": field},
    )
