"""The message bridge: service events in, Qt signals out.

Services publish plain dataclass events on their ``EventBus`` and know no Qt
(qutebrowser keeps its core code free of widgets the same way). The bridge is
the one subscriber the window needs; a signal emitted from another thread
reaches the widgets queued, in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from incadea_desk.services.events import Event, EventBus


class MessageBridge(QObject):
    """Turns ``EventBus`` events into signals the widgets connect to."""

    imported = Signal(object)
    """``ImportResult`` of a manual or background import."""
    mileage_outcome = Signal(str, object)
    """DMS number and ``MileageOutcome``."""
    sync_progress = Signal(object)
    """``SyncProgress`` of the keep-importing loop."""
    outbox_changed = Signal(int)
    quarantine_changed = Signal(int)
    """How many workorders keep-importing holds back now."""
    connection_changed = Signal(str, str)
    """A system and its state: ``online``, ``offline`` or ``refused``."""
    retrying = Signal(str, int, int)
    """System, attempt and attempts of a request that is being repeated."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None

    def attach(self, bus: EventBus) -> None:
        self.detach()
        self._unsubscribe = bus.subscribe(self.deliver)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def deliver(self, event: Event) -> None:
        # Imported with the services (an event comes from them), after the first paint.
        from incadea_desk.services.events import (
            ConnectionState,
            Imported,
            MileageOutcomeEvent,
            OutboxChanged,
            QuarantineChanged,
            Retrying,
            SyncProgressEvent,
        )

        if isinstance(event, Imported):
            self.imported.emit(event.result)
        elif isinstance(event, MileageOutcomeEvent):
            self.mileage_outcome.emit(event.dms_number, event.outcome)
        elif isinstance(event, SyncProgressEvent):
            self.sync_progress.emit(event.progress)
        elif isinstance(event, OutboxChanged):
            self.outbox_changed.emit(event.pending)
        elif isinstance(event, QuarantineChanged):
            self.quarantine_changed.emit(event.count)
        elif isinstance(event, ConnectionState):
            state = "online" if event.ok else "refused" if event.refused else "offline"
            self.connection_changed.emit(event.system, state)
        elif isinstance(event, Retrying) and event.for_advisor:
            # A background retry (keep-importing, the outbox) is not the advisor's news.
            self.retrying.emit(event.system, event.attempt, event.attempts)
