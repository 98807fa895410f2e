"""The Incadea DMS adapter: the only code that knows the DMS's wire field names."""

from incadea_desk.incadea.client import DmsWorkorder, IncadeaClient, MileageReading
from incadea_desk.incadea.config import IncadeaConnection

__all__ = ["DmsWorkorder", "IncadeaClient", "IncadeaConnection", "MileageReading"]
