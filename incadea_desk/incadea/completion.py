"""Completing service orders: the navigations a DMS did not expand are read, and each
row of a walk is read on its own so that one bad row is refused alone."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from datetime import UTC, datetime
from typing import Any, TypeVar
from uuid import UUID

import httpx

from incadea_desk.concurrently import gather
from incadea_desk.domain.dms_records import (
    ChangedPage,
    DmsWorkorder,
    RefusedRow,
)
from incadea_desk.errors import BadResponse
from incadea_desk.incadea.mapping import Order, Vehicle, replaced, to_workorder
from incadea_desk.incadea.order_rows import decode_page
from incadea_desk.incadea.rows import ReadRows, refused_order, to_dms_workorder
from incadea_desk.incadea.session import DmsSession
from incadea_desk.incadea.wire import (
    RawOrderPage,
    WireCustomer,
    WireServiceLinePage,
    WireServiceOrder,
    WireVehicle,
)

AnyOrder = TypeVar("AnyOrder", bound=Order)

ORDERS_MAPPED_IN_PLACE = 5
"""A search's few orders, about a tenth of a millisecond each, are mapped on the event
loop: handing them to a thread and back takes two of its turns, and each can wait
behind the window's paint while the advisor waits for the answer."""


class OrderCompletion(DmsSession):
    """Reads what a page of service orders left out: lines, vehicle, parties."""

    async def _rows(self, response: httpx.Response) -> ReadRows:
        # Reading a page of 100 orders is a few milliseconds of CPU: off the event loop
        # (the window's, in the application), which only waits for it.
        return await asyncio.to_thread(self._read_rows, response)

    def _read_rows(self, response: httpx.Response) -> ReadRows:
        if self._names.identity and (page := decode_page(response.content)) is not None:
            return ReadRows.decoded(page.value, page.next_link)
        # Another tenant's names, or no page at all (which the wire model then names).
        named = self._names.parse(RawOrderPage, response, "serviceOrders", page=True)
        return ReadRows.of(named.value, named.next_link)

    async def _read_page(
        self, orders: list[Order], refused: list[RefusedRow], now: datetime | None
    ) -> ChangedPage:
        good, more = await self._complete_rows(orders)
        return ChangedPage(rows=good, refused=refused + more, dms_now=now)

    async def _complete_all(self, orders: list[WireServiceOrder]) -> list[DmsWorkorder]:
        """The orders of a search, complete; one that cannot be read refuses the answer
        (the advisor is told, with the field)."""
        completed = await gather([self._complete(order) for order in orders if _incomplete(order)])
        by_id = {order.id: order for order in completed}
        complete = [by_id.get(order.id, order) for order in orders]
        if len(complete) <= ORDERS_MAPPED_IN_PLACE:
            return [_dms_workorder(order) for order in complete]
        # About a tenth of a millisecond per order: off the event loop, like the reading.
        return await asyncio.to_thread(lambda: [_dms_workorder(order) for order in complete])

    async def _complete_rows(
        self, orders: list[Order]
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
                read = done if isinstance(done, RefusedRow) else to_dms_workorder(done)
                (rows if isinstance(read, DmsWorkorder) else refused).append(read)  # type: ignore[arg-type]

        await asyncio.to_thread(read_all)
        return rows, refused

    async def _complete_or_refuse(self, order: Order) -> Order | RefusedRow:
        try:
            return await self._complete(order)
        except BadResponse as failure:
            if failure.code != "schema":
                raise
            return refused_order(order, failure)

    async def _complete(self, order: AnyOrder) -> AnyOrder:
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
        return replaced(order, updates)

    async def _lines(self, order_id: UUID) -> WireServiceLinePage:
        names = self._names
        response = await self._http.send(
            "GET",
            self._url(
                f"{names.orders}({order_id})/{names.order_field('serviceLines')}",
                {"$select": names.line_select},
            ),
            retry_safe=True,
            operation="read service lines",
        )
        return names.parse(WireServiceLinePage, response, "serviceLines", page=True)

    async def _vehicle(self, vehicle_id: UUID | None, expanded: Vehicle | None) -> Vehicle | None:
        vehicle: Vehicle | None = expanded
        if vehicle is None:
            if vehicle_id is None:
                return None
            names = self._names
            response = await self._http.send(
                "GET",
                self._url(
                    f"{names.vehicles}({vehicle_id})",
                    {"$select": names.vehicle_select, "$expand": names.vehicle_expand},
                ),
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
        parties = {"driver": driver or vehicle.driver, "owner": owner or vehicle.owner}
        return replaced(vehicle, parties)

    async def _customer(self, customer_id: UUID) -> WireCustomer:
        response = await self._http.send(
            "GET",
            self._url(
                f"{self._names.customers}({customer_id})",
                {"$select": self._names.customer_select},
            ),
            retry_safe=True,
            operation="read customer",
        )
        return self._names.parse(WireCustomer, response, "customers")


async def _none() -> None:
    return None


def _vehicle_incomplete(vehicle: Vehicle) -> bool:
    return (vehicle.driver is None and vehicle.driverCustomerId is not None) or (
        vehicle.owner is None and vehicle.ownerCustomerId is not None
    )


def _incomplete(order: Order) -> bool:
    if not order.serviceLines:
        return True
    if order.contractor is None and order.contractorCustomerId is not None:
        return True
    if order.vehicle is None:
        return order.vehicleId is not None
    return _vehicle_incomplete(order.vehicle)


def _dms_workorder(order: WireServiceOrder) -> DmsWorkorder:
    return DmsWorkorder(
        workorder=to_workorder(order),
        entity_id=str(order.id),
        etag=order.etag,
        last_modified=order.lastModifiedDateTime.astimezone(UTC),
    )
