"""The event bus: how services tell the GUI (and the CLI) what happened.

Plain callbacks, called in publish order on the event loop thread. Events are
small frozen dataclasses; a subscriber that raises is logged and does not stop
the others or the service that published.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from contextvars import Context, ContextVar, copy_context
from dataclasses import dataclass
from typing import Literal

from incadea_desk.services.outcomes import ImportResult, MileageOutcome, SyncProgress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchDone:
    query: str
    kind: str
    count: int


@dataclass(frozen=True)
class Imported:
    result: ImportResult
    actor: str


@dataclass(frozen=True)
class MileageOutcomeEvent:
    dms_number: str
    outcome: MileageOutcome


@dataclass(frozen=True)
class SyncProgressEvent:
    progress: SyncProgress


@dataclass(frozen=True)
class OutboxChanged:
    pending: int


@dataclass(frozen=True)
class QuarantineChanged:
    """The quarantine now holds ``count`` workorders keep-importing could not import."""

    count: int


@dataclass(frozen=True)
class Retrying:
    """A request to ``system`` failed and is repeated: ``attempt`` of ``attempts``.
    ``for_advisor`` when the request is part of what an advisor is waiting for (see
    :func:`advisor_waits`), not of the background work (keep-importing, the outbox)."""

    system: str
    attempt: int
    attempts: int
    for_advisor: bool = False


_ADVISOR_WAITS: ContextVar[bool] = ContextVar("advisor_waits", default=False)


@contextlib.contextmanager
def advisor_waits() -> Iterator[None]:
    """Mark the requests made in this block, and in the tasks it starts, as the ones an
    advisor waits for: their retries are said where the advisor looks. A task carries
    the mark from where it was created, so keep-importing's never does."""
    token = _ADVISOR_WAITS.set(True)
    try:
        yield
    finally:
        _ADVISOR_WAITS.reset(token)


def an_advisor_waits() -> bool:
    return _ADVISOR_WAITS.get()


def background_context() -> Context:
    """The current context without the mark of :func:`advisor_waits`, for a task that
    runs on its own however it was started."""
    context = copy_context()
    context.run(_ADVISOR_WAITS.set, False)
    return context


@dataclass(frozen=True)
class ConnectionState:
    """A system became reachable (``ok``), unreachable, or refused our sign-in
    (``refused``, not ``ok``). The one source of the window's connection lights."""

    system: Literal["dms", "claire"]
    ok: bool
    message: str
    refused: bool = False


Event = (
    SearchDone
    | Imported
    | MileageOutcomeEvent
    | SyncProgressEvent
    | OutboxChanged
    | QuarantineChanged
    | ConnectionState
    | Retrying
)
Subscriber = Callable[[Event], None]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback`` with every event from now on; returns the unsubscribe function."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def publish(self, event: Event) -> None:
        for callback in list(self._subscribers):
            try:
                callback(event)
            except Exception:
                log.exception("an event subscriber failed on %s", type(event).__name__)
