"""Starting the window: ``run(args) -> int`` for ``incadea-desk`` without a subcommand.

Modes:

- configured: the window on the configured DMS and Claire;
- not configured: the settings dialog first, which also offers the demo;
- ``--demo``: the window on an in-process sandbox in live mode, secrets in memory,
  the store in a temporary folder, nothing written to the user's settings;
- ``--demo --self-test [--screenshot PATH]``: the demo window driven through
  search, open, import, refresh and mileage writeback; exit code 0 only if
  every step showed the right result.

The qasync loop runs the Qt event loop; shutdown is explicit (the window
stops its tasks and closes the services while the loop still runs), so the
application does not quit when its last window closes.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
import tempfile
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import qasync
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from incadea_desk.config import Settings, SettingsError, load_settings, save_settings
from incadea_desk.domain.contact import preload as preload_contact_checks
from incadea_desk.secrets import SECRET_FOR_AUTH_MODE, SecretStore
from incadea_desk.ui.crash import CrashHandler
from incadea_desk.ui.dialogs import finished
from incadea_desk.ui.error_box import failure_title, show_error
from incadea_desk.ui.first_run import FirstRunChoice
from incadea_desk.ui.i18n import Translations
from incadea_desk.ui.identity import apply_identity
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.settings_checks import MissingSecret, contract_line
from incadea_desk.ui.settings_dialog import Saver, Secrets, SettingsDialog, Tester
from incadea_desk.ui.tasks import TaskRunner
from incadea_desk.ui.theme import apply_theme

if TYPE_CHECKING:
    from incadea_desk.services import Services

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


@dataclass
class _Args:
    demo: bool = False
    self_test: bool = False
    screenshot: str | None = None
    lang: str | None = None
    size: tuple[int, int] | None = None


def _get(args: Any, name: str, default: Any) -> Any:
    return getattr(args, name, default)


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


def run(args: Any) -> int:
    """Run the GUI until its window is closed; the process exit code."""
    options = _Args(
        demo=bool(_get(args, "demo", False)),
        self_test=bool(_get(args, "self_test", False)),
        screenshot=_get(args, "screenshot", None),
        lang=_get(args, "lang", None),
        size=_get(args, "size", None),
    )
    prefer_gui_latency()
    app = application()
    translations = Translations(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    crash = CrashHandler()
    crash.install(loop)
    try:
        return loop.run_until_complete(_main(options, translations, crash))
    finally:
        crash.uninstall(loop)
        loop.close()
        asyncio.set_event_loop(None)


async def _main(options: _Args, translations: Translations, crash: CrashHandler) -> int:
    if options.self_test and not options.demo:
        log.error("--self-test runs on the demo sandbox only; add --demo")
        return 2
    if options.demo:
        translations.switch(options.lang)
        return await run_demo(translations, crash, options)
    try:
        settings = load_settings()
    except SettingsError as error:
        translations.switch(options.lang)
        show_error(None, error, failure_title("settings"))
        settings = Settings()
    translations.switch(options.lang or _language(settings))
    secrets = SecretStore()
    problem = ""
    window: MainWindow | None = None
    while True:
        if problem or not settings.is_configured:
            if window is not None:
                crash.set_parent_widget(None)
                window.hide()
                window.deleteLater()
                window = None
            chosen = await first_run(settings, secrets, problem)
            if chosen is None:
                return 0
            if isinstance(chosen, str):
                return await run_demo(translations, crash, options)
            settings = chosen
        if window is None:
            # Shown while the services open (they load the HTTP stack and read the
            # keyring): the window says it is connecting until they are ready.
            window = MainWindow(
                None,
                settings,
                translations=translations,
                save_settings=file_saver(secrets),
                test_connection=connection_tester(secrets),
                keep_importing=settings.sync.keeps_importing_here,
            )
            if options.size is not None:
                window.resize(*options.size)
            crash.set_parent_widget(window)
            await show_painted(window)
        try:
            services = await open_services(settings, secrets)
        except (ValueError, RuntimeError) as error:
            if window.is_shut_down:
                return 0
            # Settings that cannot be used (a missing secret, no keyring): ask again.
            problem = await unusable_settings(settings, secrets, error)
            continue
        break
    if window.is_shut_down:
        await services.aclose()
        return 0
    window.attach_services(services)
    return await _show_until_closed(window, crash)


async def open_services(settings: Settings, secrets: SecretStore, **options: Any) -> Services:
    """``Services.open``, importing the services (and the HTTP stack) only now, and the
    contact checks' libraries beside them on a thread of their own."""
    preloading = asyncio.ensure_future(asyncio.to_thread(preload_contact_checks))
    try:
        from incadea_desk.services import Services

        return await Services.open(settings, secrets, **options)
    finally:
        await preloading


def _language(settings: Settings) -> str | None:
    return None if settings.ui.language == "system" else settings.ui.language


async def _show_until_closed(window: MainWindow, crash: CrashHandler) -> int:
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


async def first_run(
    settings: Settings, secrets: SecretStore, problem: str = ""
) -> Settings | str | None:
    """The first-run choice of a fresh install (or of settings that cannot be used, with
    ``problem`` saying why in the advisor's words), then the settings dialog if the
    advisor connects: the saved settings, ``"demo"``, or ``None`` if closed."""
    while True:
        choice = FirstRunChoice(problem)
        await finished(choice)
        if choice.chosen != "connect":
            return "demo" if choice.chosen == "demo" else None
        runner = TaskRunner()
        dialog = SettingsDialog(
            settings,
            runner=runner,
            save=file_saver(secrets),
            test=connection_tester(secrets),
            first_run=True,
        )
        if problem:
            dialog.show_problem(problem)
        saved: list[Settings] = []
        dialog.saved.connect(saved.append)
        result = await finished(dialog)
        await runner.shutdown()
        if result == QDialog.DialogCode.Accepted and saved:
            return saved[-1]


async def unusable_settings(settings: Settings, secrets: SecretStore, error: Exception) -> str:
    """Why saved settings did not open the services, in one sentence of the window."""
    log.info("the saved settings cannot be used: %s", error)
    needed = [SECRET_FOR_AUTH_MODE[settings.dms.auth_mode], "claire_api_key"]
    try:
        stored = [await secrets.get(name) for name in needed]
    except RuntimeError:
        return translate(
            "FirstRunChoice",
            "This computer has no keyring for the DMS and Claire secrets; ask IT to set one up.",
        )
    if not all(stored):
        return translate(
            "FirstRunChoice",
            "A password or key is not stored on this computer yet; type it under "
            "Connect to my DMS.",
        )
    return translate(
        "FirstRunChoice", "The saved settings cannot be used; check them under Connect to my DMS."
    )


def file_saver(secrets: SecretStore) -> Saver:
    """Secrets to the keyring first (if that fails the file stays as it was), then the file."""

    async def save(settings: Settings, typed: Secrets) -> None:
        for name, value in typed.items():
            await secrets.set(name, value)
        await asyncio.to_thread(save_settings, settings)

    return save


class _TypedFirst:
    """Secrets just typed in the dialog, else the stored ones: what "Test connection" uses."""

    def __init__(self, typed: Secrets, stored: SecretStore) -> None:
        self._typed = typed
        self._stored = stored

    def get(self, name: str) -> str | None:
        typed = self._typed.get(name)  # type: ignore[call-overload]
        if typed:
            return str(typed)
        return self._stored.from_environment(name) or self._stored.backend.get(name)

    def set(self, name: str, value: str) -> None:
        raise RuntimeError("testing a connection stores nothing")

    def delete(self, name: str) -> None:
        raise RuntimeError("testing a connection stores nothing")


def connection_tester(secrets: SecretStore, transports: dict[str, Any] | None = None) -> Tester:
    """``test(system, settings, typed)``: sign in to one system and send one request; for
    the DMS also hold the tenant mapping against its ``$metadata`` (``contract check``)."""

    async def test(system: str, settings: Settings, typed: Secrets) -> list[str]:
        from incadea_desk.services.adapters import check_connection
        from incadea_desk.services.contract import check_dms_contract

        store = SecretStore(_TypedFirst(typed, secrets), environ={})
        needed = (
            SECRET_FOR_AUTH_MODE[settings.dms.auth_mode] if system == "dms" else "claire_api_key"
        )
        if not await store.get(needed):
            raise MissingSecret(needed)
        transport = (transports or {}).get(system)
        if system == "dms":
            outcome = await check_dms_contract(settings, store, transport, ping=True)
            if outcome.error is not None:
                # $metadata could not be read: said like any failure to connect.
                raise outcome.error
            if outcome.report is None:
                return [contract_line(outcome.failure_code or "", outcome.failure_arguments)]
            return [contract_line(p.code, p.arguments) for p in outcome.report.problems]
        await check_connection(system, settings, store, transport=transport)
        return []

    return test


@asynccontextmanager
async def demo_services(
    live: bool = True,
) -> AsyncIterator[tuple[Services, Any, Settings, SecretStore]]:
    """Services on an in-process sandbox; the store lives in a temporary folder."""
    from incadea_desk.sandbox import Sandbox
    from incadea_desk.sandbox.demo import demo_connection, with_demo_problem

    demo = demo_connection(
        with_demo_problem(Sandbox(live=live)), interval_seconds=15, lookback_days=2
    )
    sandbox, settings, secrets = demo.sandbox, demo.settings, demo.secrets
    # The stand-ins render DMS pages and validate Claire imports: not on the window's loop.
    sandbox.serve_in_background()
    try:
        with tempfile.TemporaryDirectory(prefix="incadea-desk-demo-") as folder:
            services = await open_services(
                settings,
                secrets,
                dms_transport=demo.incadea_transport(),
                claire_transport=demo.claire_transport(),
                store_path=Path(folder) / "demo.sqlite3",
            )
            try:
                yield services, sandbox, settings, secrets
            finally:
                await services.aclose()
    finally:
        sandbox.stop_background()


DemoAttach = Callable[["Services", Any, Settings, SecretStore], None]


def demo_window(
    translations: Translations | None, *, keep_importing: bool = True
) -> tuple[MainWindow, DemoAttach]:
    """The demo's window, built before its sandbox and services exist (it says it is
    connecting), and ``attach(services, sandbox, settings, secrets)`` to give it them."""
    demo: dict[str, Any] = {}

    async def save_in_memory(new: Settings, typed: Secrets) -> None:
        for name, value in typed.items():
            await demo["secrets"].set(name, value)

    async def test_on_sandbox(system: str, settings: Settings, typed: Secrets) -> list[str]:
        sandbox = demo["sandbox"]
        transports = {"dms": sandbox.incadea_transport(), "claire": sandbox.claire_transport()}
        return await connection_tester(demo["secrets"], transports)(system, settings, typed)

    window = MainWindow(
        None,
        Settings(),
        translations=translations,
        save_settings=save_in_memory,
        test_connection=test_on_sandbox,
        title_suffix="— demo",
        keep_importing=keep_importing,
    )

    def attach(services: Services, sandbox: Any, settings: Settings, secrets: SecretStore) -> None:
        demo.update(sandbox=sandbox, secrets=secrets)
        window.attach_services(services, settings)

    return window, attach


async def run_demo(translations: Translations, crash: CrashHandler, options: _Args) -> int:
    window, attach = demo_window(translations, keep_importing=not options.self_test)
    crash.set_parent_widget(window)
    if options.size is not None:
        window.resize(*options.size)
    await show_painted(window)
    async with demo_services(live=True) as (services, sandbox, settings, secrets):
        if window.is_shut_down:
            return 0
        attach(services, sandbox, settings, secrets)
        if not options.self_test:
            return await _show_until_closed(window, crash)
        from incadea_desk.ui.self_test import run_self_test

        freeze_start_up_heap()
        window.start()
        try:
            report = await run_self_test(window, sandbox, options.screenshot, translations)
        finally:
            await window.shutdown()
        for line in report.lines():
            print(line)
        return 0 if report.ok else 1
