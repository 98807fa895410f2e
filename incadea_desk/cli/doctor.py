"""``doctor``: settings, keyring, local database and both connections, one line each."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.metadata
import os
import platform
from collections.abc import Mapping
from dataclasses import dataclass

from incadea_desk.cli.config import known_variables
from incadea_desk.cli.connection import Connection
from incadea_desk.cli.contract import check_contract
from incadea_desk.cli.output import EXIT_FAILURE, EXIT_OK, Console
from incadea_desk.cli.site_checking import site_lines
from incadea_desk.config import Settings
from incadea_desk.error_reasons import REASON_KINDS
from incadea_desk.errors import RemoteError
from incadea_desk.messages import BUDGET_SENTENCES, fill
from incadea_desk.redaction import public_address
from incadea_desk.secrets import (
    SECRET_ENV,
    SecretName,
    SecretStore,
    SecretStoreUnavailable,
)
from incadea_desk.services.adapters import check_connection
from incadea_desk.services.dms_kinds import dms_kind
from incadea_desk.services.not_configured import NotConfigured
from incadea_desk.services.request_budget import (
    PRINCIPAL_REQUESTS_AT_ONCE,
    PRINCIPAL_REQUESTS_PER_5_MINUTES,
    request_budget,
)
from incadea_desk.services.sites import declared_sites, with_first_site
from incadea_desk.settings_env import unknown_variables
from incadea_desk.settings_file import settings_path
from incadea_desk.store import Store
from incadea_desk.version import describe

# --- doctor -------------------------------------------------------------------------------


@dataclass
class Check:
    name: str
    ok: bool
    message: str
    warning: bool = False
    """Worth a look, but not a failure (``ok`` stays true)."""


_REMOTE_HINTS = {
    "AuthenticationError": "check the credentials ({secret}) and the account's permissions",
    "Unavailable": "check the address {url} and the network",
    "NotFound": "the address {url} answers but is not the expected API; check it and the ids",
    "BadResponse": "the address {url} answers with something else than the expected API",
    "Throttled": "the system is busy; try again in a minute",
    "Refused": "the system refused the request; check the ids in the settings",
}


def _remote_check(name: str, error: RemoteError, url: str, secret: str) -> Check:
    if error.reason in REASON_KINDS:
        # A sentence of its own says what is wrong and what to do; a hint would blur it.
        return Check(name, False, error.user_message)
    hint = _REMOTE_HINTS.get(type(error).__name__, "see the details with --verbose")
    shown = public_address(url)
    return Check(name, False, f"{error.user_message} ({hint.format(url=shown, secret=secret)}).")


async def _check_dms(settings: Settings, secrets: SecretStore, conn: Connection) -> Check:
    try:
        await check_connection("dms", settings, secrets, transport=conn.dms_transport)
    except (NotConfigured, SecretStoreUnavailable) as error:
        return Check("dms", False, str(error))
    except RemoteError as error:
        secret = dms_kind(settings).secret_name(settings)
        return _remote_check("dms", error, settings.dms.base_url, secret)
    shown = public_address(settings.dms.base_url)
    return Check("dms", True, f"The DMS at {shown} answers and accepts us.")


async def _check_claire(settings: Settings, secrets: SecretStore, conn: Connection) -> Check:
    try:
        await check_connection("claire", settings, secrets, transport=conn.claire_transport)
    except (NotConfigured, SecretStoreUnavailable) as error:
        return Check("claire", False, str(error))
    except RemoteError as error:
        return _remote_check("claire", error, settings.claire.base_url, "claire_api_key")
    return Check(
        "claire",
        True,
        f"Claire at {public_address(settings.claire.base_url)} answers and accepts the key for "
        "location "
        f"{settings.claire.location_id}.",
    )


async def _check_keyring(settings: Settings, secrets: SecretStore) -> Check:
    needed: list[SecretName] = [dms_kind(settings).secret_name(settings), "claire_api_key"]
    try:
        backend = await secrets.describe()
    except SecretStoreUnavailable as error:
        if all(secrets.from_environment(name) for name in needed):
            return Check("keyring", True, "No keyring; the secrets come from the environment.")
        return Check("keyring", False, str(error))
    missing: list[SecretName] = []
    for name in needed:
        try:
            if not await secrets.get(name):
                missing.append(name)
        except SecretStoreUnavailable as error:
            return Check("keyring", False, str(error))
    if missing:
        return Check(
            "keyring",
            False,
            "Missing secrets: "
            + ", ".join(
                f"{n} (incadea-desk config set-secret {n}, or {SECRET_ENV[n]})" for n in missing
            )
            + ".",
        )
    return Check("keyring", True, f"Secrets found ({backend}).")


def _budget(settings: Settings, open_workorders: int) -> Check:
    """What this workstation's settings spend of the request budget it shares."""
    budget = request_budget(
        settings,
        open_workorders=open_workorders,
        walks=settings.keeps_importing_here,
        per_page=dms_kind(settings).requests_per_page(settings),
    )
    arguments = {
        "interval": f"{settings.sync.interval_seconds:,}",
        "idle": f"{budget.idle_per_hour:,}",
        "per_walk": budget.per_walk,
        "reconciliations": budget.reconciliations_per_day,
        "per_reconciliation": f"{budget.requests_per_reconciliation:,}",
        "per_100": budget.per_100_changes,
        "claire_per_100": budget.claire_per_100_changes,
        "limit": f"{PRINCIPAL_REQUESTS_PER_5_MINUTES:,}",
        "at_once": PRINCIPAL_REQUESTS_AT_ONCE,
    }
    sentences = (fill(BUDGET_SENTENCES[code], arguments) for code in (budget.why, "shared"))
    return Check("requests", True, " ".join(sentences))


async def _check_store(conn: Connection) -> tuple[Check, int]:
    """The store's check, and how many open workorders its journal holds."""
    store = await Store.open(conn.store_path)
    if not store.durable:
        await store.aclose()
        return Check("store", False, store.notice), 0
    try:
        open_workorders = len(await store.journal.open_entries())
        version = await store.schema_version()
        waiting = await store.outbox.count()
        journal = await store.journal.count()
        held = await store.quarantine.count()
        repaired = f"{store.notice} " if store.notice else ""
        return Check(
            "store",
            True,
            f"{repaired}Local database {store.path} (schema {version}): {journal} workorders "
            f"imported, {waiting} corrections waiting, {_held(held)}.",
        ), open_workorders
    finally:
        await store.aclose()


def _held(count: int) -> str:
    if count == 0:
        return "no workorder held in the quarantine"
    one = "1 workorder" if count == 1 else f"{count} workorders"
    return f"{one} held in the quarantine (see incadea-desk sync problems)"


def _versions() -> Check:
    names = ["httpx", "pydantic", "keyring", "PySide6-Essentials"]
    # In a frozen build the bundle's metadata answers, and the build's commit is named.
    parts = [f"Python {platform.python_version()}", describe()]
    for name in names:
        try:
            parts.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} not installed")
    return Check("versions", True, ", ".join(parts) + ".")


def _unknown_variables(environ: Mapping[str, str]) -> Check | None:
    """A misspelt ``INCADEA_DESK_*`` variable is otherwise ignored without a word."""
    unknown = unknown_variables(environ, known_variables())
    if not unknown:
        return None
    sentences = [
        f"{name} is not a variable incadea-desk reads"
        + (f" (did you mean {nearest}?)" if nearest else "")
        + "; it is ignored."
        for name, nearest in unknown
    ]
    return Check("environment", True, " ".join(sentences), warning=True)


async def run_doctor(conn: Connection) -> list[Check]:
    checks: list[Check] = []
    with contextlib.suppress(NotConfigured):
        # A dealer group's settings take the company and location of sites.toml.
        conn.settings = with_first_site(conn.settings, await declared_sites(conn.settings))
    settings = conn.settings
    if conn.demo:
        checks.append(Check("settings", True, "Demo: built-in sandbox settings, nothing saved."))
    elif settings_path().exists():
        checks.append(Check("settings", True, f"Settings file: {settings_path()}."))
    else:
        checks.append(Check("settings", True, f"No settings file yet ({settings_path()})."))
    unknown = _unknown_variables(os.environ)
    if unknown is not None:
        checks.append(unknown)
    missing = settings.missing()
    if missing:
        checks.append(
            Check(
                "configuration",
                False,
                "Not set: " + ", ".join(missing) + " (incadea-desk config set KEY VALUE, or the "
                "INCADEA_DESK_* environment variables).",
            )
        )
    else:
        checks.append(Check("configuration", True, "Every connection setting is filled in."))
    checks.append(await _check_keyring(settings, conn.secrets))
    store, open_workorders = await _check_store(conn)
    checks += [store, _budget(settings, open_workorders)]
    dms, claire = await asyncio.gather(
        _check_dms(settings, conn.secrets, conn), _check_claire(settings, conn.secrets, conn)
    )
    checks.append(dms)
    if dms.ok:
        checks.append(await _check_contract(conn))
    checks += [claire, *await _site_checks(conn), _versions()]
    return checks


async def _site_checks(conn: Connection) -> list[Check]:
    """A dealer group's importer: each site of ``sites.toml``, one line each."""
    try:
        lines = await site_lines(conn)
    except (NotConfigured, SecretStoreUnavailable) as error:
        return [Check("sites", False, str(error))]
    return [Check(name, ok, sentence) for name, ok, sentence in lines]


async def _check_contract(conn: Connection) -> Check:
    """The tenant mapping held against the DMS's $metadata (as ``contract check``)."""
    try:
        outcome = await check_contract(conn)
    except (NotConfigured, SecretStoreUnavailable) as error:
        return Check("contract", False, str(error))
    if outcome.report is not None and outcome.report.ok:
        return Check("contract", True, outcome.summary)
    details = " ".join(outcome.lines)
    if outcome.report is None:
        return Check("contract", False, details)
    return Check("contract", False, f"{outcome.summary} {details}")


def _level(check: Check) -> str:
    if not check.ok:
        return "FAIL"
    return "warn" if check.warning else "ok"


async def cmd_doctor(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    checks = await run_doctor(conn)
    ok = all(check.ok for check in checks)
    text = "\n".join(f"[{_level(c)}] {c.name}: {c.message}" for c in checks)
    console.emit({"ok": ok, "checks": [vars(c) for c in checks]}, text)
    return EXIT_OK if ok else EXIT_FAILURE
