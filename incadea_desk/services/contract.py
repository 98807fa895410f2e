"""Whether the DMS tenant has every name the tenant mapping needs (``contract check``,
``doctor`` and the settings dialog's *Test connection* share this)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from incadea_desk.config import Settings
from incadea_desk.errors import NotFound, RemoteError
from incadea_desk.incadea.contract import ContractReport
from incadea_desk.secrets import SecretStore
from incadea_desk.services.connections import incadea_connection


@dataclass(frozen=True)
class ContractOutcome:
    """What ``contract check`` found: a report, or why there is none."""

    report: ContractReport | None
    failure: str | None = None
    reachable: bool = True

    @property
    def lines(self) -> list[str]:
        if self.report is None:
            return [self.failure or ""]
        return [problem.sentence for problem in self.report.problems]

    @property
    def summary(self) -> str:
        if self.report is None:
            return self.failure or ""
        if self.report.ok:
            return (
                "The DMS has every entity set, navigation and field the mapping needs "
                f"({self.report.checked} checked)."
            )
        count = len(self.report.problems)
        return f"The DMS lacks {count} name{'s' if count != 1 else ''} the mapping needs."


async def check_dms_contract(
    settings: Settings,
    secrets: SecretStore,
    transport: httpx.AsyncBaseTransport | None = None,
    *,
    ping: bool = False,
) -> ContractOutcome:
    """Sign in (and with ``ping`` read one service order), read ``$metadata`` and hold
    the mapping against it. ``NotConfigured`` (a sentence) when the settings or the
    mapping file cannot be used; a ``RemoteError`` of the ping is raised as it is."""
    from incadea_desk.incadea import IncadeaClient

    config = await incadea_connection(settings, secrets)
    async with IncadeaClient(config, transport=transport) as client:
        if ping:
            await client.ping()
        try:
            return ContractOutcome(await client.check_contract())
        except NotFound:
            return ContractOutcome(
                None,
                f"The DMS at {settings.dms.base_url} has no API route {config.api_route} "
                "($metadata answers 404); check the DMS address and the API route.",
            )
        except RemoteError as error:
            return ContractOutcome(None, error.user_message, reachable=False)
