"""The use cases depend on the DMS port only: an in-memory ``DmsSource`` (no HTTP, no
Incadea code) drives the real services through search, import, refresh, mileage
(a write, a refusal of a lower value, a conflict) and keep-importing; registered as
the DMS kind's entry in the registry, it answers ``doctor`` and ``contract check``.

Claire is the sandbox's stand-in, reached through its in-process ASGI transport
(no socket); the DMS side has no HTTP at all.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from incadea_desk.claire import ClaireClient, ClaireConnection
from incadea_desk.cli.connection import Connection
from incadea_desk.cli.contract import cmd_contract
from incadea_desk.cli.doctor import run_doctor
from incadea_desk.cli.output import Console
from incadea_desk.config import Settings
from incadea_desk.contract_sentences import contract_sentence
from incadea_desk.domain import RegistrationNumber
from incadea_desk.domain.models import (
    Appointment,
    Car,
    Element,
    ElementKind,
    Intervention,
    Workorder,
)
from incadea_desk.domain.money import Money
from incadea_desk.errors import Conflict, NotFound
from incadea_desk.sandbox import INPROCESS_CLAIRE_URL, INPROCESS_INCADEA_URL, Sandbox
from incadea_desk.secrets import SecretName, SecretStore
from incadea_desk.services.contract import ContractOutcome
from incadea_desk.services.dms_kinds import DMS_KINDS
from incadea_desk.services.lifetime import Services
from incadea_desk.services.ports import (
    ChangedPage,
    DmsChange,
    DmsSource,
    DmsWorkorder,
    MileageReading,
    WatermarkKeys,
)
from incadea_desk.store import Store
from tests.integration.services.conftest import claire_record, sandbox_settings

NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


def workorder(dms_number: str, wo_number: str, plate: str, km: int) -> Workorder:
    return Workorder(
        appointment=Appointment(
            dms_number=dms_number,
            wo_number=wo_number,
            appointment_date=NOW + timedelta(hours=2),
            created_at=NOW - timedelta(days=3),
            dms_mileage_km=km,
            mileage_date=(NOW - timedelta(days=200)).date(),
        ),
        car=Car(
            make="Volvo",
            registration=RegistrationNumber.parse(plate),
            registration_as_stored=plate,
        ),
        interventions=[
            Intervention(
                title="Service",
                elements=[
                    Element(kind=ElementKind.PART, quantity=2, unit_price=Money(amount="12.50"))
                ],
            )
        ],
    )


class MemoryDms:
    """A DMS held in a dict: what the port promises, and nothing of any real DMS."""

    def __init__(self, workorders: list[Workorder]) -> None:
        self.rows: dict[str, DmsWorkorder] = {}
        # Changes are stamped just now: keep-importing looks back from the real clock.
        self.clock = datetime.now(UTC) - timedelta(hours=1)
        for wo in workorders:
            self.put(wo)
        self.before_write: Callable[[], None] | None = None
        self.closed = False
        self.keeps_change_stamps = True

    def put(self, wo: Workorder) -> None:
        self.clock += timedelta(seconds=1)
        number = wo.appointment.dms_number
        version = int(self.rows[number].etag) + 1 if number in self.rows else 1
        self.rows[number] = DmsWorkorder(wo, number, str(version), self.clock)

    def edit(self, dms_number: str, **appointment: object) -> None:
        wo = self.rows[dms_number].workorder
        self.put(
            wo.model_copy(update={"appointment": wo.appointment.model_copy(update=appointment)})
        )

    async def find_by_order_no(self, wo_number: str) -> list[DmsWorkorder]:
        return [r for r in self.rows.values() if r.workorder.appointment.wo_number == wo_number]

    async def find_by_registration(self, reg: RegistrationNumber) -> list[DmsWorkorder]:
        return [
            r
            for r in self.rows.values()
            if r.workorder.car.registration is not None
            and r.workorder.car.registration.compact == reg.compact
        ]

    async def get_workorder(self, dms_number: str) -> DmsWorkorder:
        if dms_number not in self.rows:
            raise NotFound("The DMS has no workorder with this number.", "dms")
        return self.rows[dms_number]

    async def changed_since(
        self, since: datetime, *, page_size: int = 100
    ) -> AsyncIterator[ChangedPage]:
        changed = sorted(
            (r for r in self.rows.values() if r.last_modified >= since),
            key=lambda r: (r.last_modified, r.entity_id),
        )
        for start in range(0, len(changed), page_size):
            yield ChangedPage(changed[start : start + page_size])

    async def reread(self, keys: Sequence[str]) -> ChangedPage:
        return ChangedPage([self.rows[key] for key in keys if key in self.rows])

    async def update_mileage(self, reading: MileageReading, km: int) -> MileageReading:
        if self.before_write is not None:
            self.before_write()
            self.before_write = None
        row = self.rows[reading.entity_id]
        if row.etag != reading.etag:
            raise Conflict("Someone changed this meanwhile.", "dms", status=412)
        self.edit(reading.entity_id, dms_mileage_km=km, mileage_date=self.clock.date())
        return MileageReading.of(self.rows[reading.entity_id])

    async def ping(self) -> None:
        return None

    def on_retry(self, listener: Callable[[int, int], None]) -> None:
        """It never repeats a request, so there is nothing to report."""

    async def aclose(self) -> None:
        self.closed = True

    async def changed_since_any_stamp(
        self, since: datetime, *, page_size: int = 100
    ) -> AsyncIterator[list[DmsWorkorder]]:
        async for page in self.changed_since(since, page_size=page_size):
            yield page

    async def workorders_by_ids(self, entity_ids: Sequence[str]) -> list[DmsWorkorder]:
        return [r for r in self.rows.values() if r.entity_id in entity_ids]

    async def cars_changed_since(self, since: datetime) -> AsyncIterator[list[DmsChange]]:
        return
        yield

    async def customers_changed_since(self, since: datetime) -> AsyncIterator[list[DmsChange]]:
        return
        yield

    async def workorders_of(
        self, *, cars: Sequence[str], customers: Sequence[str], appointments_from: datetime
    ) -> list[DmsWorkorder]:
        return []


@pytest.fixture
def dms() -> MemoryDms:
    return MemoryDms(
        [
            workorder("SO-1", "4711", "12-ABC-3", 45_210),
            workorder("SO-2", "4712", "34-XYZ-5", 80_000),
            workorder("SO-3", "4713", "12-ABC-3", 45_000),
        ]
    )


@pytest.fixture
async def services(sandbox: Sandbox, dms: MemoryDms, tmp_path: Path) -> AsyncIterator[Services]:
    port: DmsSource = dms
    claire = ClaireClient(
        ClaireConnection(
            base_url=INPROCESS_CLAIRE_URL,
            location_id=sandbox.location_id,
            api_key=sandbox.claire_api_key,
        ),
        transport=sandbox.claire_transport(),
    )
    store = await Store.open(tmp_path / "store.sqlite3")
    opened = Services(Settings(), port, claire, store, actor="test")
    yield opened
    await opened.aclose()
    assert dms.closed


async def test_search_finds_by_wo_number_and_by_registration(services: Services) -> None:
    by_wo = await services.search.search("WO 4712")
    assert [h.workorder.appointment.dms_number for h in by_wo.hits] == ["SO-2"]
    by_plate = await services.search.search("12abc3")
    assert {h.workorder.appointment.dms_number for h in by_plate.hits} == {"SO-1", "SO-3"}


async def test_import_and_refresh_reach_claire_with_domain_paths(
    services: Services, dms: MemoryDms, sandbox: Sandbox
) -> None:
    created = await services.importer.import_workorder("4711")
    assert created.outcome == "created"
    record = claire_record(sandbox, "SO-1")
    assert record is not None
    assert record["mileage"] == 45_210

    dms.edit("SO-1", customer_waiting=True)
    refreshed = await services.importer.refresh("SO-1")
    assert refreshed.outcome == "updated"
    assert refreshed.changed_fields == ["appointment.customer_waiting"]
    assert (refreshed.changes[0].old, refreshed.changes[0].new) == (False, True)
    record = claire_record(sandbox, "SO-1")
    assert record is not None
    assert record["customer_waiting"] is True


async def dms_km(dms: MemoryDms, dms_number: str) -> int | None:
    return (await dms.get_workorder(dms_number)).workorder.appointment.dms_mileage_km


async def test_mileage_is_written_only_if_higher_and_rereads_on_a_conflict(
    services: Services, dms: MemoryDms
) -> None:
    written = await services.mileage.correct("SO-1", "46.000")
    assert written.outcome == "written"
    assert await dms_km(dms, "SO-1") == 46_000

    lower = await services.mileage.correct("SO-1", "45 000")
    assert lower.outcome == "refused_not_higher"
    assert await dms_km(dms, "SO-1") == 46_000

    # Another DMS user writes a higher value between our read and our write.
    dms.before_write = lambda: dms.edit("SO-2", dms_mileage_km=90_000)
    raced = await services.mileage.correct("SO-2", "85000")
    assert raced.outcome == "refused_not_higher"
    assert await dms_km(dms, "SO-2") == 90_000


async def test_keep_importing_imports_every_changed_workorder_once(
    services: Services, dms: MemoryDms, sandbox: Sandbox
) -> None:
    first = await services.sync.run_once()
    assert (first.seen, first.imported, first.failed) == (3, 3, 0)
    again = await services.sync.run_once()
    assert again.imported == 0

    dms.edit("SO-3", canceled=True)
    later = await services.sync.run_once()
    assert later.imported == 1
    record = claire_record(sandbox, "SO-3")
    assert record is not None
    assert record["canceled"] is True
    assert later.failed == 0


@dataclass(frozen=True)
class Lacking:
    section: str
    name: str
    tenant_name: str
    code: str
    arguments: dict[str, str] = field(default_factory=dict)

    @property
    def sentence(self) -> str:
        return contract_sentence(self.code, self.arguments)


@dataclass
class MemoryContract:
    problems: list[Lacking]
    checked: int = 7
    notes: tuple[Lacking, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


class MemoryKind:
    """The registry entry of the in-memory DMS: everything above the port asks it."""

    name = "incadea"
    form = "incadea"
    watermarks = WatermarkKeys(changes="memory.changes", reconciled="memory.reconciled")

    def __init__(self, dms: MemoryDms) -> None:
        self.dms = dms
        self.lacking: list[Lacking] = []

    def secret_name(self, settings: Settings) -> SecretName:
        return "dms_password"

    async def open(
        self,
        settings: Settings,
        secrets: SecretStore,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> DmsSource:
        return self.dms

    async def check_contract(
        self,
        settings: Settings,
        secrets: SecretStore,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        ping: bool = False,
    ) -> ContractOutcome:
        return ContractOutcome(MemoryContract(self.lacking))

    def requests_per_page(self, settings: Settings) -> int:
        return 1

    def mapping_template(self, settings: Settings, variant: str | None = None) -> str:
        return "# nothing to rename in memory\n"


@pytest.fixture
def memory_kind(dms: MemoryDms, monkeypatch: pytest.MonkeyPatch) -> MemoryKind:
    kind = MemoryKind(dms)
    monkeypatch.setitem(DMS_KINDS, "incadea", kind)
    return kind


def memory_connection(sandbox: Sandbox, tmp_path: Path) -> Connection:
    """Settings whose DMS address resolves nowhere: only the entry can answer for it."""
    settings, secrets = sandbox_settings(sandbox, INPROCESS_INCADEA_URL, INPROCESS_CLAIRE_URL)
    secrets.backend.set("dms_password", "only-in-memory")
    return Connection(
        settings,
        secrets,
        tmp_path / "doctor.sqlite3",
        claire_transport=sandbox.claire_transport(),
    )


async def test_doctor_asks_the_registry_entry_for_the_dms_and_its_contract(
    memory_kind: MemoryKind, sandbox: Sandbox, tmp_path: Path
) -> None:
    checks = {check.name: check for check in await run_doctor(memory_connection(sandbox, tmp_path))}
    assert all(check.ok for check in checks.values()), checks
    assert "(7 checked)" in checks["contract"].message

    memory_kind.lacking = [
        Lacking(
            "serviceOrders",
            "mileage",
            "km",
            "no_field",
            {"set": "orders", "field": "km", "loss": "loss_orders"},
        )
    ]
    checks = {check.name: check for check in await run_doctor(memory_connection(sandbox, tmp_path))}
    assert not checks["contract"].ok
    assert "Entity set orders has no field km" in checks["contract"].message


async def test_contract_check_and_template_come_from_the_registry_entry(
    memory_kind: MemoryKind, sandbox: Sandbox, tmp_path: Path
) -> None:
    conn = memory_connection(sandbox, tmp_path)
    out = io.StringIO()
    console = Console(out, io.StringIO(), json=False, verbose=False)
    assert await cmd_contract(argparse.Namespace(action="check"), console, conn) == 0
    assert "(7 checked)" in out.getvalue()

    memory_kind.lacking = [
        Lacking("serviceOrders", "no", "wo", "no_line_kind", {"kind": "Part", "field": "type"})
    ]
    out.truncate(0)
    assert await cmd_contract(argparse.Namespace(action="check"), console, conn) == 2
    assert "The line kind Part is not a value of the lines' type" in out.getvalue()

    out.truncate(0)
    assert await cmd_contract(argparse.Namespace(action="template"), console, conn) == 0
    assert out.getvalue().endswith("# nothing to rename in memory\n")
