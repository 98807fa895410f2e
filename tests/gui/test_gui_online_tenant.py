"""The window over real loopback HTTP, configured by settings alone, on two tenants: one
shaped like Business Central online (its own sign-in authority, the online URL shape, a
renamed entity set and field) and classic incadea on NAV 2018 / BC14 (page web services
over OData v4, Dutch pages, composite keys); both with a 409 on the first PATCH and pages
smaller than asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from incadea_desk.sandbox import LoopbackThread, Sandbox
from incadea_desk.ui.i18n import Translations
from incadea_desk.ui.main_window import MainWindow
from tests.gui.loopback import loopback_window
from tests.integration.acceptance.tenant import (
    PatchStatuses,
    classic_tenant,
    configuration,
    online_tenant,
)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

WAIT_MS = 30_000
Online = tuple[MainWindow, Sandbox, PatchStatuses]


@pytest.fixture(params=["online", "classic"])
def online(
    run: Any,
    qtbot: QtBot,
    tmp_path: Path,
    translations: Translations,
    request: pytest.FixtureRequest,
) -> Iterator[Online]:
    if request.param == "classic":
        sandbox, mapping = classic_tenant(), None
    else:
        sandbox, mapping = online_tenant(tmp_path)
    patches = PatchStatuses(sandbox.incadea.app)
    sandbox.incadea.app = patches
    with LoopbackThread(sandbox) as urls:
        configured = (
            configuration(sandbox, urls, mapping)
            if mapping is not None
            else sandbox.environment(urls.incadea_base_url, urls.claire_base_url)
        )
        with loopback_window(
            run, qtbot, tmp_path, translations, configured, keep_importing=True
        ) as window:
            yield window, sandbox, patches


def act(qtbot: QtBot, window: MainWindow, name: str, action: Any) -> bool:
    with qtbot.waitSignal(
        window.operation_finished, timeout=WAIT_MS, check_params_cb=lambda n, _ok: n == name
    ) as blocker:
        action()
    return bool(blocker.args[1])


def click(qtbot: QtBot, button: Any) -> Any:
    return lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def dms_km(sandbox: Sandbox, dms_number: str) -> int:
    row = sandbox.incadea.data.order_by_document_no(dms_number)
    assert row is not None
    return int(row.data["mileageKm"])  # type: ignore[call-overload]


def test_the_window_works_on_the_tenant_by_configuration_alone(
    qtbot: QtBot, online: Online
) -> None:
    window, sandbox, patches = online
    # Keep importing's first walk goes over the tenant's small pages without a failure.
    qtbot.waitUntil(lambda: window.services.sync.progress.last_run is not None, timeout=WAIT_MS)
    progress = window.services.sync.progress
    assert progress.seen > 7
    assert progress.failed == 0

    orders = sorted(sandbox.incadea.data.orders.values(), key=lambda r: str(r.data["documentNo"]))
    order = next(
        r.data
        for r in orders
        if not r.data["canceled"]
        and str(r.data["registrationNo"]).count("-") == 2
        and sum(
            1
            for o in orders
            if str(o.data["registrationNo"]).replace("-", "")
            == str(r.data["registrationNo"]).replace("-", "")
        )
        == 1
    )
    dms_number = str(order["documentNo"])
    typed = str(order["registrationNo"]).replace("-", " ").lower()
    edit = window.search_bar.edit
    qtbot.keyClicks(edit, typed)
    assert act(qtbot, window, "search", lambda: qtbot.keyClick(edit, Qt.Key.Key_Return))
    assert window.pane.workorder is not None
    assert window.pane.workorder.appointment.dms_number == dms_number

    assert act(qtbot, window, "import", click(qtbot, window.pane.import_button))
    assert act(qtbot, window, "refresh", click(qtbot, window.pane.refresh_button))
    held = sandbox.claire.by_key.get((sandbox.location_id, dms_number))
    assert held is not None

    before = dms_km(sandbox, dms_number)
    window.pane.mileage.edit.clear()
    qtbot.keyClicks(window.pane.mileage.edit, str(before + 300))
    assert act(qtbot, window, "mileage", click(qtbot, window.pane.mileage.button))
    assert dms_km(sandbox, dms_number) == before + 300
    assert patches.statuses == [409, 200]

    window.pane.mileage.edit.clear()
    qtbot.keyClicks(window.pane.mileage.edit, str(before + 100))
    assert not window.pane.mileage.button.isEnabled()
    assert dms_km(sandbox, dms_number) == before + 300
