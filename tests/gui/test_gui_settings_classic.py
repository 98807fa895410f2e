"""The settings dialog on classic incadea (NAV 2018 / BC14): page web services are a
choice on premises, they ask the company's name instead of its id and API route, the
connection test reaches such a server, and Save keeps the choice and the access key."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from incadea_desk.config import Settings
from incadea_desk.sandbox import CLASSIC_INSTANCE, Sandbox
from incadea_desk.secrets import SERVICE_NAME, MemoryBackend, SecretStore
from incadea_desk.settings_file import load_settings
from incadea_desk.ui.settings_dialog import SettingsDialog
from incadea_desk.ui.settings_io import connection_tester, file_saver
from incadea_desk.ui.tasks import TaskRunner
from tests.gui.test_gui_settings import click_test, fill, sandbox_dialog
from tests.keyrings import DictKeyring

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

WAIT_MS = 15_000


def open_dialog(qtbot: QtBot, settings: Settings, store: SecretStore) -> SettingsDialog:
    dialog = SettingsDialog(
        settings, runner=TaskRunner(), save=file_saver(store), test=connection_tester(store)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown(dialog: SettingsDialog) -> set[str]:
    return {key for key, widget in dialog.dms.fields.items() if widget.isVisible()}


def test_page_web_services_ask_the_company_name_and_are_kept(
    qtbot: QtBot, qloop, translations, memory_keyring: DictKeyring
) -> None:
    dialog = open_dialog(qtbot, Settings(), SecretStore())
    dms = dialog.dms

    # Business Central online is reached by its API pages: no choice there.
    assert "api_kind" not in shown(dialog)
    dms.preset.setCurrentIndex(dms.preset.findData("onprem"))
    assert {"api_kind", "company_id", "api_route"} <= shown(dialog)
    assert "company_name" not in shown(dialog)

    dms.api_kind.setCurrentIndex(dms.api_kind.findData("odatav4"))
    assert "company_name" in shown(dialog)
    assert not {"company_id", "api_route"} & shown(dialog)
    assert dms.labels["company_name"].text() == "Compan&y name:"
    dms.auth_mode.setCurrentIndex(dms.auth_mode.findData("basic"))
    fill(qtbot, dms.fields["host"], "nav.dealer.local")
    fill(qtbot, dms.fields["instance"], "BC140")
    fill(qtbot, dms.fields["username"], "WS-USER")
    fill(qtbot, dms.fields["company_name"], "Autobedrijf 't Hoekje B.V.")
    fill(qtbot, dms.secret, "nav-access-key-789")
    fill(qtbot, dialog.claire_url, "https://api.claire.example")
    fill(qtbot, dialog.location_id, "loc-utrecht")
    fill(qtbot, dialog.api_key, "claire-key-456")

    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS) as closed:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert closed.args == [QDialog.DialogCode.Accepted.value]
    stored = load_settings().dms
    assert (stored.api_kind, stored.company_name) == ("odatav4", "Autobedrijf 't Hoekje B.V.")
    assert stored.base_url == "https://nav.dealer.local:7048/BC140"
    assert memory_keyring.passwords[(SERVICE_NAME, "dms_access_key")] == "nav-access-key-789"

    # Opened again, the dialog shows the same choice.
    again = open_dialog(qtbot, load_settings(), SecretStore())
    assert again.dms.current_preset == "onprem"
    assert again.dms.kind == "odatav4"
    assert again.dms.text("company_name") == "Autobedrijf 't Hoekje B.V."


def test_the_company_name_cannot_stay_empty(qtbot: QtBot, qloop, translations) -> None:
    dialog = open_dialog(qtbot, Settings(), SecretStore(MemoryBackend(), environ={}))
    dms = dialog.dms
    dms.preset.setCurrentIndex(dms.preset.findData("onprem"))
    dms.api_kind.setCurrentIndex(dms.api_kind.findData("odatav4"))

    names = [label.text() for _, label in dms.required()]

    assert "Compan&y name:" in names
    assert "Compan&y id:" not in names


def test_the_connection_test_reaches_page_web_services(qtbot: QtBot, qloop, translations) -> None:
    sandbox = Sandbox(seed=7, api_kind="odatav4")
    settings = Settings.model_validate(
        {
            "dms": {
                "api_kind": "odatav4",
                "base_url": f"https://incadea.sandbox{CLASSIC_INSTANCE}",
                "company_name": sandbox.company_name,
                "auth_mode": "basic",
                "username": sandbox.username,
            },
            "claire": {"base_url": "http://claire.sandbox", "location_id": sandbox.location_id},
        }
    )
    dialog = sandbox_dialog(qtbot, sandbox, {"dms_access_key": sandbox.access_key}, settings)
    assert dialog.dms.kind == "odatav4"

    assert click_test(qtbot, dialog, "dms") == (
        "Connected to the built-in demo or a test server on this computer, not to the dealer's DMS."
    )
    fill(qtbot, dialog.dms.fields["company_name"], "Another Company")
    # Signed in: the company is what the server instance lacks, and it says which it has.
    assert click_test(qtbot, dialog, "dms") == (
        "Signed in, but the DMS lacks names incadea-desk needs:\n"
        "The server instance has no company 'Another Company' (the name is case-sensitive); "
        "it has 'Autobedrijf 't Hoekje B.V.'."
    )
    fill(qtbot, dialog.dms.fields["company_name"], sandbox.company_name)
    fill(qtbot, dialog.dms.secret, "not-the-key")
    assert (
        click_test(qtbot, dialog, "dms")
        == "The DMS did not accept the sign-in; check the credentials in Settings."
    )
