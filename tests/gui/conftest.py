"""GUI fixtures: the real ``MainWindow`` on a qasync loop, against the sandbox in process.

The tests are plain sync functions. The qasync loop is created in its
"already running" mode on pytest-qt's ``QApplication``, so asyncio tasks run
whenever ``qtbot`` processes Qt events (``waitUntil``, ``waitSignal``), exactly
as they run under ``app.exec()`` in production. Teardown closes the window
the way the close button does, checks that no task was left behind, and
closes the loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
import stamina
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incadea_desk.config import Settings
from incadea_desk.sandbox import Sandbox
from incadea_desk.sandbox.demo import demo_connection
from incadea_desk.secrets import SecretStore
from incadea_desk.services.lifetime import Services
from incadea_desk.ui.i18n import Translations
from incadea_desk.ui.identity import apply_identity
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.self_test import dms_edit, dms_order
from incadea_desk.ui.settings_io import connection_tester
from incadea_desk.ui.theme import apply_theme

T = TypeVar("T")
WAIT_MS = 15_000

Run = Callable[[Coroutine[Any, Any, T]], T]


@pytest.fixture(autouse=True)
def _no_retry_waits() -> Iterator[None]:
    """Retries happen as in production, without the backoff pauses."""
    with stamina.set_testing(True, attempts=2):
        yield


def _mark_running(loop: qasync.QEventLoop, running: bool) -> None:
    """Let asyncio see ``loop`` as the running loop of this thread, or no loop at all.

    Between GUI tests the loop must not look running: other tests call
    ``asyncio.run()``, which refuses to start while a loop runs in the thread.
    """
    loop._QEventLoop__is_running = running  # type: ignore[attr-defined]
    asyncio.events._set_running_loop(loop if running else None)


@pytest.fixture(scope="session")
def _session_loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """One qasync loop for the GUI tests, as the application has one for its lifetime.

    (A second qasync loop on the same ``QApplication`` never receives the
    callbacks that worker threads hand back, so each test cannot have its own.)
    """
    apply_identity(qapp)
    apply_theme(qapp)
    loop = qasync.QEventLoop(qapp, already_running=True)
    qapp.aboutToQuit.disconnect(loop._after_run_forever)
    _mark_running(loop, False)
    yield loop
    loop._after_run_forever()
    loop.close()


@pytest.fixture
def qloop(_session_loop: qasync.QEventLoop, qtbot: QtBot) -> Iterator[qasync.QEventLoop]:
    """The loop, running while the test runs; a test that leaves a task running fails
    (after the task is cancelled)."""
    asyncio.set_event_loop(_session_loop)
    _mark_running(_session_loop, True)
    try:
        yield _session_loop
        leftover = [task for task in asyncio.all_tasks(_session_loop) if not task.done()]
        for task in leftover:
            task.cancel()
        if leftover:
            qtbot.waitUntil(lambda: all(task.done() for task in leftover), timeout=WAIT_MS)
        assert not leftover, f"tasks left running after the test: {leftover}"
    finally:
        _mark_running(_session_loop, False)
        asyncio.set_event_loop(None)


@pytest.fixture
def run(qloop: qasync.QEventLoop, qtbot: QtBot) -> Run[Any]:
    """Run a coroutine on the qasync loop to completion while Qt keeps processing events."""

    def run_coroutine(coro: Coroutine[Any, Any, T]) -> T:
        task = qloop.create_task(coro)
        qtbot.waitUntil(task.done, timeout=WAIT_MS)
        return task.result()

    return run_coroutine


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=7)


def sandbox_settings(sandbox: Sandbox) -> tuple[Settings, SecretStore]:
    demo = demo_connection(sandbox)
    return demo.settings, demo.secrets


@dataclass
class Desk:
    """The window under test and what it runs on."""

    window: MainWindow
    services: Services
    sandbox: Sandbox
    settings: Settings
    secrets: SecretStore
    run: Run[Any]

    def admin_edit(self, document_no: str, changes: dict[str, Any]) -> None:
        """Another DMS user changes the workorder (the sandbox's admin endpoint)."""
        self.run(dms_edit(self.sandbox, document_no, changes))

    def dms_order(self, document_no: str) -> dict[str, Any]:
        """What the DMS holds now, read through its admin endpoint."""
        return self.run(dms_order(self.sandbox, document_no))


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """English, with its catalogue (it holds the plural forms); the test may switch."""
    installed = Translations(qapp)
    installed.switch("en")
    yield installed
    installed.remove()
    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture
def desk_options() -> dict[str, Any]:
    """Keyword arguments for the window; a test overrides them with ``parametrize``."""
    return {}


@pytest.fixture
def desk(
    run: Run[Any],
    qtbot: QtBot,
    sandbox: Sandbox,
    tmp_path: Path,
    translations: Translations,
    desk_options: dict[str, Any],
) -> Iterator[Desk]:
    settings, secrets = sandbox_settings(sandbox)
    services = run(
        Services.open(
            settings,
            secrets,
            dms_transport=sandbox.incadea_transport(),
            claire_transport=sandbox.claire_transport(),
            store_path=tmp_path / "store.sqlite3",
        )
    )
    saved: list[Settings] = []

    async def save(new: Settings, typed: dict[str, str]) -> None:
        for name, value in typed.items():
            await secrets.set(name, value)
        saved.append(new)

    window = MainWindow(
        services,
        settings,
        translations=translations,
        save_settings=save,
        test_connection=connection_tester(
            secrets,
            {"dms": sandbox.incadea_transport(), "claire": sandbox.claire_transport()},
        ),
        **{"keep_importing": False, "today": lambda: date(2026, 11, 27), **desk_options},
    )
    window.show()
    window.start()
    qtbot.waitExposed(window)
    yield Desk(window, services, sandbox, settings, secrets, run)
    if window.isVisible():
        run(window.shutdown())
    window.deleteLater()
    # Deleted here, under this test's Qt message rules, not in whichever test comes next.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
