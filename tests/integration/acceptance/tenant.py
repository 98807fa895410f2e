"""A test tenant shaped like Business Central online: its own sign-in authority,
``/v2.0/{tenant}/{environment}/api/{route}/companies({id})/``, an entity set and a field
renamed by a mapping file, a 409 on the first PATCH, OR across fields refused, and
pages smaller than asked. incadea-desk reaches it by configuration alone; and the same
for a classic incadea tenant (``classic_tenant``)."""

from __future__ import annotations

import os
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from incadea_desk.sandbox import FaultSettings, LoopbackUrls, Sandbox

ENVIRONMENT = "Production"
MAPPING = """\
[entitySets]
serviceOrders = "workshopOrders"

[serviceOrders]
mileageKm = "odometerKm"
"""
PAGE_CAP = 7


def online_tenant(folder: Path, mapping: str = MAPPING) -> tuple[Sandbox, Path]:
    path = folder / "tenant.toml"
    path.write_text(mapping, encoding="utf-8")
    sandbox = Sandbox(seed=31, order_count=60, environment=ENVIRONMENT, mapping=path)
    sandbox.set_faults(incadea=FaultSettings(page_cap=PAGE_CAP, concurrent_edits=1))
    return sandbox, path


def classic_tenant() -> Sandbox:
    """Classic incadea on NAV 2018 / BC14: page web services over OData v4, the same
    concurrent edit and small pages."""
    sandbox = Sandbox(seed=31, order_count=60, api_kind="odatav4")
    sandbox.set_faults(incadea=FaultSettings(page_cap=PAGE_CAP, concurrent_edits=1))
    return sandbox


def configuration(sandbox: Sandbox, urls: LoopbackUrls, mapping: Path) -> dict[str, str]:
    """Every INCADEA_DESK_* variable a dealer's IT would set for this tenant."""
    environ = sandbox.environment(urls.incadea_base_url, urls.claire_base_url, urls.authority_url)
    environ["INCADEA_DESK_DMS_MAPPING"] = str(mapping)
    return environ


def process_environment(configured: dict[str, str], home: Path) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("INCADEA_DESK_")}
    environ |= configured
    environ["INCADEA_DESK_DATA_DIR"] = str(home / "data")
    environ["INCADEA_DESK_CONFIG_DIR"] = str(home / "config")
    environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return environ


class PatchStatuses:
    """Wraps the DMS app and records the status of every PATCH it answers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.statuses: list[int] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "PATCH":
            await self.app(scope, receive, send)
            return

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                self.statuses.append(message["status"])
            await send(message)

        await self.app(scope, receive, capture)
