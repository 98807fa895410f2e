"""The Claire adapter: the only code that knows Claire's wire field names."""

from incadea_desk.claire.client import ClaireClient, ClaireImportResult
from incadea_desk.claire.config import ClaireConnection
from incadea_desk.claire.encoding import appointment_json
from incadea_desk.claire.mapping import cancelled, claire_fields, from_claire, to_claire
from incadea_desk.claire.wire import ClaireAppointment, ClaireAppointmentIn, EncodedAppointment

__all__ = [
    "ClaireAppointment",
    "ClaireAppointmentIn",
    "ClaireClient",
    "ClaireConnection",
    "ClaireImportResult",
    "EncodedAppointment",
    "appointment_json",
    "cancelled",
    "claire_fields",
    "from_claire",
    "to_claire",
]
