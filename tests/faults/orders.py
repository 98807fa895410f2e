"""Workorders of the sandbox's invented data, each handed to one scenario only."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from incadea_desk.sandbox import Sandbox as SeededData
from tests.faults.harness import Sandbox

SEED = 11


def _numbers() -> Iterator[str]:
    rows = SeededData(seed=SEED).incadea.data.orders.values()
    return iter([str(r.data["documentNo"]) for r in rows if not r.data["canceled"]])


_unused = _numbers()


def fresh_order(sandbox: Sandbox) -> tuple[str, int]:
    """A workorder no scenario has touched yet, and its DMS mileage now."""
    dms = next(_unused)
    return dms, sandbox.mileage(dms)


def some_orders(count: int) -> list[str]:
    return list(itertools.islice(_unused, count))
