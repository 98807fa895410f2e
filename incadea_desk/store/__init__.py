"""The local SQLite store: import journal, outbox, sync watermarks, audit trail and the
quarantine of rows keep-importing could not import.

Only identifiers and plates are kept at rest (DMS number, WO number, Claire id,
content hashes, outcome codes), never names, addresses, phone numbers or
e-mail addresses. Every call runs on the store's own thread.
"""

from incadea_desk.store.audit import AuditEntry
from incadea_desk.store.database import SCHEMA_VERSION, Store, default_store_path
from incadea_desk.store.errors import StoreError
from incadea_desk.store.journal import JournalEntry, JournalRecord
from incadea_desk.store.outbox import MileageCorrection, OutboxItem
from incadea_desk.store.quarantine import HeldEntry, HeldRecord

__all__ = [
    "SCHEMA_VERSION",
    "AuditEntry",
    "HeldEntry",
    "HeldRecord",
    "JournalEntry",
    "JournalRecord",
    "MileageCorrection",
    "OutboxItem",
    "Store",
    "StoreError",
    "default_store_path",
]
