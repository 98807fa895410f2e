"""``Services``: the application's lifetime owner of both clients, the store and the loops.

The GUI and the CLI each open one ``Services``, use its use-case services and
``aclose()`` it while the event loop still runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import TracebackType

import httpx

from incadea_desk.claire import ClaireClient
from incadea_desk.config import Settings
from incadea_desk.errors import System
from incadea_desk.secrets import SecretStore
from incadea_desk.services.adapters import claire_connection
from incadea_desk.services.audit import AuditLog
from incadea_desk.services.connectivity import ConnectionMonitor
from incadea_desk.services.context import ServiceContext
from incadea_desk.services.dms_kinds import dms_kind, open_dms
from incadea_desk.services.events import (
    EventBus,
    Retrying,
    an_advisor_waits,
    background_context,
)
from incadea_desk.services.importing import ImportService
from incadea_desk.services.keep_importing import KeepImporting
from incadea_desk.services.mileage import MileageService
from incadea_desk.services.outbox import OutboxService
from incadea_desk.services.ports import DmsSource
from incadea_desk.services.search import SearchService
from incadea_desk.store import Store

log = logging.getLogger(__name__)

PURGE_INTERVAL_SECONDS = 24 * 60 * 60
PROBE_INTERVAL_SECONDS = 20.0


class Services:
    """Everything the use cases need, created together and closed together."""

    def __init__(
        self,
        settings: Settings,
        dms: DmsSource,
        claire: ClaireClient,
        store: Store,
        actor: str,
    ) -> None:
        self.settings = settings
        self.dms = dms
        self.claire = claire
        self.store = store
        self.events = EventBus()
        self.connections = ConnectionMonitor(self.events)
        dms.on_retry(lambda n, of: self._retrying("dms", n, of))
        claire.on_retry(lambda n, of: self._retrying("claire", n, of))
        self.audit = AuditLog(store, actor)
        context = ServiceContext(dms, claire, store, self.audit, self.events, self.connections)
        self.search = SearchService(context)
        self.importer = ImportService(context)
        self.mileage = MileageService(context, self.importer)
        self.outbox = OutboxService(context, self.mileage)
        self.sync = KeepImporting(context, settings.sync, dms_kind(settings).watermarks)
        self.quarantine = self.sync.quarantine
        self._background: list[asyncio.Task[None]] = []

    @classmethod
    async def open(
        cls,
        settings: Settings,
        secrets: SecretStore,
        *,
        dms_transport: httpx.AsyncBaseTransport | None = None,
        claire_transport: httpx.AsyncBaseTransport | None = None,
        store_path: Path | None = None,
        actor: str = "gui",
    ) -> Services:
        """Connect to both systems (no request is sent yet) and open the store.

        ``NotConfigured`` (a ``ValueError``) names what is missing.
        """
        dms = await open_dms(settings, secrets, transport=dms_transport)
        try:
            claire_config = await claire_connection(settings, secrets)
            store = await Store.open(store_path)
        except BaseException:
            await dms.aclose()
            raise
        try:
            await store.purge(settings.retention_days)
        except BaseException:
            await asyncio.gather(store.aclose(), dms.aclose())
            raise
        claire = ClaireClient(claire_config, transport=claire_transport)
        return cls(settings, dms, claire, store, actor)

    def start_background(self, *, keep_importing: bool = True) -> None:
        """Start the outbox drain loop and (optionally) keep-importing; ``aclose`` stops them."""
        if self._background:
            return
        work = [self.outbox.run_forever(), self._purge_daily(), self.probe_while_unreachable()]
        if keep_importing and self.dms.keeps_change_stamps:
            work.append(self.sync.run_forever())
        elif keep_importing:
            log.info("sync: the DMS keeps no changed-since field; keep-importing stays off")
        # Nobody waits for these, whoever started them: their retries are not announced.
        for coroutine in work:
            self._background.append(asyncio.create_task(coroutine, context=background_context()))

    def _retrying(self, system: str, attempt: int, attempts: int) -> None:
        self.events.publish(Retrying(system, attempt, attempts, for_advisor=an_advisor_waits()))

    async def check_connections(self, *, unreachable_only: bool = False) -> None:
        """Ping both systems at once (or only those found unreachable); the connection
        monitor publishes what changed."""
        systems: list[tuple[System, Callable[[], Awaitable[None]]]] = [
            ("dms", self.dms.ping),
            ("claire", self.claire.ping),
        ]
        await asyncio.gather(
            *(
                self.connections.check(system, ping())
                for system, ping in systems
                if not unreachable_only or self.connections.state(system) is False
            )
        )

    async def probe_while_unreachable(self, interval_s: float = PROBE_INTERVAL_SECONDS) -> None:
        """Ask a system that was found unreachable again every ``interval_s``, so its state
        comes back by itself when it answers, also when nothing else would ask it."""
        while True:
            await asyncio.sleep(interval_s)
            await self.check_connections(unreachable_only=True)

    async def _purge_daily(self) -> None:
        """Keep the retention period also in a window that stays open for weeks."""
        while True:
            await asyncio.sleep(PURGE_INTERVAL_SECONDS)
            removed = await self.store.purge(self.settings.retention_days)
            log.info("store: %s journal and audit rows past retention removed", removed)

    async def aclose(self) -> None:
        """Stop the loops, then close both clients and, once the audit entries still
        being written are, the store."""
        tasks, self._background = self._background, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.mileage.aclose()
        try:
            await asyncio.gather(self.dms.aclose(), self.claire.aclose())
        finally:
            await self.audit.drain()
            await self.store.aclose()

    async def __aenter__(self) -> Services:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
