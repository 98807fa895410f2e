"""Indexes over the DMS stand-in's service orders, so a page costs the same however
many orders the DMS holds.

- In ``(lastModifiedDateTime, id)`` order, for keyset paging: a change-tracking
  walk seeks to its ``lastModifiedDateTime ge …`` bound, or to the key after its
  ``$skiptoken``, instead of filtering and sorting the whole table for each page.
- By document number and by order number, for the lookups of one workorder.

The indexes are kept current by :meth:`OrderIndex.place`, which
:class:`~incadea_desk.sandbox.data.WorkshopData` calls whenever an order is added
or its modification time changes.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from incadea_desk.sandbox.odata import ODataError, Token, parse_datetime, tokenize

if TYPE_CHECKING:
    from incadea_desk.sandbox.data import Row

Key = tuple[datetime, str]


def order_key(row: Row) -> Key:
    return row.data["lastModifiedDateTime"], row.id.lower()


class OrderIndex:
    """Service orders in ``(lastModifiedDateTime, id)`` order and by their numbers."""

    def __init__(self, rows: Iterable[Row] = ()) -> None:
        self._keys: list[Key] = []
        self._rows: list[Row] = []
        self._key_of: dict[str, Key] = {}
        self._by_document_no: dict[str, Row] = {}
        self._by_order_no: dict[str, list[Row]] = {}
        entries = sorted(((order_key(row), row) for row in rows), key=lambda item: item[0])
        for key, row in entries:
            self._keys.append(key)
            self._rows.append(row)
            self._remember(key, row)

    def __len__(self) -> int:
        return len(self._keys)

    def _remember(self, key: Key, row: Row) -> None:
        self._key_of[row.id] = key
        self._by_document_no[str(row.data["documentNo"])] = row
        same = self._by_order_no.setdefault(str(row.data["orderNo"]), [])
        if row not in same:
            same.append(row)

    def place(self, row: Row) -> None:
        """Put ``row`` where its current modification time belongs (new or moved)."""
        self._unkey(row)
        key = order_key(row)
        at = bisect.bisect_right(self._keys, key)
        self._keys.insert(at, key)
        self._rows.insert(at, row)
        self._remember(key, row)

    def forget(self, row: Row) -> None:
        """Take ``row`` out of every index (deleted, or about to get new numbers)."""
        self._unkey(row)
        self._key_of.pop(row.id, None)
        if self._by_document_no.get(str(row.data["documentNo"])) is row:
            del self._by_document_no[str(row.data["documentNo"])]
        same = self._by_order_no.get(str(row.data["orderNo"]), [])
        if row in same:
            same.remove(row)

    def _unkey(self, row: Row) -> None:
        old = self._key_of.get(row.id)
        if old is not None:
            at = bisect.bisect_left(self._keys, old)
            if at < len(self._keys) and self._keys[at] == old and self._rows[at] is row:
                del self._keys[at]
                del self._rows[at]

    def by_document_no(self, document_no: str) -> Row | None:
        return self._by_document_no.get(document_no)

    def by_order_no(self, order_no: str) -> list[Row]:
        return list(self._by_order_no.get(order_no, ()))

    def walk(
        self,
        *,
        after: Key | None = None,
        since: datetime | None = None,
        before: datetime | None = None,
    ) -> Iterator[Row]:
        """Orders in key order: from the first key after ``after`` and at or after ``since``,
        up to the last one changed before ``before``."""
        start = 0
        if after is not None:
            start = bisect.bisect_right(self._keys, after)
        if since is not None:
            start = max(start, bisect.bisect_left(self._keys, (since, "")))
        end = len(self._rows)
        if before is not None:
            end = bisect.bisect_left(self._keys, (before, ""))
        for position in range(start, end):
            yield self._rows[position]


@dataclass(frozen=True)
class Narrowing:
    """What a ``$filter`` that is a plain conjunction requires of every match."""

    modified_since: datetime | None = None
    document_no: str | None = None
    order_no: str | None = None
    modified_before: datetime | None = None


def narrowing(text: str | None) -> Narrowing:
    """Bounds every row matching ``text`` must satisfy, read from its conjuncts.

    Only a filter without ``or`` / ``not`` is read (then each comparison is a
    necessary condition); anything else narrows nothing. The full predicate is
    still applied to every row the narrowing leaves, so this only saves work."""
    if not text:
        return Narrowing()
    try:
        tokens = tokenize(text)
    except ODataError:
        return Narrowing()
    if any(t.kind == "name" and t.text in ("or", "not") for t in tokens):
        return Narrowing()
    since: datetime | None = None
    before: datetime | None = None
    document_no = order_no = None
    for name, op, literal in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if name.kind != "name" or op.kind != "name":
            continue
        if name.text == "lastModifiedDateTime":
            bound = _moment(literal)
            if bound is not None and op.text in ("ge", "gt", "eq"):
                since = bound if since is None else max(since, bound)
            elif bound is not None and op.text == "lt":
                before = bound if before is None else min(before, bound)
        elif op.text == "eq" and literal.kind == "string":
            value = literal.text[1:-1].replace("''", "'")
            if name.text == "documentNo":
                document_no = value
            elif name.text == "orderNo":
                order_no = value
    return Narrowing(since, document_no, order_no, before)


def _moment(literal: Token) -> datetime | None:
    if literal.kind != "datetime":
        return None
    try:
        return parse_datetime(literal.text)
    except ODataError:
        return None
