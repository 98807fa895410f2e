"""``incadea-desk sandbox serve``: both stand-ins on 127.0.0.1 until Ctrl+C."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shlex
import signal
import sys
from datetime import timedelta
from pathlib import Path

from incadea_desk.sandbox import DEFAULT_SEED, FaultSettings, Sandbox, serve_loopback
from incadea_desk.sandbox.environment import sandbox_environment


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port",
        type=int,
        default=0,
        help="Incadea port; Claire listens on the next one (0 or absent: both ephemeral)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the invented data")
    parser.add_argument(
        "--latency-ms", type=float, default=0, help="delay added to every answer of both systems"
    )
    parser.add_argument(
        "--orders",
        type=int,
        default=240,
        help="service orders the DMS holds (at least 1; 100,000 takes about 20 s to seed)",
    )
    parser.add_argument("--live", action="store_true", help="let the DMS change over time")
    parser.add_argument(
        "--live-interval-s",
        type=float,
        default=15,
        help="seconds between live changes (with --live)",
    )
    parser.add_argument(
        "--push-delay-s",
        type=float,
        default=30,
        help="seconds from a DMS change to its webhook notification (Business Central: 30)",
    )
    parser.add_argument(
        "--env-file", type=Path, help="write the INCADEA_DESK_* connection variables here"
    )
    parser.add_argument(
        "--mapping", type=Path, help="speak the names of this tenant mapping file (TOML)"
    )
    parser.add_argument(
        "--online",
        metavar="ENVIRONMENT",
        help="serve Business Central online's URL shape /v2.0/{tenant}/ENVIRONMENT/ "
        "with the sign-in authority on a port of its own",
    )
    parser.add_argument(
        "--api-route", default="incadea/workshop/v1.0", help="publisher/group/version"
    )
    parser.add_argument(
        "--api-kind",
        choices=("api", "odatav4"),
        default="api",
        help="api: Business Central API pages; odatav4: classic incadea's page web services "
        "(NAV 2018 / BC14) at /BC140/ODataV4/",
    )
    parser.set_defaults(func=run_sandbox_serve)


def add_sandbox_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sandbox serve`` to a CLI's subcommands; the handler is ``args.func``."""
    sandbox = subparsers.add_parser(
        "sandbox", help="run the local stand-ins for Incadea and Claire"
    )
    actions = sandbox.add_subparsers(dest="sandbox_command", required=True)
    serve = actions.add_parser("serve", help="serve both stand-ins on 127.0.0.1 until Ctrl+C")
    add_serve_arguments(serve)


def write_env_file(path: Path, environment: dict[str, str]) -> None:
    """``KEY=value`` lines, readable by the owner only (they hold sandbox credentials); a
    value with a space or a quote (the classic kind's company name) is shell-quoted, so
    ``. ./sandbox.env`` reads it whole."""
    text = "".join(f"{key}={_quoted(value)}\n" for key, value in environment.items())
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)


def _quoted(value: str) -> str:
    return shlex.quote(value) if any(c in value for c in " '\"") else value


async def _serve(args: argparse.Namespace) -> None:
    if args.latency_ms < 0:
        raise ValueError("--latency-ms cannot be negative")
    if args.orders < 1:
        raise ValueError("--orders must be at least 1")
    if args.push_delay_s < 0:
        raise ValueError("--push-delay-s cannot be negative")
    if args.api_kind == "odatav4" and (args.online or args.mapping):
        raise ValueError("--api-kind odatav4 serves classic incadea on premises, in its own names")
    faults = FaultSettings(latency_ms=args.latency_ms)
    sandbox = Sandbox(
        seed=args.seed,
        live=args.live,
        live_interval=timedelta(seconds=args.live_interval_s),
        incadea_faults=faults,
        claire_faults=faults.model_copy(),
        order_count=args.orders,
        api_route=args.api_route,
        environment=args.online,
        mapping=args.mapping,
        api_kind=args.api_kind,
    )
    sandbox.incadea.webhooks.settings.delay_seconds = args.push_delay_s
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    async with serve_loopback(sandbox, args.port) as urls:
        print(f"Incadea sandbox: {urls.incadea_base_url}{sandbox.service_path}", flush=True)
        print(f"Claire sandbox:  {urls.claire_base_url}", flush=True)
        if urls.authority_url:
            print(f"Sign-in authority: {urls.authority_url}", flush=True)
        if args.env_file is not None:
            environment = sandbox_environment(
                sandbox, urls.incadea_base_url, urls.claire_base_url, urls.authority_url or None
            )
            write_env_file(args.env_file, environment)
            print(f"Connection settings written to {args.env_file}", flush=True)
        print("Press Ctrl+C to stop.", flush=True)
        await stop.wait()
    print("Sandbox stopped.", flush=True)


def run_sandbox_serve(args: argparse.Namespace) -> int:
    """Run ``sandbox serve``; 0 after Ctrl+C, 2 when the ports cannot be opened."""
    try:
        asyncio.run(_serve(args))
    except KeyboardInterrupt:
        print("Sandbox stopped.", flush=True)
    except (OSError, ValueError) as exc:
        print(f"The sandbox could not start: {exc}", file=sys.stderr)
        return 2
    return 0
