"""Classic incadea's page web services over OData v4, as NAV 2018 / BC14 serve them.

``{instance}/ODataV4/$metadata`` and ``{instance}/ODataV4/Company('{name}')/{Page}``
with ``$filter``, ``$select`` (also inside ``$expand``), ``$expand`` of the lines
subpage only, ``$orderby``, ``$top``, server-driven paging by ``$skiptoken`` (the
page size from ``Prefer: odata.maxpagesize``), reads by the page's key
(``Werkorders(Documentsoort='Order',Nr='SO-1')``) and the lines subpage below it,
and the mileage PATCH. Written from Microsoft Learn (webservices/):
use-filter-expressions-in-odata-uris and odata-known-limitations (``or`` only within
one field), Server-Driven-Paging-in-OData-Web-Services, use-containments-associations,
use-odata-to-modify-data (PATCH needs ``If-Match``: an etag or ``*``) and
Web-Services-Authentication (a web-service access key over Basic).
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from incadea_desk.sandbox.classic_metadata import classic_edmx
from incadea_desk.sandbox.classic_pages import (
    COMPANY,
    DOCUMENT_TYPE,
    LINES,
    ORDER_LINES,
    ORDERS,
    PAGES,
    VEHICLES,
    Page,
    etag,
    record,
    vehicle_no,
)
from incadea_desk.sandbox.data import Row
from incadea_desk.sandbox.odata import (
    FieldType,
    ODataError,
    parse_datetime,
    parse_filter,
    parse_orderby,
)
from incadea_desk.sandbox.odata_errors import ODATA_JSON, ODataProblem, odata_error

if TYPE_CHECKING:
    from incadea_desk.sandbox.incadea_app import IncadeaStandIn

CHALLENGE = 'Basic realm="incadea-sandbox", Negotiate'
# ODataServicesMaxPageSize's default (Server-Driven-Paging-in-OData-Web-Services).
MAX_PAGE_SIZE = 20_000
QUERY_OPTIONS = {"$filter", "$select", "$expand", "$orderby", "$top", "$skiptoken"}
FILTER_TYPES: dict[str, FieldType] = {
    "Edm.String": "string",
    "Edm.DateTimeOffset": "datetime",
    "Edm.Boolean": "bool",
    "Edm.Int32": "int",
}
SAFE = "$',()"
_KEY_PART = re.compile(r"(?:(?P<name>[A-Za-z_]\w*)=)?(?:'(?P<text>(?:[^']|'')*)'|(?P<int>-?\d+))")
_EXPAND = re.compile(r"(?P<name>[A-Za-z_]\w*)(?:\(\$select=(?P<select>[\w,]+)\))?")


def _typed(page: Page, body: Mapping[str, Any]) -> dict[str, Any]:
    """A record's values for filtering and sorting: datetimes as datetimes."""
    typed: dict[str, Any] = {}
    for field in page.fields:
        if field.edm in FILTER_TYPES:
            value = body[field.name]
            if field.edm == "Edm.DateTimeOffset":
                value = parse_datetime(value.replace("Z", "+00:00"))
            typed[field.name] = value
    return typed


class ClassicService:
    """The page web services of one server instance, over the stand-in's data."""

    def __init__(self, dms: IncadeaStandIn, service_path: str, company_name: str) -> None:
        self.dms = dms
        self.root = f"{service_path}/ODataV4/"
        self.company_name = company_name

    def routes(self) -> list[Route]:
        methods = ["GET", "PATCH", "POST", "PUT", "DELETE"]
        return [Route(self.root + "{rest:path}", self.endpoint, methods=methods)]

    async def endpoint(self, request: Request) -> Response:
        if not self.dms.auth.authenticated(request):
            return odata_error(
                401,
                "The credentials provided are incorrect or have expired.",
                headers={"WWW-Authenticate": CHALLENGE},
            )
        self.dms.catch_up()
        rest = request.path_params["rest"]
        if rest == "$metadata":
            self._only_get(request)
            return Response(
                classic_edmx(), media_type="application/xml", headers={"OData-Version": "4.0"}
            )
        if rest == "Company":
            # The default web service listing the instance's companies, which a server that
            # cannot find a company points to (dev-itpro/webservices/dynamics-error-codes.md).
            self._only_get(request)
            company = {
                "Name": self.company_name,
                "Evaluation_Company": False,
                "Display_Name": self.company_name,
            }
            wanted = _select(request.query_params.get("$select"), COMPANY)
            return self._json({"value": [_selected(company, wanted)]})
        match = re.fullmatch(
            r"Company\('(?P<company>(?:[^']|'')*)'\)/(?P<page>\w+)"
            r"(?:\((?P<key>[^)]*)\))?(?:/(?P<nav>\w+))?",
            unquote(rest),
        )
        if match is None:
            raise ODataProblem(404, "No resource was found that matches the request URI.")
        if match["company"].replace("''", "'") != self.company_name:
            raise ODataProblem(
                400, f"Cannot open the company '{match['company']}'.", "Internal_CompanyNotFound"
            )
        page = PAGES.get(match["page"])
        if page is None:
            raise ODataProblem(404, f"The resource '{match['page']}' does not exist.")
        if match["key"] is None:
            self._only_get(request)
            return self._collection(request, page)
        row = self._by_key(page, match["key"])
        if match["nav"] is not None:
            if page is not ORDERS or match["nav"] != LINES:
                raise ODataProblem(404, f"No resource was found for the segment '{match['nav']}'.")
            self._only_get(request)
            lines = self._lines(row, _select(request.query_params.get("$select"), ORDER_LINES))
            return self._json({"value": lines})
        if request.method == "GET":
            return self._json(self._render(page, row, request.query_params))
        if request.method == "PATCH" and page is ORDERS:
            return await self._patch(request, row)
        raise ODataProblem(405, "The method is not allowed on this resource.")

    @staticmethod
    def _only_get(request: Request) -> None:
        if request.method != "GET":
            raise ODataProblem(405, "The method is not allowed on this resource.")

    # --- records ------------------------------------------------------------

    def _rows(self, page: Page) -> list[Row]:
        data = self.dms.data
        source = {"Werkorders": data.orders, "Voertuigen": data.vehicles, "Klanten": data.customers}
        return list(source[page.name].values())

    def _record(self, page: Page, row: Row) -> dict[str, Any]:
        values = dict(row.data)
        customers = self.dms.data.customers

        def number(customer_id: object) -> str | None:
            customer = customers.get(str(customer_id)) if customer_id else None
            return None if customer is None else str(customer.data["number"])

        derived: dict[str, Any] = {"documentType": DOCUMENT_TYPE}
        raw: dict[str, Any] = {}
        if page is ORDERS:
            raw = self._marks(values["documentNo"], "")
            derived["vehicleNo"] = vehicle_no(values["vehicleId"])
            derived["contractorNo"] = number(values.get("contractorCustomerId"))
        elif page is VEHICLES:
            derived["vehicleNo"] = vehicle_no(values["id"])
            derived["driverNo"] = number(values.get("driverCustomerId"))
            derived["ownerNo"] = number(values.get("ownerCustomerId"))
            for document_no in self.dms.bad_rows.marked:
                order = self.dms.data.order_by_document_no(document_no)
                if order is not None and order.data["vehicleId"] == values["id"]:
                    raw |= self._marks(document_no, "vehicle.")
        return {"@odata.etag": etag(row), **record(page, values, derived, raw)}

    def _marks(self, document_no: object, prefix: str) -> dict[str, Any]:
        """A bad row's raw values below ``prefix`` (``""``: the order's own fields)."""
        marked = self.dms.bad_rows.marked.get(str(document_no), {})
        return {
            path.removeprefix(prefix): value
            for path, value in marked.items()
            if path.startswith(prefix) and "." not in path.removeprefix(prefix)
        }

    def _lines(self, order: Row, select: list[str] | None) -> list[dict[str, Any]]:
        rows = sorted(
            self.dms.data.lines[order.id], key=lambda r: (r.data["jobNo"], r.data["lineNo"])
        )
        derived = {"documentType": DOCUMENT_TYPE, "documentNo": order.data["documentNo"]}
        document_no = order.data["documentNo"]
        lines = [
            record(ORDER_LINES, line.data, derived, self._marks(document_no, f"serviceLines.{i}."))
            for i, line in enumerate(rows)
        ]
        return [_selected(line, select) for line in lines]

    def _render(self, page: Page, row: Row, params: Mapping[str, str]) -> dict[str, Any]:
        body = _selected(self._record(page, row), _select(params.get("$select"), page))
        for name, select in _expand(params.get("$expand"), page).items():
            body[name] = self._lines(row, select)
        return body

    def _by_key(self, page: Page, text: str) -> Row:
        parts = _key(page, text)
        for row in self._rows(page):
            record_ = self._record(page, row)
            if all(str(record_[name]) == value for name, value in parts.items()):
                return row
        raise ODataProblem(404, f"The {page.name} entity ({text}) does not exist.")

    # --- a collection ---------------------------------------------------------

    def _collection(self, request: Request, page: Page) -> Response:
        params = request.query_params
        unknown = sorted(k for k in params if k.startswith("$") and k not in QUERY_OPTIONS)
        if unknown:
            raise ODataProblem(400, f"The query option '{unknown[0]}' is not supported.")
        types = {f.name: FILTER_TYPES[f.edm] for f in page.fields if f.edm in FILTER_TYPES}
        try:
            predicate = parse_filter(params["$filter"], types) if "$filter" in params else None
            order = parse_orderby(params["$orderby"], types) if "$orderby" in params else []
        except ODataError as exc:
            raise ODataProblem(400, str(exc)) from exc
        order += [(name, False) for name in page.key if name not in dict(order)]
        records = [(self._record(page, row), row) for row in self._rows(page)]
        keyed = [
            ([typed[name] for name, _ in order], row)
            for body, row in records
            for typed in [_typed(page, body)]
            if predicate is None or predicate(typed)
        ]
        for index in reversed(range(len(order))):
            keyed.sort(key=functools.partial(_part, index), reverse=order[index][1])
        if "$skiptoken" in params:
            after = _read_token(params["$skiptoken"], len(order))
            keyed = [item for item in keyed if _after(item[0], after, order)]
        size = _page_size(request, self.dms.faults.settings.page_cap)
        top = params.get("$top")
        if top is not None and not top.isdigit():
            raise ODataProblem(400, f"The value '{top}' is not valid for '$top'.")
        take = size if top is None else min(size, int(top))
        chosen = keyed[:take]
        body: dict[str, Any] = {"value": [self._render(page, row, params) for _, row in chosen]}
        if len(keyed) > take and (top is None or int(top) > take):
            query = [(k, v) for k, v in params.multi_items() if k not in ("$skiptoken", "$top")]
            if top is not None:
                query.append(("$top", str(int(top) - take)))
            query.append(("$skiptoken", _token(chosen[-1][0])))
            base = str(request.url.replace(query=""))
            body["@odata.nextLink"] = f"{base}?{urlencode(query, safe=SAFE)}"
        return self._json(body)

    # --- the mileage write ----------------------------------------------------

    async def _patch(self, request: Request, row: Row) -> Response:
        if_match = request.headers.get("if-match", "").strip()
        if not if_match:
            raise ODataProblem(
                400,
                "Could not validate the client concurrency token required by the service. "
                "Please provide a valid token in the client request.",
                "BadRequest_InvalidToken",
            )
        try:
            body = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ODataProblem(400, "The request body is not valid JSON.") from exc
        if not isinstance(body, dict) or set(body) != {"Kilometerstand"}:
            raise ODataProblem(400, "Only the field 'Kilometerstand' may be modified here.")
        km = body["Kilometerstand"]
        if not isinstance(km, int) or isinstance(km, bool) or not 0 <= km < 2_000_000:
            raise ODataProblem(400, "Kilometerstand must be a whole number of kilometres.")
        dms = self.dms
        if dms.faults.take_concurrent_edit():
            dms.data.touch(row, dms.clock())
        if if_match != "*" and if_match != etag(row):
            raise ODataProblem(409, "Another user has already changed the record.")
        current = int(row.data["mileageKm"] or 0)
        if km < current:
            raise ODataProblem(
                400,
                f"Kilometerstand {km} is lower than the current {current}.",
                "Application_DialogException",
            )
        now = dms.clock()
        row.data["mileageKm"] = km
        row.data["mileageDate"] = now.date()
        dms.data.touch(row, now)
        if "return=minimal" in request.headers.get("prefer", ""):
            return Response(status_code=204, headers={"Preference-Applied": "return=minimal"})
        return self._json(self._render(ORDERS, row, {}))

    def _json(self, body: dict[str, Any]) -> Response:
        payload = {"@odata.context": f"{self.root}$metadata", **body}
        response = JSONResponse(payload, headers={"OData-Version": "4.0"})
        response.headers["content-type"] = ODATA_JSON
        return response


def _part(index: int, item: tuple[list[Any], Row]) -> Any:
    return item[0][index]


def _select(text: str | None, page: Page) -> list[str] | None:
    if text is None:
        return None
    names = [name.strip() for name in text.split(",")]
    known = page.by_name
    for name in names:
        if name not in known:
            raise ODataProblem(400, f"Could not find a property named '{name}' on {page.name}.")
    return names


def _selected(body: dict[str, Any], select: list[str] | None) -> dict[str, Any]:
    if select is None:
        return body
    return {k: v for k, v in body.items() if k == "@odata.etag" or k in select}


def _expand(text: str | None, page: Page) -> dict[str, list[str] | None]:
    """``$expand``: only the lines subpage is a navigation (customers and vehicles are
    pages of their own), optionally with ``($select=...)``."""
    if not text:
        return {}
    match = _EXPAND.fullmatch(text.strip())
    if match is None or page is not ORDERS or match["name"] != LINES:
        raise ODataProblem(400, f"Could not find a navigation property for '$expand={text}'.")
    return {LINES: _select(match["select"], ORDER_LINES)}


def _key(page: Page, text: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for index, piece in enumerate(_split_key(text)):
        match = _KEY_PART.fullmatch(piece)
        if match is None:
            raise ODataProblem(400, f"The key ({text}) is not valid for {page.name}.")
        name = match["name"] or (page.key[index] if len(page.key) == 1 else "")
        if name not in page.key or name in parts:
            raise ODataProblem(400, f"The key ({text}) does not name the parts of {page.name}.")
        value = match["text"].replace("''", "'") if match["text"] is not None else match["int"]
        parts[name] = value
    if set(parts) != set(page.key):
        raise ODataProblem(400, f"The key ({text}) does not name every part of {page.name}.")
    return parts


def _split_key(text: str) -> list[str]:
    pieces, current, quoted = [], "", False
    for char in text:
        if char == "'":
            quoted = not quoted
        if char == "," and not quoted:
            pieces.append(current)
            current = ""
        else:
            current += char
    return [*pieces, current]


def _page_size(request: Request, cap: int | None) -> int:
    limit = min(cap or MAX_PAGE_SIZE, MAX_PAGE_SIZE)
    for preference in request.headers.get("prefer", "").split(","):
        name, _, value = preference.strip().partition("=")
        if name.strip().lower() == "odata.maxpagesize" and value.strip().isdigit():
            return max(1, min(int(value), limit))
    return limit


def _token(values: list[Any]) -> str:
    raw = [v.isoformat() if isinstance(v, datetime) else v for v in values]
    return base64.urlsafe_b64encode(json.dumps(raw).encode()).decode().rstrip("=")


def _read_token(token: str, length: int) -> list[Any]:
    try:
        raw = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        if not isinstance(raw, list) or len(raw) != length:
            raise ValueError("token does not fit the query")
    except (ValueError, binascii.Error) as exc:
        raise ODataProblem(400, "The '$skiptoken' is not valid for this query.") from exc
    return [_token_value(v) for v in raw]


def _token_value(value: Any) -> Any:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}T.*", value):
        return parse_datetime(value)
    return value


def _after(values: list[Any], after: list[Any], order: list[tuple[str, bool]]) -> bool:
    for value, mark, (_, descending) in zip(values, after, order, strict=True):
        if value == mark:
            continue
        return (value < mark) if descending else (value > mark)
    return False
