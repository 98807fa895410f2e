"""The local SQLite store: import journal, outbox, sync watermarks, audit trail, the
quarantine of rows keep-importing could not import, and local copies of workorders.

Only identifiers and plates are kept at rest (DMS number, WO number, Claire id,
content hashes, outcome codes) and, in a local copy, what is about the car and the
work; never names, addresses, phone numbers or e-mail addresses. Every call runs on
the store's own thread.
"""

from incadea_desk.store.audit import AuditEntry
from incadea_desk.store.copies import LocalCopy
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
    "LocalCopy",
    "MileageCorrection",
    "OutboxItem",
    "Store",
    "StoreError",
    "default_store_path",
]
