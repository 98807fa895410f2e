"""The Incadea DMS adapter: implements the ``DmsSource`` port (``services/ports.py``);
the only code that knows Incadea's wire field names."""

from incadea_desk.domain.dms_records import DmsWorkorder, MileageReading
from incadea_desk.incadea.client import IncadeaClient
from incadea_desk.incadea.config import IncadeaConnection

__all__ = ["DmsWorkorder", "IncadeaClient", "IncadeaConnection", "MileageReading"]
