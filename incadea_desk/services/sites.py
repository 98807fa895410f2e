"""The sites of a dealer group, each walked on its own by one site importer.

With ``sync.sites`` set, ``incadea-desk sync`` serves every site of ``sites.toml``: per
site a DMS client of its company (reading only its branch, if it has one), a Claire
client of its location and the store's rows of that site (journal, watermark,
quarantine, slice plan), walked by a ``KeepImporting`` of its own. The DMS clients take
their turns in one request budget (``fair_turns.FairTurns``, ``sync.dms_concurrency``
requests in flight and one 429 pause for all), so a busy site cannot starve the others.
The outbox, the audit trail, the event bus and the connection monitor are the
importer's, shared by its sites.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import httpx

from incadea_desk.claire import ClaireClient
from incadea_desk.config import Settings
from incadea_desk.fair_turns import FairTurns
from incadea_desk.secrets import SecretStore
from incadea_desk.services.adapters import claire_connection
from incadea_desk.services.context import ServiceContext
from incadea_desk.services.dms_kinds import dms_kind
from incadea_desk.services.keep_importing import KeepImporting
from incadea_desk.services.lifetime import Services
from incadea_desk.services.not_configured import NotConfigured
from incadea_desk.services.ports import DmsSource
from incadea_desk.sites_file import Site, SitesError, load_sites

log = logging.getLogger(__name__)


async def declared_sites(settings: Settings) -> list[Site]:
    """The sites of ``sync.sites`` ([] when it is not set); ``NotConfigured`` with the
    file's sentence when it cannot be used."""
    if not settings.sync.sites:
        return []
    try:
        return await asyncio.to_thread(load_sites, Path(settings.sync.sites))
    except SitesError as error:
        raise NotConfigured(str(error)) from None


def with_first_site(settings: Settings, sites: list[Site]) -> Settings:
    """The importer's own settings where ``sites.toml`` replaces the company and Claire
    location: those of the first site where they are empty, so that a group's settings
    need no company or location of their own (the importer's outbox, pings and checks
    go to the first site's)."""
    if not sites:
        return settings
    kind = dms_kind(settings)
    first = kind.for_site(settings, sites[0])
    company = "company_name" if settings.dms.api_kind == "odatav4" else "company_id"
    dms = settings.dms if getattr(settings.dms, company) else first.dms
    claire = settings.claire if settings.claire.location_id else first.claire
    return settings.model_copy(update={"dms": dms, "claire": claire})


@dataclass
class SiteWalk:
    """One site: its clients, its settings and its walk."""

    site: Site
    settings: Settings
    dms: DmsSource
    claire: ClaireClient
    sync: KeepImporting

    @property
    def name(self) -> str:
        return self.site.name


class SiteImporting:
    """Every site of the importer, opened together and closed together."""

    def __init__(self, walks: list[SiteWalk], turns: FairTurns) -> None:
        self.walks = walks
        self.turns = turns

    @classmethod
    async def open(
        cls,
        services: Services,
        secrets: SecretStore,
        sites: list[Site],
        *,
        dms_transport: httpx.AsyncBaseTransport | None = None,
        claire_transport: httpx.AsyncBaseTransport | None = None,
    ) -> SiteImporting:
        settings = services.settings
        kind = dms_kind(settings)
        turns = FairTurns(settings.sync.dms_concurrency)
        walks: list[SiteWalk] = []
        try:
            for site in sites:
                site_settings = kind.for_site(settings, site)
                dms = await kind.open(
                    site_settings,
                    secrets,
                    dms_transport,
                    branch=site.branch,
                    seat=turns.seat(site.name),
                )
                try:
                    claire = ClaireClient(
                        await claire_connection(site_settings, secrets),
                        transport=claire_transport,
                    )
                except BaseException:
                    await dms.aclose()
                    raise
                context = ServiceContext(
                    dms,
                    claire,
                    services.store.for_site(site.name),
                    services.audit,
                    services.events,
                    services.connections,
                )
                sync = KeepImporting(context, site_settings.sync, kind.watermarks)
                walks.append(SiteWalk(site, site_settings, dms, claire, sync))
        except BaseException:
            await _close(walks)
            raise
        log.info("sync: serving %d sites: %s", len(walks), ", ".join(w.name for w in walks))
        return cls(walks, turns)

    async def aclose(self) -> None:
        walks, self.walks = self.walks, []
        await _close(walks)

    async def __aenter__(self) -> SiteImporting:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


async def _close(walks: list[SiteWalk]) -> None:
    await asyncio.gather(
        *(client.aclose() for walk in walks for client in (walk.dms, walk.claire)),
        return_exceptions=True,
    )
