"""The SQLite file and the one thread that talks to it.

WAL journal, ``synchronous=FULL`` (a committed outbox row survives a power
cut) and a busy timeout, so the GUI and a CLI on the same workstation can
share the file. All statements run on one dedicated thread, never on the
event loop thread.
"""

from __future__ import annotations

import asyncio
import functools
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import platformdirs

from incadea_desk.store.audit import AuditTrail
from incadea_desk.store.journal import ImportJournal
from incadea_desk.store.migrations import MIGRATIONS, migrate
from incadea_desk.store.outbox import Outbox
from incadea_desk.store.watermark import Watermarks

T = TypeVar("T")

SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 5000
APP_NAME = "incadea-desk"


def data_dir() -> Path:
    """Where the store lives: ``INCADEA_DESK_DATA_DIR`` or the user's data directory."""
    override = os.environ.get("INCADEA_DESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_store_path() -> Path:
    return data_dir() / "incadea-desk.sqlite3"


def utc_now() -> datetime:
    return datetime.now(UTC)


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(
        path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True
    )
    connection.row_factory = sqlite3.Row
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    migrate(connection)
    return connection


class Store:
    """The open database; its tables are the attributes ``journal``, ``outbox``,
    ``watermarks`` and ``audit``."""

    def __init__(
        self,
        path: Path,
        executor: ThreadPoolExecutor,
        connection: sqlite3.Connection,
        clock: Callable[[], datetime],
    ) -> None:
        self.path = path
        self._executor = executor
        self._connection: sqlite3.Connection | None = connection
        self.clock = clock
        self.journal = ImportJournal(self.run, clock)
        self.outbox = Outbox(self.run, clock)
        self.watermarks = Watermarks(self.run, clock)
        self.audit = AuditTrail(self.run, clock)

    @classmethod
    async def open(
        cls, path: Path | None = None, *, clock: Callable[[], datetime] = utc_now
    ) -> Store:
        """Open (and create or migrate) the store file; ``path`` defaults to the data dir."""
        target = path or default_store_path()
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="incadea-desk-store")
        loop = asyncio.get_running_loop()
        try:
            connection = await loop.run_in_executor(executor, _connect, target)
        except BaseException:
            executor.shutdown(wait=False)
            raise
        return cls(target, executor, connection, clock)

    async def run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work(connection)`` on the store thread and return its result."""
        connection = self._connection
        if connection is None:
            raise RuntimeError("the store is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(work, connection))

    async def schema_version(self) -> int:
        return await self.run(lambda c: int(c.execute("PRAGMA user_version").fetchone()[0]))

    async def pragma(self, name: str) -> object:
        """The value of one connection setting (for ``doctor`` and tests)."""
        if not name.isidentifier():
            raise ValueError(f"{name!r} is not a pragma name")
        return await self.run(lambda c: c.execute(f"PRAGMA {name}").fetchone()[0])

    async def purge(self, retention_days: int) -> int:
        """Delete journal and audit rows older than the retention period; return how many."""
        cutoff = self.clock() - timedelta(days=retention_days)
        return await self.journal.purge_before(cutoff) + await self.audit.purge_before(cutoff)

    async def aclose(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self._executor, connection.close)
        finally:
            self._executor.shutdown(wait=True)
