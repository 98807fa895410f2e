"""Opening the adapters of both remote systems from the settings and the secret store:
Claire's here, the DMS's through the entry of its kind (``services/dms_kinds``)."""

from __future__ import annotations

import httpx
from pydantic import SecretStr, ValidationError

from incadea_desk.claire import ClaireClient, ClaireConnection
from incadea_desk.config import Settings, first_error
from incadea_desk.http import Timeouts
from incadea_desk.secrets import SecretStore
from incadea_desk.services.dms_kinds import open_dms
from incadea_desk.services.not_configured import (
    NotConfigured,
    missing_settings,
    secret_hint,
)
from incadea_desk.services.ports import DmsSource


async def claire_connection(settings: Settings, secrets: SecretStore) -> ClaireConnection:
    claire = settings.claire
    missing_settings(settings.missing(), "claire", "Claire")
    key = await secrets.get("claire_api_key")
    if not key:
        raise NotConfigured(f"The Claire API key is missing: {secret_hint('claire_api_key')}.")
    timeouts = Timeouts(connect=claire.connect_timeout_seconds, read=claire.read_timeout_seconds)
    try:
        return ClaireConnection.model_validate(
            {
                "base_url": claire.base_url,
                "location_id": claire.location_id,
                "api_key": SecretStr(key),
                "timeouts": timeouts,
            }
        )
    except ValidationError as error:
        raise NotConfigured(
            f"The Claire settings cannot be used ({first_error(error)}); "
            "fix them with 'incadea-desk config set'."
        ) from None


async def check_connection(
    system: str,
    settings: Settings,
    secrets: SecretStore,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> None:
    """Sign in to one system (``dms`` or ``claire``) and send one request.

    Raises ``NotConfigured`` when settings or a secret are missing, and the error
    taxonomy's ``RemoteError`` when the system does not answer or refuses us. The
    CLI's ``doctor`` and the settings dialog's *Test connection* both use this.
    """
    client: DmsSource | ClaireClient
    if system == "claire":
        client = ClaireClient(await claire_connection(settings, secrets), transport=transport)
    else:
        client = await open_dms(settings, secrets, transport=transport)
    try:
        await client.ping()
    finally:
        await client.aclose()
