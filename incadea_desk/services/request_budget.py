"""How many DMS requests an hour this program's settings will spend on their own.

Business Central counts requests per user: every workstation and importer that
signs in as one app registration (or one web-service user) shares its 6,000
requests per 5-minute window and its 5 requests processed at once
(``dev-itpro/administration/operational-limits-online.md``, "OData request limits
(per user)"; ``dev-itpro/api-reference/v2.0/dynamics-rate-limits.md``). The
estimate is for a quiet DMS: what keep-importing costs when nothing changes, and
what each hundred changed workorders add. What advisors do by hand comes on top.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from incadea_desk.config import Settings
from incadea_desk.services.keep_importing import DMS_PAGE_SIZE

PRINCIPAL_REQUESTS_PER_5_MINUTES = 6_000
PRINCIPAL_REQUESTS_AT_ONCE = 5

# An idle walk: the first (and only) page of changed service orders (what it costs is
# the DMS kind's ``requests_per_page``), and one request each for the changed vehicles
# and the changed customers.
REQUESTS_PER_OTHER_WALKS = 2
# The reconciliation re-reads its span once by each change stamp, then asks for the
# journal's open workorders so many ids a request.
RECONCILE_SPAN_READS = 2
IDS_PER_REQUEST = 20

Why = Literal["walks", "native_connector", "site_importer", "off_here"]


@dataclass(frozen=True)
class RequestBudget:
    why: Why
    """``walks``: this program keeps importing; otherwise why it does not."""
    walks_per_hour: int = 0
    per_walk: int = 0
    """DMS requests of one walk when nothing changes."""
    reconciliations_per_day: int = 0
    requests_per_reconciliation: int = 0
    idle_per_hour: int = 0
    """DMS requests an hour when nothing changes in the DMS."""
    per_100_changes: int = 0
    """DMS requests each 100 changed workorders add (pages of changes)."""
    claire_per_100_changes: int = 0
    """Claire imports each 100 changed workorders add."""


def request_budget(
    settings: Settings, *, open_workorders: int, walks: bool, per_page: int = 1
) -> RequestBudget:
    """The estimate for ``settings``; ``walks`` says whether this program keeps importing
    (a window as its settings say, ``sync`` always unless Claire's connector imports);
    ``per_page`` is what one page of changed workorders costs (the DMS kind says)."""
    if settings.claire.native_connector:
        return RequestBudget("native_connector")
    if not walks:
        return RequestBudget("site_importer" if settings.sync.site_importer else "off_here")
    sync = settings.sync
    walks_per_hour = math.ceil(3_600 / sync.interval_seconds)
    # One at the first walk of each day, and every reconcile_every_hours.
    per_day = max(1, 24 // sync.reconcile_every_hours)
    per_reconciliation = RECONCILE_SPAN_READS + math.ceil(open_workorders / IDS_PER_REQUEST)
    per_walk = per_page + REQUESTS_PER_OTHER_WALKS
    idle = walks_per_hour * per_walk + math.ceil(per_day * per_reconciliation / 24)
    return RequestBudget(
        "walks",
        walks_per_hour=walks_per_hour,
        per_walk=per_walk,
        reconciliations_per_day=per_day,
        requests_per_reconciliation=per_reconciliation,
        idle_per_hour=idle,
        per_100_changes=math.ceil(100 / DMS_PAGE_SIZE) * per_page,
        claire_per_100_changes=math.ceil(100 / sync.batch_size),
    )
