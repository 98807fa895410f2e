"""Whether each remote system answers, as the services find out while they work.

Published as ``ConnectionState`` events, only when a system's state changes, so
the status bar shows "the DMS cannot be reached" as soon as any use case
notices, and "back" as soon as one succeeds again. An answer that refuses or
does not find something still proves the system is reachable.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Iterator

from incadea_desk.errors import (
    SYSTEM_NAMES,
    AuthenticationError,
    RemoteError,
    System,
    Throttled,
    Unavailable,
)
from incadea_desk.services.events import ConnectionState, EventBus

UNREACHABLE = (Unavailable, Throttled, AuthenticationError)


class ConnectionMonitor:
    def __init__(self, events: EventBus) -> None:
        self._events = events
        self._last: dict[str, bool] = {}
        self._refused: dict[str, bool] = {}

    def reachable(self, system: System) -> None:
        self._publish(system, True, f"{SYSTEM_NAMES[system].capitalize()} answers.")

    def failed(self, error: RemoteError) -> None:
        if isinstance(error, AuthenticationError):
            self._publish(error.system, False, error.user_message, refused=True)
        elif isinstance(error, UNREACHABLE):
            self._publish(error.system, False, error.user_message)
        else:
            self.reachable(error.system)

    async def check(self, system: System, ping: Awaitable[None]) -> None:
        """Send one request (a sign-in at start) and report what it showed; the error
        itself is not raised, it is what the published state says."""
        with contextlib.suppress(RemoteError), self.watch(system):
            await ping

    def state(self, system: System) -> bool | None:
        """True/False as last reported, None before the first request."""
        return self._last.get(system)

    @contextlib.contextmanager
    def watch(self, *systems: System) -> Iterator[None]:
        """Report the systems reachable when the block succeeds, or the failing one."""
        try:
            yield
        except RemoteError as error:
            self.failed(error)
            raise
        for system in systems:
            self.reachable(system)

    def _publish(self, system: System, ok: bool, message: str, *, refused: bool = False) -> None:
        if self._last.get(system) == ok and self._refused.get(system, False) == refused:
            return
        self._last[system] = ok
        self._refused[system] = refused
        self._events.publish(ConnectionState(system, ok, message, refused))
