"""What a DMS that pushes its changes hands the importer: a subscription to the changes
of the service orders, and the notices that arrive at the importer's listener.

Adapters build these; they carry no wire names. ``etag`` is opaque to everyone but the
adapter that issued it, and the client state is a secret: it is never in a ``repr``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Subscription:
    """One subscription the DMS holds: where it notifies and until when."""

    id: str
    etag: str
    notification_url: str
    expires_at: datetime
    client_state: str = field(default="", repr=False)


@dataclass(frozen=True)
class ChangeNotice:
    """One notice of a notification: a record changed, or (``collection``) many did."""

    subscription_id: str
    client_state: str = field(repr=False)
    collection: bool
    expires_at: datetime | None = None
