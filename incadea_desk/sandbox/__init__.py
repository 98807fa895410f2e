"""Local stand-ins for the Incadea DMS and Claire, for demo mode and tests.

The sandbox speaks wire JSON only (``docs/wire-contracts.md``); it shares no
code with the adapters it stands in for. See ``docs/sandbox.md``.

In process::

    sandbox = Sandbox(seed=7)
    client = httpx.AsyncClient(
        transport=sandbox.incadea_transport(), base_url=INPROCESS_INCADEA_URL
    )

Over loopback HTTP::

    async with serve_loopback(sandbox) as urls:
        ...  # urls.incadea_base_url, urls.claire_base_url
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
from starlette.types import ASGIApp

from incadea_desk.first_use import imported_on_first_use
from incadea_desk.sandbox.claire_app import ClaireCredentials, ClaireStandIn
from incadea_desk.sandbox.clock import Clock, ManualClock, system_clock
from incadea_desk.sandbox.environment import sandbox_environment
from incadea_desk.sandbox.faults import FaultSettings
from incadea_desk.sandbox.incadea_app import DEFAULT_API_ROUTE, IncadeaStandIn
from incadea_desk.sandbox.incadea_auth import IncadeaCredentials
from incadea_desk.sandbox.seed import generate_workshop
from incadea_desk.sandbox.serve import BackgroundLoop, SandboxTransport
from incadea_desk.sandbox.tenant import TenantNames

if TYPE_CHECKING:
    from incadea_desk.sandbox.loopback import LoopbackThread, LoopbackUrls, serve_loopback

__all__ = [
    "INPROCESS_CLAIRE_URL",
    "INPROCESS_INCADEA_URL",
    "FaultSettings",
    "LoopbackThread",
    "LoopbackUrls",
    "ManualClock",
    "Sandbox",
    "sandbox_environment",
    "serve_loopback",
]

# Serving over loopback needs uvicorn (and click); the demo window serves in process,
# so these are imported on first use.
_ON_FIRST_USE = {
    "LoopbackThread": "incadea_desk.sandbox.loopback",
    "LoopbackUrls": "incadea_desk.sandbox.loopback",
    "serve_loopback": "incadea_desk.sandbox.loopback",
}


__getattr__ = imported_on_first_use(globals(), _ON_FIRST_USE)


INPROCESS_INCADEA_URL = "https://incadea.sandbox"
INPROCESS_CLAIRE_URL = "https://claire.sandbox"
DEFAULT_SEED = 2604
BC_SCOPE = "https://api.businesscentral.dynamics.com/.default"
LOCATION_IDS = ("loc-utrecht", "loc-antwerpen")
# The server instance and company of the classic (odatav4) kind: a name with a space,
# a dot and a quote, as Dutch company names have them.
CLASSIC_INSTANCE = "/BC140"
COMPANY_NAME = "Autobedrijf 't Hoekje B.V."


class Sandbox:
    """Both stand-ins over one seeded workshop, with the credentials that open them.

    ``now`` anchors the seeded data (default: the clock's current time);
    ``clock`` is what the stand-ins read for token expiry, modification times
    and live steps (default: the system clock; tests pass a ``ManualClock``).

    ``environment`` serves the DMS in Business Central online's URL shape,
    ``/v2.0/{tenant}/{environment}/api/{api_route}/...``, with the token endpoint
    on an authority of its own (:attr:`authority_app`); without it the DMS is
    served on premises style, ``/api/{api_route}/...``, and signs in on its own
    host. ``mapping`` is a tenant mapping file whose names the DMS then speaks.

    ``api_kind="odatav4"`` serves classic incadea's page web services instead
    (``/BC140/ODataV4/Company('...')/...``, Dutch pages, Basic with the access key;
    ``sandbox/classic_app.py``).
    """

    def __init__(
        self,
        seed: int = DEFAULT_SEED,
        now: datetime | None = None,
        live: bool = False,
        *,
        clock: Clock | None = None,
        token_ttl: timedelta = timedelta(seconds=3599),
        live_interval: timedelta = timedelta(seconds=15),
        incadea_faults: FaultSettings | None = None,
        claire_faults: FaultSettings | None = None,
        order_count: int = 240,
        api_route: str = DEFAULT_API_ROUTE,
        environment: str | None = None,
        mapping: Path | None = None,
        api_kind: str = "api",
    ) -> None:
        self.seed = seed
        self.clock: Clock = clock or system_clock
        self.now = now or self.clock()
        ids = random.Random(f"credentials:{seed}")

        def guid() -> str:
            return str(uuid.UUID(int=ids.getrandbits(128), version=4))

        self.company_id = guid()
        self.tenant_id = guid()
        self.client_id = guid()
        self.client_secret = f"sandbox-secret-{ids.getrandbits(64):016x}"
        self.scope = BC_SCOPE
        self.username = "SANDBOX-WS"
        self.access_key = f"sandbox-key-{ids.getrandbits(64):016x}"
        self.claire_api_key = f"claire-sandbox-{ids.getrandbits(64):016x}"
        self.location_id = LOCATION_IDS[0]
        self.api_route = api_route
        self.environment_name = environment
        self.service_path = f"/v2.0/{self.tenant_id}/{environment}" if environment else ""
        self.api_kind = api_kind
        self.company_name = COMPANY_NAME
        if api_kind == "odatav4":
            self.service_path = CLASSIC_INSTANCE

        self.incadea = IncadeaStandIn(
            generate_workshop(seed, self.now, order_count),
            IncadeaCredentials(
                company_id=self.company_id,
                tenant_id=self.tenant_id,
                client_id=self.client_id,
                client_secret=self.client_secret,
                scope=self.scope,
                username=self.username,
                access_key=self.access_key,
            ),
            self.clock,
            seed=seed,
            faults=incadea_faults,
            token_ttl=token_ttl,
            live=live,
            live_interval=live_interval,
            names=TenantNames.from_file(mapping) if mapping else None,
            api_route=api_route,
            service_path=self.service_path,
            token_endpoint=environment is None,
            api_kind=api_kind,
            company_name=self.company_name,
        )
        self.claire = ClaireStandIn(
            ClaireCredentials(api_key=self.claire_api_key, location_ids=LOCATION_IDS),
            self.clock,
            seed=seed,
            faults=claire_faults,
        )
        self._background: BackgroundLoop | None = None

    def serve_in_background(self) -> None:
        """From now on, the in-process transports run both stand-ins on a private event
        loop in a background thread, so their work never holds the caller's loop."""
        if self._background is None:
            self._background = BackgroundLoop()

    def stop_background(self) -> None:
        if self._background is not None:
            self._background.stop()
            self._background = None

    @property
    def incadea_app(self) -> ASGIApp:
        return self.incadea.app

    @property
    def authority_app(self) -> ASGIApp:
        """The sign-in authority alone (``/{tenant}/oauth2/v2.0/token``)."""
        return self.incadea.authority_app

    @property
    def separate_authority(self) -> bool:
        """Whether the authority is served apart from the DMS (the online shape)."""
        return self.environment_name is not None

    @property
    def claire_app(self) -> ASGIApp:
        return self.claire.app

    def incadea_transport(self) -> httpx.AsyncBaseTransport:
        """In-process transport to the DMS; use with base URL ``INPROCESS_INCADEA_URL``."""
        if self._background is not None:
            return self._background.transport(self.incadea_app)
        return SandboxTransport(app=self.incadea_app)

    def claire_transport(self) -> httpx.AsyncBaseTransport:
        """In-process transport to Claire; use with base URL ``INPROCESS_CLAIRE_URL``."""
        if self._background is not None:
            return self._background.transport(self.claire_app)
        return SandboxTransport(app=self.claire_app)

    def set_faults(
        self, incadea: FaultSettings | None = None, claire: FaultSettings | None = None
    ) -> None:
        """Replace both apps' faults (``None`` clears them)."""
        self.incadea.faults.replace(incadea or FaultSettings())
        self.claire.faults.replace(claire or FaultSettings())

    def environment(
        self, incadea_url: str, claire_url: str, authority_url: str | None = None
    ) -> dict[str, str]:
        """``INCADEA_DESK_*`` settings; ``incadea_url`` is the DMS server's root."""
        return sandbox_environment(self, incadea_url, claire_url, authority_url)
