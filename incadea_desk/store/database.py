"""The SQLite file and the one thread that talks to it.

WAL journal, ``synchronous=FULL`` (a committed outbox row survives a power
cut) and a busy timeout, so the GUI and a CLI on the same workstation can
share the file. All statements run on one dedicated thread, never on the
event loop thread.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import logging
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import platformdirs

from incadea_desk.store._time import to_text
from incadea_desk.store._transaction import transaction
from incadea_desk.store.audit import AuditTrail
from incadea_desk.store.copies import WorkorderCopies
from incadea_desk.store.errors import StoreError, classify, sentence_for
from incadea_desk.store.journal import ImportJournal
from incadea_desk.store.migrations import MIGRATIONS, migrate
from incadea_desk.store.outbox import Outbox
from incadea_desk.store.quarantine import QuarantineTable
from incadea_desk.store.repair import header_is_readable, move_aside, quick_check, salvage_outbox
from incadea_desk.store.slices import SyncSlices
from incadea_desk.store.watermark import Watermarks

T = TypeVar("T")

log = logging.getLogger(__name__)

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


def _configure(connection: sqlite3.Connection) -> None:
    connection.row_factory = sqlite3.Row
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")


def _connect(path: Path) -> sqlite3.Connection:
    """Open, check and migrate the file; ``StoreError`` (damaged, unwritable, ...) if not."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise classify(error, folder) from None
    if not header_is_readable(path):
        raise StoreError("damaged", sentence_for("damaged", folder))
    try:
        connection = sqlite3.connect(
            path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True
        )
    except sqlite3.Error as error:
        raise classify(error, folder) from None
    try:
        _configure(connection)
        if not quick_check(connection):
            raise StoreError("damaged", sentence_for("damaged", folder))
        migrate(connection, folder)
        _probe_write(connection)
    except BaseException as error:
        connection.close()
        if isinstance(error, (sqlite3.Error, OSError)):
            raise classify(error, folder) from None
        raise
    return connection


def _probe_write(connection: sqlite3.Connection) -> None:
    # A read-only file opens without complaint; the first write would fail much
    # later, after the advisor typed something. Writing page 1 and rolling back
    # finds out now, without a disk sync.
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(f"PRAGMA user_version = {version}")
    finally:
        connection.execute("ROLLBACK")


def _connect_in_memory() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=True)
    _configure(connection)
    migrate(connection, Path(":memory:"))
    return connection


def _repair(path: Path, now: datetime) -> tuple[sqlite3.Connection, str]:
    """Move a damaged file aside, start a new one with the readable outbox rows."""
    try:
        aside = move_aside(path, now)
    except FileNotFoundError:
        # Another process repaired it first; its new file is the one to use.
        return _connect(path), ""
    except OSError as error:
        raise classify(error, path.parent) from None
    rows = salvage_outbox(aside)
    connection = _connect(path)
    stamp = to_text(now)
    try:
        with transaction(connection):
            for kind, key, payload, state, attempts, created_at in rows:
                connection.execute(
                    """
                    INSERT INTO outbox (kind, key, payload, state, attempts, created_at,
                                        next_attempt_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (kind, key) DO NOTHING
                    """,
                    (kind, key, payload, state, attempts, created_at or stamp, stamp),
                )
    except BaseException:
        connection.close()
        raise
    log.info("store: damaged file moved aside, %d outbox rows kept", len(rows))
    kept = "1 waiting correction was" if len(rows) == 1 else f"{len(rows)} waiting corrections were"
    return connection, (
        f"The local database in {path.parent} was damaged; it was moved aside as {aside.name} "
        f"and a new one started ({kept} kept)."
    )


def _open_healing(
    path: Path, now: datetime, fallback: bool
) -> tuple[sqlite3.Connection, str, bool]:
    """The connection, a sentence for the advisor (or ""), and whether it is on disk."""
    try:
        try:
            return _connect(path), "", True
        except StoreError as error:
            if error.problem != "damaged":
                raise
        connection, notice = _repair(path, now)
        return connection, notice, True
    except StoreError as error:
        if not fallback:
            raise
        log.info("store: working without the local database (%s)", error.problem)
        notice = f"{error.sentence} Until then nothing is kept on this computer."
        return _connect_in_memory(), notice, False


class Store:
    """The open database; its tables are the attributes ``journal``, ``outbox``,
    ``watermarks``, ``audit``, ``quarantine``, ``slices`` and ``copies``."""

    def __init__(
        self,
        path: Path,
        executor: ThreadPoolExecutor,
        connection: sqlite3.Connection,
        clock: Callable[[], datetime],
        *,
        notice: str = "",
        durable: bool = True,
    ) -> None:
        self.path = path
        self._executor = executor
        self._connection: sqlite3.Connection | None = connection
        self.clock = clock
        self.notice = notice
        """One sentence for the advisor about the store (repaired, or not usable), or ""."""
        self.durable = durable
        """False when the file could not be used and the tables live in memory only."""
        self.journal = ImportJournal(self.run, clock)
        self.outbox = Outbox(self.run, clock)
        self.watermarks = Watermarks(self.run, clock)
        self.audit = AuditTrail(self.run, clock)
        self.quarantine = QuarantineTable(self.run, clock)
        self.slices = SyncSlices(self.run)
        self.copies = WorkorderCopies(self.run)
        self.site = ""
        """Whose journal, watermarks, quarantine and slice plans these tables hold: "" is
        a workstation's (or a single-location importer's) one location."""

    def for_site(self, site: str) -> Store:
        """The same open file, with the journal, watermarks, quarantine and slice plans of
        ``site``; the outbox and the audit trail are shared. Only the store it was made
        from is closed."""
        view = copy.copy(self)
        view.site = site
        view.journal = ImportJournal(self.run, self.clock, site)
        view.watermarks = Watermarks(self.run, self.clock, site)
        view.quarantine = QuarantineTable(self.run, self.clock, site)
        view.slices = SyncSlices(self.run, site)
        return view

    @classmethod
    async def open(
        cls,
        path: Path | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        fallback: bool = True,
    ) -> Store:
        """Open (and create or migrate) the store file; ``path`` defaults to the data dir.

        A damaged file is moved aside and a new one started with the outbox rows
        that could be read. A file that cannot be used (read-only, full disk,
        locked, newer schema, the data dir a file) gives, with ``fallback``, a
        store in memory with ``durable`` False; without, a ``StoreError``. Either
        way ``notice`` holds the sentence for the advisor.
        """
        target = path or default_store_path()
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="incadea-desk-store")
        loop = asyncio.get_running_loop()
        try:
            connection, notice, durable = await loop.run_in_executor(
                executor, _open_healing, target, clock(), fallback
            )
        except BaseException:
            executor.shutdown(wait=False)
            raise
        return cls(target, executor, connection, clock, notice=notice, durable=durable)

    async def run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work(connection)`` on the store thread and return its result."""
        connection = self._connection
        if connection is None:
            raise RuntimeError("the store is closed")
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, functools.partial(work, connection))
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError):
            raise  # a defect in a statement, not a fault of the file
        except (sqlite3.Error, OSError) as error:
            raise classify(error, self.path.parent) from None

    async def schema_version(self) -> int:
        return await self.run(lambda c: int(c.execute("PRAGMA user_version").fetchone()[0]))

    async def pragma(self, name: str) -> object:
        """The value of one connection setting (for ``doctor`` and tests)."""
        if not name.isidentifier():
            raise ValueError(f"{name!r} is not a pragma name")
        return await self.run(lambda c: c.execute(f"PRAGMA {name}").fetchone()[0])

    async def purge(self, retention_days: int) -> int:
        """Delete journal and audit rows and local copies older than the retention period;
        return how many."""
        cutoff = self.clock() - timedelta(days=retention_days)
        return (
            await self.journal.purge_before(cutoff)
            + await self.audit.purge_before(cutoff)
            + await self.copies.purge_before(cutoff)
        )

    async def aclose(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self._executor, connection.close)
        finally:
            self._executor.shutdown(wait=True)
