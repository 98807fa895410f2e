"""The slice of OData v4 query syntax the Incadea stand-in understands.

``$filter``: comparisons ``field op literal`` with ``eq ne gt ge lt le``,
joined by ``and`` / ``or`` (``and`` binds tighter) and grouped by parentheses.
As in Business Central, ``or`` joins conditions on one field only ("The 'OR'
operator is not supported on distinct fields on an OData filter", Microsoft
Learn, webservices/odata-known-limitations), and operators stand between
whitespace as the OData ABNF requires (``documentNo eq'a'`` is refused).
Literals: strings in single quotes with ``''`` for a quote, unquoted ISO 8601
datetimes with an offset, unquoted GUIDs, integers, ``true`` / ``false``.
``$orderby``: ``field [asc|desc]`` comma separated. ``$expand``: navigation
names, nested ``name($expand=a,b)``. Anything else raises :class:`ODataError`,
which the app answers with 400 ``BadRequest``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, Literal

FieldType = Literal["string", "guid", "datetime", "bool", "int"]
Predicate = Callable[[Mapping[str, Any]], bool]

COMPARISONS = ("eq", "ne", "gt", "ge", "lt", "le")


class ODataError(ValueError):
    """The query is not valid for this service."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    pos: int
    spaced: bool = False  # whitespace stands right before it


OR_ON_DISTINCT_FIELDS = (
    "An error occurred while processing this request. "
    "The 'OR' operator is not supported on distinct fields on an OData filter."
)


_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
    |(?P<string>'(?:[^']|'')*')
    |(?P<datetime>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2}))
    |(?P<guid>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})
    |(?P<int>-?\d+)
    |(?P<name>[A-Za-z_][A-Za-z0-9_]*)
    |(?P<lparen>\()
    |(?P<rparen>\))
    """,
    re.VERBOSE,
)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    spaced = False
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise ODataError(f"Syntax error at position {pos} in '$filter'.")
        kind = match.lastgroup or ""
        if kind == "ws":
            spaced = True
        else:
            tokens.append(Token(kind, match.group(), pos, spaced))
            spaced = False
        pos = match.end()
    tokens.append(Token("end", "", len(text), spaced))
    return tokens


# A predicate and the fields it reads.
_Parsed = tuple[Predicate, frozenset[str]]


def parse_datetime(text: str) -> datetime:
    head, dot, rest = text.partition(".")
    if dot:
        digits = re.match(r"\d+", rest)
        assert digits is not None
        text = f"{head}.{digits.group()[:6]}{rest[digits.end() :]}"
    try:
        return datetime.fromisoformat(text)
    except ValueError as exc:
        raise ODataError(f"'{text}' is not a valid datetime literal.") from exc


def _compare(op: str, left: Any, right: Any) -> bool:
    if op == "eq":
        return bool(left == right)
    if op == "ne":
        return bool(left != right)
    if left is None or right is None:
        return False
    if op == "gt":
        return bool(left > right)
    if op == "ge":
        return bool(left >= right)
    if op == "lt":
        return bool(left < right)
    return bool(left <= right)


class _FilterParser:
    def __init__(
        self, text: str, fields: Mapping[str, FieldType], columns: Mapping[str, str]
    ) -> None:
        self.tokens = tokenize(text)
        self.index = 0
        self.fields = fields
        self.columns = columns

    def peek(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def keyword(self, word: str) -> bool:
        token = self.peek()
        if token.kind == "name" and token.text == word:
            self.index += 1
            self.spaced_around(token)
            return True
        return False

    def spaced_around(self, token: Token) -> None:
        """Operators stand between whitespace (RWS in the OData ABNF)."""
        if not (token.spaced and self.peek().spaced):
            raise ODataError(
                f"Syntax error at position {token.pos} in '$filter': "
                f"'{token.text}' needs whitespace on both sides."
            )

    def parse(self) -> Predicate:
        predicate, _ = self.disjunction()
        token = self.peek()
        if token.kind != "end":
            raise ODataError(f"Unexpected '{token.text}' at position {token.pos} in '$filter'.")
        return predicate

    def disjunction(self) -> _Parsed:
        parts = [self.conjunction()]
        while self.keyword("or"):
            parts.append(self.conjunction())
        if len(parts) == 1:
            return parts[0]
        fields = frozenset().union(*(used for _, used in parts))
        if len(fields) > 1:
            raise ODataError(OR_ON_DISTINCT_FIELDS)
        predicates = [predicate for predicate, _ in parts]
        return (lambda row: any(part(row) for part in predicates)), fields

    def conjunction(self) -> _Parsed:
        parts = [self.primary()]
        while self.keyword("and"):
            parts.append(self.primary())
        if len(parts) == 1:
            return parts[0]
        predicates = [predicate for predicate, _ in parts]
        fields = frozenset().union(*(used for _, used in parts))
        return (lambda row: all(part(row) for part in predicates)), fields

    def primary(self) -> _Parsed:
        token = self.peek()
        if token.kind == "lparen":
            self.take()
            inner = self.disjunction()
            if self.take().kind != "rparen":
                raise ODataError(f"Missing ')' for '(' at position {token.pos} in '$filter'.")
            return inner
        return self.comparison()

    def comparison(self) -> _Parsed:
        name = self.take()
        if name.kind != "name":
            raise ODataError(f"Expected a property name at position {name.pos} in '$filter'.")
        if self.peek().kind == "lparen":
            raise ODataError(f"The function '{name.text}' is not supported.")
        if name.text not in self.fields:
            raise ODataError(f"Could not find a property named '{name.text}'.")
        op = self.take()
        if op.kind != "name" or op.text not in COMPARISONS:
            raise ODataError(f"Unsupported operator '{op.text}' at position {op.pos} in '$filter'.")
        self.spaced_around(op)
        field_type = self.fields[name.text]
        value = self.literal(field_type, name.text)
        if field_type == "bool" and op.text not in ("eq", "ne"):
            raise ODataError(f"Operator '{op.text}' cannot compare '{name.text}'.")
        key, operator = self.columns.get(name.text, name.text), op.text
        used = frozenset({name.text})
        if field_type == "guid":
            return (lambda row: _compare(operator, str(row.get(key) or "").lower(), value)), used
        return (lambda row: _compare(operator, row.get(key), value)), used

    def literal(self, field_type: FieldType, field: str) -> Any:
        token = self.take()
        bad = ODataError(f"'{token.text}' is not a valid literal for '{field}'.")
        if field_type == "string":
            if token.kind != "string":
                raise bad
            return token.text[1:-1].replace("''", "'")
        if field_type == "guid":
            if token.kind == "guid":
                return token.text.lower()
            if token.kind == "string":
                return token.text[1:-1].replace("''", "'").lower()
            raise bad
        if field_type == "datetime":
            if token.kind != "datetime":
                raise bad
            return parse_datetime(token.text)
        if field_type == "bool":
            if token.kind != "name" or token.text not in ("true", "false"):
                raise bad
            return token.text == "true"
        if token.kind != "int":
            raise bad
        return int(token.text)


def parse_filter(
    text: str, fields: Mapping[str, FieldType], columns: Mapping[str, str] | None = None
) -> Predicate:
    """A row predicate for an OData ``$filter`` over the given filterable fields;
    ``columns`` maps a wire field name to the row's key where they differ."""
    return _FilterParser(text, fields, columns or {}).parse()


def parse_orderby(text: str, fields: Mapping[str, FieldType]) -> list[tuple[str, bool]]:
    """``$orderby`` as ``[(field, descending), ...]`` in the wire's field names."""
    order: list[tuple[str, bool]] = []
    for part in text.split(","):
        words = part.split()
        if not words or len(words) > 2:
            raise ODataError(f"'{part.strip()}' is not a valid '$orderby' item.")
        if words[0] not in fields:
            raise ODataError(f"Could not find a property named '{words[0]}'.")
        direction = words[1] if len(words) == 2 else "asc"
        if direction not in ("asc", "desc"):
            raise ODataError(f"'{direction}' is not a sort direction; use asc or desc.")
        order.append((words[0], direction == "desc"))
    return order


Expand = dict[str, "Expand"]
ExpandSpec = Mapping[str, "ExpandSpec"]


def _split_top_level(text: str, separator: str = ",") -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                raise ODataError("Unbalanced parentheses in '$expand'.")
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if depth != 0:
        raise ODataError("Unbalanced parentheses in '$expand'.")
    parts.append("".join(current))
    return parts


def parse_expand(text: str, allowed: ExpandSpec) -> Expand:
    """``$expand`` as a tree of navigation names, checked against ``allowed``."""
    result: Expand = {}
    for raw in _split_top_level(text):
        item = raw.strip()
        match = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)(?:\((.*)\))?", item, re.DOTALL)
        if match is None:
            raise ODataError(f"'{item}' is not a valid '$expand' item.")
        name, options = match.group(1), match.group(2)
        if name not in allowed:
            raise ODataError(f"Could not find a navigation property named '{name}'.")
        nested: Expand = {}
        for option in _options(item, options):
            if option.startswith("$expand="):
                nested = parse_expand(option.removeprefix("$expand="), allowed[name])
        result[name] = nested
    return result


def _options(item: str, options: str | None) -> list[str]:
    """The ``;``-separated options of one ``$expand`` item: ``$expand`` and ``$select``."""
    if options is None:
        return []
    found = [part.strip() for part in _split_top_level(options, ";")]
    for option in found:
        if not option.startswith(("$expand=", "$select=")):
            raise ODataError(f"Only a nested '$expand' or '$select' is supported in '{item}'.")
    return found


Selection = tuple[frozenset[str] | None, dict[str, "Selection"]]
"""The fields ``$select`` asks for (None: all), and the selections inside ``$expand``."""


@lru_cache(maxsize=256)
def parse_selection(select: str | None, expand: str | None) -> Selection:
    """``$select`` and the ``$select`` options nested in ``$expand`` (wire names).

    Remembered: a page applies the request's selection to every row it holds. The
    selection returned is shared; nothing may change it."""
    fields = None
    if select is not None:
        fields = frozenset(name.strip() for name in select.split(","))
        if not all(re.fullmatch(r"[A-Za-z_]\w*", name) for name in fields):
            raise ODataError(f"'{select}' is not a valid '$select'.")
    nested: dict[str, Selection] = {}
    for raw in _split_top_level(expand) if expand else []:
        match = re.fullmatch(r"([A-Za-z_]\w*)(?:\((.*)\))?", raw.strip(), re.DOTALL)
        if match is None:
            continue
        inner: dict[str, str | None] = {"$select": None, "$expand": None}
        for option in _options(raw, match.group(2)):
            key, _, value = option.partition("=")
            inner[key] = value
        nested[match.group(1)] = parse_selection(inner["$select"], inner["$expand"])
    return fields, nested


def prune(body: dict[str, Any], selection: Selection) -> dict[str, Any]:
    """Only the selected fields (and the annotations, and the expanded navigations)."""
    fields, nested = selection
    result: dict[str, Any] = {}
    for key, value in body.items():
        if key in nested:
            inner = nested[key]
            if isinstance(value, list):
                result[key] = [prune(v, inner) if isinstance(v, dict) else v for v in value]
            else:
                result[key] = prune(value, inner) if isinstance(value, dict) else value
        elif fields is None or key.startswith("@") or key in fields:
            result[key] = value
    return result


def quote_literal(value: str) -> str:
    """A string literal for ``$filter``: single quotes, a quote doubled."""
    return "'" + value.replace("'", "''") + "'"
