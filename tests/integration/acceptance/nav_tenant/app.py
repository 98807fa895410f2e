"""A NAV 2018 / BC14 server instance publishing three pages as OData v4 web services,
written from Microsoft Learn (dev-itpro/webservices/) and from nothing of ours:

- ``{instance}/ODataV4/$metadata`` (metadata.py) and
  ``{instance}/ODataV4/Company('{name}')/{page}``, reads by key
  ``{page}(Document_Type='Order',No='SO-1001')`` (use-containments-associations);
- Basic authentication with a user name and web service access key
  (Web-Services-Authentication), ``401`` otherwise;
- ``Prefer: odata.maxpagesize`` capped by the server's Max Page Size, the rest behind
  ``@odata.nextLink`` with ``$skiptoken`` (Server-Driven-Paging-in-OData-Web-Services);
- PATCH needs ``If-Match`` with the record's ETag (use-odata-to-modify-data); without
  one ``BadRequest_InvalidToken``, with a stale one 409 ``Request_EntityChanged``
  (dynamics-error-codes);
- blank dates as ``0001-01-01``, blank datetimes as ``0001-01-01T00:00:00Z``.
"""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlencode

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.integration.acceptance.nav_tenant import metadata, query, workorders
from tests.integration.acceptance.nav_tenant.metadata import LINES_PAGE, ORDER_PAGE, PAGES

_COMPANY = re.compile(r"^Company\('((?:[^']|'')*)'\)/(\w+)(?:\((.*)\))?$")
_KEY_PART = re.compile(r"(\w+)=(?:'((?:[^']|'')*)'|([^,']+))")
_MAXPAGESIZE = re.compile(r"odata\.maxpagesize=(\d+)")


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class NavTenant:
    """The server instance; ``app`` is its ASGI application."""

    def __init__(
        self,
        *,
        instance: str = "DynamicsNAV110",
        company: str = "Autobedrijf 't Gooi B.V.",
        username: str = "WEBSERVICE",
        access_key: str = "q8Ld0vZk3nR5sT7wY1bE4gH6jM9pC2xA5uF8iK0oN3s=",
        max_page_size: int = 2,
    ) -> None:
        self.instance, self.company = instance, company
        self.username, self.access_key = username, access_key
        self.max_page_size = max_page_size
        self.rows: dict[str, list[dict[str, Any]]] = {
            ORDER_PAGE: workorders.workorders(datetime.now(UTC)),
            metadata.VEHICLE_PAGE: [dict(row) for row in workorders.VEHICLES],
            metadata.CUSTOMER_PAGE: [dict(row) for row in workorders.CUSTOMERS],
        }
        self.versions: dict[tuple[str, tuple[Any, ...]], int] = {}
        self.concurrent_edits = 0
        """PATCHes that meet another user's change of the record first."""
        self.filters: list[str] = []
        self.refusals: list[str] = []
        self.patch_statuses: list[int] = []
        self.requests: list[tuple[str, dict[str, str]]] = []
        """Method and headers of every request, in the order they came."""
        route = Route("/{path:path}", self._handle, methods=["GET", "PATCH"])
        self.app = Starlette(routes=[route])

    def environment(self, server_root: str) -> dict[str, str]:
        """The DMS variables a dealer's IT sets for this server instance."""
        return {
            "INCADEA_DESK_DMS_API_KIND": "odatav4",
            "INCADEA_DESK_DMS_BASE_URL": f"{server_root}/{self.instance}",
            "INCADEA_DESK_DMS_COMPANY_NAME": self.company,
            "INCADEA_DESK_DMS_AUTH_MODE": "basic",
            "INCADEA_DESK_DMS_USERNAME": self.username,
            "INCADEA_DESK_DMS_ACCESS_KEY": self.access_key,
        }

    def order(self, no: str) -> dict[str, Any]:
        return next(row for row in self.rows[ORDER_PAGE] if row["No"] == no)

    # --- one request ---------------------------------------------------------------

    async def _handle(self, request: Request) -> Response:
        self.requests.append((request.method, dict(request.headers)))
        expected = f"{self.username}:{self.access_key}".encode()
        if request.headers.get("authorization") != "Basic " + base64.b64encode(expected).decode():
            return Response(status_code=401, headers={"WWW-Authenticate": 'Basic realm=""'})
        prefix = f"/{self.instance}/ODataV4/"
        path = request.url.path
        if not path.startswith(prefix):
            return _error(404, "BadRequest_NotFound", "No service is published at this path")
        rest = path.removeprefix(prefix)
        if rest == "$metadata":
            return Response(metadata.edmx(), media_type="application/xml")
        if rest == "Company":
            # The instance's default web service of its companies, which the server's own
            # "company can't be found" answer points to (dev-itpro/webservices/
            # dynamics-error-codes.md, Internal_CompanyNotFound).
            company = {"Name": self.company, "Evaluation_Company": False, "Display_Name": ""}
            wanted = request.query_params.get("$select")
            if wanted:
                company = {k: v for k, v in company.items() if k in wanted.split(",")}
            return JSONResponse({"value": [company]})
        match = _COMPANY.match(rest)
        if match is None:
            return _error(404, "BadRequest_ResourceNotFound", f"Resource not found for '{rest}'")
        if match.group(1).replace("''", "'") != self.company:
            return _error(400, "Internal_CompanyNotFound", "Can't find the company.")
        page, predicate = match.group(2), match.group(3)
        if page not in metadata.PUBLISHED:
            return _error(404, "BadRequest_ResourceNotFound", f"Resource not found for '{page}'")
        try:
            if predicate is None and request.method == "PATCH":
                message = f"'PATCH' requests for '{page}' of EdmType 'Collection' are not allowed"
                return _error(405, "BadRequest_MethodNotAllowed", message)
            if predicate is None:
                return self._collection(request, page)
            row = self._by_key(page, predicate)
            if request.method == "PATCH":
                return await self._patch(request, page, row)
            return self._entity(request, page, row)
        except query.QueryError as refused:
            self.refusals.append(refused.message)
            return _error(refused.status, refused.code, refused.message)

    def _collection(self, request: Request, page: str) -> Response:
        key, types = PAGES[page]
        options = request.query_params
        rows = self.rows[page]
        if "$filter" in options:
            self.filters.append(options["$filter"])
            holds = query.row_filter(options["$filter"], types)
            rows = [row for row in rows if holds(row)]
        rows = query.ordered(rows, options.get("$orderby"), key, types)
        if "$top" in options:
            rows = rows[: int(options["$top"])]
        asked = _MAXPAGESIZE.search(request.headers.get("prefer", ""))
        size = min(int(asked.group(1)), self.max_page_size) if asked else self.max_page_size
        start = int(options.get("$skiptoken", "0"))
        body: dict[str, Any] = {
            "@odata.context": f"{self._root(request)}$metadata#{page}",
            "value": [self._render(request, page, row) for row in rows[start : start + size]],
        }
        if start + size < len(rows):
            following = [(k, v) for k, v in options.multi_items() if k != "$skiptoken"]
            following.append(("$skiptoken", str(start + size)))
            body["@odata.nextLink"] = (
                f"{request.url.scheme}://{request.url.netloc}{request.url.path}?"
                + urlencode(following, quote_via=quote, safe="$'(),=")
            )
        headers = {"Preference-Applied": f"odata.maxpagesize={size}"} if asked else {}
        return JSONResponse(body, headers=headers)

    def _by_key(self, page: str, predicate: str) -> dict[str, Any]:
        key = PAGES[page][0]
        given = {
            name: text.replace("''", "'") if bare == "" else bare
            for name, text, bare in _KEY_PART.findall(predicate)
        }
        if set(given) != set(key):
            raise query.QueryError("BadRequest_NotFound", f"The key {predicate} names {key}")
        for row in self.rows[page]:
            if all(str(row[name]) == given[name] for name in key):
                return row
        fields = ",".join(f"{name}='{given[name]}'" for name in key)
        message = f"The {page} does not exist. Identification fields and values: {fields}"
        raise query.QueryError("Internal_RecordNotFound", message, status=404)

    def _entity(self, request: Request, page: str, row: dict[str, Any]) -> Response:
        body = {"@odata.context": f"{self._root(request)}$metadata#{page}/$entity"}
        return JSONResponse(body | self._render(request, page, row))

    async def _patch(self, request: Request, page: str, row: dict[str, Any]) -> Response:
        response = self._patched(request, page, row, await request.json())
        self.patch_statuses.append(response.status_code)
        return response

    def _patched(
        self, request: Request, page: str, row: dict[str, Any], changes: dict[str, Any]
    ) -> Response:
        key, types = PAGES[page]
        if_match = request.headers.get("if-match")
        if not if_match:
            return _error(
                400,
                "BadRequest_InvalidToken",
                "Could not validate the client concurrency token required by the service. "
                "Please provide a valid token in the client request.",
            )
        if self.concurrent_edits:
            self.concurrent_edits -= 1
            self._touch(page, row, Vehicle_Arrived=True)
        if if_match != "*" and if_match != self._etag(page, row):
            return _error(
                409, "Request_EntityChanged", "Another user has already changed the record."
            )
        unknown = [name for name in changes if name not in types or name in key]
        if unknown:
            return _error(
                400, "BadRequest_InvalidOperation", f"Control '{unknown[0]}' is read-only"
            )
        self._touch(page, row, **changes)
        return self._entity(request, page, row)

    # --- records -------------------------------------------------------------------

    def _touch(self, page: str, row: dict[str, Any], **changes: Any) -> None:
        row.update(changes)
        if "Last_Modified_Date_Time" in PAGES[page][1]:
            row["Last_Modified_Date_Time"] = _now()
        ident = (page, tuple(row[name] for name in PAGES[page][0]))
        self.versions[ident] = self.versions.get(ident, 1) + 1

    def _etag(self, page: str, row: dict[str, Any]) -> str:
        version = self.versions.get((page, tuple(row[name] for name in PAGES[page][0])), 1)
        token = base64.b64encode(f"'36;{version:017d}1;'".encode()).decode()
        return f'W/"{token}"'

    def _render(self, request: Request, page: str, row: dict[str, Any]) -> dict[str, Any]:
        options = request.query_params
        types = PAGES[page][1]
        record: dict[str, Any] = {"@odata.etag": self._etag(page, row)}
        record |= {name: row[name] for name in query.selected(options.get("$select"), types)}
        if page == ORDER_PAGE:
            wanted, select = query.expanded(options.get("$expand"), LINES_PAGE)
            if wanted:
                names = query.selected(select, PAGES[LINES_PAGE][1])
                record[LINES_PAGE] = [
                    {name: line[name] for name in names} for line in row[LINES_PAGE]
                ]
        return record

    def _root(self, request: Request) -> str:
        return f"{request.url.scheme}://{request.url.netloc}/{self.instance}/ODataV4/"
