"""Starting the window: ``run(args) -> int`` for ``incadea-desk`` without a subcommand.

Modes:

- configured: the window on the configured DMS and Claire;
- not configured: the settings dialog first, which also offers the demo;
- ``--demo``: the window on an in-process sandbox in live mode, secrets in memory,
  the store in a temporary folder, nothing written to the user's settings;
- ``--demo --self-test [--screenshot PATH]``: the demo window driven through
  search, open, import, refresh and mileage writeback; exit code 0 only if
  every step showed the right result (both in ``ui/demo.py``).

The qasync loop runs the Qt event loop; shutdown is explicit (the window
stops its tasks and closes the services while the loop still runs), so the
application does not quit when its last window closes.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import qasync
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from incadea_desk.config import Settings, SettingsError
from incadea_desk.secrets import SecretStore
from incadea_desk.settings_file import load_settings
from incadea_desk.ui.crash import CrashHandler
from incadea_desk.ui.demo import run_demo
from incadea_desk.ui.dialogs import finished
from incadea_desk.ui.error_box import failure_title, show_error
from incadea_desk.ui.first_run import FirstRunChoice
from incadea_desk.ui.i18n import Translations
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.settings_io import connection_tester, file_saver
from incadea_desk.ui.start_up import (
    application,
    open_services,
    prefer_gui_latency,
    show_painted,
    show_until_closed,
)
from incadea_desk.ui.tasks import TaskRunner

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
        return await run_demo(
            translations,
            crash,
            self_test=options.self_test,
            screenshot=options.screenshot,
            size=options.size,
        )
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
                return await run_demo(
                    translations,
                    crash,
                    self_test=options.self_test,
                    screenshot=options.screenshot,
                    size=options.size,
                )
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
                keep_importing=settings.keeps_importing_here,
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
    return await show_until_closed(window, crash)


def _language(settings: Settings) -> str | None:
    return None if settings.ui.language == "system" else settings.ui.language


async def first_run(
    settings: Settings, secrets: SecretStore, problem: str = ""
) -> Settings | str | None:
    """The first-run choice of a fresh install (or of settings that cannot be used, with
    ``problem`` saying why in the advisor's words), then the settings dialog if the
    advisor connects: the saved settings, ``"demo"``, or ``None`` if closed."""
    # Loaded when a first run asks for it, not before the window paints.
    from incadea_desk.ui.settings_dialog import SettingsDialog

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
    from incadea_desk.services.dms_kinds import dms_kind

    needed = [dms_kind(settings).secret_name(settings), "claire_api_key"]
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
