"""The settings dialog: settings to the file, secrets to the keyring, plain connection tests,
the first-run offer of the demo, and switching the language of the open window."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from incadea_desk.config import Settings, load_settings, settings_path
from incadea_desk.sandbox import Sandbox
from incadea_desk.secrets import SERVICE_NAME, MemoryBackend, SecretStore
from incadea_desk.ui.app import connection_tester, file_saver, first_run
from incadea_desk.ui.settings_dialog import SettingsDialog
from incadea_desk.ui.tasks import TaskRunner
from tests.keyrings import DictKeyring

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

WAIT_MS = 15_000


def fill(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_settings_go_to_the_file_and_secrets_to_the_keyring(
    qtbot: QtBot, qloop, translations, memory_keyring: DictKeyring
) -> None:
    runner = TaskRunner()
    dialog = SettingsDialog(
        Settings(),
        runner=runner,
        save=file_saver(SecretStore()),
        test=connection_tester(SecretStore()),
        offer_demo=True,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_button.isVisible()
    fill(qtbot, dialog.dms_url, "https://dms.dealer.example")
    fill(qtbot, dialog.company_id, "6f1c4f6e-2a8e-4d8e-9d55-0a1f2b3c4d5e")
    dialog.auth_mode.setCurrentIndex(dialog.auth_mode.findData("basic"))
    assert not dialog.tenant_id.isEnabled()
    assert dialog._dms_labels["secret"].text() == "Access &key:"
    fill(qtbot, dialog.username, "WS-USER")
    fill(qtbot, dialog.dms_secret, "dms-access-key-123")
    fill(qtbot, dialog.claire_url, "https://api.claire.example")
    fill(qtbot, dialog.location_id, "loc-utrecht")
    fill(qtbot, dialog.api_key, "claire-key-456")
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))

    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS) as closed:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert closed.args == [QDialog.DialogCode.Accepted.value]
    stored = load_settings()
    assert stored.is_configured
    assert stored.dms.auth_mode == "basic"
    assert stored.dms.username == "WS-USER"
    assert stored.claire.location_id == "loc-utrecht"
    assert stored.ui.language == "nl"
    assert memory_keyring.passwords == {
        (SERVICE_NAME, "dms_access_key"): "dms-access-key-123",
        (SERVICE_NAME, "claire_api_key"): "claire-key-456",
    }
    text = settings_path().read_text(encoding="utf-8")
    assert "dms-access-key-123" not in text
    assert "claire-key-456" not in text
    json.loads(text)


def test_an_invalid_value_is_reported_in_the_dialog(qtbot: QtBot, qloop, translations) -> None:
    dialog = SettingsDialog(
        Settings(),
        runner=TaskRunner(),
        save=file_saver(SecretStore(MemoryBackend(), environ={})),
        test=connection_tester(SecretStore(MemoryBackend(), environ={})),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.interval.setValue(3)  # below the spin box minimum: it clamps to 5
    assert dialog.current_settings().sync.interval_seconds == 5


def sandbox_dialog(qtbot: QtBot, sandbox: Sandbox, secrets: dict[str, str]) -> SettingsDialog:
    settings = Settings.model_validate(
        {
            "dms": {
                "base_url": "https://incadea.sandbox",
                "company_id": sandbox.company_id,
                "auth_mode": "oauth",
                "tenant_id": sandbox.tenant_id,
                "client_id": sandbox.client_id,
                "scope": sandbox.scope,
            },
            "claire": {"base_url": "http://claire.sandbox", "location_id": sandbox.location_id},
        }
    )
    store = SecretStore(MemoryBackend(secrets), environ={})
    dialog = SettingsDialog(
        settings,
        runner=TaskRunner(),
        save=file_saver(store),
        test=connection_tester(
            store, {"incadea": sandbox.incadea_transport(), "claire": sandbox.claire_transport()}
        ),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_test(qtbot: QtBot, dialog: SettingsDialog, system: str) -> str:
    button = dialog.dms_test if system == "incadea" else dialog.claire_test
    with qtbot.waitSignal(dialog.test_finished, timeout=WAIT_MS):
        button.click()
        assert not button.isEnabled()
    result = dialog.dms_result if system == "incadea" else dialog.claire_result
    return result.text()


def test_connection_tests_answer_in_plain_words(
    qtbot: QtBot, qloop, translations, sandbox: Sandbox
) -> None:
    dialog = sandbox_dialog(
        qtbot,
        sandbox,
        {"dms_client_secret": sandbox.client_secret, "claire_api_key": sandbox.claire_api_key},
    )

    assert click_test(qtbot, dialog, "incadea") == "Connected: signed in to the DMS."
    assert click_test(qtbot, dialog, "claire") == "Connected: signed in to Claire."

    fill(qtbot, dialog.dms_secret, "not-the-secret")
    fill(qtbot, dialog.api_key, "not-the-key")
    assert click_test(qtbot, dialog, "incadea") == (
        "The DMS did not accept the sign-in; check the credentials in Settings."
    )
    assert click_test(qtbot, dialog, "claire") == (
        "Claire did not accept the sign-in; check the credentials in Settings."
    )


def test_a_missing_secret_is_named_by_the_test(
    qtbot: QtBot, qloop, translations, sandbox: Sandbox
) -> None:
    dialog = sandbox_dialog(qtbot, sandbox, {})

    assert "The DMS secret is missing" in click_test(qtbot, dialog, "incadea")


def test_first_run_offers_the_demo(qtbot: QtBot, qloop, translations) -> None:
    chosen: list[Any] = []

    async def start() -> None:
        secrets = SecretStore(MemoryBackend(), environ={})
        chosen.append(await first_run(Settings(), secrets, "The DMS secret is missing."))

    def click_demo() -> bool:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SettingsDialog) and widget.isVisible():
                assert "not set up yet" in widget.intro.text()
                assert widget.error.text() == "The DMS secret is missing."
                qtbot.mouseClick(widget.demo_button, Qt.MouseButton.LeftButton)
                return True
        return False

    pending = asyncio.ensure_future(start())
    qtbot.waitUntil(click_demo, timeout=WAIT_MS)
    qtbot.waitUntil(pending.done, timeout=WAIT_MS)
    assert chosen == ["demo"]


def test_switching_the_language_translates_the_open_window(qtbot: QtBot, desk) -> None:
    window = desk.window
    assert window.search_bar.edit.placeholderText() == "WO number or registration"

    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    qtbot.waitUntil(
        lambda: window.search_bar.edit.placeholderText() == "WO-nummer of kenteken",
        timeout=WAIT_MS,
    )
    assert window.pane.title.text() == "Geen werkorder geopend"
    assert window.status.outbox_label.text() == "Wachtrij leeg"
    assert window.file_menu.title() == "&Bestand"
