"""What the Incadea stand-in holds: rows of customers, vehicles, service orders and
their lines, and the helpers that keep them as the DMS would (millisecond stamps,
ETag versions, cents).

Rows keep Python values (``datetime``, ``date``, ``Decimal``); the app turns them
into wire JSON. The seeded workshop itself is drawn in ``seed``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from incadea_desk.sandbox.index import OrderIndex

CENT = Decimal("0.01")


Stamps = Literal["both", "lastModifiedDateTime", "systemModifiedAt"]
"""Which change stamps of a service order a change moves."""


@dataclass
class Row:
    """One entity as the DMS holds it; ``version`` feeds the ETag."""

    data: dict[str, Any]
    version: int = 1

    @property
    def id(self) -> str:
        return str(self.data["id"])


@dataclass
class WorkshopData:
    """What the DMS holds: customers, vehicles, service orders and their lines."""

    customers: dict[str, Row] = field(default_factory=dict)
    vehicles: dict[str, Row] = field(default_factory=dict)
    orders: dict[str, Row] = field(default_factory=dict)
    lines: dict[str, list[Row]] = field(default_factory=dict)
    next_order_no: int = 104000
    next_customer_no: int = 10000
    _index: OrderIndex | None = field(default=None, repr=False, compare=False)
    observers: list[Callable[[Row, str], None]] = field(default_factory=list, compare=False)
    """Told ``(order, "created" | "updated" | "deleted")``: the webhooks (``webhooks.py``)."""

    @property
    def index(self) -> OrderIndex:
        """The orders by modification time and by number, built on first use."""
        if self._index is None:
            self._index = OrderIndex(list(self.orders.values()))
        return self._index

    def add_order(self, row: Row, lines: list[Row]) -> None:
        self.orders[row.id] = row
        self.lines[row.id] = lines
        self.reindex(row)
        self._tell(row, "created")

    def reindex(self, row: Row) -> None:
        """Call after an order's ``lastModifiedDateTime`` was set, so paging sees it."""
        if self._index is not None and row.id in self.orders:
            self._index.place(row)

    def touch(self, row: Row, at: datetime, *, stamps: Stamps = "both") -> None:
        """Record a change to ``row``: new version, new modification time on both of
        Business Central's stamps, or on only one of them (``stamps``), as Microsoft notes
        can happen (docs/wire-contracts.md)."""
        row.version += 1
        if stamps != "systemModifiedAt":
            row.data["lastModifiedDateTime"] = ms(at)
        if stamps != "lastModifiedDateTime" and "systemModifiedAt" in row.data:
            row.data["systemModifiedAt"] = ms(at)
        self.reindex(row)
        self._tell(row, "updated")

    def _tell(self, row: Row, change: str) -> None:
        if row.id in self.orders:
            for observer in self.observers:
                observer(row, change)

    def order_by_document_no(self, document_no: str) -> Row | None:
        return self.index.by_document_no(document_no)

    def delete_order(self, row: Row) -> None:
        """Another DMS user deletes the order (and its lines)."""
        self._tell(row, "deleted")
        self.index.forget(row)
        del self.orders[row.id]
        del self.lines[row.id]

    def renumber_order(self, row: Row, document_no: str, order_no: str, at: datetime) -> None:
        """The order keeps its id and gets new numbers."""
        self.index.forget(row)
        row.data["documentNo"], row.data["orderNo"] = document_no, order_no
        self.touch(row, at)
        self.index.place(row)


def ms(moment: datetime) -> datetime:
    """Truncate to the millisecond precision the DMS stores."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def wire_datetime(value: datetime, millis: bool = False) -> str:
    value = value.astimezone(UTC)
    if millis or value.microsecond:
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def line_amount(quantity: Decimal, unit_price: Decimal, discount_percent: Decimal) -> Decimal:
    """Quantity × unit price × (1 − discount/100), rounded half up to cents."""
    return money(quantity * unit_price * (1 - discount_percent / 100))


def vin_check_digit(vin: str) -> str:
    """ISO 3779 / North American check digit (position 9) of a 17-character VIN."""
    values = {c: i for i, c in enumerate("0123456789")}
    values.update(dict(zip("ABCDEFGH", range(1, 9), strict=True)))
    values.update(dict(zip("JKLMN", range(1, 6), strict=True)))
    values.update({"P": 7, "R": 9})
    values.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum(values[c] * w for c, w in zip(vin, weights, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)
