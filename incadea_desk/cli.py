"""``incadea-desk``: the window without a subcommand, the headless commands with one.

Every command uses the same services as the window. Exit codes: 0 success,
2 bad input or a refusal (one plain sentence on stderr, never a traceback),
1 any other failure (the remote system's sentence; details with ``--verbose``).
``--json`` prints a machine-readable answer on stdout, for refusals too.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import importlib.metadata
import json
import logging
import os
import platform
import sys
import tempfile
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

import httpx

from incadea_desk.config import (
    ENV_SETTINGS,
    Settings,
    apply_environment,
    get_value,
    load_file_settings,
    load_settings,
    save_settings,
    setting_keys,
    settings_path,
    with_value,
)
from incadea_desk.errors import NotFound, Refused, RemoteError
from incadea_desk.redaction import RedactingFilter
from incadea_desk.secrets import (
    SECRET_ENV,
    SECRET_FOR_AUTH_MODE,
    SECRET_NAMES,
    MemoryBackend,
    SecretName,
    SecretStore,
    SecretStoreUnavailable,
)
from incadea_desk.services import (
    ImportResult,
    MileageOutcome,
    NotConfigured,
    Services,
    SyncProgress,
    SyncProgressEvent,
    SyncReport,
)
from incadea_desk.services.connections import claire_connection, incadea_connection
from incadea_desk.store import OutboxItem, Store

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_REFUSED = 2
EXIT_INTERRUPTED = 130

log = logging.getLogger(__name__)


class Refusal(Exception):
    """The command was understood and refused; exit 2 with this sentence."""

    def __init__(self, sentence: str, payload: object = None) -> None:
        super().__init__(sentence)
        self.sentence = sentence
        self.payload = payload


@dataclass
class Console:
    """Where a command writes: stdout for answers, stderr for sentences and progress."""

    out: TextIO
    err: TextIO
    json: bool
    verbose: bool

    def emit(self, payload: object, text: str) -> None:
        if self.json:
            self.out.write(json.dumps(payload, indent=2, default=str) + "\n")
        elif text:
            self.out.write(text.rstrip("\n") + "\n")

    def say(self, sentence: str) -> None:
        self.err.write(sentence.rstrip("\n") + "\n")

    @property
    def interactive(self) -> bool:
        return self.err.isatty()


# --- connection: configured systems, or the in-process demo sandbox --------------


@dataclass
class Connection:
    settings: Settings
    secrets: SecretStore
    store_path: Path | None
    incadea_transport: httpx.AsyncBaseTransport | None = None
    claire_transport: httpx.AsyncBaseTransport | None = None
    demo: bool = False


@contextlib.contextmanager
def _connection(args: argparse.Namespace) -> Iterator[Connection]:
    if not args.demo:
        yield Connection(load_settings(), SecretStore(), None)
        return
    from incadea_desk.sandbox import INPROCESS_CLAIRE_URL, INPROCESS_INCADEA_URL, Sandbox

    sandbox = Sandbox()
    environ = sandbox.environment(INPROCESS_INCADEA_URL, INPROCESS_CLAIRE_URL)
    settings = apply_environment(Settings(), environ)
    with tempfile.TemporaryDirectory(prefix="incadea-desk-demo-") as folder:
        yield Connection(
            settings,
            SecretStore(MemoryBackend(), environ=environ),
            Path(folder) / "demo.sqlite3",
            sandbox.incadea_transport(),
            sandbox.claire_transport(),
            demo=True,
        )


@contextlib.asynccontextmanager
async def _services(connection: Connection) -> AsyncIterator[Services]:
    services = await Services.open(
        connection.settings,
        connection.secrets,
        incadea_transport=connection.incadea_transport,
        claire_transport=connection.claire_transport,
        store_path=connection.store_path,
        actor="cli",
    )
    try:
        yield services
    finally:
        await services.aclose()


Command = Callable[[argparse.Namespace, Console, Connection], Coroutine[Any, Any, int]]


# --- search / import / refresh ------------------------------------------------------


def _hit_json(hit: Any) -> dict[str, object]:
    appointment = hit.workorder.appointment
    return {
        "dms_number": appointment.dms_number,
        "wo_number": appointment.wo_number,
        "registration": hit.workorder.car.plate_text,
        "appointment_date": appointment.appointment_date.isoformat(),
    }


def _table(rows: Sequence[Sequence[str]], header: Sequence[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    return "\n".join(lines)


async def cmd_search(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    async with _services(conn) as services:
        result = await services.search.search(args.query)
    payload = [_hit_json(hit) for hit in result.hits]
    if not payload:
        console.emit(payload, "")
        console.say(f"No workorder matches '{args.query.strip()}'.")
        return EXIT_OK
    rows = [
        (
            hit.workorder.appointment.dms_number,
            hit.workorder.appointment.wo_number,
            hit.workorder.car.plate_text,
            _local_time(hit.workorder.appointment.appointment_date),
        )
        for hit in result.hits
    ]
    console.emit(payload, _table(rows, ("DMS number", "WO number", "Registration", "Appointment")))
    return EXIT_OK


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _import_json(result: ImportResult) -> dict[str, object]:
    return {
        "dms_number": result.dms_number,
        "wo_number": result.wo_number,
        "claire_id": result.claire_id,
        "outcome": result.outcome,
        "changed_fields": result.changed_fields,
        "warnings": result.warnings,
    }


def _import_text(result: ImportResult) -> str:
    verb = {
        "created": "Created in Claire",
        "updated": "Updated in Claire",
        "unchanged": "Unchanged in Claire",
    }[result.outcome]
    lines = [f"{verb}: {result.dms_number} (WO {result.wo_number}), Claire id {result.claire_id}."]
    if result.outcome == "updated":
        lines.append("Changed: " + ", ".join(result.changed_fields))
    elif result.outcome == "created":
        lines.append(f"{len(result.changed_fields)} fields sent.")
    lines += [f"Warning: {warning}" for warning in result.warnings]
    return "\n".join(lines)


async def cmd_import(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    async with _services(conn) as services:
        found = await services.search.search(args.query)
        if not found.hits:
            raise Refusal(f"No workorder matches '{args.query.strip()}'; nothing was imported.")
        if len(found.hits) > 1:
            numbers = ", ".join(h.workorder.appointment.dms_number for h in found.hits[:10])
            raise Refusal(
                f"'{args.query.strip()}' matches {len(found.hits)} workorders ({numbers}); "
                "import one by its DMS number."
            )
        result = await services.importer.import_workorder(found.hits[0], force=args.force)
    console.emit(_import_json(result), _import_text(result))
    return EXIT_OK


async def cmd_refresh(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    async with _services(conn) as services:
        result = await services.importer.refresh(args.workorder)
    console.emit(_import_json(result), _import_text(result))
    return EXIT_OK


# --- mileage ------------------------------------------------------------------------------


def _mileage_json(outcome: MileageOutcome) -> dict[str, object]:
    return {
        "outcome": outcome.outcome,
        "dms_number": outcome.dms_number,
        "dms_km_before": outcome.dms_km_before,
        "dms_km_after": outcome.dms_km_after,
        "new_km": outcome.new_km,
        "message": outcome.message,
    }


def _stdin_is_terminal() -> bool:
    # A service or CI runs without standard input: sys.stdin may be None.
    return sys.stdin is not None and sys.stdin.isatty()


def _confirm(question: str) -> bool:
    answer = input(f"{question} [y/N] ")
    return answer.strip().lower() in ("y", "yes", "j", "ja", "o", "oui")


async def cmd_mileage(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    async with _services(conn) as services:
        outcome = await services.mileage.correct(args.workorder, args.km, confirmed=args.yes)
        if outcome.outcome == "needs_confirmation" and not console.json and _stdin_is_terminal():
            console.say(outcome.message)
            if await asyncio.to_thread(_confirm, "Write this mileage?"):
                outcome = await services.mileage.correct(args.workorder, args.km, confirmed=True)
    payload = _mileage_json(outcome)
    if outcome.outcome == "refused_not_higher":
        raise Refusal(outcome.message, payload)
    if outcome.outcome == "needs_confirmation":
        raise Refusal(f"{outcome.message} Run the command again with --yes to write it.", payload)
    console.emit(payload, outcome.message)
    return EXIT_OK


# --- sync ---------------------------------------------------------------------------------


def _sync_json(report: SyncReport) -> dict[str, object]:
    return {
        "seen": report.seen,
        "imported": report.imported,
        "unchanged": report.unchanged,
        "failed": report.failed,
        "since": report.since.isoformat(),
        "watermark": report.watermark.isoformat() if report.watermark else None,
        "error": report.error,
    }


def _sync_text(report: SyncReport) -> str:
    text = (
        f"Seen {report.seen}, imported {report.imported}, unchanged {report.unchanged}, "
        f"failed {report.failed}."
    )
    if report.watermark is not None:
        text += f" Up to date until {_local_time(report.watermark)}."
    return text


def _progress_line(progress: SyncProgress) -> str:
    return (
        f"\r{progress.state}: seen {progress.seen}, imported {progress.imported}, "
        f"unchanged {progress.unchanged}, failed {progress.failed}   "
    )


async def cmd_sync(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    async with _services(conn) as services:
        if console.interactive and not console.json:

            def show(event: object) -> None:
                if isinstance(event, SyncProgressEvent):
                    console.err.write(_progress_line(event.progress))
                    console.err.flush()

            services.events.subscribe(show)
        if args.once:
            report = await services.sync.run_once()
            if console.interactive and not console.json:
                console.err.write("\n")
            console.emit(_sync_json(report), _sync_text(report))
            if report.error is not None:
                console.say(report.error)
                return EXIT_FAILURE
            return EXIT_OK if report.failed == 0 else EXIT_FAILURE
        services.start_background(keep_importing=False)
        while True:
            report = await services.sync.run_once()
            if console.interactive and not console.json:
                console.err.write("\n")
            console.emit(_sync_json(report), _sync_text(report))
            console.out.flush()
            if report.error is not None:
                console.say(report.error)
            await asyncio.sleep(services.settings.sync.interval_seconds)


# --- outbox -------------------------------------------------------------------------------


def _outbox_json(item: OutboxItem) -> dict[str, object]:
    return {
        "id": item.id,
        "kind": item.kind,
        "dms_number": item.key,
        "km": item.payload.get("km"),
        "state": item.state,
        "attempts": item.attempts,
        "next_attempt_at": item.next_attempt_at.isoformat(),
        "last_error_code": item.last_error_code,
    }


async def cmd_outbox(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    if args.action == "list":
        store = await Store.open(conn.store_path)
        try:
            items = await store.outbox.all()
        finally:
            await store.aclose()
        payload = [_outbox_json(item) for item in items]
        if not items:
            console.emit(payload, "The outbox is empty.")
            return EXIT_OK
        rows = [
            (
                str(p["id"]),
                str(p["dms_number"]),
                f"{p['km']:,} km",
                str(p["state"]),
                str(p["attempts"]),
                _local_time(item.next_attempt_at),
                str(p["last_error_code"] or ""),
            )
            for p, item in zip(payload, items, strict=True)
        ]
        header = ("Id", "DMS number", "Mileage", "State", "Attempts", "Next attempt", "Last error")
        console.emit(payload, _table(rows, header))
        return EXIT_OK
    async with _services(conn) as services:
        sent = await services.outbox.drain(due_only=False)
        left = await services.outbox.pending()
    waiting = [item for item in left if item.state == "pending"]
    held = [item for item in left if item.state == "held"]
    text = f"Sent {sent}; {len(waiting)} still waiting, {len(held)} held for the advisor."
    console.emit({"sent": sent, "pending": len(waiting), "held": len(held)}, text)
    return EXIT_OK if not waiting else EXIT_FAILURE


# --- doctor -------------------------------------------------------------------------------


@dataclass
class Check:
    name: str
    ok: bool
    message: str


_REMOTE_HINTS = {
    "AuthenticationError": "check the credentials ({secret}) and the account's permissions",
    "Unavailable": "check the address {url} and the network",
    "NotFound": "the address {url} answers but is not the expected API; check it and the ids",
    "BadResponse": "the address {url} answers with something else than the expected API",
    "Throttled": "the system is busy; try again in a minute",
    "Refused": "the system refused the request; check the ids in the settings",
}


def _remote_check(name: str, error: RemoteError, url: str, secret: str) -> Check:
    hint = _REMOTE_HINTS.get(type(error).__name__, "see the details with --verbose")
    return Check(name, False, f"{error.user_message} ({hint.format(url=url, secret=secret)}).")


async def _check_dms(settings: Settings, secrets: SecretStore, conn: Connection) -> Check:
    from incadea_desk.incadea import IncadeaClient

    try:
        config = await incadea_connection(settings, secrets)
    except (NotConfigured, SecretStoreUnavailable) as error:
        return Check("dms", False, str(error))
    secret = SECRET_FOR_AUTH_MODE[settings.dms.auth_mode]
    async with IncadeaClient(config, transport=conn.incadea_transport) as client:
        try:
            await client.ping()
        except RemoteError as error:
            return _remote_check("dms", error, settings.dms.base_url, secret)
    return Check("dms", True, f"The DMS at {settings.dms.base_url} answers and accepts us.")


async def _check_claire(settings: Settings, secrets: SecretStore, conn: Connection) -> Check:
    from incadea_desk.claire import ClaireClient

    try:
        config = await claire_connection(settings, secrets)
    except (NotConfigured, SecretStoreUnavailable) as error:
        return Check("claire", False, str(error))
    async with ClaireClient(config, transport=conn.claire_transport) as client:
        try:
            await client.ping()
        except RemoteError as error:
            return _remote_check("claire", error, settings.claire.base_url, "claire_api_key")
    return Check(
        "claire",
        True,
        f"Claire at {settings.claire.base_url} answers and accepts the key for location "
        f"{settings.claire.location_id}.",
    )


async def _check_keyring(settings: Settings, secrets: SecretStore) -> Check:
    needed: list[SecretName] = [SECRET_FOR_AUTH_MODE[settings.dms.auth_mode], "claire_api_key"]
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


async def _check_store(conn: Connection) -> Check:
    try:
        store = await Store.open(conn.store_path)
    except Exception as error:
        return Check("store", False, f"The local database cannot be opened: {error}")
    try:
        version = await store.schema_version()
        waiting = await store.outbox.count()
        journal = await store.journal.count()
        return Check(
            "store",
            True,
            f"Local database {store.path} (schema {version}): {journal} workorders imported, "
            f"{waiting} corrections waiting.",
        )
    finally:
        await store.aclose()


def _versions() -> Check:
    names = ["incadea-desk", "httpx", "pydantic", "keyring", "PySide6-Essentials"]
    parts = [f"Python {platform.python_version()}"]
    for name in names:
        try:
            parts.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} not installed")
    return Check("versions", True, ", ".join(parts) + ".")


async def run_doctor(conn: Connection) -> list[Check]:
    checks: list[Check] = []
    settings = conn.settings
    if conn.demo:
        checks.append(Check("settings", True, "Demo: built-in sandbox settings, nothing saved."))
    elif settings_path().exists():
        checks.append(Check("settings", True, f"Settings file: {settings_path()}."))
    else:
        checks.append(Check("settings", True, f"No settings file yet ({settings_path()})."))
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
    checks.append(await _check_store(conn))
    dms, claire = await asyncio.gather(
        _check_dms(settings, conn.secrets, conn), _check_claire(settings, conn.secrets, conn)
    )
    checks += [dms, claire, _versions()]
    return checks


async def cmd_doctor(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    checks = await run_doctor(conn)
    ok = all(check.ok for check in checks)
    text = "\n".join(f"[{'ok' if c.ok else 'FAIL'}] {c.name}: {c.message}" for c in checks)
    console.emit({"ok": ok, "checks": [vars(c) for c in checks]}, text)
    return EXIT_OK if ok else EXIT_FAILURE


# --- config -------------------------------------------------------------------------------


async def _secret_sources(secrets: SecretStore) -> dict[str, str]:
    sources: dict[str, str] = {}
    for name in SECRET_NAMES:
        if secrets.from_environment(name):
            sources[name] = "environment"
            continue
        try:
            sources[name] = "keyring" if await secrets.get(name) else "not set"
        except SecretStoreUnavailable:
            sources[name] = "no keyring"
    return sources


async def cmd_config(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    if args.action == "set":
        saved = with_value(load_file_settings(), args.key, args.value)
        path = save_settings(saved)
        console.emit(
            {"key": args.key, "value": get_value(saved, args.key), "path": str(path)},
            f"{args.key} = {get_value(saved, args.key)} (saved in {path}).",
        )
        overriding = [v for v, k in ENV_SETTINGS.items() if k == args.key]
        if overriding and any(_env_set(v) for v in overriding):
            console.say(f"Note: {overriding[0]} is set and overrides this value.")
        return EXIT_OK
    if args.action == "set-secret":
        name = args.name
        if name not in SECRET_NAMES:
            raise Refusal(
                f"'{name}' is not a secret incadea-desk knows; use one of: "
                + ", ".join(SECRET_NAMES)
                + "."
            )
        value = await asyncio.to_thread(_read_secret, name)
        await conn.secrets.set(name, value)
        console.emit({"name": name, "stored": "keyring"}, f"{name} stored in the keyring.")
        return EXIT_OK
    settings = conn.settings
    overridden = sorted(k for v, k in ENV_SETTINGS.items() if _env_set(v))
    secrets = await _secret_sources(conn.secrets)
    payload = {
        "path": str(settings_path()),
        "settings": settings.model_dump(mode="json"),
        "overridden_by_environment": overridden,
        "secrets": secrets,
        "configured": settings.is_configured,
    }
    lines = [f"# {settings_path()}"]
    for key in setting_keys():
        marker = "  (environment)" if key in overridden else ""
        lines.append(f"{key} = {get_value(settings, key)}{marker}")
    lines += [f"secret {name}: {source}" for name, source in secrets.items()]
    console.emit(payload, "\n".join(lines))
    return EXIT_OK


def _env_set(variable: str) -> bool:
    return bool(os.environ.get(variable, "").strip())


def _read_secret(name: str) -> str:
    if _stdin_is_terminal():
        value = getpass.getpass(f"{name}: ")
    elif sys.stdin is not None:
        value = sys.stdin.readline().rstrip("\r\n")
    else:
        value = ""
    if not value:
        raise Refusal("No secret was given; nothing was stored.")
    return value


# --- parser and dispatch ----------------------------------------------------------------


def _output_options(default: object) -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--json", action="store_true", default=default, help="machine-readable output on stdout"
    )
    options.add_argument(
        "--verbose",
        action="store_true",
        default=default,
        help="details of failures (status, code, correlation id)",
    )
    return options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="incadea-desk",
        description="Find Incadea DMS workorders, import them into Claire, refresh them and "
        "correct the mileage. Without a command, the window opens.",
        parents=[_output_options(False)],
    )
    # On a subcommand the options may also follow the command; SUPPRESS keeps a
    # value given before the command from being reset by the subcommand's default.
    common = _output_options(argparse.SUPPRESS)
    parser.add_argument(
        "--demo", action="store_true", help="run on a built-in sandbox instead of real systems"
    )
    parser.add_argument("--self-test", action="store_true", help="window only: drive the demo")
    parser.add_argument("--screenshot", metavar="PATH", help="window only: save a screenshot")
    parser.add_argument(
        "--lang", choices=["nl", "fr", "en"], help="window language (default: the setting)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser("search", parents=[common], help="find workorders")
    search.add_argument("query", help="WO number (4711, WO 4711) or registration (12-ABC-3)")
    search.set_defaults(handler=cmd_search)

    imp = commands.add_parser("import", parents=[common], help="import one workorder into Claire")
    imp.add_argument("query", help="DMS number, WO number or registration")
    imp.add_argument("--force", action="store_true", help="send even if nothing changed")
    imp.set_defaults(handler=cmd_import)

    refresh = commands.add_parser(
        "refresh", parents=[common], help="re-read a workorder and re-import it, showing changes"
    )
    refresh.add_argument("workorder", metavar="DMS_OR_WO", help="DMS number or WO number")
    refresh.set_defaults(handler=cmd_refresh)

    mileage = commands.add_parser(
        "mileage", parents=[common], help="write a higher mileage back to the DMS"
    )
    mileage.add_argument("workorder", metavar="DMS_OR_WO", help="DMS number or WO number")
    mileage.add_argument("km", metavar="KM", help="the odometer reading, e.g. 45210 or 45.210")
    mileage.add_argument("--yes", action="store_true", help="confirm an implausible jump")
    mileage.set_defaults(handler=cmd_mileage)

    sync = commands.add_parser(
        "sync", parents=[common], help="import changed workorders continuously"
    )
    sync.add_argument("--once", action="store_true", help="one walk, then exit")
    sync.set_defaults(handler=cmd_sync)

    outbox = commands.add_parser("outbox", parents=[common], help="corrections waiting for the DMS")
    outbox.add_argument("action", nargs="?", choices=["list", "drain"], default="list")
    outbox.set_defaults(handler=cmd_outbox)

    doctor = commands.add_parser(
        "doctor", parents=[common], help="check settings, keyring and both connections"
    )
    doctor.set_defaults(handler=cmd_doctor)

    config = commands.add_parser("config", parents=[common], help="show or change settings")
    actions = config.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("show", parents=[common], help="the settings in effect")
    set_value = actions.add_parser("set", parents=[common], help="change one setting")
    set_value.add_argument("key", metavar="KEY", help="e.g. dms.base_url, sync.interval_seconds")
    set_value.add_argument("value", metavar="VALUE")
    set_secret = actions.add_parser(
        "set-secret", parents=[common], help="store a secret in the keyring (prompted)"
    )
    set_secret.add_argument("name", metavar="NAME", help=", ".join(SECRET_NAMES))
    config.set_defaults(handler=cmd_config)

    # The sandbox's own parser is built only when it runs: importing the sandbox
    # (starlette, uvicorn) would slow down the window's start.
    sandbox = commands.add_parser(
        "sandbox", add_help=False, help="run the local stand-ins for Incadea and Claire"
    )
    sandbox.add_argument("sandbox_args", nargs="*", metavar="serve ...")
    return parser


OPTIONS_WITH_VALUE = frozenset({"--lang", "--screenshot"})


def _command_index(argv: Sequence[str]) -> int | None:
    """Where the subcommand is in ``argv`` (options before it may take a value)."""
    skip = False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return index
    return None


def _run_sandbox(argv: Sequence[str]) -> int:
    from incadea_desk.sandbox.cli import add_sandbox_parser

    parser = argparse.ArgumentParser(prog="incadea-desk")
    add_sandbox_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["sandbox", *argv])
    return int(args.func(args))


def _failure_payload(sentence: str, error: BaseException | None) -> dict[str, object]:
    details = error.details() if isinstance(error, RemoteError) else {}
    return {"error": {"message": sentence, **details}}


def _run_command(args: argparse.Namespace, console: Console) -> int:
    handler: Command = args.handler
    try:
        with _connection(args) as conn:
            return asyncio.run(handler(args, console, conn))
    except Refusal as refusal:
        if console.json:
            console.emit(refusal.payload or _failure_payload(refusal.sentence, None), "")
        console.say(refusal.sentence)
        return EXIT_REFUSED
    except (NotFound, Refused) as error:
        if console.json:
            console.emit(_failure_payload(error.user_message, error), "")
        console.say(error.user_message)
        if console.verbose:
            console.say(json.dumps(error.details()))
        return EXIT_REFUSED
    except RemoteError as error:
        if console.json:
            console.emit(_failure_payload(error.user_message, error), "")
        console.say(error.user_message)
        if console.verbose:
            console.say(json.dumps(error.details()))
        return EXIT_FAILURE
    except ValueError as error:
        if console.json:
            console.emit(_failure_payload(str(error), None), "")
        console.say(str(error))
        return EXIT_REFUSED
    except SecretStoreUnavailable as error:
        console.say(str(error))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        console.say("Stopped.")
        return EXIT_INTERRUPTED
    except Exception as error:
        console.say(f"incadea-desk failed unexpectedly ({type(error).__name__}).")
        if console.verbose:
            log.exception("unexpected failure")
        return EXIT_FAILURE


def _run_gui(args: argparse.Namespace, console: Console) -> int:
    try:
        from incadea_desk.ui import app
    except ImportError as error:
        console.say(
            f"The window cannot start because Qt could not be loaded ({error}); the commands "
            "still work, see 'incadea-desk --help'."
        )
        return EXIT_FAILURE
    return int(app.run(args))


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    at = _command_index(arguments)
    if at is not None and arguments[at] == "sandbox":
        return _run_sandbox(arguments[at + 1 :])
    parser = build_parser()
    args = parser.parse_args(arguments)
    console = Console(
        out=out or sys.stdout,
        err=err or sys.stderr,
        json=bool(getattr(args, "json", False)),
        verbose=bool(getattr(args, "verbose", False)),
    )
    handler = logging.StreamHandler(console.err)
    handler.addFilter(RedactingFilter())
    logging.basicConfig(
        level=logging.INFO if console.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        handlers=[handler],
    )
    if args.command is None:
        return _run_gui(args, console)
    return _run_command(args, console)
