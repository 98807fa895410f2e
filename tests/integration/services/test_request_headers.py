"""What each request to either system carries: a request id of its own, the program's
name and release, and ``Data-Access-Intent: ReadOnly`` exactly on the DMS reads that
may lag a few seconds (search and the walks), never on a read that decides a write,
a refresh the advisor asked for, or a write."""

from __future__ import annotations

import uuid

from incadea_desk.request_headers import user_agent
from incadea_desk.sandbox import Sandbox
from incadea_desk.services.lifetime import Services
from incadea_desk.version import version
from tests.integration.services.conftest import CountingTransport

READ_ONLY = ("data-access-intent", "ReadOnly")


def _forget(*wires: CountingTransport) -> None:
    for wire in wires:
        wire.requests.clear()
        wire.headers.clear()


def _intents(wire: CountingTransport) -> list[tuple[str, str | None]]:
    return [
        (method, headers.get("data-access-intent"))
        for (method, _, _), headers in zip(wire.requests, wire.headers, strict=True)
    ]


def _some_order(sandbox: Sandbox) -> tuple[str, int]:
    row = next(r for r in sandbox.incadea.data.orders.values() if not r.data.get("isCanceled"))
    return str(row.data["documentNo"]), int(row.data["mileageKm"])


async def test_search_reads_may_come_from_a_replica(
    counted: Services, sandbox: Sandbox, dms_wire: CountingTransport
) -> None:
    dms_number, _ = _some_order(sandbox)
    await counted.dms.ping()
    _forget(dms_wire)

    await counted.search.search(dms_number)

    assert _intents(dms_wire)
    assert all(intent == ("GET", "ReadOnly") for intent in _intents(dms_wire))


async def test_the_keep_importing_walk_reads_the_dms_from_a_replica_and_not_claire(
    counted: Services, dms_wire: CountingTransport, claire_wire: CountingTransport
) -> None:
    await counted.dms.ping()
    _forget(dms_wire, claire_wire)

    await counted.sync.run_once(reconcile=True)

    assert len(_intents(dms_wire)) > 1
    assert all(intent == ("GET", "ReadOnly") for intent in _intents(dms_wire))
    assert claire_wire.headers
    assert not any("data-access-intent" in headers for headers in claire_wire.headers)


async def test_a_refresh_the_advisor_asked_for_reads_the_primary_database(
    counted: Services, sandbox: Sandbox, dms_wire: CountingTransport
) -> None:
    dms_number, _ = _some_order(sandbox)
    await counted.dms.ping()
    _forget(dms_wire)

    await counted.importer.refresh(dms_number)

    # One read on API pages; page web services read the car and customers by key too.
    assert _intents(dms_wire)
    assert all(intent == ("GET", None) for intent in _intents(dms_wire))


async def test_the_read_before_a_mileage_write_and_the_write_read_the_primary_database(
    counted: Services, sandbox: Sandbox, dms_wire: CountingTransport
) -> None:
    dms_number, km = _some_order(sandbox)
    await counted.dms.ping()
    _forget(dms_wire)

    outcome = await counted.mileage.correct(dms_number, str(km + 100))

    assert outcome.outcome == "written"
    intents = _intents(dms_wire)
    assert intents[0] == ("GET", None)
    assert ("PATCH", None) in intents
    assert all(intent[1] is None for intent in intents)


async def test_every_request_names_the_program_and_has_an_id_of_its_own(
    counted: Services,
    sandbox: Sandbox,
    dms_wire: CountingTransport,
    claire_wire: CountingTransport,
) -> None:
    dms_number, _ = _some_order(sandbox)

    await counted.importer.refresh(dms_number)
    await counted.sync.run_once()

    sent = [*dms_wire.headers, *claire_wire.headers]
    assert {headers["user-agent"] for headers in sent} == {f"incadea-desk/{version()}"}
    assert user_agent() == f"incadea-desk/{version()}"
    ids = [headers["client-request-id"] for headers in sent]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(request_id).version == 4 for request_id in ids)
