"""The registry of DMS kinds: everything above the DMS port asks the entry of
``settings.dms.kind`` how to reach that DMS.

An entry says how to open the adapter behind ``DmsSource``, which secret it signs in
with, how to hold the tenant's contract, which watermark rows keep-importing keeps, and
which settings form the window shows. A second DMS is one more package beside
``incadea/``, its settings model in ``config.DmsSettings``, its form under ``ui/``, and
one entry here; the entry module is the only code above the adapters that imports it.
Variants of one DMS (another API of the same system) are chosen inside its entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from incadea_desk.config import Settings
from incadea_desk.secrets import SecretName, SecretStore
from incadea_desk.services.contract import ContractOutcome
from incadea_desk.services.dms_kinds.incadea import INCADEA
from incadea_desk.services.ports import DmsSource, WatermarkKeys
from incadea_desk.sites_file import BranchFilter, Site

if TYPE_CHECKING:
    import httpx

    from incadea_desk.fair_turns import Seat


class DmsKind(Protocol):
    """One kind of DMS, as the services, the CLI and the window need it."""

    @property
    def name(self) -> str:
        """``settings.dms.kind``."""
        ...

    @property
    def form(self) -> str:
        """The settings form the window shows for it (``ui/dms_forms.py``)."""
        ...

    @property
    def watermarks(self) -> WatermarkKeys: ...

    def secret_name(self, settings: Settings) -> SecretName:
        """The secret it signs in with under these settings."""
        ...

    async def open(
        self,
        settings: Settings,
        secrets: SecretStore,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        branch: BranchFilter | None = None,
        seat: Seat | None = None,
    ) -> DmsSource:
        """Its adapter behind the port; ``NotConfigured`` names what is missing. A site
        of a dealer group reads only its ``branch`` (if any) and takes its turns at
        ``seat`` in the request budget of its importer."""
        ...

    def for_site(self, settings: Settings, site: Site) -> Settings:
        """The settings of ``site`` (``sites.toml``): its company and Claire location."""
        ...

    async def check_contract(
        self,
        settings: Settings,
        secrets: SecretStore,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        ping: bool = False,
        branch: BranchFilter | None = None,
    ) -> ContractOutcome:
        """Whether the tenant has every name the adapter needs (``contract check``), and the
        field of a site's ``branch``."""
        ...

    def requests_per_page(self, settings: Settings) -> int:
        """DMS requests one page of changed workorders costs (``doctor``'s budget)."""
        ...

    def mapping_template(self, settings: Settings, variant: str | None = None) -> str:
        """The default tenant mapping, as a file to edit (``contract template``); ``variant``
        names one of the adapter's API kinds (``--api-kind``)."""
        ...


DMS_KINDS: dict[str, DmsKind] = {INCADEA.name: INCADEA}


def dms_kind(settings: Settings) -> DmsKind:
    """The entry of the configured DMS."""
    return DMS_KINDS[settings.dms.kind]


async def open_dms(
    settings: Settings,
    secrets: SecretStore,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> DmsSource:
    """The configured DMS behind the port; ``NotConfigured`` names what is missing."""
    return await dms_kind(settings).open(settings, secrets, transport)
