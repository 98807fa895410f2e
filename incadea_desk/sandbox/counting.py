"""``{entitySet}/$count``: the number of entities a ``$filter`` matches, as plain text.

OData v4.01 URL conventions, section 4.8 (addressing the count of a collection):
the answer is the bare number, ``text/plain``, and only ``$filter`` applies. A
parallel first sync asks it to split its span into slices of about equal rows.
A ``lastModifiedDateTime`` span is counted from the order index, so a count costs
the same however many orders the stand-in holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from starlette.responses import PlainTextResponse

from incadea_desk.sandbox.data import Row
from incadea_desk.sandbox.index import Narrowing, OrderIndex, narrowing
from incadea_desk.sandbox.odata import FieldType, parse_filter


def count_matching(
    filter_text: str | None,
    filters: Mapping[str, FieldType],
    columns: Mapping[str, str],
    rows: Callable[[Narrowing | None], Iterable[Row]],
    index: OrderIndex | None,
) -> int:
    """How many of the rows match ``filter_text`` (``ODataError`` if it cannot be read).

    ``index`` is given for service orders in the default names; a span of change
    times is then read from it instead of every row."""
    predicate: Callable[[dict[str, Any]], bool] | None = (
        parse_filter(filter_text, filters, columns) if filter_text else None
    )
    narrowed = narrowing(filter_text) if index is not None else None
    if index is not None and narrowed is not None and narrowed.modified_since is not None:
        candidates: Iterable[Row] = index.walk(
            since=narrowed.modified_since, before=narrowed.modified_before
        )
    else:
        candidates = rows(narrowed)
    return sum(1 for row in candidates if predicate is None or predicate(row.data))


def count_text(count: int) -> PlainTextResponse:
    return PlainTextResponse(str(count), headers={"OData-Version": "4.0"})
