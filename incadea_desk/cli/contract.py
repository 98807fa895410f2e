"""``contract``: the tenant mapping as a template, and checked against the tenant's
``$metadata``. Exit 0 when the tenant has everything, 2 when something is missing
(or the mapping file cannot be used), 1 when the tenant cannot be reached."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from incadea_desk.cli.connection import Connection
from incadea_desk.cli.output import EXIT_FAILURE, EXIT_OK, EXIT_REFUSED, Console, Refusal
from incadea_desk.errors import NotFound, RemoteError
from incadea_desk.incadea.contract import ContractReport
from incadea_desk.incadea.tenant import mapping_template
from incadea_desk.secrets import SecretStoreUnavailable
from incadea_desk.services import NotConfigured
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


async def check_contract(conn: Connection) -> ContractOutcome:
    """Sign in, read ``$metadata`` and hold the mapping against it. ``NotConfigured``
    (a sentence) when the settings or the mapping file cannot be used."""
    from incadea_desk.incadea import IncadeaClient

    config = await incadea_connection(conn.settings, conn.secrets)
    async with IncadeaClient(config, transport=conn.incadea_transport) as client:
        try:
            return ContractOutcome(await client.check_contract())
        except NotFound:
            return ContractOutcome(
                None,
                f"The DMS at {conn.settings.dms.base_url} has no API route {config.api_route} "
                "($metadata answers 404); check the DMS address and the API route.",
            )
        except RemoteError as error:
            return ContractOutcome(None, error.user_message, reachable=False)


async def cmd_contract(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    if args.action == "template":
        console.out.write(mapping_template())
        return EXIT_OK
    try:
        outcome = await check_contract(conn)
    except (NotConfigured, SecretStoreUnavailable) as error:
        raise Refusal(str(error)) from None
    report = outcome.report
    payload = {
        "ok": bool(report and report.ok),
        "checked": report.checked if report else 0,
        "problems": (
            [
                {
                    "section": p.section,
                    "name": p.name,
                    "tenant_name": p.tenant_name,
                    "message": p.sentence,
                }
                for p in report.problems
            ]
            if report
            else [{"message": outcome.failure}]
        ),
    }
    text = "\n".join(outcome.lines) if report is None or not report.ok else outcome.summary
    console.emit(payload, text)
    if report is not None and report.ok:
        return EXIT_OK
    if report is None and not outcome.reachable:
        return EXIT_FAILURE
    console.say(outcome.summary if report is not None else "The tenant does not fit the mapping.")
    return EXIT_REFUSED
