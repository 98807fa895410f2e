"""What every use case works with, opened together by ``Services``: both systems, the
store, the audit trail, the event bus and the connection monitor."""

from __future__ import annotations

from dataclasses import dataclass

from incadea_desk.claire import ClaireClient
from incadea_desk.services.audit import AuditLog
from incadea_desk.services.connectivity import ConnectionMonitor
from incadea_desk.services.events import EventBus
from incadea_desk.services.ports import DmsSource
from incadea_desk.store import Store


@dataclass(frozen=True)
class ServiceContext:
    dms: DmsSource
    claire: ClaireClient
    store: Store
    audit: AuditLog
    events: EventBus
    monitor: ConnectionMonitor
    """Told by every use case whether a system answered (the status bar's lights)."""
