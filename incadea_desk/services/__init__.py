"""The use cases, as plain asyncio services shared by the GUI and the CLI (no Qt here)."""

from incadea_desk.services.audit import AuditLog
from incadea_desk.services.events import (
    ConnectionState,
    Event,
    EventBus,
    Imported,
    MileageOutcomeEvent,
    OutboxChanged,
    QuarantineChanged,
    SearchDone,
    SyncProgressEvent,
)
from incadea_desk.services.importing import ImportService
from incadea_desk.services.keep_importing import KeepImporting
from incadea_desk.services.lifetime import Services
from incadea_desk.services.mileage import MileageService
from incadea_desk.services.not_configured import NotConfigured
from incadea_desk.services.outbox import OutboxService
from incadea_desk.services.outcomes import (
    ImportResult,
    MileageOutcome,
    SearchResult,
    SyncProgress,
    SyncReport,
)
from incadea_desk.services.quarantine import HeldRow, Quarantine
from incadea_desk.services.queries import Query, Reference, parse_query, parse_reference
from incadea_desk.services.search import SearchService
from incadea_desk.store import AuditEntry, OutboxItem

__all__ = [
    "AuditEntry",
    "AuditLog",
    "ConnectionState",
    "Event",
    "EventBus",
    "HeldRow",
    "ImportResult",
    "ImportService",
    "Imported",
    "KeepImporting",
    "MileageOutcome",
    "MileageOutcomeEvent",
    "MileageService",
    "NotConfigured",
    "OutboxChanged",
    "OutboxItem",
    "OutboxService",
    "Quarantine",
    "QuarantineChanged",
    "Query",
    "Reference",
    "SearchDone",
    "SearchResult",
    "SearchService",
    "Services",
    "SyncProgress",
    "SyncProgressEvent",
    "SyncReport",
    "parse_query",
    "parse_reference",
]
