"""Awaiting a dialog without a nested event loop.

``QDialog.exec()`` inside a coroutine would start a second Qt event loop in
the middle of an asyncio task, and qasync cannot run other tasks then. The
dialogs of the window are opened with ``open()`` and awaited through their
``finished`` signal instead.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog


async def finished(dialog: QDialog) -> int:
    """Open ``dialog`` window-modally and return its result code once it closes."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(done)
    dialog.open()
    try:
        return await future
    finally:
        dialog.finished.disconnect(done)
