"""The systems a command talks to: the configured ones, or the in-process demo sandbox."""

from __future__ import annotations

import argparse
import contextlib
import tempfile
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from incadea_desk.cli.output import Console
from incadea_desk.config import (
    Settings,
    load_settings,
)
from incadea_desk.secrets import (
    SecretStore,
)
from incadea_desk.services import (
    Services,
)

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
def connect(args: argparse.Namespace) -> Iterator[Connection]:
    if not args.demo:
        yield Connection(load_settings(), SecretStore(), None)
        return
    from incadea_desk.sandbox import Sandbox
    from incadea_desk.sandbox.demo import demo_connection

    demo = demo_connection(Sandbox())
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
