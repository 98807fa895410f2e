"""One signed-in connection to a DMS company: the HTTP policy, URLs, paging and the
service's ``$metadata``; the clients of both API kinds build on it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from incadea_desk.errors import BadResponse
from incadea_desk.fair_turns import Seat
from incadea_desk.http import RemoteHttp, build_async_client
from incadea_desk.incadea import odata
from incadea_desk.incadea.auth import auth_for
from incadea_desk.incadea.config import IncadeaConnection
from incadea_desk.incadea.contract import ContractReport, check_metadata
from incadea_desk.incadea.failures import (
    CONFLICT_STATUSES,
    DEFECT_CODES,
    MESSAGES,
    code_reason,
    read_error,
    refusal_message,
)
from incadea_desk.incadea.names import TenantNames
from incadea_desk.incadea.paging import PagingGuard
from incadea_desk.incadea.wire import (
    RawOrderPage,
    ReferencePage,
    StampedPage,
)
from incadea_desk.request_retries import RetryListener, RetryPolicy

P = TypeVar("P", RawOrderPage, StampedPage, ReferencePage)


class DmsSession:
    """The HTTP side of one configured DMS, owned by the application and closed with
    :meth:`aclose`."""

    def __init__(
        self,
        config: IncadeaConnection,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] | None = None,
        seat: Seat | None = None,
    ) -> None:
        self._config = config
        self._root = config.api_root
        self._names = TenantNames(config.mapping)
        self._branch = (
            odata.branch(config.branch_field, config.branch_value or "")
            if config.branch_field
            else None
        )
        auth = auth_for(config, clock=clock) if clock else auth_for(config)
        client = build_async_client(
            timeouts=config.timeouts,
            auth=auth,
            transport=transport,
            headers={"Accept": "application/json"},
            max_in_flight=config.max_in_flight,
        )
        self._http = RemoteHttp(
            system="dms",
            client=client,
            timeouts=config.timeouts,
            error_reader=read_error,
            retry=retry,
            messages=MESSAGES,
            refusal_message=refusal_message,
            conflict_statuses=CONFLICT_STATUSES,
            defect_codes=DEFECT_CODES,
            code_reason=code_reason,
            max_in_flight=config.max_in_flight,
            gate=seat.gate if seat is not None else None,
            in_flight=seat,
        )

    @property
    def keeps_change_stamps(self) -> bool:
        """Whether the mapping names the workorders' changed-since field."""
        return self._config.mapping.has_field("serviceOrders", "lastModifiedDateTime")

    @property
    def requests_sent(self) -> int:
        """Requests sent to the DMS so far, retries included (the importer's metrics)."""
        return self._http.sent

    def on_retry(self, listener: RetryListener) -> None:
        """Call ``listener(attempt, attempts)`` before each repeat of a request."""
        self._http.retry_listeners.append(listener)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def ping(self) -> None:
        """Succeeds when the DMS is reachable and accepts our credentials."""
        await self._http.send(
            "GET",
            self._url(
                self._names.orders,
                {"$top": "1", "$select": self._names.select("serviceOrders", ["id"])},
            ),
            retry_safe=True,
            operation="ping",
        )

    async def metadata(self) -> bytes:
        """The API route's ``$metadata`` (EDMX), as the DMS sends it."""
        response = await self._http.send(
            "GET",
            self._config.service_root + "$metadata",
            headers={"Accept": "application/xml"},
            retry_safe=True,
            operation="read metadata",
        )
        return response.content

    async def check_contract(self) -> ContractReport:
        """Signs in, reads ``$metadata`` and holds the tenant mapping against it."""
        config = self._config
        return check_metadata(
            await self.metadata(), config.mapping, config.api_route, config.branch_field
        )

    def _url(self, path: str, params: dict[str, str] | None = None) -> str:
        # The query string is built here, not by httpx, which sends a space as "+".
        url = self._root + path
        if self._branch is not None and path in (
            self._names.orders,
            f"{self._names.orders}/$count",
        ):
            params = dict(params or {})
            where = params.get("$filter")
            # The service orders of the site's branch only, whatever else is asked.
            # A filter of several parts comes parenthesized from odata.or_ / odata.and_.
            params["$filter"] = (
                odata.and_(self._branch, odata.Filter(where)).text if where else self._branch.text
            )
        return f"{url}?{odata.query_string(params)}" if params else url

    def _checked_next_link(self, link: str | None) -> str | None:
        # The link is opaque, but our credentials must not follow it to another host.
        if link is None:
            return None
        ours, theirs = urlsplit(self._root), urlsplit(link)
        if (theirs.scheme, theirs.netloc) != (ours.scheme, ours.netloc):
            raise BadResponse(
                "The DMS sent an answer we cannot read (field @odata.nextLink).",
                "dms",
                code="foreign_next_link",
            )
        return link

    async def _paged(
        self,
        path: str,
        params: dict[str, str],
        model: type[P],
        section: str,
        page_size: int = 100,
    ) -> AsyncIterator[list[Any]]:
        """The ``value`` of every page of one query, following ``@odata.nextLink``."""
        headers = {"Prefer": f"odata.maxpagesize={page_size}"}
        url: str | None = self._url(path, params)
        guard = PagingGuard()
        while url is not None:
            response = await self._http.send(
                "GET", url, headers=headers, retry_safe=True, operation="reconcile"
            )
            page = await asyncio.to_thread(self._names.parse, model, response, section, page=True)
            if not page.value:
                guard.advance([], page.next_link)  # an empty page may not promise more
            yield list(page.value)
            url = self._checked_next_link(page.next_link)
            if url is not None:
                guard.follow(url)


def dms_now(response: httpx.Response) -> datetime | None:
    """The DMS's clock from the HTTP ``Date`` header (RFC 9110 section 6.6.1), if any."""
    text = response.headers.get("date")
    if not text:
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else None
