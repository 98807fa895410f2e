"""The registry entry of Incadea: a Business Central style OData API (``incadea/``).

The only module above the adapters that imports ``incadea_desk.incadea``; it does so
when it is asked to connect, so that reading the registry (the window does, for its
settings form) costs no HTTP stack. Variants
of the Incadea adapter (another API of the same DMS) are chosen here, from the settings.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from pydantic import SecretStr, ValidationError

from incadea_desk.config import Settings, first_error
from incadea_desk.errors import NotFound, Refused, RemoteError
from incadea_desk.secrets import SECRET_FOR_AUTH_MODE, SecretName, SecretStore
from incadea_desk.services.contract import ContractOutcome, ContractReport
from incadea_desk.services.not_configured import (
    NotConfigured,
    missing_settings,
    secret_hint,
)
from incadea_desk.services.ports import DmsSource, WatermarkKeys
from incadea_desk.sites_file import BranchFilter, Site

if TYPE_CHECKING:
    import httpx

    from incadea_desk.fair_turns import Seat
    from incadea_desk.incadea import IncadeaConnection


class Incadea:
    name = "incadea"
    form = "incadea"
    watermarks = WatermarkKeys(
        changes="incadea.serviceOrders", reconciled="reconcile.serviceOrders"
    )

    def secret_name(self, settings: Settings) -> SecretName:
        return SECRET_FOR_AUTH_MODE[settings.dms.auth_mode]

    def for_site(self, settings: Settings, site: Site) -> Settings:
        """The settings of one site of a dealer group: its company (an id for API pages, a
        name for page web services) and its Claire location."""
        company = "company_name" if settings.dms.api_kind == "odatav4" else "company_id"
        return settings.model_copy(
            update={
                "dms": settings.dms.model_copy(update={company: site.company}),
                "claire": settings.claire.model_copy(update={"location_id": site.location_id}),
            }
        )

    async def connection(
        self, settings: Settings, secrets: SecretStore, branch: BranchFilter | None = None
    ) -> IncadeaConnection:
        """The adapter's connection: the settings, the secret and the tenant mapping file;
        with ``branch``, the service orders of that branch only."""
        from incadea_desk.http import Timeouts
        from incadea_desk.incadea import IncadeaConnection
        from incadea_desk.incadea.tenant import MappingError, load_mapping

        dms = settings.dms
        missing_settings(settings.missing(), "dms", "DMS")
        secret_name = self.secret_name(settings)
        secret = await secrets.get(secret_name)
        if not secret:
            raise NotConfigured(f"The DMS secret is missing: {secret_hint(secret_name)}.")
        timeouts = Timeouts(connect=dms.connect_timeout_seconds, read=dms.read_timeout_seconds)
        try:
            mapping = await asyncio.to_thread(
                load_mapping, Path(dms.mapping) if dms.mapping else None, dms.api_kind
            )
        except MappingError as error:
            raise NotConfigured(str(error)) from None
        fields: dict[str, object] = {
            "base_url": dms.base_url,
            "api_kind": dms.api_kind,
            "auth_mode": dms.auth_mode,
            "timeouts": timeouts,
            "mapping": mapping,
            "max_in_flight": settings.sync.dms_concurrency,
        }
        if branch is not None:
            fields |= {"branch_field": branch.field, "branch_value": branch.value}
        if dms.api_kind == "odatav4":
            fields["company_name"] = dms.company_name
        else:
            fields["company_id"] = dms.company_id
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
                f"The DMS settings cannot be used ({first_error(error)}); "
                "fix them with 'incadea-desk config set'."
            ) from None

    async def open(
        self,
        settings: Settings,
        secrets: SecretStore,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        branch: BranchFilter | None = None,
        seat: Seat | None = None,
    ) -> DmsSource:
        from incadea_desk.incadea import open_client

        config = await self.connection(settings, secrets, branch)
        return open_client(config, transport=transport, seat=seat)

    async def check_contract(
        self,
        settings: Settings,
        secrets: SecretStore,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        ping: bool = False,
        branch: BranchFilter | None = None,
    ) -> ContractOutcome:
        """Sign in (and with ``ping`` read one service order), read ``$metadata`` and hold
        the mapping against it. ``NotConfigured`` (a sentence) when the settings or the
        mapping file cannot be used; a ``RemoteError`` of the ping is raised as it is."""
        from incadea_desk.incadea import open_client

        config = await self.connection(settings, secrets, branch)
        async with open_client(config, transport=transport) as client:
            if ping:
                try:
                    await client.ping()
                except (NotFound, Refused):
                    # A company the server instance does not have is refused: the contract
                    # check names it and the ones the instance has.
                    report = await _company_report(client)
                    if report is None:
                        raise
                    return ContractOutcome(report)
            try:
                return ContractOutcome(await client.check_contract())
            except RemoteError as error:
                # Business Central names a route it does not have BadRequest_ResourceNotFound.
                if isinstance(error, NotFound) or error.reason == "resource_not_found":
                    arguments = {"url": settings.dms.base_url, "route": config.api_route}
                    return ContractOutcome(None, "no_api_route", arguments)
                return ContractOutcome(None, error=error)

    def requests_per_page(self, settings: Settings) -> int:
        """API pages expand a page's cars and customers; page web services read them by
        key: the cars, the contractors, then the drivers and owners (a read that costs
        nothing when they are all among the contractors). The most a page costs."""
        return 1 if settings.dms.api_kind == "api" else 4

    def mapping_template(self, settings: Settings, variant: str | None = None) -> str:
        """The mapping file of the API kind ``variant``, by default ``dms.api_kind``'s."""
        from incadea_desk.incadea.tenant import mapping_template

        return mapping_template(variant or settings.dms.api_kind)


class _Checked(Protocol):
    async def check_contract(self) -> ContractReport: ...


async def _company_report(client: _Checked) -> ContractReport | None:
    """The contract report, when it says the company is not the server instance's."""
    try:
        report = await client.check_contract()
    except RemoteError:
        return None
    return report if any(p.code == "no_company" for p in report.problems) else None


INCADEA = Incadea()
