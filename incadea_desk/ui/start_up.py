"""Bringing up the window's process: the ``QApplication``, interpreter settings for a
responsive window, painting before the slow work, and waiting until it is closed."""

from __future__ import annotations

import asyncio
import gc
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QWidget

from incadea_desk.ui.crash import CrashHandler
from incadea_desk.ui.identity import apply_identity
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.theme import apply_theme

if TYPE_CHECKING:
    from incadea_desk.config import Settings
    from incadea_desk.secrets import SecretStore
    from incadea_desk.services.lifetime import Services


def application() -> QApplication:
    """The one ``QApplication``, with the application's name and icon, created in the
    desktop's light or dark theme if it does not exist yet."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    apply_identity(app)
    app.setQuitOnLastWindowClosed(False)
    apply_theme(app)
    return app


# How long a thread may hold the interpreter lock while another waits for it. The
# window pays it each time it comes back from Qt into Python while a worker thread
# (keep-importing reads, maps and prepares its pages in one) runs Python code, and a
# busy loop comes back many times per frame. Measured during a 1,000-workorder sync
# (bench.gui_stall, docs/benchmarks.md): the default 5 ms gave gaps of up to 26 ms,
# 0.5 ms up to 17 ms, 0.1 ms 10-12 ms; the worker pays about a tenth more CPU.
GIL_SWITCH_INTERVAL_S = 0.0001


def prefer_gui_latency() -> None:
    """Interpreter settings for the window's process: short lock hand-overs to the GUI
    thread, at a small cost in worker-thread throughput (DESIGN.md section 7)."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def freeze_start_up_heap() -> None:
    """Moves every object made so far into the collector's permanent generation.

    Called once the window is built. A full garbage collection walks every tracked
    object, and after start-up nearly all of them are the imported modules' classes,
    functions and validators, which live as long as the process. Frozen, they are no
    longer walked, so a full collection during a bulk sync stays short and does not
    stall the window (DESIGN.md section 7). No ``gc.collect()`` first: start-up leaves
    next to no garbage, and a collection would add about 30 ms before the first paint.
    """
    gc.freeze()


async def show_painted(window: QWidget, timeout_s: float = 0.5) -> None:
    """Show the window and paint it now, before start-up's blocking work (importing the
    services, generating the demo's data) holds the loop. Waits at most ``timeout_s``
    for the window system to expose it."""
    window.show()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    handle = window.windowHandle()
    while (handle is None or not handle.isExposed()) and loop.time() < deadline:
        await asyncio.sleep(0.002)
        handle = window.windowHandle()
    window.repaint()


async def open_services(settings: Settings, secrets: SecretStore, **options: Any) -> Services:
    """``Services.open``, importing the services (and the HTTP stack) only now, and the
    contact checks' libraries beside them on a thread of their own."""
    from incadea_desk.domain.contact import preload as preload_contact_checks

    preloading = asyncio.ensure_future(asyncio.to_thread(preload_contact_checks))
    try:
        from incadea_desk.services.lifetime import Services

        return await Services.open(settings, secrets, **options)
    finally:
        await preloading


async def show_until_closed(window: MainWindow, crash: CrashHandler) -> int:
    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def done() -> None:
        if not closed.done():
            closed.set_result(None)

    window.shutdown_finished.connect(done)
    if window.is_shut_down:
        return 0
    crash.set_parent_widget(window)
    freeze_start_up_heap()
    window.show()
    window.start()
    await closed
    crash.set_parent_widget(None)
    return 0
