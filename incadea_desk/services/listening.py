"""An HTTP listener inside the importer's own event loop (uvicorn), for the DMS's
notifications and for the status that IT monitors.

Uvicorn's signal handlers stay off: ``sync`` handles SIGTERM and Ctrl+C itself
(``cli/stopping.py``) and stops its listeners after it deleted its subscription.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
from collections.abc import Iterator
from typing import Any

import uvicorn

from incadea_desk.services.adapters import NotConfigured


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.listening = asyncio.Event()

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.listening.set()


class Listener:
    """One ASGI app served on ``host:port`` until :meth:`aclose`."""

    def __init__(self, server: _Server, serving: asyncio.Task[None]) -> None:
        self._server = server
        self._serving = serving

    @classmethod
    async def start(cls, app: Any, address: str, setting: str) -> Listener:
        """Listen on ``address`` (``host:port``); ``NotConfigured`` naming ``setting`` when
        the address cannot be bound."""
        host, _, port = address.rpartition(":")
        sock = _bound(host.strip("[]"), int(port), setting)
        config = uvicorn.Config(
            app,
            log_config=None,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
        )
        server = _Server(config)
        serving = asyncio.create_task(server.serve(sockets=[sock]))
        await server.listening.wait()
        return cls(server, serving)

    async def aclose(self) -> None:
        self._server.should_exit = True
        await self._serving


def _bound(host: str, port: int, setting: str) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if os.name != "nt":  # on Windows the option lets a second listener share the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise NotConfigured(
            f"incadea-desk cannot listen on {host}:{port} ({setting}): the port is taken or "
            "the address is not this computer's."
        ) from None
    return sock
