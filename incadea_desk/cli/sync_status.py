"""``sync status [--json]``: the running site importer's figures, read from its
``/healthz`` on ``sync.status_listen`` (what IT's monitoring reads too), site by site for
the importer of a dealer group."""

from __future__ import annotations

import argparse
from typing import Any

import httpx

from incadea_desk.cli.connection import Connection
from incadea_desk.cli.output import EXIT_FAILURE, EXIT_OK, Console, Refusal

LABELS = (
    ("status", "Status"),
    ("reason", "Reason"),
    ("location", "Claire location"),
    ("last_walk_at", "Last successful walk"),
    ("seconds_since_last_walk", "Seconds since"),
    ("watermark", "Watermark"),
    ("lag_seconds", "Lag (s)"),
    ("imported", "Workorders imported"),
    ("quarantine", "Held in the quarantine"),
    ("outbox", "Corrections in the outbox"),
    ("dms_requests", "DMS requests"),
    ("errors", "Failed walks by kind"),
    ("subscription_expires_at", "Webhook subscription until"),
)


def status_url(listen: str) -> str:
    host, _, port = listen.rpartition(":")
    # An importer listening on every address answers on loopback too.
    host = {"0.0.0.0": "127.0.0.1", "[::]": "[::1]"}.get(host, host)
    return f"http://{host}:{port}/healthz"


async def cmd_sync_status(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    listen = conn.settings.sync.status_listen
    if not listen:
        raise Refusal("sync.status_listen is not set, so the site importer serves no status.")
    url = status_url(listen)
    try:
        async with httpx.AsyncClient(timeout=5, trust_env=False) as client:
            answer = await client.get(url)
        figures: dict[str, Any] = answer.json()
    except (httpx.HTTPError, ValueError):
        raise Refusal(
            f"No site importer answers at {url}: it is not running, or it listens elsewhere."
        ) from None
    lines = _lines(figures)
    # A dealer group's importer: its figures per site, each under the site's name.
    for name, site in sorted(figures.get("sites", {}).items()):
        lines += ["", f"Site {name}", *(f"  {line}" for line in _lines(site))]
    console.emit(figures, "\n".join(lines))
    return EXIT_OK if answer.status_code == 200 else EXIT_FAILURE


def _lines(figures: dict[str, Any]) -> list[str]:
    return [
        f"{label}: {_text(figures.get(key))}"
        for key, label in LABELS
        if figures.get(key) not in (None, {})
    ]


def _text(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{key} {count}" for key, count in sorted(value.items()))
    return str(value)
