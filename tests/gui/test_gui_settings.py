"""The settings dialog: settings to the file, secrets to the keyring, plain connection tests,
the first-run offer of the demo, and switching the language of the open window."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from incadea_desk.config import Settings
from incadea_desk.sandbox import Sandbox
from incadea_desk.secrets import SERVICE_NAME, MemoryBackend, SecretStore
from incadea_desk.settings_file import load_settings, settings_path
from incadea_desk.ui.app import first_run
from incadea_desk.ui.first_run import FirstRunChoice
from incadea_desk.ui.settings_dialog import SettingsDialog
from incadea_desk.ui.settings_io import connection_tester, file_saver
from incadea_desk.ui.tasks import TaskRunner
from tests.keyrings import DictKeyring

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

WAIT_MS = 15_000
T = TypeVar("T")


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
        first_run=True,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dms = dialog.dms
    dms.preset.setCurrentIndex(dms.preset.findData("custom"))
    fill(qtbot, dms.fields["address"], "https://dms.dealer.example")
    fill(qtbot, dms.fields["company_id"], "6f1c4f6e-2a8e-4d8e-9d55-0a1f2b3c4d5e")
    assert dms.fields["tenant_id"].isVisible()
    assert not dms.fields["username"].isVisible()
    dms.auth_mode.setCurrentIndex(dms.auth_mode.findData("basic"))
    assert not dms.fields["tenant_id"].isVisible()
    assert not dms.fields["client_id"].isVisible()
    assert dms.fields["username"].isVisible()
    assert dms.labels["secret"].text() == "Access &key:"
    fill(qtbot, dms.fields["username"], "WS-USER")
    fill(qtbot, dms.secret, "dms-access-key-123")
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


def sandbox_dialog(
    qtbot: QtBot, sandbox: Sandbox, secrets: dict[str, str], settings: Settings | None = None
) -> SettingsDialog:
    """The dialog on ``settings`` (by default the sandbox's, as online) whose tests reach
    the sandbox in-process."""
    settings = settings or Settings.model_validate(
        {
            "dms": {
                "base_url": "https://incadea.sandbox",
                "authority": "https://incadea.sandbox",
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
            store, {"dms": sandbox.incadea_transport(), "claire": sandbox.claire_transport()}
        ),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_test(qtbot: QtBot, dialog: SettingsDialog, system: str) -> str:
    button = dialog.dms_test if system == "dms" else dialog.claire_test
    with qtbot.waitSignal(dialog.test_finished, timeout=WAIT_MS):
        button.click()
        assert not button.isEnabled()
    result = dialog.dms_result if system == "dms" else dialog.claire_result
    return result.text()


def test_connection_tests_answer_in_plain_words(
    qtbot: QtBot, qloop, translations, sandbox: Sandbox
) -> None:
    dialog = sandbox_dialog(
        qtbot,
        sandbox,
        {"dms_client_secret": sandbox.client_secret, "claire_api_key": sandbox.claire_api_key},
    )

    # The sandbox answers at a demo address: a success there is not the dealer's DMS.
    assert click_test(qtbot, dialog, "dms") == (
        "Connected to the built-in demo or a test server on this computer, not to the dealer's DMS."
    )
    assert click_test(qtbot, dialog, "claire") == (
        "Connected to the built-in demo or a test server on this computer, "
        "not to the dealer's Claire."
    )

    fill(qtbot, dialog.dms.secret, "not-the-secret")
    fill(qtbot, dialog.api_key, "not-the-key")
    assert click_test(qtbot, dialog, "dms") == (
        "The DMS did not accept the sign-in; check the credentials in Settings."
    )
    assert click_test(qtbot, dialog, "claire") == (
        "Claire did not accept the sign-in; check the credentials in Settings."
    )


def test_the_test_names_what_the_tenant_lacks_for_the_mapping(
    qtbot: QtBot, qloop, translations, sandbox: Sandbox, tmp_path: Path
) -> None:
    mapping = tmp_path / "tenant.toml"
    mapping.write_text('[serviceOrders]\nmileageKm = "odometerKm"\n', encoding="utf-8")
    dialog = sandbox_dialog(qtbot, sandbox, {"dms_client_secret": sandbox.client_secret})
    fill(qtbot, dialog.dms.fields["mapping"], str(mapping))

    assert click_test(qtbot, dialog, "dms").splitlines() == [
        "Signed in, but the DMS lacks names incadea-desk needs:",
        "Entity set serviceOrders has no field odometerKm; the mileage cannot be read or written.",
    ]


def test_what_the_tenant_lacks_is_said_in_the_chosen_language(
    qtbot: QtBot, qloop, translations, sandbox: Sandbox, tmp_path: Path
) -> None:
    mapping = tmp_path / "tenant.toml"
    mapping.write_text(
        '[entitySets]\nvehicles = "cars"\n[serviceLines]\nlineType = "kind"\n', encoding="utf-8"
    )
    translations.switch("nl")
    dialog = sandbox_dialog(qtbot, sandbox, {"dms_client_secret": sandbox.client_secret})
    fill(qtbot, dialog.dms.fields["mapping"], str(mapping))

    lead, *lines = click_test(qtbot, dialog, "dms").splitlines()
    assert lead == "Aangemeld, maar het DMS mist namen die incadea-desk nodig heeft:"
    assert sorted(lines) == [
        "API-route incadea/workshop/v1.0 heeft geen entiteitenset cars; de auto kan niet "
        "worden gelezen als het DMS hem niet meestuurt.",
        "De regels van entiteitenset serviceOrders hebben geen veld kind; het soort regel "
        "(arbeid, onderdeel, menu, notitie) kan niet worden gelezen.",
    ]
    # Every line is on screen: the answer makes the dialog taller, it is not cut off.
    result = dialog.dms_result
    shown = result.parentWidget()  # the answer's scroll area, at the height it shows
    assert shown is not None
    qtbot.waitUntil(lambda: shown.height() >= result.heightForWidth(result.width()))
    assert result.heightForWidth(result.width()) > 3 * result.fontMetrics().lineSpacing()


def test_a_long_answer_scrolls_and_the_dialog_stays_on_a_laptop_screen(
    qtbot: QtBot, qloop, translations, sandbox: Sandbox, tmp_path: Path
) -> None:
    renamed = ["documentNo", "orderNo", "registrationNo", "mileageKm", "mileageDate"]
    renamed += ["appointmentDateTime", "createdDateTime", "scheduledInDateTime"]
    renamed += ["scheduledOutDateTime", "customerWaiting", "carInShop", "carOutOfShop"]
    mapping = tmp_path / "tenant.toml"
    lines = "".join(f'{name} = "old{name}"\n' for name in renamed)
    mapping.write_text("[serviceOrders]\n" + lines, encoding="utf-8")
    dialog = sandbox_dialog(qtbot, sandbox, {"dms_client_secret": sandbox.client_secret})
    fill(qtbot, dialog.dms.fields["mapping"], str(mapping))

    assert len(click_test(qtbot, dialog, "dms").splitlines()) == 1 + len(renamed)
    result = dialog.dms_result
    shown = result.parentWidget()
    assert shown is not None
    qtbot.waitUntil(lambda: result.height() >= result.heightForWidth(result.width()))
    assert shown.height() < result.height()  # the rest is a scroll away
    # 1366x768 less the taskbar and the title bar: Save and Cancel stay on the screen.
    assert dialog.sizeHint().height() <= 698


def test_presets_show_only_the_fields_that_apply_and_build_the_address(
    qtbot: QtBot, qloop, translations
) -> None:
    dialog = SettingsDialog(
        Settings(),
        runner=TaskRunner(),
        save=file_saver(SecretStore(MemoryBackend(), environ={})),
        test=connection_tester(SecretStore(MemoryBackend(), environ={})),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dms = dialog.dms
    assert dms.current_preset == "online"
    shown = {key for key, widget in dms.fields.items() if widget.isVisible()}
    assert shown == {
        "environment", "tenant_id", "client_id", "secret", "company_id", "api_route", "mapping"
    }  # fmt: skip
    fill(qtbot, dms.fields["tenant_id"], "contoso.onmicrosoft.com")
    fill(qtbot, dms.fields["environment"], "Sandbox")
    online = dialog.current_settings().dms
    assert online.base_url == (
        "https://api.businesscentral.dynamics.com/v2.0/contoso.onmicrosoft.com/Sandbox"
    )
    assert (online.auth_mode, online.authority, online.scope) == ("oauth", "", "")

    dms.preset.setCurrentIndex(dms.preset.findData("onprem"))
    dms.auth_mode.setCurrentIndex(dms.auth_mode.findData("basic"))
    shown = {key for key, widget in dms.fields.items() if widget.isVisible()}
    assert {"host", "port", "instance", "username"} <= shown
    assert not {"environment", "tenant_id", "address", "authority"} & shown
    fill(qtbot, dms.fields["host"], "bc.dealer.local")
    fill(qtbot, dms.fields["instance"], "BC")
    fill(qtbot, dms.fields["username"], "WS-USER")
    assert dialog.current_settings().dms.base_url == "https://bc.dealer.local:7048/BC"

    dms.preset.setCurrentIndex(dms.preset.findData("custom"))
    fill(qtbot, dms.fields["address"], "http://bc.dealer.local/BC")
    with pytest.raises(ValueError, match="https"):
        dialog.current_settings()


def test_an_online_address_opens_on_the_online_preset(qtbot: QtBot, qloop, translations) -> None:
    settings = Settings.model_validate(
        {
            "dms": {
                "base_url": "https://api.businesscentral.dynamics.com/v2.0/contoso/Production",
                "tenant_id": "contoso",
            }
        }
    )
    dialog = SettingsDialog(
        settings,
        runner=TaskRunner(),
        save=file_saver(SecretStore(MemoryBackend(), environ={})),
        test=connection_tester(SecretStore(MemoryBackend(), environ={})),
    )
    qtbot.addWidget(dialog)
    assert dialog.dms.current_preset == "online"
    assert dialog.dms.text("environment") == "Production"
    assert dialog.current_settings().dms.base_url == settings.dms.base_url


def test_a_missing_secret_is_named_by_the_test(
    qtbot: QtBot, qloop, translations, sandbox: Sandbox
) -> None:
    dialog = sandbox_dialog(qtbot, sandbox, {})

    assert click_test(qtbot, dialog, "dms") == (
        "Type the Client secret: none is stored on this computer yet."
    )


def visible(kind: type[T]) -> T | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def test_first_run_offers_two_clear_choices(qtbot: QtBot, qloop, translations) -> None:
    chosen: list[Any] = []

    async def start() -> None:
        secrets = SecretStore(MemoryBackend(), environ={})
        chosen.append(await first_run(Settings(), secrets, "A key is not stored yet."))

    pending = asyncio.ensure_future(start())
    qtbot.waitUntil(lambda: visible(FirstRunChoice) is not None, timeout=WAIT_MS)
    choice = visible(FirstRunChoice)
    assert choice is not None
    assert choice.connect_button.text() == "&Connect to my DMS"
    assert choice.demo_button.text() == "Try the &demo"
    assert choice.problem.text() == "A key is not stored yet."
    assert not choice.connect_button.isDefault()
    assert not choice.demo_button.isDefault()

    # Connect leads to the settings; cancelling them comes back to the two choices.
    qtbot.mouseClick(choice.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(SettingsDialog) is not None, timeout=WAIT_MS)
    dialog = visible(SettingsDialog)
    assert dialog is not None
    assert dialog.error.text() == "A key is not stored yet."
    dialog.reject()
    qtbot.waitUntil(lambda: visible(FirstRunChoice) is not None, timeout=WAIT_MS)
    again = visible(FirstRunChoice)
    assert again is not None
    qtbot.mouseClick(again.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(pending.done, timeout=WAIT_MS)
    assert chosen == ["demo"]


def empty_dialog(qtbot: QtBot, saved: list[Settings]) -> SettingsDialog:
    store = SecretStore(MemoryBackend(), environ={})
    dialog = SettingsDialog(
        Settings(),
        runner=TaskRunner(),
        save=file_saver(store),
        test=connection_tester(store),
        first_run=True,
    )
    dialog.saved.connect(saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_empty_form_is_refused_in_place_by_the_fields_on_screen_names(
    qtbot: QtBot, qloop, translations, memory_keyring: DictKeyring
) -> None:
    saved: list[Settings] = []
    dialog = empty_dialog(qtbot, saved)
    dms = dialog.dms
    dms.preset.setCurrentIndex(dms.preset.findData("custom"))
    address = dms.fields["address"]
    assert isinstance(address, QLineEdit)

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=WAIT_MS)

    assert dialog.error.text() == (
        "Fill in: Address (Incadea DMS), Tenant id (Incadea DMS), Client id (Incadea DMS), "
        "Company id (Incadea DMS), Address (Claire), Location id (Claire)."
    )
    assert dialog.isVisible()
    assert saved == []
    assert not settings_path().exists(), "nothing is written until the form is complete"
    assert address.property("invalid") == "true"
    assert address.hasFocus()

    fill(qtbot, address, "dms.dealer.example")
    assert dialog.error.text() == "", "a change clears the verdict"
    assert address.property("invalid") == ""
    for key, text in (("company_id", "6f1c4f6e"), ("tenant_id", "contoso"), ("client_id", "app")):
        edit = dms.fields[key]
        assert isinstance(edit, QLineEdit)
        fill(qtbot, edit, text)
    fill(qtbot, dialog.claire_url, "https://api.claire.example")
    fill(qtbot, dialog.location_id, "loc-utrecht")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=WAIT_MS)
    assert dialog.error.text() == (
        "Not a valid address (it starts with https://): Address (Incadea DMS)."
    )
    assert not settings_path().exists()


def test_a_connection_test_names_the_missing_fields_and_is_cleared_by_an_edit(
    qtbot: QtBot, qloop, translations
) -> None:
    dialog = empty_dialog(qtbot, [])
    with qtbot.waitSignal(dialog.test_finished, timeout=WAIT_MS) as tested:
        dialog.claire_test.click()
    assert tested.args == ["claire", False]
    assert dialog.claire_result.text() == "Fill in: Address (Claire), Location id (Claire)."
    assert dialog.claire_result.wordWrap()
    result, box = dialog.claire_result, dialog.claire_box
    assert result.width() > box.width() * 0.8, "the answer spans the box, under the button"
    fill(qtbot, dialog.location_id, "loc")
    assert dialog.claire_result.text() == ""


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
    assert window.menus.file_menu.title() == "&Bestand"


@pytest.mark.parametrize(
    ("site_importer", "checked", "saved"),
    [(True, False, "auto"), (True, True, "on"), (False, False, "off")],
)
def test_keep_importing_on_this_workstation_starts_from_the_site_importer(
    qtbot: QtBot, qloop, translations, site_importer: bool, checked: bool, saved: str
) -> None:
    settings = Settings.model_validate({"sync": {"site_importer": site_importer}})
    dialog = SettingsDialog(
        settings,
        runner=TaskRunner(),
        save=file_saver(SecretStore()),
        test=connection_tester(SecretStore()),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep_importing.isChecked() is not site_importer
    assert dialog.keep_importing.text() == "&Keep importing on this workstation"

    if dialog.keep_importing.isChecked() != checked:
        qtbot.mouseClick(dialog.keep_importing, Qt.MouseButton.LeftButton)

    assert dialog.current_settings().sync.on_this_workstation == saved
    assert dialog.current_settings().sync.keeps_importing_here is checked


def test_claires_own_connector_is_a_choice_that_stops_keep_importing_here(
    qtbot: QtBot, qloop, translations
) -> None:
    dialog = SettingsDialog(
        Settings(),
        runner=TaskRunner(),
        save=file_saver(SecretStore()),
        test=connection_tester(SecretStore()),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.native_connector.text() == "Claire's own Incadea connector serves this location"
    assert dialog.keep_importing.isEnabled()

    qtbot.mouseClick(dialog.native_connector, Qt.MouseButton.LeftButton)

    assert not dialog.keep_importing.isEnabled()
    chosen = dialog.current_settings()
    assert chosen.claire.native_connector is True
    assert chosen.keeps_importing_here is False
    translations.switch("nl")
    qtbot.waitUntil(
        lambda: (
            dialog.native_connector.text() == "Claires eigen Incadea-koppeling bedient deze locatie"
        ),
        timeout=WAIT_MS,
    )
