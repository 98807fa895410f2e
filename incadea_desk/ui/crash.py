"""The crash handler: an unexpected error becomes a dialog, not a silent death.

One global hook (``sys.excepthook``, ``threading.excepthook`` and the asyncio
loop's exception handler) routes every unhandled exception to the GUI thread,
which shows a dialog once per distinct traceback, as Electrum does. The log
gets the exception type and the code locations only: an exception message
can hold data an advisor typed, and logs must not.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import sys
import threading
import traceback
from collections import deque
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from incadea_desk.redaction import redact

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _fingerprint(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    where = "|".join(f"{f.filename}:{f.lineno}" for f in frames)
    return hashlib.sha256(f"{exc_type.__qualname__}|{where}".encode()).hexdigest()


class CrashHandler(QObject):
    """Installs the hooks and shows the crash dialog."""

    crashed = Signal()
    """An exception was queued; the slot runs in the GUI thread. The exception itself
    waits in a deque, not in the signal, so no Python object crosses the queue."""

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._seen: set[str] = set()
        self._pending: deque[ExcInfo] = deque()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.dialogs: list[QMessageBox] = []
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def set_parent_widget(self, widget: QWidget | None) -> None:
        self._parent_widget = widget

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        if loop is not None:
            loop.set_exception_handler(self._handle_loop)

    def uninstall(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        if loop is not None:
            loop.set_exception_handler(None)

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """The excepthook: safe to call from any thread."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        frames = "".join(traceback.format_tb(tb))
        log.error("Unexpected %s\n%s", exc_type.__qualname__, frames)
        self._pending.append((exc_type, exc, tb))
        self.crashed.emit()

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _handle_loop(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            self.handle(type(error), error, error.__traceback__)
        else:
            log.error("Unexpected event loop error: %s", context.get("message", "unknown"))

    def _show(self) -> None:
        while self._pending:
            self._show_one(*self._pending.popleft())

    def _show_one(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        key = _fingerprint(exc_type, tb)
        if key in self._seen:
            return
        self._seen.add(key)
        box = QMessageBox(self._parent_widget)
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Unexpected error"))
        box.setText(
            self.tr(
                "incadea-desk ran into an unexpected error. You can keep working; if something "
                "looks wrong, restart the program. The details help support find the cause."
            )
        )
        box.setDetailedText(redact("".join(traceback.format_exception(exc_type, exc, tb))))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self.dialogs.remove(box))
        self.dialogs.append(box)
        box.open()
