"""The async OData client of one Incadea DMS company."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, datetime
from uuid import UUID

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
from incadea_desk.incadea import odata
from incadea_desk.incadea.completion import OrderCompletion
from incadea_desk.incadea.mapping import Order
from incadea_desk.incadea.names import TenantNames
from incadea_desk.incadea.paging import PagingGuard
from incadea_desk.incadea.rows import ReadRows
from incadea_desk.incadea.session import dms_now
from incadea_desk.incadea.spans import changed_in, read_count
from incadea_desk.incadea.webhooks import BcSubscriptions
from incadea_desk.incadea.wire import (
    RawOrderPage,
    ReferencePage,
    ServiceOrderPage,
    StampedPage,
    WireMileage,
)
from incadea_desk.messages import remote_sentence

log = logging.getLogger(__name__)

# No DMS key or plate comes near this; longer input cannot match and is not sent.
MAX_KEY_LENGTH = 100
# Held workorders asked for in one request: a filter of 20 numbers stays a short URL.
REREAD_CHUNK = 20
# Ids joined by "or" in one $filter: about 1,100 characters of URL, far below what
# Business Central and the proxies in front of it accept.
IDS_PER_REQUEST = 20


class IncadeaClient(OrderCompletion):
    """Finds, reads and pages service orders and writes the mileage back.

    One instance per configured DMS, owned by the application and closed with
    :meth:`aclose`. Every method raises only :class:`~incadea_desk.errors.RemoteError`
    kinds (and ``asyncio.CancelledError``).
    """

    def push(self) -> BcSubscriptions:
        """The webhook subscription to this company's service orders (``services/push.py``)."""
        return BcSubscriptions(self._http, self._config, self._names.orders)

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
            "$select": names.order_select,
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
            yield await self._read_page(page.orders, page.refused, dms_now(response))
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
                    self._url(
                        names.orders,
                        {
                            "$filter": where.text,
                            "$select": names.order_select,
                            "$expand": names.expand,
                        },
                    ),
                    retry_safe=True,
                    operation="read held workorders",
                )
                for where in _key_filters(names, wanted)
            ]
        )
        orders: list[Order] = []
        refused: list[RefusedRow] = []
        now: datetime | None = None
        for response in pages:
            page = await self._rows(response)
            orders += page.orders
            refused += page.refused
            now = dms_now(response) or now
        return await self._read_page(orders, refused, now)

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

    async def _reading_by_id(self, entity: str) -> MileageReading:
        response = await self._http.send(
            "GET",
            self._url(f"{self._names.orders}({entity})", {"$select": self._names.mileage_select}),
            retry_safe=True,
            operation="read mileage",
        )
        return _reading(self._names.parse(WireMileage, response, "serviceOrders"))

    async def _query(self, where: odata.Filter, operation: str) -> list[DmsWorkorder]:
        names = self._names
        params = {
            "$filter": where.text,
            "$select": names.order_select,
            "$expand": names.expand,
            "$orderby": f"{names.order_field('appointmentDateTime')} desc",
        }
        response = await self._http.send(
            "GET", self._url(names.orders, params), retry_safe=True, operation=operation
        )
        page = names.parse(ServiceOrderPage, response, "serviceOrders", page=True)
        return await self._complete_all(page.value)

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
                "$select": names.order_select,
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
                    names.vehicles,
                    {"$filter": where.text, "$select": names.select("vehicles", ["id"])},
                    ReferencePage,
                    "vehicles",
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
        params = {
            "$filter": where.text,
            "$select": self._names.order_select,
            "$expand": self._names.expand,
        }
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
            rows = await asyncio.to_thread(ReadRows.of, raw)
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
            "$select": f"{wire('id')},{wire('lastModifiedDateTime')}",
        }
        section = self._names.mapping.inverse("entitySets").get(entity_set, entity_set)
        async for stamped in self._paged(entity_set, params, StampedPage, section):
            yield [
                DmsChange(str(s.id), s.lastModifiedDateTime)
                for s in stamped
                if s.lastModifiedDateTime is not None
            ]


def _no_match() -> NotFound:
    return NotFound(remote_sentence("no_match", "dms"), "dms", code="no_match", reason="no_match")


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
