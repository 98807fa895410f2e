"""The Incadea DMS adapter: implements the ``DmsSource`` port (``services/ports.py``);
the only code that knows Incadea's wire field names. Two API kinds: Business Central
API pages (``IncadeaClient``) and classic incadea's page web services over OData v4
(``PageServiceClient``); ``open_client`` picks by ``IncadeaConnection.api_kind``."""

import httpx

from incadea_desk.domain.dms_records import DmsWorkorder, MileageReading
from incadea_desk.fair_turns import Seat
from incadea_desk.incadea.classic import PageServiceClient
from incadea_desk.incadea.client import IncadeaClient
from incadea_desk.incadea.config import IncadeaConnection

__all__ = [
    "DmsWorkorder",
    "IncadeaClient",
    "IncadeaConnection",
    "MileageReading",
    "PageServiceClient",
    "open_client",
]


def open_client(
    config: IncadeaConnection,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    seat: Seat | None = None,
) -> IncadeaClient | PageServiceClient:
    """The client of the configured API kind; ``seat``: a site's turns in the request
    budget it shares with the other sites of its importer."""
    if config.api_kind == "odatav4":
        return PageServiceClient(config, transport=transport, seat=seat)
    return IncadeaClient(config, transport=transport, seat=seat)
