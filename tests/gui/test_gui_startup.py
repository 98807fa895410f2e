"""The window shown before its services are open: it says it is connecting and takes no
work until they are attached; then it searches like any window. Closing it meanwhile
ends cleanly."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incadea_desk.config import with_value
from incadea_desk.sandbox import Sandbox
from incadea_desk.services.lifetime import Services
from incadea_desk.ui.demo import demo_window
from incadea_desk.ui.i18n import Translations
from incadea_desk.ui.main_window import MainWindow
from tests.gui.conftest import WAIT_MS, Run, sandbox_settings

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def open_services(run: Run[Any], sandbox: Sandbox, tmp_path: Path) -> Services:
    settings, secrets = sandbox_settings(sandbox)
    return run(
        Services.open(
            settings,
            secrets,
            dms_transport=sandbox.incadea_transport(),
            claire_transport=sandbox.claire_transport(),
            store_path=tmp_path / "store.sqlite3",
        )
    )


def test_the_window_waits_for_its_services_then_searches(
    run: Run[Any], qtbot: QtBot, sandbox: Sandbox, tmp_path: Path, translations: Translations
) -> None:
    settings, _secrets = sandbox_settings(sandbox)
    window = MainWindow(None, settings, translations=translations, keep_importing=False)
    window.show()
    qtbot.waitExposed(window)
    window.start()

    assert window.status.busy_text.text() == "Connecting…"
    assert not window.search_bar.edit.isEnabled()
    assert not window.menus.find_action.isEnabled()
    assert not window.menus.settings_action.isEnabled()
    assert window.menus.quit_action.isEnabled()
    with pytest.raises(RuntimeError):
        _ = window.services

    services = open_services(run, sandbox, tmp_path)
    window.attach_services(services)
    assert window.search_bar.edit.isEnabled()
    assert window.menus.find_action.isEnabled()
    assert window.status.busy_text.text() == ""
    # An advisor can type a plate as soon as "Connecting…" is gone.
    qtbot.waitUntil(window.search_bar.edit.hasFocus, timeout=WAIT_MS)
    # start() asked for before the services came is done now: the connection checks run.
    qtbot.waitUntil(lambda: window.status.connection("dms") == "online", timeout=WAIT_MS)

    order = next(r.data for r in sandbox.incadea.data.orders.values() if not r.data["canceled"])
    with qtbot.waitSignal(
        window.operation_finished, timeout=WAIT_MS, check_params_cb=lambda n, _ok: n == "search"
    ) as searched:
        qtbot.keyClicks(window.search_bar.edit, order["orderNo"])
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    assert searched.args[1] is True
    assert f"WO {order['orderNo']}" in window.pane.title.text()
    run(window.shutdown())
    window.deleteLater()


def test_a_window_that_opens_ready_has_the_focus_in_the_search_field(qtbot: QtBot, desk) -> None:
    qtbot.waitUntil(desk.window.search_bar.edit.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(desk.window.focusWidget(), "12abc3")
    assert desk.window.search_bar.edit.text() == "12abc3"


def test_closing_the_window_while_it_connects_ends_cleanly(
    run: Run[Any], qtbot: QtBot, translations: Translations
) -> None:
    window, _attach = demo_window(translations)
    window.show()
    qtbot.waitExposed(window)

    run(window.shutdown())

    assert window.is_shut_down
    assert not window.isVisible()
    window.deleteLater()


def test_settings_that_cannot_be_used_close_the_waiting_window_and_ask_again(
    run: Run[Any],
    qtbot: QtBot,
    sandbox: Sandbox,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from incadea_desk.ui import app as gui
    from incadea_desk.ui.crash import CrashHandler

    settings, _secrets = sandbox_settings(sandbox)
    shown: list[str] = []

    async def refuse(*_args: Any, **_options: Any) -> Services:
        shown.extend(
            w.status.busy_text.text()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()
        )
        raise ValueError("The DMS client secret is missing.")

    asked: list[tuple[str, list[MainWindow]]] = []

    async def first_run(_settings: Any, _secrets: Any, problem: str = "") -> None:
        visible = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        asked.append((problem, visible))

    monkeypatch.setattr(gui, "load_settings", lambda: settings)
    monkeypatch.setattr(gui, "open_services", refuse)
    monkeypatch.setattr(gui, "first_run", first_run)

    code = run(gui._main(gui._Args(lang="en"), translations, CrashHandler()))

    assert code == 0
    # While the services opened, one window said it was connecting; the dialog came alone.
    assert shown == ["Connecting…"]
    # The window's own sentence, without a settings key or a command.
    assert asked == [
        (
            "A password or key is not stored on this computer yet; type it under "
            "Connect to my DMS.",
            [],
        )
    ]


def test_a_store_that_cannot_be_used_is_said_once_naming_its_folder(
    run: Run[Any], qtbot: QtBot, sandbox: Sandbox, tmp_path: Path, translations: Translations
) -> None:
    blocker = tmp_path / "data-folder"
    blocker.write_text("a file where the data folder should be")
    settings, secrets = sandbox_settings(sandbox)
    services = run(
        Services.open(
            settings,
            secrets,
            dms_transport=sandbox.incadea_transport(),
            claire_transport=sandbox.claire_transport(),
            store_path=blocker / "store.sqlite3",
        )
    )
    window = MainWindow(None, settings, translations=translations, keep_importing=False)
    window.show()
    qtbot.waitExposed(window)
    window.attach_services(services)
    assert window.status.currentMessage() == (
        f"The local database in {blocker} cannot be used; corrections are written to the DMS "
        "but not kept on this computer until that is fixed."
    )
    run(window.shutdown())
    window.deleteLater()


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("sync.site_importer", "off"),
        ("", "on"),
        ("claire.native_connector", "off, Claire's own connector imports this location"),
    ],
)
def test_another_importer_keeps_the_windows_of_its_location_from_importing(
    run: Run[Any],
    sandbox: Sandbox,
    tmp_path: Path,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    shown: str,
) -> None:
    from incadea_desk.ui import app as gui
    from incadea_desk.ui.crash import CrashHandler

    configured, secrets = sandbox_settings(sandbox)
    settings = with_value(configured, key, "true") if key else configured
    seen: list[str] = []
    pinged: list[object] = []
    both_pinged = asyncio.Event()

    async def services_on_the_sandbox(*_args: Any, **_options: Any) -> Services:
        services = await Services.open(
            settings,
            secrets,
            dms_transport=sandbox.incadea_transport(),
            claire_transport=sandbox.claire_transport(),
            store_path=tmp_path / "store.sqlite3",
        )
        for client in (services.dms, services.claire):

            async def ping(original: Any = client.ping) -> None:
                await original()
                pinged.append(original)
                if len(pinged) == 2:
                    both_pinged.set()

            monkeypatch.setattr(client, "ping", ping)
        return services

    async def look_then_close(window: MainWindow, _crash: Any) -> int:
        window.start()
        seen.append(window.status.sync_label.text())
        # The start-up checks of both systems end before the window closes.
        async with asyncio.timeout(WAIT_MS / 1000):
            await both_pinged.wait()
        await window.shutdown()
        return 0

    monkeypatch.setattr(gui, "load_settings", lambda: settings)
    monkeypatch.setattr(gui, "open_services", services_on_the_sandbox)
    monkeypatch.setattr(gui, "show_until_closed", look_then_close)

    assert run(gui._main(gui._Args(lang="en"), translations, CrashHandler())) == 0

    assert [text.split(" · ")[0] for text in seen] == [f"Keep importing: {shown}"]


def test_importing_the_window_loads_no_http_stack_and_no_adapter() -> None:
    """The window is painted before the services open; what it imports to be built
    leaves httpx and both adapters for then (DESIGN.md section 7, cold start)."""
    heavy = ["httpx", "incadea_desk.incadea", "incadea_desk.claire", "keyring"]
    probe = (
        "import sys, incadea_desk.ui.main_window, incadea_desk.ui.app; "
        f"print([name for name in {heavy!r} if name in sys.modules])"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    answer = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.strip() == "[]"
