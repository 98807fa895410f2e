from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from incadea_desk.sandbox import FaultSettings, Sandbox
from incadea_desk.services.lifetime import Services
from incadea_desk.store.copy_codec import zstd

PERSONAL_FIELDS = (
    "firstName",
    "lastName",
    "street",
    "privateEmail",
    "privatePhoneNo",
    "privateMobileNo",
    "businessEmail",
    "businessPhoneNo",
    "businessMobileNo",
)


async def test_the_store_keeps_identifiers_but_no_names_addresses_phones_or_e_mails(
    services: Services, sandbox: Sandbox
) -> None:
    report = await services.sync.run_once()
    assert report.imported > 100
    order = next(iter(sandbox.incadea.data.orders.values())).data
    await services.search.search(str(order["registrationNo"]))
    await services.importer.refresh(str(order["documentNo"]))
    sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=503))
    queued = await services.mileage.correct(str(order["documentNo"]), "1999999", confirmed=True)
    assert queued.outcome == "queued"

    at_rest = await asyncio.to_thread(_file_bytes, services.store.path)
    # The local copies are compressed: what they hold is read unpacked.
    copies = await asyncio.to_thread(_copies_unpacked, services.store.path)
    assert str(order["documentNo"]).encode() in copies
    at_rest += copies
    assert str(order["documentNo"]).encode() in at_rest
    personal = {
        str(customer.data[field])
        for customer in sandbox.incadea.data.customers.values()
        for field in PERSONAL_FIELDS
        # Shorter values (a house number, "12345") occur in any binary file by chance.
        if customer.data.get(field) and len(str(customer.data[field])) >= 8
    }
    assert personal
    found = sorted(value for value in personal if value.encode() in at_rest)
    assert found == []


def _file_bytes(path: Path) -> bytes:
    """The database file and its write-ahead log, as they lie on disk."""
    files = [path, Path(f"{path}-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def _copies_unpacked(path: Path) -> bytes:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT body FROM workorder_copies").fetchall()
    return b"".join(zstd.decompress(body) for (body,) in rows)
