"""The advisor sees imports happen: with ``sync.site_importer_status_url`` set, the
window's status bar says when the site importer last imported, read from the importer's
``/healthz`` over loopback, and turns amber with the reason when it is stale or gone."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from pytestqt.qtbot import QtBot
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from incadea_desk.sandbox import Sandbox
from incadea_desk.services.lifetime import Services
from incadea_desk.ui import site_importer_status
from incadea_desk.ui.i18n import Translations
from incadea_desk.ui.main_window import MainWindow
from tests.gui.conftest import WAIT_MS, Run, sandbox_settings

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


class FakeImporter:
    """An importer's /healthz on 127.0.0.1 whose answer the test sets."""

    def __init__(self) -> None:
        self.status = 200
        self.figures: dict[str, Any] = {"seconds_since_last_walk": 12.4, "reason": None}
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}/healthz"

        async def healthz(request: Request) -> JSONResponse:
            return JSONResponse(self.figures, status_code=self.status)

        app = Starlette(routes=[Route("/healthz", healthz)])
        config = uvicorn.Config(app, log_config=None, lifespan="off", access_log=False)
        self.server = _Server(config)
        self.thread = threading.Thread(
            target=lambda: asyncio.run(self.server.serve(sockets=[sock])), daemon=True
        )
        self.thread.start()
        assert self.server.ready.wait(30)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


@pytest.fixture
def importer() -> Iterator[FakeImporter]:
    served = FakeImporter()
    yield served
    served.stop()


def test_the_status_bar_shows_the_site_importer(
    run: Run[Any],
    qtbot: QtBot,
    tmp_path: Path,
    translations: Translations,
    importer: FakeImporter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(site_importer_status, "POLL_SECONDS", 0.1)
    sandbox = Sandbox(seed=7)
    settings, secrets = sandbox_settings(sandbox)
    settings.sync.site_importer_status_url = importer.url
    services = run(
        Services.open(
            settings,
            secrets,
            dms_transport=sandbox.incadea_transport(),
            claire_transport=sandbox.claire_transport(),
            store_path=tmp_path / "store.sqlite3",
        )
    )
    window = MainWindow(
        services,
        settings,
        translations=translations,
        keep_importing=False,
        today=lambda: date(2026, 11, 27),
    )
    window.show()
    window.start()
    label = window.status.site_importer
    try:
        qtbot.waitUntil(lambda: "last import" in label.text(), timeout=WAIT_MS)
        assert label.isVisible()
        assert label.text() == "Site importer: last import 12 s ago"
        assert label.property("tone") == "ok"

        importer.status = 503
        importer.figures = {
            "seconds_since_last_walk": 1_260,
            "reason": "no walk succeeded for 1260 s: The DMS cannot be reached.",
        }
        qtbot.waitUntil(lambda: "no import" in label.text(), timeout=WAIT_MS)
        assert label.text() == "Site importer: no import for 21 min"
        assert label.property("tone") == "warn"
        assert label.toolTip() == importer.figures["reason"]

        translations.switch("nl")
        qtbot.waitUntil(lambda: "Site-importer" in label.text(), timeout=WAIT_MS)
        assert label.text() == "Site-importer: geen import sinds 21 min"
        translations.switch("en")

        importer.stop()
        qtbot.waitUntil(lambda: "unreachable" in label.text(), timeout=WAIT_MS)
        assert label.property("tone") == "warn"
    finally:
        run(window.shutdown())
        window.deleteLater()


def test_without_an_address_nothing_is_shown(desk: Any) -> None:
    assert not desk.window.status.site_importer.isVisible()
