"""The real window on services that reach a sandbox over loopback HTTP, for the GUI tests
that need real sockets (the ``desk`` fixture's sandbox runs in process)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from incadea_desk.config import Settings, apply_environment
from incadea_desk.secrets import MemoryBackend, SecretStore
from incadea_desk.services.lifetime import Services
from incadea_desk.ui.i18n import Translations
from incadea_desk.ui.main_window import MainWindow
from incadea_desk.ui.settings_io import connection_tester


@contextlib.contextmanager
def loopback_window(
    run: Any,
    qtbot: QtBot,
    store_folder: Path,
    translations: Translations,
    environ: Mapping[str, str],
    *,
    keep_importing: bool,
) -> Iterator[MainWindow]:
    """A shown, started window on the settings and secrets ``environ`` gives; shut down
    (while the loop still runs) when the block ends."""
    settings = apply_environment(Settings(), environ)
    secrets = SecretStore(MemoryBackend(), environ=environ)
    services = run(Services.open(settings, secrets, store_path=store_folder / "store.sqlite3"))
    window = MainWindow(
        services,
        settings,
        translations=translations,
        save_settings=lambda _s, _t: _nothing(),
        test_connection=connection_tester(secrets),
        keep_importing=keep_importing,
        today=lambda: date(2026, 11, 27),
    )
    window.show()
    window.start()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        if window.isVisible():
            run(window.shutdown())
        window.deleteLater()


async def _nothing() -> None:
    return None
