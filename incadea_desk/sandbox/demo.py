"""The one way to connect incadea-desk to a sandbox: settings, secrets and transports.

Used by the CLI's ``--demo``, the window's demo and the tests. The settings come
from the sandbox's environment variables (as a service would be configured);
the secrets are held in memory, so the demo's settings dialog can change them
without touching the user's keyring.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from incadea_desk.config import Settings, apply_environment
from incadea_desk.sandbox import INPROCESS_CLAIRE_URL, INPROCESS_INCADEA_URL, Sandbox
from incadea_desk.secrets import SECRET_ENV, MemoryBackend, SecretStore


@dataclass
class DemoConnection:
    """Everything ``Services.open`` needs to run on ``sandbox``."""

    sandbox: Sandbox
    settings: Settings
    secrets: SecretStore

    def incadea_transport(self) -> httpx.AsyncBaseTransport:
        return self.sandbox.incadea_transport()

    def claire_transport(self) -> httpx.AsyncBaseTransport:
        return self.sandbox.claire_transport()


def demo_connection(
    sandbox: Sandbox,
    *,
    incadea_url: str = INPROCESS_INCADEA_URL,
    claire_url: str = INPROCESS_CLAIRE_URL,
    **sync: object,
) -> DemoConnection:
    """Settings and in-memory secrets for ``sandbox`` at these addresses (the in-process
    ones by default); ``sync`` overrides keep-importing settings."""
    environ = sandbox.environment(incadea_url, claire_url)
    settings = apply_environment(Settings(), environ)
    if sync:
        settings = settings.model_copy(update={"sync": settings.sync.model_copy(update=sync)})
    held: dict[str, str] = {
        name: environ[variable] for name, variable in SECRET_ENV.items() if variable in environ
    }
    return DemoConnection(sandbox, settings, SecretStore(MemoryBackend(held), environ={}))


def demo_api_kind(environ: Mapping[str, str]) -> str:
    """The API kind the demo's DMS speaks: ``INCADEA_DESK_DMS_API_KIND`` when it names
    one (``odatav4``: classic incadea's page web services), else Business Central's API."""
    return "odatav4" if environ.get("INCADEA_DESK_DMS_API_KIND") == "odatav4" else "api"


def with_demo_problem(sandbox: Sandbox) -> Sandbox:
    """``sandbox`` with one recent order carrying a line type incadea-desk does not know,
    so the demo's quarantine has a workorder to show (``sandbox/bad_rows.py``)."""
    rows = sandbox.incadea.data.orders.values()
    newest = max(rows, key=lambda row: row.data["lastModifiedDateTime"])
    sandbox.incadea.bad_rows.mark(str(newest.data["documentNo"]), "unknown_line_type")
    return sandbox
