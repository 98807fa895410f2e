"""Stopping a long-running command on request: SIGTERM (``systemctl stop``, ``podman
stop``, ``kill``), Ctrl+C, and on Windows Ctrl+Break and the console's Ctrl+C that a
service wrapper sends on "stop".

The handlers only wake the event loop; the command then cancels its work, which leaves
the store as a finished batch left it, and exits 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGBREAK") if hasattr(signal, name)
)


@contextlib.contextmanager
def stop_requested() -> Iterator[asyncio.Event]:
    """An event set when the process is asked to stop, while the block runs.

    ``signal.signal`` rather than ``loop.add_signal_handler``: the latter does not exist
    on Windows. The handler runs between two bytecodes of the main thread and hands the
    request to the loop, which a blocked ``select`` notices through its self-pipe.
    """
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    received: list[int] = []

    def handle(signum: int, _frame: FrameType | None) -> None:
        received.append(signum)
        loop.call_soon_threadsafe(stop.set)

    previous = {sig: signal.signal(sig, handle) for sig in STOP_SIGNALS}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


async def until_stopped(work: asyncio.Task[object], stop: asyncio.Event) -> bool:
    """Wait for ``work`` or a stop request; on a request cancel ``work``. ``True`` if stopped."""
    stopping = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({work, stopping}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopping.cancel()
    if not work.done():
        work.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await work
        return True
    work.result()
    return False
