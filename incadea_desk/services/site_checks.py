"""The sites of a dealer group checked one by one, for ``doctor`` and ``contract check``:
the DMS's ``$metadata`` against the tenant mapping and the site's branch field, the
site's company answering (one service order of its branch read), and the Claire key
covering the site's location."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx

from incadea_desk.config import Settings
from incadea_desk.errors import RemoteError
from incadea_desk.secrets import SecretStore, SecretStoreUnavailable
from incadea_desk.services.adapters import check_connection
from incadea_desk.services.contract import ContractOutcome
from incadea_desk.services.dms_kinds import dms_kind
from incadea_desk.services.not_configured import NotConfigured
from incadea_desk.sites_file import Site


@dataclass(frozen=True)
class SiteCheck:
    """What was found of one site; a failure is the error as raised (its sentence)."""

    site: Site
    contract: ContractOutcome | None
    """``$metadata`` held against the mapping and the branch field; None when the settings
    could not be used (``dms`` says why)."""
    dms: RemoteError | NotConfigured | SecretStoreUnavailable | None
    """Why the site's company did not answer with a service order of its branch."""
    claire: RemoteError | NotConfigured | SecretStoreUnavailable | None
    """Why Claire refused the key for the site's location (``key_out_of_scope``: the key
    does not cover it)."""

    @property
    def ok(self) -> bool:
        report = self.contract.report if self.contract is not None else None
        return report is not None and report.ok and self.dms is None and self.claire is None


async def check_sites(
    settings: Settings,
    secrets: SecretStore,
    sites: list[Site],
    *,
    dms_transport: httpx.AsyncBaseTransport | None = None,
    claire_transport: httpx.AsyncBaseTransport | None = None,
) -> list[SiteCheck]:
    """Every site checked, side by side, in the order of ``sites.toml``."""
    return list(
        await asyncio.gather(
            *(_check(settings, secrets, site, dms_transport, claire_transport) for site in sites)
        )
    )


async def _check(
    settings: Settings,
    secrets: SecretStore,
    site: Site,
    dms_transport: httpx.AsyncBaseTransport | None,
    claire_transport: httpx.AsyncBaseTransport | None,
) -> SiteCheck:
    kind = dms_kind(settings)
    site_settings = kind.for_site(settings, site)
    contract: ContractOutcome | None = None
    dms: RemoteError | NotConfigured | SecretStoreUnavailable | None = None
    try:
        contract = await kind.check_contract(
            site_settings, secrets, dms_transport, branch=site.branch
        )
        if contract.report is not None and contract.report.ok:
            # $metadata is the service's; the company and its branch answer only here.
            client = await kind.open(site_settings, secrets, dms_transport, branch=site.branch)
            try:
                await client.ping()
            finally:
                await client.aclose()
    except (RemoteError, NotConfigured, SecretStoreUnavailable) as error:
        dms = error
    claire: RemoteError | NotConfigured | SecretStoreUnavailable | None = None
    try:
        await check_connection("claire", site_settings, secrets, transport=claire_transport)
    except (RemoteError, NotConfigured, SecretStoreUnavailable) as error:
        claire = error
    return SiteCheck(site, contract, dms, claire)
