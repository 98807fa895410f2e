"""Connection settings of both remote systems, from the settings file and the secret store."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
from pydantic import SecretStr, ValidationError

from incadea_desk.claire import ClaireClient, ClaireConnection
from incadea_desk.config import Settings, setting_path
from incadea_desk.http import Timeouts
from incadea_desk.incadea import IncadeaConnection
from incadea_desk.incadea.tenant import MappingError, load_mapping
from incadea_desk.secrets import SECRET_ENV, SECRET_FOR_AUTH_MODE, SecretStore
from incadea_desk.services.ports import DmsSource


class NotConfigured(ValueError):
    """Settings or a secret needed to reach a system are missing; the message says which."""


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = setting_path(first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def _secret_hint(name: str) -> str:
    return (
        f"store it with 'incadea-desk config set-secret {name}' or set "
        f"{SECRET_ENV[name]}"  # type: ignore[index]
    )


async def incadea_connection(settings: Settings, secrets: SecretStore) -> IncadeaConnection:
    dms = settings.dms
    missing = [key for key in settings.missing() if key.startswith("dms.")]
    if missing:
        raise NotConfigured(
            "The DMS connection is not set up: "
            + ", ".join(missing)
            + " missing (see 'incadea-desk config show')."
        )
    secret_name = SECRET_FOR_AUTH_MODE[dms.auth_mode]
    secret = await secrets.get(secret_name)
    if not secret:
        raise NotConfigured(f"The DMS secret is missing: {_secret_hint(secret_name)}.")
    timeouts = Timeouts(connect=dms.connect_timeout_seconds, read=dms.read_timeout_seconds)
    try:
        mapping = await asyncio.to_thread(load_mapping, Path(dms.mapping) if dms.mapping else None)
    except MappingError as error:
        raise NotConfigured(str(error)) from None
    fields: dict[str, object] = {
        "base_url": dms.base_url,
        "company_id": dms.company_id,
        "auth_mode": dms.auth_mode,
        "timeouts": timeouts,
        "mapping": mapping,
        "max_in_flight": settings.sync.dms_concurrency,
    }
    if dms.api_route:
        fields["api_route"] = dms.api_route
    if dms.auth_mode == "oauth":
        fields |= {
            "tenant_id": dms.tenant_id,
            "client_id": dms.client_id,
            "client_secret": SecretStr(secret),
            "scope": dms.scope or None,
        }
        if dms.authority:
            fields["authority"] = dms.authority
    elif dms.auth_mode == "basic":
        fields |= {"username": dms.username, "access_key": SecretStr(secret)}
    else:
        fields |= {"username": dms.username, "password": SecretStr(secret)}
    try:
        return IncadeaConnection.model_validate(fields)
    except ValidationError as error:
        raise NotConfigured(
            f"The DMS settings cannot be used ({_first_error(error)}); "
            "fix them with 'incadea-desk config set'."
        ) from None


async def claire_connection(settings: Settings, secrets: SecretStore) -> ClaireConnection:
    claire = settings.claire
    missing = [key for key in settings.missing() if key.startswith("claire.")]
    if missing:
        raise NotConfigured(
            "The Claire connection is not set up: "
            + ", ".join(missing)
            + " missing (see 'incadea-desk config show')."
        )
    key = await secrets.get("claire_api_key")
    if not key:
        raise NotConfigured(f"The Claire API key is missing: {_secret_hint('claire_api_key')}.")
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
            f"The Claire settings cannot be used ({_first_error(error)}); "
            "fix them with 'incadea-desk config set'."
        ) from None


DmsOpener = Callable[[Settings, SecretStore, httpx.AsyncBaseTransport | None], Awaitable[DmsSource]]


async def _open_incadea(
    settings: Settings, secrets: SecretStore, transport: httpx.AsyncBaseTransport | None
) -> DmsSource:
    from incadea_desk.incadea import IncadeaClient

    return IncadeaClient(await incadea_connection(settings, secrets), transport=transport)


DMS_ADAPTERS: dict[str, DmsOpener] = {"incadea": _open_incadea}
"""``settings.dms.kind`` -> how to open that DMS's adapter. A second DMS adds its
settings to ``config.DmsSettings`` and one entry here."""


async def open_dms(
    settings: Settings,
    secrets: SecretStore,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> DmsSource:
    """The configured DMS behind the port; ``NotConfigured`` names what is missing."""
    return await DMS_ADAPTERS[settings.dms.kind](settings, secrets, transport)


async def check_connection(
    system: str,
    settings: Settings,
    secrets: SecretStore,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> None:
    """Sign in to one system (``incadea`` for the DMS, or ``claire``) and send one request.

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
