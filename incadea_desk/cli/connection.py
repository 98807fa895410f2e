"""The systems a command talks to: the configured ones, or the in-process demo sandbox."""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from incadea_desk.cli.output import Console
from incadea_desk.config import Settings, SettingsError
from incadea_desk.secrets import (
    SecretStore,
)
from incadea_desk.services.lifetime import Services
from incadea_desk.settings_file import load_settings
from incadea_desk.store import Store

# --- connection: configured systems, or the in-process demo sandbox --------------


@dataclass
class Connection:
    settings: Settings
    secrets: SecretStore
    store_path: Path | None
    dms_transport: httpx.AsyncBaseTransport | None = None
    claire_transport: httpx.AsyncBaseTransport | None = None
    demo: bool = False
    notify: Callable[[str], None] | None = None
    """Where a sentence about the local store goes (the console's stderr)."""

    def tell_store_notice(self, store: Store) -> None:
        if store.notice and self.notify is not None:
            self.notify(store.notice)


def _settings_for(args: argparse.Namespace) -> Settings:
    """The settings in effect; a settings file that cannot be read stops every command
    except the ones that repair it (``config reset``, ``config set-secret``)."""
    try:
        return load_settings()
    except SettingsError:
        if args.command == "config" and getattr(args, "action", None) in ("reset", "set-secret"):
            return Settings()
        raise


@contextlib.contextmanager
def connect(args: argparse.Namespace) -> Iterator[Connection]:
    if not args.demo:
        yield Connection(_settings_for(args), SecretStore(), None)
        return
    from incadea_desk.sandbox import Sandbox
    from incadea_desk.sandbox.demo import demo_api_kind, demo_connection, with_demo_problem

    demo = demo_connection(with_demo_problem(Sandbox(api_kind=demo_api_kind(os.environ))))
    with tempfile.TemporaryDirectory(prefix="incadea-desk-demo-") as folder:
        yield Connection(
            demo.settings,
            demo.secrets,
            Path(folder) / "demo.sqlite3",
            demo.incadea_transport(),
            demo.claire_transport(),
            demo=True,
        )


@contextlib.asynccontextmanager
async def open_services(connection: Connection) -> AsyncIterator[Services]:
    services = await Services.open(
        connection.settings,
        connection.secrets,
        dms_transport=connection.dms_transport,
        claire_transport=connection.claire_transport,
        store_path=connection.store_path,
        actor="cli",
    )
    connection.tell_store_notice(services.store)
    try:
        yield services
    finally:
        await services.aclose()


Command = Callable[[argparse.Namespace, Console, Connection], Coroutine[Any, Any, int]]
