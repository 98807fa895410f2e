"""The demo: the window on an in-process sandbox in live mode, secrets in memory, the
store in a temporary folder, nothing written to the user's settings; with
``--self-test`` the window is driven through every action and the exit code says
whether each showed the right result."""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from incadea_desk.config import Settings
from incadea_desk.secrets import SecretStore
from incadea_desk.ui.crash import CrashHandler
from incadea_desk.ui.i18n import Translations
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.settings_io import connection_tester
from incadea_desk.ui.start_up import (
    freeze_start_up_heap,
    open_services,
    show_painted,
    show_until_closed,
)

if TYPE_CHECKING:
    from incadea_desk.services.lifetime import Services
    from incadea_desk.ui.settings_dialog import Secrets


@asynccontextmanager
async def demo_services(
    live: bool = True,
) -> AsyncIterator[tuple[Services, Any, Settings, SecretStore]]:
    """Services on an in-process sandbox; the store lives in a temporary folder."""
    from incadea_desk.sandbox import Sandbox
    from incadea_desk.sandbox.demo import demo_api_kind, demo_connection, with_demo_problem

    sandbox = Sandbox(live=live, api_kind=demo_api_kind(os.environ))
    demo = demo_connection(with_demo_problem(sandbox), interval_seconds=15, lookback_days=2)
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


async def run_demo(
    translations: Translations,
    crash: CrashHandler,
    *,
    self_test: bool = False,
    screenshot: str | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    window, attach = demo_window(translations, keep_importing=not self_test)
    crash.set_parent_widget(window)
    if size is not None:
        window.resize(*size)
    await show_painted(window)
    async with demo_services(live=True) as (services, sandbox, settings, secrets):
        if window.is_shut_down:
            return 0
        attach(services, sandbox, settings, secrets)
        if not self_test:
            return await show_until_closed(window, crash)
        from incadea_desk.ui.self_test import run_self_test

        freeze_start_up_heap()
        window.start()
        try:
            report = await run_self_test(window, sandbox, screenshot, translations)
        finally:
            await window.shutdown()
        for line in report.lines():
            print(line)
        return 0 if report.ok else 1
