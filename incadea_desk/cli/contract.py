"""``contract``: the tenant mapping as a template, and checked against the tenant's
``$metadata``. Exit 0 when the tenant has everything, 2 when something is missing
(or the mapping file cannot be used), 1 when the tenant cannot be reached."""

from __future__ import annotations

import argparse

from incadea_desk.cli.connection import Connection
from incadea_desk.cli.output import EXIT_FAILURE, EXIT_OK, EXIT_REFUSED, Console, Refusal
from incadea_desk.cli.site_checking import site_lines
from incadea_desk.secrets import SecretStoreUnavailable
from incadea_desk.services.contract import ContractOutcome
from incadea_desk.services.dms_kinds import dms_kind
from incadea_desk.services.not_configured import NotConfigured
from incadea_desk.services.sites import declared_sites, with_first_site


async def check_contract(conn: Connection) -> ContractOutcome:
    kind = dms_kind(conn.settings)
    return await kind.check_contract(conn.settings, conn.secrets, conn.dms_transport)


async def cmd_contract(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    if args.action == "template":
        console.out.write(
            dms_kind(conn.settings).mapping_template(conn.settings, getattr(args, "api_kind", None))
        )
        return EXIT_OK
    try:
        conn.settings = with_first_site(conn.settings, await declared_sites(conn.settings))
        outcome = await check_contract(conn)
        sites = await site_lines(conn)
    except (NotConfigured, SecretStoreUnavailable) as error:
        raise Refusal(str(error)) from None
    report = outcome.report
    payload: dict[str, object] = {
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
        "notes": (
            [{"section": p.section, "name": p.name, "message": p.sentence} for p in report.notes]
            if report
            else []
        ),
    }
    text = (
        "\n".join(outcome.lines)
        if report is None or not report.ok
        else "\n".join([outcome.summary, *outcome.lines])
    )
    if sites:
        # A dealer group's importer: every site of sites.toml, one line each.
        payload["sites"] = [
            {"site": name.removeprefix("site "), "ok": ok, "message": sentence}
            for name, ok, sentence in sites
        ]
        payload["ok"] = payload["ok"] and all(ok for _, ok, _ in sites)
        text += "".join(
            f"\n{'ok' if ok else 'FAIL'} {name}: {sentence}" for name, ok, sentence in sites
        )
    console.emit(payload, text)
    if report is not None and report.ok and all(ok for _, ok, _ in sites):
        return EXIT_OK
    if report is not None and report.ok:
        console.say("A site does not fit; its line says why.")
        return EXIT_REFUSED
    if report is None and not outcome.reachable:
        return EXIT_FAILURE
    console.say(outcome.summary if report is not None else "The tenant does not fit the mapping.")
    return EXIT_REFUSED
