"""What ``doctor`` and ``contract check`` say of each site of a dealer group's importer
(``sync.sites``): one line per site, naming the site, its company and branch, and, when
the Claire key does not cover the site's location, that site."""

from __future__ import annotations

from incadea_desk.cli.connection import Connection
from incadea_desk.errors import RemoteError
from incadea_desk.services.site_checks import SiteCheck, check_sites
from incadea_desk.services.sites import declared_sites


async def site_lines(conn: Connection) -> list[tuple[str, bool, str]]:
    """``(name, ok, sentence)`` per site; [] without ``sync.sites``. ``NotConfigured``
    (the file's sentence) when ``sites.toml`` cannot be used."""
    sites = await declared_sites(conn.settings)
    if not sites:
        return []
    checks = await check_sites(
        conn.settings,
        conn.secrets,
        sites,
        dms_transport=conn.dms_transport,
        claire_transport=conn.claire_transport,
    )
    return [(f"site {check.site.name}", check.ok, _sentence(check)) for check in checks]


def _sentence(check: SiteCheck) -> str:
    site = check.site
    branch = f", branch {site.branch.field} = {site.branch.value}" if site.branch else ""
    where = f"Company {site.company}{branch}"
    said: list[str] = []
    contract = check.contract
    if contract is not None and (contract.report is None or not contract.report.ok):
        said += contract.lines
    if check.dms is not None:
        reason = check.dms.user_message if isinstance(check.dms, RemoteError) else str(check.dms)
        said.append(f"{where} does not answer: {reason}")
    if check.claire is not None:
        if isinstance(check.claire, RemoteError) and check.claire.reason == "key_out_of_scope":
            said.append(
                f"The Claire key does not cover location {site.location_id} of site "
                f"{site.name}; ask Claire for a key that includes it."
            )
        elif isinstance(check.claire, RemoteError):
            said.append(f"Claire refuses location {site.location_id}: {check.claire.user_message}")
        else:
            said.append(str(check.claire))
    if not said:
        field = " and has the branch field" if site.branch else ""
        return f"{where} answers{field}; the Claire key covers location {site.location_id}."
    return " ".join(said)
