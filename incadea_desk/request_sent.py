"""When a request is on its way: for a caller that has other work for the event loop.

The window paints this computer's copy of a workorder while the DMS is asked. The
paint holds the event loop for several milliseconds; a request still making its way
through the HTTP client (connection pool, socket) waits behind it, and the DMS's
answer comes that much later. Within :func:`on_its_way`, every request calls the
callback once it is written to the socket, or once it has to open a connection first
(which waits on the network anyway), so the caller can do its work after that.

It uses httpcore's ``trace`` extension, which httpx passes on; a transport without
it (the sandbox's in-process one) never calls back, so a caller waits with a limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

_WRITTEN = ".send_request_body.complete"
_CONNECTING = "connection.connect_tcp.started"

_callback: ContextVar[Callable[[], None] | None] = ContextVar("request_sent", default=None)


@contextmanager
def on_its_way(callback: Callable[[], None] | None) -> Iterator[None]:
    """Within this block (and the tasks started in it), each request sent calls
    ``callback`` when it is on its way; ``None``: nobody is told."""
    token = _callback.set(callback)
    try:
        yield
    finally:
        _callback.reset(token)


def request_extensions() -> dict[str, Any]:
    """The httpx ``extensions`` of a request about to be sent."""
    callback = _callback.get()
    if callback is None:
        return {}

    async def trace(event: str, _info: dict[str, Any]) -> None:
        if event.endswith(_WRITTEN) or event == _CONNECTING:
            callback()

    return {"trace": trace}
