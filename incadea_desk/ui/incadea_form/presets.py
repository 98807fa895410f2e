"""The DMS addresses a preset builds and recognises (no Qt here).

*Business Central online* is ``https://api.businesscentral.dynamics.com/v2.0/{tenant}/{environment}``,
*on premises* ``https://{host}:{port}/{instance}`` (Microsoft Learn,
``api-reference/v2.0/endpoints-apis-for-dynamics``); anything else is an address
typed as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote

Preset = Literal["online", "onprem", "custom"]
PRESETS: tuple[Preset, ...] = ("online", "onprem", "custom")
ONLINE_ROOT = "https://api.businesscentral.dynamics.com/v2.0"
DEFAULT_PORT = "7048"

_ONLINE = re.compile(r"https://api\.businesscentral\.dynamics\.com/v2\.0/([^/?#]+)/([^/?#]+)/?")
_ONPREM = re.compile(r"https://([^/:?#]+)(?::(\d{1,5}))?/([^/?#]+)/?")


@dataclass(frozen=True)
class DmsAddress:
    """A DMS address taken apart by preset."""

    preset: Preset
    tenant: str = ""
    environment: str = ""
    host: str = ""
    port: str = DEFAULT_PORT
    instance: str = ""
    address: str = ""


def online_url(tenant: str, environment: str) -> str:
    if not tenant or not environment:
        return ""
    return f"{ONLINE_ROOT}/{quote(tenant, safe='')}/{quote(environment, safe='')}"


def onprem_url(host: str, port: str, instance: str) -> str:
    if not host or not instance:
        return ""
    return f"https://{host}:{port or DEFAULT_PORT}/{quote(instance, safe='')}"


def recognise(base_url: str, auth_mode: str) -> DmsAddress:
    """The preset an existing address fits; a new (empty) one starts online."""
    text = base_url.strip()
    if not text:
        return DmsAddress("online")
    online = _ONLINE.fullmatch(text)
    if online:
        return DmsAddress("online", tenant=online[1], environment=online[2], address=text)
    onprem = _ONPREM.fullmatch(text)
    if onprem and auth_mode != "oauth":
        return DmsAddress(
            "onprem",
            host=onprem[1],
            port=onprem[2] or DEFAULT_PORT,
            instance=onprem[3],
            address=text,
        )
    return DmsAddress("custom", address=text)
