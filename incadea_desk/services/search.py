"""Search the DMS for what an advisor typed: a WO number, a plate, or either.

When the input could be either, both lookups run in parallel. Results come
newest appointment first. A newer search cancels an older one still in
flight: the older call then raises ``asyncio.CancelledError``.

Before the DMS answers, ``local_copy`` finds what this computer kept of the one
workorder the text names, so the window can show it at once (marked with its age);
``search`` tells the window when its request is on its way, so that painting the copy
does not hold the request up.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from incadea_desk.concurrently import gather
from incadea_desk.errors import InputError, NotFound, RemoteError
from incadea_desk.request_headers import lagging_reads_allowed
from incadea_desk.request_sent import on_its_way
from incadea_desk.services.context import ServiceContext
from incadea_desk.services.events import SearchDone
from incadea_desk.services.outcomes import SearchResult
from incadea_desk.services.ports import DmsWorkorder
from incadea_desk.services.queries import Query, parse_query
from incadea_desk.store import LocalCopy, StoreError

log = logging.getLogger(__name__)


class SearchService:
    def __init__(self, context: ServiceContext) -> None:
        self._dms = context.dms
        self._monitor = context.monitor
        self._audit = context.audit
        self._events = context.events
        self._copies = context.store.copies
        self._current: asyncio.Task[SearchResult] | None = None

    async def local_copy(self, text: str) -> LocalCopy | None:
        """The local copy of the one workorder ``text`` names, or None: when the text is no
        query, when no copy or several match (the DMS's list decides), or when the store
        cannot be read (the search goes on without it)."""
        try:
            query = parse_query(text)
        except InputError:
            return None
        registration = query.registration
        try:
            found = await self._copies.find(
                dms_number=query.dms_number,
                wo_number=query.wo_number,
                plate=registration.compact if registration is not None else None,
            )
        except StoreError as error:
            log.info("search: local copies not read (%s)", error.problem)
            return None
        return found[0] if len(found) == 1 else None

    async def search(self, text: str, *, sent: Callable[[], None] | None = None) -> SearchResult:
        """``ValueError`` with a sentence for input that is no WO number or plate.
        ``sent``: called when each request to the DMS is on its way (see ``request_sent``)."""
        query = parse_query(text)
        previous = self._current
        if previous is not None and not previous.done():
            previous.cancel()
        with on_its_way(sent):
            task = asyncio.create_task(self._search(query))
        self._current = task
        try:
            result = await task
        finally:
            if self._current is task:
                self._current = None
        # The answer goes to the window first; its audit row is written while it paints.
        self._audit.record_soon("search", "found", detail=query.kind, hits=len(result.hits))
        self._events.publish(SearchDone(query.text, query.kind, len(result.hits)))
        return result

    async def _search(self, query: Query) -> SearchResult:
        lookups: list[Awaitable[list[DmsWorkorder]]] = []
        if query.wo_number is not None:
            lookups.append(self._dms.find_by_order_no(query.wo_number))
        if query.registration is not None:
            lookups.append(self._dms.find_by_registration(query.registration))
        if query.dms_number is not None:
            lookups.append(self._by_dms_number(query.dms_number))
        try:
            # A hit is read again before anything is done with it, so a replica serves search.
            with lagging_reads_allowed():
                found = await gather(lookups)
        except RemoteError as error:
            self._monitor.failed(error)
            raise
        self._monitor.reachable("dms")
        unique: dict[str, DmsWorkorder] = {}
        for hits_of_one in found:
            for hit in hits_of_one:
                unique.setdefault(hit.workorder.appointment.dms_number, hit)
        hits = sorted(
            unique.values(),
            key=lambda hit: (
                hit.workorder.appointment.appointment_date,
                hit.workorder.appointment.dms_number,
            ),
            reverse=True,
        )
        return SearchResult(query, hits)

    async def _by_dms_number(self, dms_number: str) -> list[DmsWorkorder]:
        try:
            return [await self._dms.get_workorder(dms_number)]
        except NotFound:
            return []
