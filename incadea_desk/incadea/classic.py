"""The client of classic incadea's page web services: NAV 2018 / BC14 over OData v4.

``{instance}/ODataV4/Company('{name}')/{page}``; the keys come from
``$metadata`` (read once per connection), every read asks ``$select`` for the fields
the mapping names and nothing else, and the related pages are read in batches by
key (``classic_rows``). A search or an import is at most three round trips: the
workorders with their lines subpage, then their vehicles and contractors at once,
then the vehicles' drivers and owners.

The DMS number of a workorder is the value of the key part the mapping names
``documentNo`` (``Nr`` of ``Documentsoort='Order',Nr='SO-1'``); its entity id is the
whole key predicate. A page web service has no stable id apart from its key: a
workorder renumbered in the DMS is a new workorder (docs/wire-contracts.md).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

import httpx

from incadea_desk.answer_reading import read_json, validate_answer
from incadea_desk.concurrently import gather
from incadea_desk.domain.dms_records import (
    ChangedPage,
    DmsChange,
    DmsWorkorder,
    MileageReading,
    RefusedRow,
)
from incadea_desk.domain.registration import RegistrationNumber, dms_search_forms
from incadea_desk.errors import BadResponse, NotFound, Refused
from incadea_desk.fair_turns import Seat
from incadea_desk.incadea import odata
from incadea_desk.incadea.classic_companies import with_company_check
from incadea_desk.incadea.classic_contract import check_page_metadata
from incadea_desk.incadea.classic_keys import (
    EntityShape,
    ServiceShape,
    key_id,
    predicate_value,
    read_shape,
)
from incadea_desk.incadea.classic_rows import (
    CONTRACTOR_FIELD,
    PARTY_FIELDS,
    VEHICLE_FIELD,
    ClassicRecords,
    change_stamp,
    chunks,
)
from incadea_desk.incadea.config import IncadeaConnection
from incadea_desk.incadea.contract import ContractReport
from incadea_desk.incadea.paging import PagingGuard
from incadea_desk.incadea.rows import ReadRows, refused, to_dms_workorder
from incadea_desk.incadea.session import DmsSession, dms_now
from incadea_desk.incadea.tenant import FIELDS
from incadea_desk.incadea.wire import RawOrderPage, WireMileage
from incadea_desk.messages import remote_sentence
from incadea_desk.request_retries import RetryPolicy

log = logging.getLogger(__name__)

MAX_KEY_LENGTH = 100


class PageServiceClient(DmsSession):
    """Finds, reads and pages workorders of classic incadea and writes the mileage back."""

    def __init__(
        self,
        config: IncadeaConnection,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] | None = None,
        seat: Seat | None = None,
    ) -> None:
        super().__init__(config, transport=transport, retry=retry, clock=clock, seat=seat)
        self._records = ClassicRecords(config.mapping)
        self._shape: ServiceShape | None = None
        self._shape_lock = asyncio.Lock()

    # --- the port ------------------------------------------------------------------

    async def find_by_order_no(self, wo_number: str) -> list[DmsWorkorder]:
        if len(wo_number) > MAX_KEY_LENGTH:
            return []
        return await self._search(self._names.eq("orderNo", wo_number.strip()), "find by WO")

    async def find_by_registration(self, reg: RegistrationNumber) -> list[DmsWorkorder]:
        forms = [self._names.eq("registrationNo", form) for form in dms_search_forms(reg)]
        return await self._search(odata.or_(*forms), "find by registration")

    async def get_workorder(self, dms_number: str) -> DmsWorkorder:
        found = []
        if len(dms_number) <= MAX_KEY_LENGTH:
            found = await self._search(self._names.eq("documentNo", dms_number), "get workorder")
        if not found:
            raise NotFound(
                remote_sentence("no_match", "dms"), "dms", code="no_match", reason="no_match"
            )
        return found[0]

    async def changed_since(
        self, since: datetime, *, page_size: int = 100
    ) -> AsyncIterator[ChangedPage]:
        """Pages of workorders changed at or after ``since`` by the DateTime field the
        mapping names ``lastModifiedDateTime``, oldest first, ties in key order."""
        names = self._names
        if not self._records.has_stamp:
            raise Refused(
                remote_sentence("no_change_stamp", "dms"),
                "dms",
                code="no_change_stamp",
                reason="no_change_stamp",
            )
        shape = await self._orders_shape()
        order = [names.order_field("lastModifiedDateTime"), *shape.key]
        params = {
            **self._order_params(shape),
            "$filter": names.ge("lastModifiedDateTime", since).text,
            "$orderby": ",".join(f"{name} asc" for name in order),
        }
        async for raws, response in self._pages(names.orders, params, page_size):
            rows, refused_rows = await self._complete(raws)
            yield ChangedPage(rows=rows, refused=refused_rows, dms_now=dms_now(response))

    async def reread(self, keys: Sequence[str]) -> ChangedPage:
        wanted = [key for key in dict.fromkeys(keys) if len(key) <= MAX_KEY_LENGTH]
        raws: list[dict[str, Any]] = []
        for chunk in chunks(wanted):
            where = odata.or_(*(self._names.eq("documentNo", key) for key in chunk))
            raws += await self._orders_where(where, "read held workorders")
        rows, refused_rows = await self._complete(raws)
        return ChangedPage(rows=rows, refused=refused_rows, dms_now=None)

    async def update_mileage(self, reading: MileageReading, km: int) -> MileageReading:
        """Write ``km`` to the workorder with this key, guarded by ``reading.etag`` (never
        ``If-Match: *``); ``Conflict`` when it changed since it was read."""
        if not reading.etag or reading.etag.strip() == "*":
            raise ValueError("update_mileage needs the etag of a reading, not a wildcard")
        names = self._names
        path = f"{names.orders}({reading.entity_id})"
        response = await self._http.send(
            "PATCH",
            self._url(path),
            json={names.order_field("mileageKm"): km},
            headers={"If-Match": reading.etag, "Prefer": "return=representation"},
            retry_safe=True,
            operation="update mileage",
        )
        log.info("incadea: mileage written for %s", reading.entity_id)
        if response.status_code == 204 or not response.content:
            response = await self._http.send(
                "GET",
                self._url(path, {"$select": self._mileage_select(await self._orders_shape())}),
                retry_safe=True,
                operation="read mileage",
            )
        raw = read_json(response.content, system="dms", status=response.status_code)
        record = self._names.mapping.incoming("serviceOrders", raw)
        if isinstance(record, dict):
            record = {**record, "id": str(key_id(reading.entity_id))}
        wire = validate_answer(WireMileage, record, system="dms", status=response.status_code)
        return MileageReading(
            entity_id=reading.entity_id,
            etag=wire.etag,
            km=wire.mileageKm or 0,
            reading_date=wire.mileageDate,
            last_modified=wire.lastModifiedDateTime if self._records.has_stamp else None,
        )

    async def changed_since_any_stamp(
        self, since: datetime, *, page_size: int = 100
    ) -> AsyncIterator[list[DmsWorkorder]]:
        """The reconciliation walk: a page web service keeps one change stamp at most."""
        if not self._records.has_stamp:
            return
        async for page in self.changed_since(since, page_size=page_size):
            yield page.rows

    async def workorders_by_ids(self, entity_ids: Sequence[str]) -> list[DmsWorkorder]:
        """The workorders with these key predicates that the DMS still has."""
        shape = await self._orders_shape()
        wanted = set(entity_ids)
        numbers = {
            number
            for predicate in wanted
            if (number := _part(shape, predicate, self._names.order_field("documentNo")))
        }
        found = await self.reread(sorted(numbers))
        return [hit for hit in found.rows if hit.entity_id in wanted]

    def cars_changed_since(self, since: datetime) -> AsyncIterator[list[DmsChange]]:
        return self._changes("vehicles", since)

    def customers_changed_since(self, since: datetime) -> AsyncIterator[list[DmsChange]]:
        return self._changes("customers", since)

    async def workorders_of(
        self, *, cars: Sequence[str], customers: Sequence[str], appointments_from: datetime
    ) -> list[DmsWorkorder]:
        """The workorders from ``appointments_from`` of these vehicles (by number), of the
        vehicles these customers drive or own, and that these customers pay for."""
        vehicles = set(cars)
        people = sorted(set(customers))
        vehicle_shape = await self._set_shape("vehicles")
        for field in PARTY_FIELDS:
            for chunk in chunks(people):
                where = odata.or_(
                    *(odata.eq(field, n, wire=self._names.vehicle_field) for n in chunk)
                )
                params = {"$filter": where.text, "$select": ",".join(vehicle_shape.key)}
                async for page, _ in self._pages(self._names.vehicles, params, 100):
                    vehicles.update(str(raw.get(vehicle_shape.key[-1])) for raw in page)
        since = self._names.ge("appointmentDateTime", appointments_from)
        raws: list[dict[str, Any]] = []  # the orders of those vehicles and customers
        for field, numbers in ((VEHICLE_FIELD, sorted(vehicles)), (CONTRACTOR_FIELD, people)):
            for chunk in chunks(numbers):
                where = odata.and_(odata.or_(*(self._names.eq(field, n) for n in chunk)), since)
                raws += await self._orders_where(where, "reconcile")
        rows, _ = await self._complete(raws)
        return list({hit.entity_id: hit for hit in rows}.values())

    async def check_contract(self) -> ContractReport:
        """Signs in, reads ``$metadata`` and holds the page mapping against it, and the
        company's name against the companies the server instance has."""
        report = check_page_metadata(
            await self.metadata(), self._names.mapping, self._config.branch_field
        )
        return await with_company_check(
            report, self._http, self._config.service_root, self._config.company_name or ""
        )

    async def ping(self) -> None:
        """Signs in, reads the keys from ``$metadata`` and one workorder's key."""
        shape = await self._orders_shape()
        await self._http.send(
            "GET",
            self._url(self._names.orders, {"$top": "1", "$select": ",".join(shape.key)}),
            retry_safe=True,
            operation="ping",
        )

    # --- reading -------------------------------------------------------------------

    async def _service(self) -> ServiceShape:
        async with self._shape_lock:
            if self._shape is None:
                self._shape = await asyncio.to_thread(read_shape, await self.metadata())
            return self._shape

    async def _set_shape(self, section: str) -> EntityShape:
        name = self._names.mapping.entity_set(section)
        shape = (await self._service()).of_set(name)
        if shape is None or not shape.key:
            raise BadResponse(
                f"The DMS sent an answer we cannot read (field {name}).", "dms", code="schema"
            )
        return shape

    async def _orders_shape(self) -> EntityShape:
        return await self._set_shape("serviceOrders")

    def _select(self, section: str, shape: EntityShape | None) -> str:
        mapping = self._names.mapping
        names = [mapping.field(section, name) for name in FIELDS[section]]
        return ",".join(dict.fromkeys([*(shape.key if shape else ()), *filter(None, names)]))

    def _mileage_select(self, shape: EntityShape) -> str:
        wanted = ("mileageKm", "mileageDate", "lastModifiedDateTime")
        names = [self._names.order_field(name) for name in wanted]
        return ",".join(dict.fromkeys([*shape.key, *filter(None, names)]))

    def _order_params(self, shape: EntityShape) -> dict[str, str]:
        lines = self._names.order_field("serviceLines")
        return {
            "$select": self._select("serviceOrders", shape),
            "$expand": f"{lines}($select={self._select('serviceLines', None)})",
        }

    async def _search(self, where: odata.Filter, operation: str) -> list[DmsWorkorder]:
        raws = await self._orders_where(where, operation)
        rows, refused_rows = await self._complete(raws)
        if refused_rows:
            first = refused_rows[0]
            raise BadResponse(
                f"The DMS sent an answer we cannot read (field {first.field}).",
                "dms",
                code="schema",
                arguments={"field": str(first.field), "problem": first.reason_code},
            )
        return rows

    async def _orders_where(
        self, where: odata.Filter, operation: str, *, newest_first: bool = True
    ) -> list[dict[str, Any]]:
        params = {**self._order_params(await self._orders_shape()), "$filter": where.text}
        if newest_first:
            params["$orderby"] = f"{self._names.order_field('appointmentDateTime')} desc"
        found: list[dict[str, Any]] = []
        async for raws, _ in self._pages(self._names.orders, params, 100, operation):
            found += raws
        return found

    async def _pages(
        self, path: str, params: dict[str, str], page_size: int, operation: str = "read pages"
    ) -> AsyncIterator[tuple[list[dict[str, Any]], httpx.Response]]:
        """Every page of one query, following ``@odata.nextLink`` (``$skiptoken``)."""
        headers = {"Prefer": f"odata.maxpagesize={page_size}"}
        url: str | None = self._url(path, params)
        guard = PagingGuard()
        while url is not None:
            response = await self._http.send(
                "GET", url, headers=headers, retry_safe=True, operation=operation
            )
            page = await asyncio.to_thread(
                validate_answer,
                RawOrderPage,
                read_json(response.content, system="dms", status=response.status_code),
                system="dms",
                status=response.status_code,
            )
            if not page.value and page.next_link is not None:
                guard.advance([], page.next_link)
            yield page.value, response
            url = self._checked_next_link(page.next_link)
            if url is not None:
                guard.follow(url)

    async def _by_numbers(self, section: str, numbers: Iterable[str]) -> dict[str, Any]:
        """Records of a page by the (single-part) key, ``PER_REQUEST`` numbers a request."""
        shape = await self._set_shape(section)
        key = shape.key[-1]
        path = self._names.mapping.entity_set(section)
        select = self._select(section, shape)

        async def batch(chunk: list[str]) -> list[dict[str, Any]]:
            # A page's identity is its key: the default contract's "id", spelled as the key.
            where = odata.or_(*(odata.eq("id", number, wire=lambda _: key) for number in chunk))
            found: list[dict[str, Any]] = []
            params = {"$filter": where.text, "$select": select}
            async for raws, _ in self._pages(path, params, 100, f"read {section}"):
                found += raws
            return found

        pages = await gather([batch(chunk) for chunk in chunks(sorted(set(numbers)))])
        return {str(raw.get(key)): raw for page in pages for raw in page}

    async def _complete(
        self, raws: list[dict[str, Any]]
    ) -> tuple[list[DmsWorkorder], list[RefusedRow]]:
        """The workorders with their vehicles and customers, each row read on its own."""
        records = self._records
        shape = await self._orders_shape()
        vehicle_numbers = {
            n for r in raws if (n := records.reference("serviceOrders", r, VEHICLE_FIELD))
        }
        contractor_numbers = {
            n for r in raws if (n := records.reference("serviceOrders", r, CONTRACTOR_FIELD))
        }
        vehicles_raw, contractors = await gather(
            [
                self._by_numbers("vehicles", vehicle_numbers),
                self._by_numbers("customers", contractor_numbers),
            ]
        )
        people = {
            n
            for raw in vehicles_raw.values()
            for field in PARTY_FIELDS
            if (n := records.reference("vehicles", raw, field)) and n not in contractors
        }
        customers_raw = {**contractors, **(await self._by_numbers("customers", people))}
        customer_shape = await self._set_shape("customers")
        vehicle_shape = await self._set_shape("vehicles")
        return await asyncio.to_thread(
            self._read, shape, vehicle_shape, customer_shape, raws, vehicles_raw, customers_raw
        )

    def _read(
        self,
        shape: EntityShape,
        vehicle_shape: EntityShape,
        customer_shape: EntityShape,
        raws: list[dict[str, Any]],
        vehicles_raw: dict[str, Any],
        customers_raw: dict[str, Any],
    ) -> tuple[list[DmsWorkorder], list[RefusedRow]]:
        records = self._records
        customers = {n: records.customer(customer_shape, r) for n, r in customers_raw.items()}
        vehicles = {
            n: records.vehicle(vehicle_shape, r, customers) for n, r in vehicles_raw.items()
        }
        normalized: list[dict[str, Any]] = []
        keys: dict[str, str] = {}
        refused_rows: list[RefusedRow] = []
        for raw in raws:
            try:
                record, predicate = records.order(shape, raw, vehicles, customers)
            except BadResponse as failure:
                named = self._names.mapping.incoming("serviceOrders", dict(raw))
                refused_rows.append(refused(named, failure.arguments.get("field"), "missing"))
                continue
            keys[record["id"]] = predicate
            normalized.append(record)
        rows = ReadRows.of(normalized)
        good: list[DmsWorkorder] = []
        for order in rows.orders:
            read = to_dms_workorder(order)
            if isinstance(read, DmsWorkorder):
                good.append(dataclasses.replace(read, entity_id=keys[str(order.id)]))
            else:
                refused_rows.append(dataclasses.replace(read, entity_id=keys[str(order.id)]))
        return good, [*refused_rows, *rows.refused]

    async def _changes(self, section: str, since: datetime) -> AsyncIterator[list[DmsChange]]:
        mapping = self._names.mapping
        stamp = mapping.field(section, "lastModifiedDateTime")
        if not stamp:
            return
        shape = await self._set_shape(section)
        key = shape.key[-1]
        params = {
            "$filter": odata.ge(
                "lastModifiedDateTime", since, wire=lambda n: mapping.field(section, n)
            ).text,
            "$orderby": f"{stamp} asc,{key} asc",
            "$select": f"{key},{stamp}",
        }
        async for raws, _ in self._pages(mapping.entity_set(section), params, 100, "reconcile"):
            changes = []
            for raw in raws:
                moment = change_stamp(raw.get(stamp))
                if moment is not None:
                    changes.append(DmsChange(str(raw.get(key)), moment))
            yield changes


def _part(shape: EntityShape, predicate: str, name: str) -> str | None:
    return predicate_value(predicate, name) if name in shape.key else None
