"""The Incadea DMS stand-in: a Business Central style OData v4 API.

Implements ``docs/wire-contracts.md`` (section "Incadea DMS"): the token
endpoint of an Entra ID tenant, Basic auth with a web-service access key,
``serviceOrders`` / ``vehicles`` / ``customers`` with ``$filter``,
``$expand``, ``$orderby``, ``$top``, ``$skip``, server-driven paging, ETags,
the mileage PATCH and ``$metadata``. Where Microsoft documents how Business
Central answers (409 ``Request_EntityChanged``, 400 ``BadRequest_InvalidToken``,
``If-Match: *``, no ``or`` across fields), the stand-in answers the same.
It serves the on-premises URL shape (``/api/{route}/...`` below the root) or
the online one (``/v2.0/{tenant}/{environment}/api/{route}/...``), in the
default contract's names or a tenant's. Auth lives in ``incadea_auth``; the
admin endpoints under ``/_sandbox/`` (no auth) in ``incadea_admin``.

Longer than most modules: the entity sets, rendering, paging and the PATCH
rule share one OData request path and are read together against the contract.
"""

from __future__ import annotations

import base64
import binascii
import functools
import itertools
import json
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from incadea_desk.sandbox import live
from incadea_desk.sandbox.bad_rows import BadRows
from incadea_desk.sandbox.clock import Clock
from incadea_desk.sandbox.counting import count_matching, count_text
from incadea_desk.sandbox.data import Row, WorkshopData, wire_datetime
from incadea_desk.sandbox.faults import FaultBox, FaultMiddleware, FaultSettings
from incadea_desk.sandbox.incadea_admin import IncadeaAdmin
from incadea_desk.sandbox.incadea_auth import IncadeaAuth, IncadeaCredentials
from incadea_desk.sandbox.index import Narrowing, narrowing
from incadea_desk.sandbox.metadata import edmx
from incadea_desk.sandbox.odata import (
    Expand,
    ExpandSpec,
    FieldType,
    ODataError,
    parse_datetime,
    parse_expand,
    parse_filter,
    parse_orderby,
)
from incadea_desk.sandbox.tenant import TenantNames

DEFAULT_API_ROUTE = "incadea/workshop/v1.0"
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
CHALLENGE = 'Bearer realm="incadea-sandbox", Basic realm="incadea-sandbox"'
ODATA_JSON = "application/json; odata.metadata=minimal; charset=utf-8"

ERROR_CODES = {
    400: "BadRequest",
    408: "Request_Timeout",
    401: "Authentication_InvalidCredentials",
    404: "BadRequest_NotFound",
    405: "BadRequest_MethodNotAllowed",
    409: "Request_EntityChanged",
    429: "Application_TooManyRequests",
    500: "Application_InternalServerError",
    503: "Application_ServiceUnavailable",
    504: "Application_GatewayTimeout",
}
ERROR_SENTENCES = {
    408: "The request timed out.",
    429: "The request was throttled; too many requests.",
    500: "An unexpected error occurred.",
    503: "The service is temporarily unavailable.",
    504: "The operation timed out at the gateway.",
}


@dataclass(frozen=True)
class EntitySet:
    """How one entity set is queried: filterable and sortable fields, navigations."""

    filters: Mapping[str, FieldType]
    sortable: Mapping[str, FieldType]
    expand: ExpandSpec


ORDER_FILTERS: dict[str, FieldType] = {
    "documentNo": "string",
    "orderNo": "string",
    "registrationNo": "string",
    "id": "guid",
    "lastModifiedDateTime": "datetime",
    "systemModifiedAt": "datetime",
    "canceled": "bool",
    "vehicleId": "guid",
    "contractorCustomerId": "guid",
    "appointmentDateTime": "datetime",
}
VEHICLE_FILTERS: dict[str, FieldType] = {
    "id": "guid",
    "registrationNo": "string",
    "vin": "string",
    "lastModifiedDateTime": "datetime",
    "driverCustomerId": "guid",
    "ownerCustomerId": "guid",
}
CUSTOMER_FILTERS: dict[str, FieldType] = {
    "id": "guid",
    "number": "string",
    "lastModifiedDateTime": "datetime",
}
ENTITY_SETS: dict[str, EntitySet] = {
    "serviceOrders": EntitySet(
        ORDER_FILTERS,
        ORDER_FILTERS,
        {"serviceLines": {}, "vehicle": {"driver": {}, "owner": {}}, "contractor": {}},
    ),
    "vehicles": EntitySet(VEHICLE_FILTERS, VEHICLE_FILTERS, {"driver": {}, "owner": {}}),
    "customers": EntitySet(CUSTOMER_FILTERS, CUSTOMER_FILTERS, {}),
}
SAFE_QUERY_CHARS = "$',()"
QUERY_OPTIONS = {"$filter", "$expand", "$orderby", "$top", "$skip", "$skiptoken"}

# Schema drift, per entity set: the optional field that goes missing and the
# field that arrives with the wrong JSON type.
DRIFT_MISSING = {
    "serviceOrders": "scheduledOutDateTime",
    "vehicles": "warrantyEndDate",
    "customers": "privatePhoneNo",
}
DRIFT_WRONG_TYPE: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "serviceOrders": ("mileageKm", str),
    "vehicles": ("firstRegistrationDate", lambda v: 20_240_101 if v else v),
    "customers": ("isLeaseCompany", lambda v: "true" if v else "false"),
}
DRIFT_EXTRA_FIELD = "sandboxAddedField"


class ODataProblem(Exception):
    """An answer in the OData error shape; raised anywhere in a handler."""

    def __init__(self, status: int, sentence: str, code: str | None = None) -> None:
        super().__init__(sentence)
        self.status = status
        self.sentence = sentence
        self.code = code or ERROR_CODES[status]


def odata_error(
    status: int, sentence: str, code: str | None = None, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    correlation = uuid.uuid4()
    body = {
        "error": {
            "code": code or ERROR_CODES[status],
            "message": f"{sentence} CorrelationId: {correlation}.",
        }
    }
    response = JSONResponse(body, status_code=status, headers=dict(headers or {}))
    response.headers["content-type"] = ODATA_JSON
    return response


PLAIN_JSON = frozenset({str, int, bool, float})


def wire_value(key: str, value: Any) -> Any:
    if value is None or type(value) in PLAIN_JSON:
        return value
    if isinstance(value, datetime):
        return wire_datetime(value, millis=key in ("lastModifiedDateTime", "systemModifiedAt"))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def etag(row: Row) -> str:
    token = base64.b64encode(f"'{row.version};{row.id}'".encode()).decode()
    return f'W/"{token}"'


def _sort_value(field_type: FieldType, value: Any) -> Any:
    return str(value).lower() if field_type == "guid" and value is not None else value


def _token_value(field_type: FieldType, value: Any) -> Any:
    """A sort-key value read back from a skiptoken, checked against the field's type."""
    if value is None:
        return None
    if field_type == "datetime":
        return parse_datetime(str(value))
    expected = {"string": str, "guid": str, "bool": bool, "int": int}[field_type]
    if not isinstance(value, expected) or (field_type == "int" and isinstance(value, bool)):
        raise ValueError("token value of the wrong type")
    return value


def _field_key(index: int, item: tuple[list[Any], Row]) -> tuple[bool, Any]:
    value = item[0][index]
    return value is not None, value


def _compare_keys(left: list[Any], right: list[Any], descending: list[bool]) -> int:
    for a, b, desc in zip(left, right, descending, strict=True):
        if a == b:
            continue
        result = (-1 if a is None else 1) if a is None or b is None else -1 if a < b else 1
        return -result if desc else result
    return 0


class IncadeaStandIn:
    """The DMS: its data, its auth, its faults, and the ASGI app that serves them."""

    def __init__(
        self,
        data: WorkshopData,
        credentials: IncadeaCredentials,
        clock: Clock,
        *,
        seed: int,
        faults: FaultSettings | None = None,
        token_ttl: timedelta = timedelta(seconds=3599),
        live: bool = False,
        live_interval: timedelta = timedelta(seconds=15),
        names: TenantNames | None = None,
        api_route: str = DEFAULT_API_ROUTE,
        service_path: str = "",
        token_endpoint: bool = True,
    ) -> None:
        self.names = names or TenantNames()
        self.api_root = f"{service_path}/api/{api_route}/"
        self.service_path = service_path
        self.token_endpoint = token_endpoint
        self.data = data
        self.credentials = credentials
        self.clock = clock
        self.seed = seed
        self.faults = FaultBox(faults, seed)
        self.bad_rows = BadRows()
        self.auth = IncadeaAuth(credentials, clock, token_ttl)
        self.live = live
        self.live_interval = live_interval
        self.live_started = clock()
        self.steps_taken = 0
        self.clock_steps = 0
        self.app: ASGIApp = self._build_app()
        self.authority_app: ASGIApp = Starlette(
            routes=[Route("/{tenant}/oauth2/v2.0/token", self.auth.token, methods=["POST"])]
        )

    # --- the ASGI app ------------------------------------------------------

    def _build_app(self) -> ASGIApp:
        tenant = self.credentials.tenant_id
        token = [Route("/{tenant}/oauth2/v2.0/token", self.auth.token, methods=["POST"])]
        routes = [
            *(token if self.token_endpoint else []),
            Route(
                self.api_root + "{rest:path}",
                self.api,
                methods=["GET", "PATCH", "POST", "PUT", "DELETE"],
            ),
            Route("/_sandbox/faults", self.faults.endpoint, methods=["GET", "POST"]),
            *IncadeaAdmin(self).routes(),
        ]

        async def http_error(request: Request, exc: Exception) -> Response:
            assert isinstance(exc, HTTPException)
            sentence = str(exc.detail).rstrip(".") + "."
            return odata_error(exc.status_code, sentence, headers=exc.headers)

        async def problem(request: Request, exc: Exception) -> Response:
            assert isinstance(exc, ODataProblem)
            return odata_error(exc.status, exc.sentence, exc.code)

        app = Starlette(
            routes=routes,
            exception_handlers={HTTPException: http_error, ODataProblem: problem},
        )
        return FaultMiddleware(
            app,
            self.faults,
            lambda status, headers: odata_error(status, ERROR_SENTENCES[status], headers=headers),
            default_error_status=503,
            exempt_prefixes=("/_sandbox/", f"/{tenant}/oauth2/"),
        )

    @property
    def tokens(self) -> dict[str, datetime]:
        """The bearer tokens issued and not yet expired."""
        return self.auth.tokens

    def render_full_order(self, row: Row) -> dict[str, Any]:
        """A service order with its lines, vehicle, driver, owner and contractor."""
        expand = parse_expand(
            "serviceLines,vehicle($expand=driver,owner),contractor",
            ENTITY_SETS["serviceOrders"].expand,
        )
        return self.render("serviceOrders", row, expand, None)

    # --- live mode ---------------------------------------------------------

    def step(self, count: int) -> list[live.Change]:
        """Apply ``count`` live changes now."""
        changes = []
        for _ in range(count):
            changes.append(live.apply_step(self.data, self.seed, self.steps_taken, self.clock()))
            self.steps_taken += 1
        return changes

    def catch_up(self) -> None:
        """In live mode, apply the steps the clock says are due."""
        if not self.live:
            return
        due = int((self.clock() - self.live_started) / self.live_interval)
        if due > self.clock_steps:
            count = min(due - self.clock_steps, 1000)
            self.clock_steps = due
            self.step(count)

    # --- rendering ---------------------------------------------------------

    @staticmethod
    def _wire(row: Row) -> dict[str, Any]:
        """The row's own fields as wire JSON."""
        fields = {key: wire_value(key, value) for key, value in row.data.items()}
        return {"@odata.etag": etag(row), **fields}

    def render(
        self, entity_set: str, row: Row, expand: Expand, drift: str | None
    ) -> dict[str, Any]:
        body = self._wire(row)
        if drift == "missing_optional":
            body.pop(DRIFT_MISSING[entity_set], None)
        elif drift == "extra_field":
            body[DRIFT_EXTRA_FIELD] = "added by a newer DMS version"
        elif drift == "wrong_type":
            key, convert = DRIFT_WRONG_TYPE[entity_set]
            body[key] = convert(body[key])
        customers = self.data.customers
        for name, nested in expand.items():
            if name == "serviceLines":
                empty = drift == "empty_expanded_lines"
                body[name] = [] if empty else self._lines(row)
            elif name == "vehicle":
                vehicle = self.data.vehicles[str(row.data["vehicleId"])]
                body[name] = self.render("vehicles", vehicle, nested, drift)
            else:
                key = {
                    "contractor": "contractorCustomerId",
                    "driver": "driverCustomerId",
                    "owner": "ownerCustomerId",
                }[name]
                customer = customers.get(str(row.data[key])) if row.data[key] else None
                body[name] = self.render("customers", customer, {}, drift) if customer else None
        if entity_set == "serviceOrders":
            self.bad_rows.apply(row.data["documentNo"], body)
        return body

    def _candidates(self, entity_set: str, narrowed: Narrowing | None) -> Iterable[Row]:
        """The rows a query can match: one number's orders when it names one, else all."""
        if narrowed is not None and narrowed.document_no is not None:
            row = self.data.index.by_document_no(narrowed.document_no)
            return [row] if row is not None else []
        if narrowed is not None and narrowed.order_no is not None:
            return self.data.index.by_order_no(narrowed.order_no)
        return self._rows(entity_set).values()

    def _lines(self, order: Row) -> list[dict[str, Any]]:
        lines = sorted(self.data.lines[order.id], key=lambda r: (r.data["jobNo"], r.data["lineNo"]))
        return [self._wire(line) for line in lines]

    def _rows(self, entity_set: str) -> dict[str, Row]:
        return {
            "serviceOrders": self.data.orders,
            "vehicles": self.data.vehicles,
            "customers": self.data.customers,
        }[entity_set]

    # --- the API -----------------------------------------------------------

    async def api(self, request: Request) -> Response:
        if not self.auth.authenticated(request):
            return odata_error(
                401,
                "The credentials provided are incorrect or have expired.",
                headers={"WWW-Authenticate": CHALLENGE},
            )
        self.catch_up()
        if request.path_params["rest"] == "$metadata":
            if request.method != "GET":
                raise ODataProblem(405, "The method is not allowed on this resource.")
            return Response(
                edmx(self.data, self.names),
                media_type="application/xml",
                headers={"OData-Version": "4.0"},
            )
        match = re.fullmatch(
            r"companies(?:\((?P<company>[^)]*)\)"
            r"(?:/(?P<set>[A-Za-z]+)(?:/(?P<count>\$count)|\((?P<key>[^)]*)\)"
            r"(?:/(?P<nav>[A-Za-z]+))?)?)?)?",
            request.path_params["rest"].removesuffix("/"),
        )
        if match is None:
            raise ODataProblem(404, "No resource was found that matches the request URI.")
        company = (match["company"] or "").strip("'")
        if match["company"] is None:
            if request.method != "GET":
                raise ODataProblem(405, "The method is not allowed on this resource.")
            return self._json({"value": [self._company()]}, request, "companies")
        if company.lower() != self.credentials.company_id.lower():
            raise ODataProblem(404, f"The company '{company}' does not exist.")
        wire_set = match["set"]
        if wire_set is None:
            if request.method != "GET":
                raise ODataProblem(405, "The method is not allowed on this resource.")
            return self._json(self._company(), request, "companies/$entity")
        entity_set = self.names.back("entitySets", wire_set)
        if entity_set not in ENTITY_SETS:
            raise ODataProblem(404, f"The resource '{wire_set}' does not exist.")
        key = match["key"]
        if key is None:
            if request.method != "GET":
                raise ODataProblem(405, "The method is not allowed on this resource.")
            if match["count"] is not None:
                return self._count(request, entity_set)
            return self._collection(request, entity_set)
        key = key.strip("'").lower()
        row = self._rows(entity_set).get(key)
        if row is None:
            raise ODataProblem(404, f"The {wire_set} entity '{key}' does not exist.")
        if match["nav"] is not None:
            return self._navigation(request, entity_set, row, match["nav"])
        if request.method == "GET":
            expand = self._expand(request, entity_set)
            return self._json(
                self._out(
                    entity_set, self.render(entity_set, row, expand, self.faults.settings.drift)
                ),
                request,
                f"{wire_set}/$entity",
            )
        if request.method == "PATCH" and entity_set == "serviceOrders":
            return await self._patch_order(request, row)
        raise ODataProblem(405, "The method is not allowed on this resource.")

    def _navigation(self, request: Request, entity_set: str, row: Row, wire: str) -> Response:
        """``serviceOrders({id})/serviceLines``: the order's lines as a collection."""
        if entity_set != "serviceOrders" or self.names.back(entity_set, wire) != "serviceLines":
            raise ODataProblem(404, f"No resource was found for the segment '{wire}'.")
        if request.method != "GET":
            raise ODataProblem(405, "The method is not allowed on this resource.")
        lines = self._lines(row)
        self.bad_rows.apply_lines(row.data["documentNo"], lines)
        lines = [self.names.rename_fields("serviceLines", line) for line in lines]
        return self._json({"value": lines}, request, wire)

    def _company(self) -> dict[str, Any]:
        return {
            "id": self.credentials.company_id,
            "name": "SANDBOX",
            "displayName": "Autobedrijf Sandbox",
        }

    def _out(self, entity_set: str, body: dict[str, Any]) -> dict[str, Any]:
        """A rendered entity in the tenant's names."""
        return self.names.rename_fields(entity_set, body)

    def _json(
        self, body: dict[str, Any], request: Request, context: str, **headers: str
    ) -> Response:
        root = f"{request.base_url}{self.api_root.lstrip('/')}"
        company = "" if context == "companies" else f"companies({self.credentials.company_id})/"
        payload = {"@odata.context": f"{root}$metadata#{company}{context}"}
        payload.update(body)
        response = JSONResponse(payload, headers={"OData-Version": "4.0", **headers})
        response.headers["content-type"] = ODATA_JSON
        return response

    def _expand(self, request: Request, entity_set: str) -> Expand:
        text = request.query_params.get("$expand")
        spec = ENTITY_SETS[entity_set].expand
        try:
            return (
                _default_expand(
                    self.names, entity_set, parse_expand(text, self._wire_spec(entity_set, spec))
                )
                if text
                else {}
            )
        except ODataError as exc:
            raise ODataProblem(400, str(exc)) from exc

    def _wire_spec(self, section: str, spec: ExpandSpec) -> ExpandSpec:
        return {
            self.names.out(section, name): self._wire_spec(NAVIGATION_SECTIONS[name], nested)
            for name, nested in spec.items()
        }

    def _collection(self, request: Request, entity_set: str) -> Response:
        spec = ENTITY_SETS[entity_set]
        params = request.query_params
        unknown = sorted(k for k in params if k.startswith("$") and k not in QUERY_OPTIONS)
        if unknown:
            raise ODataProblem(400, f"The query option '{unknown[0]}' is not supported.")
        names = self.names
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
        expand = self._expand(request, entity_set)
        if not any(field == "id" for field, _ in order):
            order.append(("id", False))
        fields = [field for field, _ in order]
        descending = [desc for _, desc in order]

        def sort_key(row: Row) -> list[Any]:
            return [_sort_value(spec.sortable[f], row.data.get(f)) for f in fields]

        remaining = self._non_negative(params, "$top")
        after: list[Any] | None = None
        if "$skiptoken" in params:
            after, remaining = self._decode_skiptoken(params["$skiptoken"], fields, spec.sortable)
        skip = None if after is not None else self._non_negative(params, "$skip")
        page_size, applied = self._page_size(request)
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
            walk = self.data.index.walk(
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
                for row in self._candidates(entity_set, narrowed)
                if predicate is None or predicate(row.data)
            ]
            # One stable sort per field, last field first, gives the lexicographic
            # order with a direction per field; None sorts lowest, as in _compare_keys.
            for index in reversed(range(len(fields))):
                keyed.sort(key=functools.partial(_field_key, index), reverse=descending[index])
            if after is not None:
                keyed = [item for item in keyed if _compare_keys(item[0], after, descending) > 0]
            else:
                keyed = keyed[skip or 0 :]
            rows = [row for _, row in keyed]
        page = rows[:take]
        body: dict[str, Any] = {
            "value": [
                self._out(
                    entity_set, self.render(entity_set, row, expand, self.faults.settings.drift)
                )
                for row in page
            ]
        }
        left = None if remaining is None else remaining - len(page)
        if len(rows) > len(page) and (left is None or left > 0) and page:
            token = self._encode_skiptoken(sort_key(page[-1]), left)
            query = [
                (k, v) for k, v in params.multi_items() if k not in ("$skiptoken", "$skip", "$top")
            ]
            query.append(("$skiptoken", token))
            base = str(request.url.replace(query=""))
            body["@odata.nextLink"] = f"{base}?{urlencode(query, safe=SAFE_QUERY_CHARS)}"
        headers = {"Preference-Applied": f"odata.maxpagesize={page_size}"} if applied else {}
        return self._json(body, request, names.out("entitySets", entity_set), **headers)

    def _count(self, request: Request, entity_set: str) -> Response:
        params = request.query_params
        unknown = sorted(k for k in params if k.startswith("$") and k != "$filter")
        if unknown:
            raise ODataProblem(400, f"The query option '{unknown[0]}' is not supported.")
        names, spec = self.names, ENTITY_SETS[entity_set]
        indexed = entity_set == "serviceOrders" and not names.renames(entity_set)
        try:
            count = count_matching(
                params.get("$filter"),
                {names.out(entity_set, f): t for f, t in spec.filters.items()},
                {names.out(entity_set, f): f for f in spec.sortable},
                lambda narrowed: self._candidates(entity_set, narrowed),
                self.data.index if indexed else None,
            )
        except ODataError as exc:
            raise ODataProblem(400, str(exc)) from exc
        return count_text(count)

    @staticmethod
    def _non_negative(params: Mapping[str, str], name: str) -> int | None:
        if name not in params:
            return None
        text = params[name]
        if not text.isdigit():
            raise ODataProblem(400, f"The value '{text}' is not valid for '{name}'.")
        return int(text)

    def _page_size(self, request: Request) -> tuple[int, bool]:
        cap = self.faults.settings.page_cap or MAX_PAGE_SIZE
        for preference in request.headers.get("prefer", "").split(","):
            name, _, value = preference.strip().partition("=")
            if name.strip().lower() == "odata.maxpagesize" and value.strip().isdigit():
                return max(1, min(int(value), cap, MAX_PAGE_SIZE)), True
        return min(DEFAULT_PAGE_SIZE, cap), False

    @staticmethod
    def _encode_skiptoken(key: list[Any], remaining: int | None) -> str:
        values = [v.isoformat() if isinstance(v, datetime) else v for v in key]
        raw = json.dumps({"k": values, "r": remaining}, separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @staticmethod
    def _decode_skiptoken(
        token: str, fields: list[str], types: Mapping[str, FieldType]
    ) -> tuple[list[Any], int | None]:
        try:
            raw = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
            values, remaining = raw["k"], raw["r"]
            if len(values) != len(fields) or not (remaining is None or isinstance(remaining, int)):
                raise ValueError("token does not fit the query")
            key = [_token_value(types[f], v) for f, v in zip(fields, values, strict=True)]
        except (ValueError, KeyError, TypeError, ODataError, binascii.Error) as exc:
            raise ODataProblem(400, "The '$skiptoken' is not valid for this query.") from exc
        return key, remaining

    async def _patch_order(self, request: Request, row: Row) -> Response:
        # Business Central: no If-Match -> 400 BadRequest_InvalidToken; a stale one ->
        # 409 Request_EntityChanged; "*" matches any version (Microsoft Learn,
        # webservices/dynamics-error-codes and the API reference's update examples).
        if_match = request.headers.get("if-match", "").strip()
        if not if_match:
            raise ODataProblem(
                400,
                "Could not validate the client concurrency token required by the service. "
                "Please provide a valid token in the client request.",
                "BadRequest_InvalidToken",
            )
        mileage = self.names.out("serviceOrders", "mileageKm")
        try:
            body = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ODataProblem(400, "The request body is not valid JSON.") from exc
        if not isinstance(body, dict) or set(body) != {mileage}:
            orders = self.names.out("entitySets", "serviceOrders")
            raise ODataProblem(400, f"Only the property '{mileage}' may be modified on {orders}.")
        km = body[mileage]
        if not isinstance(km, int) or isinstance(km, bool) or not 0 <= km < 2_000_000:
            raise ODataProblem(
                400, f"The value for '{mileage}' must be a whole number of kilometres."
            )
        if self.faults.take_concurrent_edit():
            self.data.touch(row, self.clock())
        if if_match != "*" and if_match != etag(row):
            raise ODataProblem(409, "Another user has already changed the record.")
        current = int(row.data["mileageKm"])
        if km < current:
            raise ODataProblem(
                400,
                f"Mileage {km} km is lower than the current mileage {current} km.",
                "Application_DialogException",
            )
        now = self.clock()
        row.data["mileageKm"] = km
        row.data["mileageDate"] = now.date()
        self.data.touch(row, now)
        # Business Central answers 200 with the updated entity (API reference, "update"
        # pages); OData's Prefer: return=minimal asks for 204 instead.
        prefer = request.headers.get("prefer", "")
        if "return=minimal" in prefer:
            return Response(status_code=204, headers={"Preference-Applied": "return=minimal"})
        applied = (
            {"Preference-Applied": "return=representation"}
            if "return=representation" in prefer
            else {}
        )
        return self._json(
            self._out(
                "serviceOrders", self.render("serviceOrders", row, {}, self.faults.settings.drift)
            ),
            request,
            f"{self.names.out('entitySets', 'serviceOrders')}/$entity",
            **applied,
        )


# The section a navigation leads to.
NAVIGATION_SECTIONS = {
    "serviceLines": "serviceLines",
    "vehicle": "vehicles",
    "contractor": "customers",
    "driver": "customers",
    "owner": "customers",
}


def _default_expand(names: TenantNames, section: str, expand: Expand) -> Expand:
    """An ``$expand`` tree parsed in the tenant's names, in the default names."""
    result: Expand = {}
    for wire, nested in expand.items():
        name = names.back(section, wire) or wire
        result[name] = _default_expand(names, NAVIGATION_SECTIONS.get(name, section), nested)
    return result
