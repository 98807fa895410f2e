"""The async OData client of one Incadea DMS company."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit
from uuid import UUID

import httpx

from incadea_desk.concurrently import gather
from incadea_desk.domain.dms_records import (
    ChangedPage,
    DmsChange,
    DmsWorkorder,
    MileageReading,
    RefusedRow,
)
from incadea_desk.domain.registration import RegistrationNumber, dms_search_forms
from incadea_desk.errors import BadResponse, NotFound
from incadea_desk.http import RemoteHttp, build_async_client
from incadea_desk.incadea import odata
from incadea_desk.incadea.auth import auth_for
from incadea_desk.incadea.config import IncadeaConnection
from incadea_desk.incadea.contract import ContractReport, check_metadata
from incadea_desk.incadea.failures import (
    CONFLICT_STATUSES,
    DEFECT_CODES,
    MESSAGES,
    read_error,
    refusal_message,
)
from incadea_desk.incadea.mapping import to_workorder
from incadea_desk.incadea.names import TenantNames
from incadea_desk.incadea.paging import PagingGuard
from incadea_desk.incadea.rows import ReadRows, refused_order, to_dms_workorder
from incadea_desk.incadea.spans import changed_in, read_count
from incadea_desk.incadea.wire import (
    RawOrderPage,
    ReferencePage,
    ServiceOrderPage,
    StampedPage,
    WireCustomer,
    WireMileage,
    WireServiceLinePage,
    WireServiceOrder,
    WireVehicle,
)
from incadea_desk.messages import remote_sentence
from incadea_desk.request_retries import RetryListener, RetryPolicy

log = logging.getLogger(__name__)

P = TypeVar("P", RawOrderPage, StampedPage, ReferencePage)

# No DMS key or plate comes near this; longer input cannot match and is not sent.
MAX_KEY_LENGTH = 100
# Held workorders asked for in one request: a filter of 20 numbers stays a short URL.
REREAD_CHUNK = 20
# Ids joined by "or" in one $filter: about 1,100 characters of URL, far below what
# Business Central and the proxies in front of it accept.
IDS_PER_REQUEST = 20


class IncadeaClient:
    """Finds, reads and pages service orders and writes the mileage back.

    One instance per configured DMS, owned by the application and closed with
    :meth:`aclose`. Every method raises only :class:`~incadea_desk.errors.RemoteError`
    kinds (and ``asyncio.CancelledError``).
    """

    def __init__(
        self,
        config: IncadeaConnection,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._config = config
        self._root = config.api_root
        self._names = TenantNames(config.mapping)
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
            max_in_flight=config.max_in_flight,
        )

    def on_retry(self, listener: RetryListener) -> None:
        """Call ``listener(attempt, attempts)`` before each repeat of a request."""
        self._http.retry_listeners.append(listener)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> IncadeaClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def find_by_order_no(self, wo_number: str) -> list[DmsWorkorder]:
        """Service orders with this WO number, newest appointment first."""
        if len(wo_number) > MAX_KEY_LENGTH:
            return []
        return await self._query(self._names.eq("orderNo", wo_number.strip()), "find by WO number")

    async def find_by_registration(self, reg: RegistrationNumber) -> list[DmsWorkorder]:
        """Service orders of this plate whether the DMS stored it compact or dashed,
        newest appointment first."""
        # Several forms of one field: Business Central refuses "or" only across fields.
        forms = [self._names.eq("registrationNo", form) for form in dms_search_forms(reg)]
        return await self._query(odata.or_(*forms), "find by registration")

    async def get_workorder(self, dms_number: str) -> DmsWorkorder:
        """The complete workorder with this DMS number; ``NotFound`` if there is none."""
        found = []
        if len(dms_number) <= MAX_KEY_LENGTH:
            found = await self._query(self._names.eq("documentNo", dms_number), "get workorder")
        if not found:
            raise _no_match()
        return found[0]

    def changed_since(self, since: datetime, *, page_size: int = 100) -> AsyncIterator[ChangedPage]:
        return self.changed_between(since, None, page_size=page_size)

    async def count_changed(self, since: datetime, until: datetime | None) -> int:
        """How many service orders changed at or after ``since`` (and before ``until``)."""
        where = changed_in(self._names, since, until)
        response = await self._http.send(
            "GET",
            self._url(f"{self._names.orders}/$count", {"$filter": where.text}),
            headers={"Accept": "text/plain"},
            retry_safe=True,
            operation="count changed",
        )
        return read_count(response)

    async def changed_between(
        self, since: datetime, until: datetime | None, *, page_size: int = 100
    ) -> AsyncIterator[ChangedPage]:
        """Pages of service orders changed at or after ``since`` and before ``until``
        (None: no end), oldest change first (ties by id), each row read on its own. The
        DMS's ``@odata.nextLink`` is followed as it is given, as long as the walk moves
        forward (``BadResponse`` when it does not)."""
        names = self._names
        modified, key = names.order_field("lastModifiedDateTime"), names.order_field("id")
        params = {
            "$filter": changed_in(names, since, until).text,
            "$orderby": f"{modified} asc,{key} asc",
            "$expand": names.expand,
        }
        headers = {"Prefer": f"odata.maxpagesize={page_size}"}
        url: str | None = self._url(names.orders, params)
        guard = PagingGuard()
        while url is not None:
            response = await self._http.send(
                "GET", url, headers=headers, retry_safe=True, operation="changed since"
            )
            page = await self._rows(response)
            guard.advance(page.positions, page.next_link)
            yield await self._read_page(page.orders, page.refused, _dms_now(response))
            url = self._checked_next_link(page.next_link)
            if url is not None:
                guard.follow(url)

    async def reread(self, keys: Sequence[str]) -> ChangedPage:
        """The service orders with these DMS numbers (or entity ids), each row read on its
        own; a number the DMS no longer has is in neither list."""
        names = self._names
        wanted = [key for key in dict.fromkeys(keys) if len(key) <= MAX_KEY_LENGTH]
        pages = await gather(
            [
                self._http.send(
                    "GET",
                    self._url(names.orders, {"$filter": where.text, "$expand": names.expand}),
                    retry_safe=True,
                    operation="read held workorders",
                )
                for where in _key_filters(names, wanted)
            ]
        )
        orders: list[WireServiceOrder] = []
        refused: list[RefusedRow] = []
        now: datetime | None = None
        for response in pages:
            page = await self._rows(response)
            orders += page.orders
            refused += page.refused
            now = _dms_now(response) or now
        return await self._read_page(orders, refused, now)

    async def _rows(self, response: httpx.Response) -> ReadRows:
        # Reading a page of 100 orders is several milliseconds of CPU: off the event
        # loop (the window's, in the application), which only waits for it.
        page = await asyncio.to_thread(
            self._names.parse, RawOrderPage, response, "serviceOrders", page=True
        )
        return await asyncio.to_thread(ReadRows.of, page)

    async def _read_page(
        self, orders: list[WireServiceOrder], refused: list[RefusedRow], now: datetime | None
    ) -> ChangedPage:
        good, more = await self._complete_rows(orders)
        return ChangedPage(rows=good, refused=refused + more, dms_now=now)

    async def update_mileage(self, reading: MileageReading, km: int) -> MileageReading:
        """Write ``km`` guarded by ``reading.etag``; ``Conflict`` if the order changed
        since it was read, ``Refused`` if the DMS rejects the value.

        The etag must be one the DMS gave us: ``If-Match: *`` would overwrite
        a change we have not seen (Business Central accepts it), so it is never sent.
        A stale etag is a ``Conflict`` whether the DMS answers 412 or, as Business
        Central does, 409 ``Request_EntityChanged``. The reading returned is the one
        the write answered with; a DMS that answers 204 is read once more.
        """
        if not reading.etag or reading.etag.strip() == "*":
            raise ValueError("update_mileage needs the etag of a reading, not a wildcard")
        entity = _guid(reading.entity_id, "id")
        names = self._names
        response = await self._http.send(
            "PATCH",
            self._url(f"{names.orders}({entity})"),
            json={names.order_field("mileageKm"): km},
            # The answer is the order's new version, so nothing is read again after the
            # write (Business Central answers a PATCH with the entity; OData's
            # return=representation asks for it explicitly).
            headers={"If-Match": reading.etag, "Prefer": "return=representation"},
            retry_safe=True,
            operation="update mileage",
        )
        log.info("incadea: mileage written for entity %s", entity)
        if response.status_code == 204 or not response.content:
            return await self._reading_by_id(entity)
        return _reading(names.parse(WireMileage, response, "serviceOrders"))

    async def ping(self) -> None:
        """Succeeds when the DMS is reachable and accepts our credentials."""
        await self._http.send(
            "GET",
            self._url(self._names.orders, {"$top": "1"}),
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
        return check_metadata(await self.metadata(), self._config.mapping, self._config.api_route)

    async def _reading_by_id(self, entity: str) -> MileageReading:
        response = await self._http.send(
            "GET",
            self._url(f"{self._names.orders}({entity})"),
            retry_safe=True,
            operation="read mileage",
        )
        return _reading(self._names.parse(WireMileage, response, "serviceOrders"))

    def _url(self, path: str, params: dict[str, str] | None = None) -> str:
        # The query string is built here, not by httpx, which sends a space as "+".
        url = self._root + path
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

    async def _query(self, where: odata.Filter, operation: str) -> list[DmsWorkorder]:
        names = self._names
        params = {
            "$filter": where.text,
            "$expand": names.expand,
            "$orderby": f"{names.order_field('appointmentDateTime')} desc",
        }
        response = await self._http.send(
            "GET", self._url(names.orders, params), retry_safe=True, operation=operation
        )
        page = names.parse(ServiceOrderPage, response, "serviceOrders", page=True)
        return await self._complete_all(page.value)

    async def _complete_all(self, orders: list[WireServiceOrder]) -> list[DmsWorkorder]:
        """The orders of a search, complete; one that cannot be read refuses the answer
        (the advisor is told, with the field)."""
        completed = await gather([self._complete(order) for order in orders if _incomplete(order)])
        by_id = {order.id: order for order in completed}
        complete = [by_id.get(order.id, order) for order in orders]
        # About a tenth of a millisecond per order: off the event loop, like the reading.
        return await asyncio.to_thread(lambda: [_dms_workorder(order) for order in complete])

    async def _complete_rows(
        self, orders: list[WireServiceOrder]
    ) -> tuple[list[DmsWorkorder], list[RefusedRow]]:
        """The orders of a walk, complete, each on its own: an order whose navigation
        cannot be read, or that the domain cannot hold, is refused alone."""
        incomplete = [order for order in orders if _incomplete(order)]
        completed = await gather([self._complete_or_refuse(order) for order in incomplete])
        by_id = {order.id: done for order, done in zip(incomplete, completed, strict=True)}
        rows: list[DmsWorkorder] = []
        refused: list[RefusedRow] = []

        def read_all() -> None:
            for order in orders:
                done = by_id.get(order.id, order)
                read = to_dms_workorder(done) if isinstance(done, WireServiceOrder) else done
                (rows if isinstance(read, DmsWorkorder) else refused).append(read)  # type: ignore[arg-type]

        await asyncio.to_thread(read_all)
        return rows, refused

    async def _complete_or_refuse(self, order: WireServiceOrder) -> WireServiceOrder | RefusedRow:
        try:
            return await self._complete(order)
        except BadResponse as failure:
            if failure.code != "schema":
                raise
            return refused_order(order, failure)

    async def _complete(self, order: WireServiceOrder) -> WireServiceOrder:
        """Reads, in parallel, the navigations this DMS did not expand.

        Expanded lines that came back empty are read once more through the navigation:
        Business Central has been seen to return an empty list for a nested expand that
        has rows (microsoft/AL#8179), and a workorder must not be imported without them.
        """
        reads: list[Awaitable[Any]] = [
            self._lines(order.id) if not order.serviceLines else _none(),
            self._vehicle(order.vehicleId, order.vehicle),
            self._customer(order.contractorCustomerId)
            if order.contractor is None and order.contractorCustomerId is not None
            else _none(),
        ]
        lines, vehicle, contractor = await gather(reads)
        updates: dict[str, object] = {"vehicle": vehicle}
        if lines is not None:
            updates["serviceLines"] = lines.value
        if contractor is not None:
            updates["contractor"] = contractor
        return order.model_copy(update=updates)

    async def _lines(self, order_id: UUID) -> WireServiceLinePage:
        names = self._names
        response = await self._http.send(
            "GET",
            self._url(f"{names.orders}({order_id})/{names.order_field('serviceLines')}"),
            retry_safe=True,
            operation="read service lines",
        )
        return names.parse(WireServiceLinePage, response, "serviceLines", page=True)

    async def _vehicle(
        self, vehicle_id: UUID | None, expanded: WireVehicle | None
    ) -> WireVehicle | None:
        vehicle = expanded
        if vehicle is None:
            if vehicle_id is None:
                return None
            names = self._names
            response = await self._http.send(
                "GET",
                self._url(f"{names.vehicles}({vehicle_id})", {"$expand": names.vehicle_expand}),
                retry_safe=True,
                operation="read vehicle",
            )
            vehicle = names.parse(WireVehicle, response, "vehicles")
        if not _vehicle_incomplete(vehicle):
            return vehicle
        driver, owner = await gather(
            [
                self._customer(vehicle.driverCustomerId)
                if vehicle.driver is None and vehicle.driverCustomerId is not None
                else _none(),
                self._customer(vehicle.ownerCustomerId)
                if vehicle.owner is None and vehicle.ownerCustomerId is not None
                else _none(),
            ]
        )
        return vehicle.model_copy(
            update={"driver": driver or vehicle.driver, "owner": owner or vehicle.owner}
        )

    async def _customer(self, customer_id: UUID) -> WireCustomer:
        response = await self._http.send(
            "GET",
            self._url(f"{self._names.customers}({customer_id})"),
            retry_safe=True,
            operation="read customer",
        )
        return self._names.parse(WireCustomer, response, "customers")

    # --- reconciliation, and the walks over changed cars and customers ------------------

    async def changed_since_any_stamp(
        self, since: datetime, *, page_size: int = 100
    ) -> AsyncIterator[list[DmsWorkorder]]:
        """Pages of service orders changed at or after ``since`` by ``lastModifiedDateTime``
        and then, where the tenant has it, by ``systemModifiedAt`` (one field per walk:
        Business Central refuses ``or`` across fields). An order may come in both."""
        names = self._names
        for stamp in names.order_stamps:
            params = {
                "$filter": names.ge(stamp, since).text,
                "$orderby": f"{names.order_field(stamp)} asc,{names.order_field('id')} asc",
                "$expand": names.expand,
            }
            async for hits in self._readable_orders(params, page_size):
                yield hits

    async def workorders_by_ids(self, entity_ids: Sequence[str]) -> list[DmsWorkorder]:
        """The service orders with these ids that the DMS still has, complete."""
        ids = sorted({UUID(i) for i in entity_ids if _is_guid(i)})
        found: list[DmsWorkorder] = []
        for start in range(0, len(ids), IDS_PER_REQUEST):
            chunk = ids[start : start + IDS_PER_REQUEST]
            where = odata.or_(*(self._names.eq("id", i) for i in chunk))
            found += await self._orders_where(where)
        return found

    def cars_changed_since(self, since: datetime) -> AsyncIterator[list[DmsChange]]:
        """Pages of the vehicles changed at or after ``since``, oldest change first."""
        return self._changes(self._names.vehicles, self._names.vehicle_field, since)

    def customers_changed_since(self, since: datetime) -> AsyncIterator[list[DmsChange]]:
        """Pages of the customers changed at or after ``since``, oldest change first."""
        return self._changes(self._names.customers, self._names.customer_field, since)

    async def workorders_of(
        self, *, cars: Sequence[str], customers: Sequence[str], appointments_from: datetime
    ) -> list[DmsWorkorder]:
        """The service orders with an appointment at or after ``appointments_from`` of these
        vehicles, of the vehicles these customers drive or own, and that these customers
        pay for; read in batches of ids, one field per ``$filter``."""
        names = self._names
        vehicle_ids = {UUID(i) for i in cars if _is_guid(i)}
        customer_ids = sorted({UUID(i) for i in customers if _is_guid(i)})
        for role in ("driverCustomerId", "ownerCustomerId"):
            for start in range(0, len(customer_ids), IDS_PER_REQUEST):
                chunk = customer_ids[start : start + IDS_PER_REQUEST]
                where = odata.or_(*(odata.eq(role, i, wire=names.vehicle_field) for i in chunk))
                pages = self._paged(
                    names.vehicles, {"$filter": where.text}, ReferencePage, "vehicles"
                )
                async for vehicles in pages:
                    vehicle_ids.update(vehicle.id for vehicle in vehicles)
        since = names.ge("appointmentDateTime", appointments_from)
        orders: dict[str, DmsWorkorder] = {}
        for field, ids in (
            ("vehicleId", sorted(vehicle_ids)),
            ("contractorCustomerId", customer_ids),
        ):
            for start in range(0, len(ids), IDS_PER_REQUEST):
                chunk = ids[start : start + IDS_PER_REQUEST]
                where = odata.and_(odata.or_(*(names.eq(field, i) for i in chunk)), since)
                orders.update((hit.entity_id, hit) for hit in await self._orders_where(where))
        return list(orders.values())

    async def _orders_where(self, where: odata.Filter) -> list[DmsWorkorder]:
        params = {"$filter": where.text, "$expand": self._names.expand}
        found: list[DmsWorkorder] = []
        async for hits in self._readable_orders(params):
            found += hits
        return found

    async def _readable_orders(
        self, params: dict[str, str], page_size: int = 100
    ) -> AsyncIterator[list[DmsWorkorder]]:
        """The complete workorders of one query, page by page, each row read on its own:
        a row that cannot be read is left out of these walks (the change walk holds it
        and says why), so it cannot stop them."""
        names = self._names
        pages = self._paged(names.orders, params, RawOrderPage, "serviceOrders", page_size)
        async for raw in pages:
            rows = await asyncio.to_thread(ReadRows.of, RawOrderPage(value=raw))
            good, refused = await self._complete_rows(rows.orders)
            for row in [*rows.refused, *refused]:
                log.info(
                    "incadea: %s left out of a wider walk (%s, %s)",
                    row.dms_number,
                    row.field,
                    row.reason_code,
                )
            yield good

    async def _changes(
        self, entity_set: str, wire: Callable[[str], str], since: datetime
    ) -> AsyncIterator[list[DmsChange]]:
        params = {
            "$filter": odata.ge("lastModifiedDateTime", since, wire=wire).text,
            "$orderby": f"{wire('lastModifiedDateTime')} asc,{wire('id')} asc",
        }
        section = self._names.mapping.inverse("entitySets").get(entity_set, entity_set)
        async for stamped in self._paged(entity_set, params, StampedPage, section):
            yield [DmsChange(str(s.id), s.lastModifiedDateTime.astimezone(UTC)) for s in stamped]

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


def _no_match() -> NotFound:
    return NotFound(remote_sentence("no_match", "dms"), "dms", code="no_match", reason="no_match")


async def _none() -> None:
    return None


def _vehicle_incomplete(vehicle: WireVehicle) -> bool:
    return (vehicle.driver is None and vehicle.driverCustomerId is not None) or (
        vehicle.owner is None and vehicle.ownerCustomerId is not None
    )


def _incomplete(order: WireServiceOrder) -> bool:
    if not order.serviceLines:
        return True
    if order.contractor is None and order.contractorCustomerId is not None:
        return True
    if order.vehicle is None:
        return order.vehicleId is not None
    return _vehicle_incomplete(order.vehicle)


def _is_guid(value: str) -> bool:
    try:
        UUID(value)
    except ValueError:
        return False
    return True


def _guid(value: str, field: str) -> str:
    try:
        return str(UUID(value))
    except ValueError:
        raise BadResponse(
            f"The DMS sent an answer we cannot read (field {field}).", "dms", code="schema"
        ) from None


def _reading(wire: WireMileage) -> MileageReading:
    return MileageReading(
        entity_id=str(wire.id),
        etag=wire.etag,
        km=wire.mileageKm or 0,
        reading_date=wire.mileageDate,
        last_modified=(
            wire.lastModifiedDateTime.astimezone(UTC) if wire.lastModifiedDateTime else None
        ),
    )


def _dms_workorder(order: WireServiceOrder) -> DmsWorkorder:
    return DmsWorkorder(
        workorder=to_workorder(order),
        entity_id=str(order.id),
        etag=order.etag,
        last_modified=order.lastModifiedDateTime.astimezone(UTC),
    )


def _dms_now(response: httpx.Response) -> datetime | None:
    """The DMS's clock from the HTTP ``Date`` header (RFC 9110 section 6.6.1), if any."""
    text = response.headers.get("date")
    if not text:
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else None


def _key_filters(names: TenantNames, keys: list[str]) -> list[odata.Filter]:
    """Filters for these keys, a few numbers each: one field in several forms (Business
    Central refuses "or" only across fields). A key that is a GUID is a row whose number
    could not be read: it is asked by its id, alone."""
    numbers: list[odata.Filter] = []
    filters: list[odata.Filter] = []
    for key in keys:
        try:
            filters.append(names.eq("id", UUID(key)))
        except ValueError:
            numbers.append(names.eq("documentNo", key))
    for start in range(0, len(numbers), REREAD_CHUNK):
        filters.append(odata.or_(*numbers[start : start + REREAD_CHUNK]))
    return filters
