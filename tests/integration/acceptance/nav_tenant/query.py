"""The query options a page web service honours, per Microsoft Learn:
webservices/use-filter-expressions-in-odata-uris (``eq``, ``ge``, ``lt``, ``and``;
``or`` only between filters on one field), webservices/odata-known-limitations (the
error for ``or`` across fields), ``$select``, ``$expand`` of the lines subpage and
``$orderby``. Every ``$filter`` is read by odata-query's parser (``tests/odata_judge``),
not by code of ours, so a filter that parser cannot read is a failed request."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from tests.odata_judge import Meaning, third_party_meaning

OR_ACROSS_FIELDS = (
    "An error occurred while processing this request. "
    "The 'OR' operator is not supported on distinct fields on an OData filter."
)
_SUPPORTED = {
    "eq": lambda a, b: a == b,
    "ge": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
}


class QueryError(Exception):
    """A request the service refuses: this HTTP status, OData error code and message."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def _fields(meaning: Meaning) -> set[str]:
    if meaning[0] == "cmp":
        return {meaning[2]}
    return set().union(*(_fields(part) for part in meaning[1]))


def _typed(value: object, edm: str, literal: object) -> object:
    """The row's value as the literal's type; a literal of another type is refused."""
    if edm == "Edm.DateTimeOffset" and isinstance(literal, datetime):
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if edm in {"Edm.String", "Edm.Boolean"} and type(literal) is type(value):
        return value
    raise QueryError("BadRequest", f"Unable to convert {literal!r} to {edm}")


def row_filter(text: str, types: Mapping[str, str]) -> Callable[[Mapping[str, Any]], bool]:
    """A predicate on rows of a page whose fields have these Edm types."""
    try:
        meaning = third_party_meaning(text)
    except AssertionError as unreadable:
        raise QueryError("BadRequest_NotFound", str(unreadable)) from None

    def check(node: Meaning) -> None:
        if node[0] == "cmp":
            _, op, field, _literal = node
            if field not in types:
                raise QueryError(
                    "BadRequest_NotFound", f"Could not find a property named '{field}'"
                )
            if op not in _SUPPORTED:
                raise QueryError("BadRequest_NotFound", f"Operator {op} is not served here")
            return
        if node[0] == "or" and len(_fields(node)) > 1:
            raise QueryError("BadRequest", OR_ACROSS_FIELDS)
        for part in node[1]:
            check(part)

    check(meaning)

    def holds(node: Meaning, row: Mapping[str, Any]) -> bool:
        if node[0] == "cmp":
            _, op, field, literal = node
            return bool(_SUPPORTED[op](_typed(row[field], types[field], literal), literal))
        parts = (holds(part, row) for part in node[1])
        return all(parts) if node[0] == "and" else any(parts)

    return lambda row: holds(meaning, row)


def selected(select: str | None, types: Mapping[str, str]) -> list[str]:
    """The fields a ``$select`` names, all of them without one; unknown names refused."""
    if not select:
        return list(types)
    names = [name.strip() for name in select.split(",")]
    for name in names:
        if name not in types:
            raise QueryError("BadRequest_NotFound", f"Could not find a property named '{name}'")
    return names


_EXPAND = re.compile(r"^(\w+)(?:\(\$select=([\w,]+)\))?$")


def expanded(expand: str | None, navigation: str) -> tuple[bool, str | None]:
    """Whether the lines subpage is expanded, and the ``$select`` inside it."""
    if not expand:
        return False, None
    match = _EXPAND.match(expand)
    if match is None or match.group(1) != navigation:
        raise QueryError("BadRequest_NotFound", f"Could not find a property named '{expand}'")
    return True, match.group(2)


def _sortable(value: object, edm: str) -> Any:
    if edm == "Edm.DateTimeOffset":
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return value


def ordered(
    rows: list[dict[str, Any]], orderby: str | None, key: tuple[str, ...], types: Mapping[str, str]
) -> list[dict[str, Any]]:
    """The rows in key order (a page's default), then stably by ``$orderby``."""
    result = sorted(rows, key=lambda row: tuple(row[name] for name in key))
    clauses = [part.split() for part in orderby.split(",")] if orderby else []
    for clause in reversed(clauses):
        name, direction = clause[0], (clause[1] if len(clause) > 1 else "asc")
        if name not in types or direction not in {"asc", "desc"}:
            raise QueryError("BadRequest_NotFound", f"Cannot order by '{' '.join(clause)}'")
        result.sort(key=lambda row: _sortable(row[name], types[name]), reverse=direction == "desc")
    return result
