"""A query on one of the stand-in's entity sets: ``$filter``, ``$orderby``, ``$top``,
``$skip``, ``Prefer: odata.maxpagesize`` and server-driven paging by ``$skiptoken``; and
``/$count`` of a filtered set."""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from incadea_desk.sandbox.counting import count_matching, count_text
from incadea_desk.sandbox.data import Row
from incadea_desk.sandbox.incadea_sets import ENTITY_SETS, QUERY_OPTIONS, SAFE_QUERY_CHARS
from incadea_desk.sandbox.index import narrowing
from incadea_desk.sandbox.keyset import (
    compare_keys,
    decode_skiptoken,
    encode_skiptoken,
    field_key,
    non_negative,
    sort_value,
)
from incadea_desk.sandbox.odata import ODataError, parse_filter, parse_orderby
from incadea_desk.sandbox.odata_errors import ODataProblem

if TYPE_CHECKING:
    from incadea_desk.sandbox.incadea_app import IncadeaStandIn

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


def collection(stand_in: IncadeaStandIn, request: Request, entity_set: str) -> Response:
    """One page of an entity set: filtered, ordered, keyset-paged by ``$skiptoken``."""
    spec = ENTITY_SETS[entity_set]
    params = request.query_params
    unknown = sorted(k for k in params if k.startswith("$") and k not in QUERY_OPTIONS)
    if unknown:
        raise ODataProblem(400, f"The query option '{unknown[0]}' is not supported.")
    names = stand_in.names
    filters = {names.out(entity_set, f): t for f, t in spec.filters.items()}
    sortable = {names.out(entity_set, f): t for f, t in spec.sortable.items()}
    columns = {names.out(entity_set, f): f for f in spec.sortable}
    try:
        predicate = (
            parse_filter(params["$filter"], filters, columns) if "$filter" in params else None
        )
        order = [
            (columns[field], desc)
            for field, desc in (
                parse_orderby(params["$orderby"], sortable) if "$orderby" in params else []
            )
        ]
    except ODataError as exc:
        raise ODataProblem(400, str(exc)) from exc
    expand = stand_in._expand(request, entity_set)
    if not any(field == "id" for field, _ in order):
        order.append(("id", False))
    fields = [field for field, _ in order]
    descending = [desc for _, desc in order]

    def sort_key(row: Row) -> list[Any]:
        return [sort_value(spec.sortable[f], row.data.get(f)) for f in fields]

    remaining = non_negative(params, "$top")
    after: list[Any] | None = None
    if "$skiptoken" in params:
        after, remaining = decode_skiptoken(params["$skiptoken"], fields, spec.sortable)
    skip = None if after is not None else non_negative(params, "$skip")
    page_size, applied = page_size_of(stand_in, request)
    take = page_size if remaining is None else min(page_size, remaining)
    # The index reads the default names; a tenant's renamed filter is not narrowed.
    narrowed = (
        narrowing(params.get("$filter"))
        if entity_set == "serviceOrders" and not names.renames(entity_set)
        else None
    )
    if (
        narrowed is not None
        and order == [("lastModifiedDateTime", False), ("id", False)]
        and skip is None
        and (after is None or None not in after)
    ):
        # Keyset paging: seek in the index, read one row past the page.
        walk = stand_in.data.index.walk(
            after=(after[0], after[1]) if after is not None else None,
            since=narrowed.modified_since,
            before=narrowed.modified_before,
        )
        rows = list(
            itertools.islice(
                (row for row in walk if predicate is None or predicate(row.data)), take + 1
            )
        )
    else:
        keyed = [
            (sort_key(row), row)
            for row in stand_in._candidates(entity_set, narrowed)
            if predicate is None or predicate(row.data)
        ]
        # One stable sort per field, last field first, gives the lexicographic
        # order with a direction per field; None sorts lowest, as in _compare_keys.
        for index in reversed(range(len(fields))):
            keyed.sort(key=functools.partial(field_key, index), reverse=descending[index])
        if after is not None:
            keyed = [item for item in keyed if compare_keys(item[0], after, descending) > 0]
        else:
            keyed = keyed[skip or 0 :]
        rows = [row for _, row in keyed]
    page = rows[:take]
    body: dict[str, Any] = {
        "value": [
            stand_in.selected(
                request,
                stand_in._out(
                    entity_set,
                    stand_in.render(entity_set, row, expand, stand_in.faults.settings.drift),
                ),
            )
            for row in page
        ]
    }
    left = None if remaining is None else remaining - len(page)
    if len(rows) > len(page) and (left is None or left > 0) and page:
        token = encode_skiptoken(sort_key(page[-1]), left)
        query = [
            (k, v) for k, v in params.multi_items() if k not in ("$skiptoken", "$skip", "$top")
        ]
        query.append(("$skiptoken", token))
        base = str(request.url.replace(query=""))
        body["@odata.nextLink"] = f"{base}?{urlencode(query, safe=SAFE_QUERY_CHARS)}"
    headers = {"Preference-Applied": f"odata.maxpagesize={page_size}"} if applied else {}
    return stand_in._json(body, request, names.out("entitySets", entity_set), **headers)


def page_size_of(stand_in: IncadeaStandIn, request: Request) -> tuple[int, bool]:
    cap = stand_in.faults.settings.page_cap or MAX_PAGE_SIZE
    for preference in request.headers.get("prefer", "").split(","):
        name, _, value = preference.strip().partition("=")
        if name.strip().lower() == "odata.maxpagesize" and value.strip().isdigit():
            return max(1, min(int(value), cap, MAX_PAGE_SIZE)), True
    return min(DEFAULT_PAGE_SIZE, cap), False


def count(stand_in: IncadeaStandIn, request: Request, entity_set: str) -> Response:
    """``{set}/$count?$filter=...``: how many rows match, as plain text."""
    params = request.query_params
    unknown = sorted(k for k in params if k.startswith("$") and k != "$filter")
    if unknown:
        raise ODataProblem(400, f"The query option '{unknown[0]}' is not supported.")
    names, spec = stand_in.names, ENTITY_SETS[entity_set]
    indexed = entity_set == "serviceOrders" and not names.renames(entity_set)
    try:
        found = count_matching(
            params.get("$filter"),
            {names.out(entity_set, f): t for f, t in spec.filters.items()},
            {names.out(entity_set, f): f for f in spec.sortable},
            lambda narrowed: stand_in._candidates(entity_set, narrowed),
            stand_in.data.index if indexed else None,
        )
    except ODataError as exc:
        raise ODataProblem(400, str(exc)) from exc
    return count_text(found)
