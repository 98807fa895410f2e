"""Whether the DMS tenant has every name the tenant mapping needs (``contract check``,
``doctor`` and the settings dialog's *Test connection* share this)."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from incadea_desk.config import Settings
from incadea_desk.errors import NotFound, RemoteError
from incadea_desk.incadea.contract import ContractReport
from incadea_desk.messages import contract_sentence
from incadea_desk.secrets import SecretStore
from incadea_desk.services.adapters import incadea_connection


@dataclass(frozen=True)
class ContractOutcome:
    """What ``contract check`` found: a report, or why there is none: the DMS could
    not be asked (``error``), or it has no such API route (``failure_code`` and its
    arguments, a line of ``messages.CONTRACT_SENTENCES``)."""

    report: ContractReport | None
    failure_code: str | None = None
    failure_arguments: dict[str, str] = field(default_factory=dict)
    error: RemoteError | None = None

    @property
    def reachable(self) -> bool:
        return self.error is None

    @property
    def failure(self) -> str | None:
        """Why there is no report, in English."""
        if self.error is not None:
            return self.error.user_message
        if self.failure_code is not None:
            return contract_sentence(self.failure_code, self.failure_arguments)
        return None

    @property
    def lines(self) -> list[str]:
        if self.report is None:
            return [self.failure or ""]
        return [problem.sentence for problem in [*self.report.problems, *self.report.notes]]

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
    from incadea_desk.incadea import open_client

    config = await incadea_connection(settings, secrets)
    async with open_client(config, transport=transport) as client:
        if ping:
            await client.ping()
        try:
            return ContractOutcome(await client.check_contract())
        except NotFound:
            arguments = {"url": settings.dms.base_url, "route": config.api_route}
            return ContractOutcome(None, "no_api_route", arguments)
        except RemoteError as error:
            return ContractOutcome(None, error=error)
