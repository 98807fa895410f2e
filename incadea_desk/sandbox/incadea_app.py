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

The entity sets live in ``incadea_sets``, keyset paging in ``keyset``, the mileage
PATCH in ``mileage_patch``, the error shape in ``odata_errors``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from incadea_desk.sandbox import live
from incadea_desk.sandbox.bad_rows import BadRows
from incadea_desk.sandbox.classic_app import ClassicService
from incadea_desk.sandbox.clock import Clock
from incadea_desk.sandbox.data import Row, WorkshopData
from incadea_desk.sandbox.faults import FaultBox, FaultMiddleware, FaultSettings
from incadea_desk.sandbox.incadea_admin import IncadeaAdmin
from incadea_desk.sandbox.incadea_auth import IncadeaAuth, IncadeaCredentials
from incadea_desk.sandbox.incadea_collection import collection, count
from incadea_desk.sandbox.incadea_sets import (
    DRIFT_EXTRA_FIELD,
    DRIFT_MISSING,
    DRIFT_WRONG_TYPE,
    ENTITY_SETS,
    NAVIGATION_SECTIONS,
    default_expand,
    etag,
    wire_value,
)
from incadea_desk.sandbox.index import Narrowing
from incadea_desk.sandbox.metadata import edmx
from incadea_desk.sandbox.mileage_patch import apply_mileage_patch
from incadea_desk.sandbox.odata import (
    Expand,
    ExpandSpec,
    ODataError,
    parse_expand,
    parse_selection,
    prune,
)
from incadea_desk.sandbox.odata_errors import (
    ERROR_CODES,
    ERROR_SENTENCES,
    ODATA_JSON,
    ODataProblem,
    odata_error,
)
from incadea_desk.sandbox.tenant import TenantNames
from incadea_desk.sandbox.webhooks import Webhooks

DEFAULT_API_ROUTE = "incadea/workshop/v1.0"
CHALLENGE = 'Bearer realm="incadea-sandbox", Basic realm="incadea-sandbox"'


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
        api_kind: str = "api",
        company_name: str = "",
    ) -> None:
        self.api_kind = api_kind
        self.company_name = company_name
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
        self.webhooks = Webhooks(self)
        self.app: ASGIApp = self._build_app()
        self.authority_app: ASGIApp = Starlette(
            routes=[Route("/{tenant}/oauth2/v2.0/token", self.auth.token, methods=["POST"])]
        )

    # --- the ASGI app ------------------------------------------------------

    def _build_app(self) -> ASGIApp:
        tenant = self.credentials.tenant_id
        token = [Route("/{tenant}/oauth2/v2.0/token", self.auth.token, methods=["POST"])]
        service: list[Route] = [
            *(token if self.token_endpoint else []),
            *self.webhooks.routes(),
            Route(
                self.api_root + "{rest:path}",
                self.api,
                methods=["GET", "PATCH", "POST", "PUT", "DELETE"],
            ),
        ]
        if self.api_kind == "odatav4":
            service = ClassicService(self, self.service_path, self.company_name).routes()
        routes = [
            *service,
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
            lambda status, headers, code: odata_error(
                status,
                ERROR_SENTENCES.get(status, "The request failed."),
                code or ERROR_CODES.get(status, "BadRequest"),
                headers=headers,
            ),
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
            body = self.render(entity_set, row, expand, self.faults.settings.drift)
            return self._json(
                self.selected(request, self._out(entity_set, body)),
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
        lines = [
            self.selected(request, self.names.rename_fields("serviceLines", line)) for line in lines
        ]
        return self._json({"value": lines}, request, wire)

    def selected(self, request: Request, body: dict[str, Any]) -> dict[str, Any]:
        """``body`` with only the fields ``$select`` (and ``$select`` in ``$expand``) asks
        for; the etag and the expanded navigations stay."""
        params = request.query_params
        try:
            selection = parse_selection(params.get("$select"), params.get("$expand"))
        except ODataError as exc:
            raise ODataProblem(400, str(exc)) from exc
        fields = selection[0]
        # A drifting schema leaves fields out; only a steady one tells them apart from typos.
        steady = self.faults.settings.drift is None
        unknown = sorted(fields - set(body)) if fields is not None and steady else []
        if unknown:
            raise ODataProblem(400, f"Could not find a property named '{unknown[0]}'.")
        return prune(body, selection)

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
                default_expand(
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
        return collection(self, request, entity_set)

    def _count(self, request: Request, entity_set: str) -> Response:
        return count(self, request, entity_set)

    async def _patch_order(self, request: Request, row: Row) -> Response:
        applied = await apply_mileage_patch(self, request, row)
        if applied is None:
            return Response(status_code=204, headers={"Preference-Applied": "return=minimal"})
        return self._json(
            self._out(
                "serviceOrders", self.render("serviceOrders", row, {}, self.faults.settings.drift)
            ),
            request,
            f"{self.names.out('entitySets', 'serviceOrders')}/$entity",
            **applied,
        )
