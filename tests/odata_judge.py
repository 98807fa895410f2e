"""A third-party judge of the DMS filters the client sends.

odata-query's parser (not written here) reads every ``$filter``; its reading
is compared with what the client meant, recorded as the filter was built.
A filter the judge cannot parse, or reads differently, fails the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from odata_query import ast
from odata_query.exceptions import ODataException
from odata_query.grammar import ODataLexer, ODataParser

from incadea_desk.incadea import odata

Meaning = tuple[Any, ...]

_COMPARATORS: dict[type[ast._Comparator], str] = {
    ast.Eq: "eq",
    ast.NotEq: "ne",
    ast.Gt: "gt",
    ast.GtE: "ge",
    ast.Lt: "lt",
    ast.LtE: "le",
}
_LEXER = ODataLexer()
_PARSER = ODataParser()


def _literal(node: ast._Node) -> object:
    if isinstance(node, ast.String):
        return node.val
    if isinstance(node, ast.Boolean):
        return node.val.lower() == "true"
    if isinstance(node, ast.DateTime):
        return datetime.fromisoformat(node.val.replace("Z", "+00:00")).astimezone(UTC)
    if isinstance(node, ast.GUID):
        return UUID(node.val)
    raise AssertionError(f"unexpected literal {node!r}")


def _meaning(node: ast._Node) -> Meaning:
    if isinstance(node, ast.BoolOp):
        word = "or" if isinstance(node.op, ast.Or) else "and"
        parts: list[Meaning] = []
        for side in (node.left, node.right):
            inner = _meaning(side)
            parts.extend(inner[1] if inner[0] == word else [inner])
        return (word, tuple(parts))
    if isinstance(node, ast.Compare) and isinstance(node.left, ast.Identifier):
        return ("cmp", _COMPARATORS[type(node.comparator)], node.left.name, _literal(node.right))
    raise AssertionError(f"unexpected filter node {node!r}")


def third_party_meaning(text: str) -> Meaning:
    """What odata-query reads in a ``$filter``; AssertionError if it cannot read it."""
    try:
        tree = _PARSER.parse(_LEXER.tokenize(text))
    except ODataException as error:
        raise AssertionError(f"odata-query cannot parse {text!r}: {error}") from None
    return _meaning(tree)


def _intended_value(value: object) -> object:
    if isinstance(value, datetime):
        # The client sends milliseconds at most (see odata.datetime_literal).
        utc = value.astimezone(UTC)
        return utc.replace(microsecond=utc.microsecond // 1000 * 1000)
    return value


class Judge:
    """Records what each filter the client builds means, and checks what it sends."""

    def __init__(self) -> None:
        self.intents: dict[str, Meaning] = {}
        self.problems: list[str] = []
        self.judged = 0

    def wrap_compare(self, compare: Callable[..., odata.Filter]) -> Callable[..., odata.Filter]:
        def recording(
            field: str, op: str, value: Any, *, wire: Callable[[str], str] = lambda n: n
        ) -> odata.Filter:
            result = compare(field, op, value, wire=wire)
            self.intents[result.text] = ("cmp", op, wire(field), _intended_value(value))
            return result

        return recording

    def wrap_join(self, join: Callable[[str, tuple[odata.Filter, ...]], odata.Filter]) -> Any:
        def recording(word: str, parts: tuple[odata.Filter, ...]) -> odata.Filter:
            result = join(word, parts)
            if len(parts) > 1:
                # "and" within "and" means the same flat "and" (as odata-query reads it).
                meant: list[Meaning] = []
                for part in parts:
                    inner = self.intents[part.text]
                    meant.extend(inner[1] if inner[0] == word else [inner])
                self.intents[result.text] = (word, tuple(meant))
            return result

        return recording

    def wrap_query_string(self, query_string: Callable[[Mapping[str, str]], str]) -> Any:
        def judging(params: Mapping[str, str]) -> str:
            encoded = query_string(params)
            if "+" in encoded or " " in encoded:
                self.problems.append(f"query string with '+' or a space: {encoded!r}")
            text = params.get("$filter")
            if text is not None:
                self.judge(text)
            return encoded

        return judging

    def judge(self, text: str) -> None:
        self.judged += 1
        intended = self.intents.get(text)
        if intended is None:
            self.problems.append(f"a $filter not built by incadea.odata: {text!r}")
            return
        try:
            read = third_party_meaning(text)
        except AssertionError as error:
            self.problems.append(str(error))
            return
        if read != intended:
            self.problems.append(f"{text!r} reads as {read!r}, meant {intended!r}")


@contextmanager
def judging(monkeypatch: Any) -> Iterator[Judge]:
    judge = Judge()
    monkeypatch.setattr(odata, "compare", judge.wrap_compare(odata.compare))
    monkeypatch.setattr(odata, "_join", judge.wrap_join(odata._join))
    monkeypatch.setattr(odata, "query_string", judge.wrap_query_string(odata.query_string))
    yield judge
