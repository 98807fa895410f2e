"""``incadea-desk``: the window without a subcommand, the headless commands with one.

Every command uses the same services as the window. Exit codes: 0 success,
2 bad input or a refusal (one plain sentence on stderr, never a traceback),
1 any other failure (the remote system's sentence; details with ``--verbose``).
``--json`` prints a machine-readable answer on stdout, for refusals too.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

from incadea_desk.cli.output import (
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_REFUSED,
    Console,
    Refusal,
    failure_payload,
)
from incadea_desk.cli.streams import fill_missing_streams, log_handler
from incadea_desk.config import LANGUAGES, SettingsError
from incadea_desk.errors import InputError, NotFound, Refused, RemoteError
from incadea_desk.request_headers import use_language
from incadea_desk.secrets import (
    SECRET_NAMES,
    SecretStoreUnavailable,
)
from incadea_desk.version import describe

if TYPE_CHECKING:
    from incadea_desk.cli.connection import Command

# --- parser and dispatch ----------------------------------------------------------------


log = logging.getLogger(__name__)


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
    parser.add_argument("--version", action="version", version=describe())
    parser.add_argument("--self-test", action="store_true", help="window only: drive the demo")
    parser.add_argument("--screenshot", metavar="PATH", help="window only: save a screenshot")
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=window_size,
        help="window only: the window's size in pixels, e.g. 1366x768",
    )
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help="window language, and the language of the DMS's own texts (default: the setting)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser("search", parents=[common], help="find workorders")
    search.add_argument("query", help="WO number (4711, WO 4711) or registration (12-ABC-3)")
    search.set_defaults(handler="search")

    imp = commands.add_parser("import", parents=[common], help="import one workorder into Claire")
    imp.add_argument("query", help="DMS number, WO number or registration")
    imp.add_argument("--force", action="store_true", help="send even if nothing changed")
    imp.set_defaults(handler="import")

    refresh = commands.add_parser(
        "refresh", parents=[common], help="re-read a workorder and re-import it, showing changes"
    )
    refresh.add_argument("workorder", metavar="DMS_OR_WO", help="DMS number or WO number")
    refresh.set_defaults(handler="refresh")

    mileage = commands.add_parser(
        "mileage", parents=[common], help="write a higher mileage back to the DMS"
    )
    mileage.add_argument("workorder", metavar="DMS_OR_WO", help="DMS number or WO number")
    mileage.add_argument("km", metavar="KM", help="the odometer reading, e.g. 45210 or 45.210")
    mileage.add_argument("--yes", action="store_true", help="confirm an implausible jump")
    mileage.set_defaults(handler="mileage")

    sync = commands.add_parser(
        "sync", parents=[common], help="import changed workorders continuously"
    )
    sync.add_argument("--once", action="store_true", help="one walk, then exit")
    sync.add_argument(
        "--reconcile",
        action="store_true",
        help="with the first walk, the reconciliation walk too, whether it is due or not",
    )
    sync.set_defaults(handler="sync")
    sync_actions = sync.add_subparsers(dest="action", metavar="ACTION")
    problems = sync_actions.add_parser(
        "problems", parents=[common], help="the workorders held in the quarantine, and why"
    )
    problems.set_defaults(handler="sync problems")
    retry = sync_actions.add_parser(
        "retry", parents=[common], help="read held workorders again and import them now"
    )
    retry.add_argument("dms_number", nargs="?", metavar="DMS_NUMBER", help="one (default: all)")
    retry.set_defaults(handler="sync retry")
    reset = sync_actions.add_parser(
        "reset-watermark",
        parents=[common],
        help="walk again from a moment (default: the first run's look-back)",
    )
    reset.add_argument("--since", metavar="DATETIME", help="e.g. 2026-12-01T08:00 (local time)")
    reset.add_argument("--yes", action="store_true", help="reset without asking")
    reset.set_defaults(handler="sync reset-watermark")
    status = sync_actions.add_parser(
        "status", parents=[common], help="the running site importer's health and figures"
    )
    status.set_defaults(handler="sync status")

    outbox = commands.add_parser("outbox", parents=[common], help="corrections waiting for the DMS")
    outbox.add_argument("action", nargs="?", choices=["list", "drain"], default="list")
    outbox.set_defaults(handler="outbox")

    doctor = commands.add_parser(
        "doctor", parents=[common], help="check settings, keyring and both connections"
    )
    doctor.set_defaults(handler="doctor")

    contract = commands.add_parser(
        "contract", parents=[common], help="the DMS tenant mapping: print it, or check the tenant"
    )
    contract_actions = contract.add_subparsers(dest="action", required=True, metavar="ACTION")
    contract_actions.add_parser(
        "check",
        parents=[common],
        help="sign in and hold the mapping against the DMS's $metadata (exit 0, 2 or 1)",
    )
    template = contract_actions.add_parser(
        "template", parents=[common], help="print the default mapping as a TOML file to edit"
    )
    template.add_argument(
        "--api-kind",
        choices=("api", "odatav4"),
        default=None,
        help="the mapping of Business Central API pages (api) or of classic incadea's page "
        "web services (odatav4); default: the configured dms.api_kind",
    )
    contract.set_defaults(handler="contract")

    config = commands.add_parser("config", parents=[common], help="show or change settings")
    actions = config.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("show", parents=[common], help="the settings in effect")
    actions.add_parser(
        "reset", parents=[common], help="start again from the default settings (keeps the old file)"
    )
    set_value = actions.add_parser("set", parents=[common], help="change one setting")
    set_value.add_argument("key", metavar="KEY", help="e.g. dms.base_url, sync.interval_seconds")
    set_value.add_argument("value", metavar="VALUE")
    set_secret = actions.add_parser(
        "set-secret", parents=[common], help="store a secret in the keyring (prompted)"
    )
    set_secret.add_argument("name", metavar="NAME", help=", ".join(SECRET_NAMES))
    config.set_defaults(handler="config")

    # The sandbox's own parser is built only when it runs: importing the sandbox
    # (starlette, uvicorn) would slow down the window's start.
    sandbox = commands.add_parser(
        "sandbox", add_help=False, help="run the local stand-ins for Incadea and Claire"
    )
    sandbox.add_argument("sandbox_args", nargs="*", metavar="serve ...")
    return parser


OPTIONS_WITH_VALUE = frozenset({"--lang", "--screenshot", "--size"})


def window_size(text: str) -> tuple[int, int]:
    """``1366x768`` -> ``(1366, 768)``; argparse reports anything else as a usage error."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1366x768")
    size = int(width), int(height)
    if not (640 <= size[0] <= 7680 and 480 <= size[1] <= 4320):
        raise argparse.ArgumentTypeError(f"{text} is outside 640x480 .. 7680x4320")
    return size


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


def _commands() -> dict[str, Command]:
    """Each command's function, by the name the parser gives it. Imported when a command
    runs: the commands load the services, which the window loads after its first paint."""
    from incadea_desk.cli.commands import (
        cmd_import,
        cmd_mileage,
        cmd_outbox,
        cmd_refresh,
        cmd_search,
        cmd_sync,
    )
    from incadea_desk.cli.config import cmd_config
    from incadea_desk.cli.contract import cmd_contract
    from incadea_desk.cli.doctor import cmd_doctor
    from incadea_desk.cli.sync_problems import (
        cmd_sync_problems,
        cmd_sync_reset_watermark,
        cmd_sync_retry,
    )
    from incadea_desk.cli.sync_status import cmd_sync_status

    return {
        "search": cmd_search,
        "import": cmd_import,
        "refresh": cmd_refresh,
        "mileage": cmd_mileage,
        "sync": cmd_sync,
        "sync problems": cmd_sync_problems,
        "sync retry": cmd_sync_retry,
        "sync reset-watermark": cmd_sync_reset_watermark,
        "sync status": cmd_sync_status,
        "outbox": cmd_outbox,
        "doctor": cmd_doctor,
        "contract": cmd_contract,
        "config": cmd_config,
    }


def _run_command(args: argparse.Namespace, console: Console) -> int:
    from incadea_desk.cli.connection import connect
    from incadea_desk.services.not_configured import NotConfigured
    from incadea_desk.store import StoreError

    handler = _commands()[args.handler]
    try:
        with connect(args) as conn:
            conn.notify = console.say
            # The DMS's own texts in the language asked for ("system" asks for none).
            use_language(getattr(args, "lang", None) or conn.settings.ui.language)
            return asyncio.run(handler(args, console, conn))
    except Refusal as refusal:
        if console.json:
            console.emit(refusal.payload or failure_payload(refusal.sentence, None), "")
        console.say(refusal.sentence)
        return EXIT_REFUSED
    except (NotFound, Refused) as error:
        if console.json:
            console.emit(failure_payload(error.user_message, error), "")
        console.say(error.user_message)
        if console.verbose:
            console.say(json.dumps(error.details()))
        return EXIT_REFUSED
    except RemoteError as error:
        if console.json:
            console.emit(failure_payload(error.user_message, error), "")
        console.say(error.user_message)
        if console.verbose:
            console.say(json.dumps(error.details()))
        return EXIT_FAILURE
    except (InputError, SettingsError, NotConfigured) as error:
        if console.json:
            console.emit(failure_payload(str(error), None), "")
        console.say(str(error))
        return EXIT_REFUSED
    except (SecretStoreUnavailable, StoreError) as error:
        if console.json:
            console.emit(failure_payload(str(error), None), "")
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


def missing_display(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why the window cannot open on this machine, or None when it can try.

    Without a display Qt aborts the process (exit 134) with a page of plugin
    names; one sentence says what is wrong and what a test machine sets instead.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "The window cannot open because this machine has no display (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set); on a test machine without a screen set "
        "QT_QPA_PLATFORM=offscreen, and the commands work without one (see --help)."
    )


def _run_gui(args: argparse.Namespace, console: Console) -> int:
    problem = missing_display(os.environ)
    if problem is not None:
        console.say(problem)
        return EXIT_FAILURE
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
    no_stderr = fill_missing_streams()
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
    logging.basicConfig(
        level=logging.INFO if console.verbose else logging.WARNING,
        handlers=[log_handler(console.err, to_file=no_stderr and err is None)],
    )
    if args.command is None:
        return _run_gui(args, console)
    return _run_command(args, console)
