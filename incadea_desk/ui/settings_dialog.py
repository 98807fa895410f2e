"""The settings dialog: where the DMS and Claire live, how to sign in, the language.

Settings go to the settings file (no secrets); secrets go to the keyring
through ``SecretStore``. An empty secret field keeps the stored secret. Each
system has a "Test connection" button that answers in one plain sentence under
it, cleared as soon as a field changes. The form is checked in place: a field
that is missing or not valid is marked and named as the dialog shows it, and
nothing is written until the form is complete. The DMS box shows only the
fields of the chosen kind of DMS and sign-in method. Saving and testing run as
tasks, so the dialog never freezes.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from incadea_desk.config import Settings, setting_path
from incadea_desk.errors import RemoteError
from incadea_desk.policy import Policy, read_policy
from incadea_desk.secrets import SecretName
from incadea_desk.services.not_configured import MissingSecret
from incadea_desk.ui.dms_forms import dms_form
from incadea_desk.ui.error_box import error_sentence
from incadea_desk.ui.i18n import LANGUAGES
from incadea_desk.ui.policy_note import PolicyNote
from incadea_desk.ui.settings_checks import (
    address_shape_ok,
    cannot_connect_sentence,
    connection_test_sentence,
    insecure_address_sentence,
    invalid_sentence,
    missing_secret_sentence,
    missing_sentence,
    on_screen_name,
    rejected_sentence,
)
from incadea_desk.ui.tasks import TaskRunner
from incadea_desk.ui.widgets import button_row, check_box, line_edit, result_label, set_tone

log = logging.getLogger(__name__)

Secrets = dict[SecretName, str]
Tester = Callable[[str, Settings, Secrets], Awaitable[list[str]]]
"""``tester(system, settings, typed_secrets)``: what the system lacks (for the DMS, the
lines of ``contract check``; empty when all is well); raises ``RemoteError`` or ``ValueError``
when it cannot sign in."""
Saver = Callable[[Settings, Secrets], Awaitable[None]]


class SettingsDialog(QDialog):
    """Edit the settings; ``saved`` carries the new ``Settings`` once they are stored."""

    saved = Signal(object)
    test_finished = Signal(str, bool)
    """A connection test of ``incadea`` or ``claire`` ended; whether it connected."""

    def __init__(
        self,
        settings: Settings,
        *,
        runner: TaskRunner,
        save: Saver,
        test: Tester,
        first_run: bool = False,
        policy: Policy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._runner = runner
        self._save = save
        self._test = test

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(first_run)

        self.dms = dms_form(settings, self)
        self.dms_test, self.dms_result = self.dms.test_button, self.dms.result

        self.claire_box = QGroupBox(self)
        claire = QFormLayout(self.claire_box)
        self.claire_url = line_edit(self, "claireUrl", settings.claire.base_url)
        self.location_id = line_edit(self, "locationId", settings.claire.location_id)
        self.api_key = line_edit(self, "apiKey", "")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.claire_test = QPushButton(self)
        self.claire_test.setObjectName("claireTest")
        self.claire_result = result_label(self, "claireTestResult")
        self._claire_labels: dict[str, QLabel] = {}
        for key, widget in (
            ("base_url", self.claire_url),
            ("location_id", self.location_id),
            ("api_key", self.api_key),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self._claire_labels[key] = label
            claire.addRow(label, widget)
        self.native_connector = check_box(self, "nativeConnector", settings.claire.native_connector)
        claire.addRow(self.native_connector)
        claire.addRow(button_row(self.claire_test, self.claire_result))

        self.general_box = QGroupBox(self)
        general = QFormLayout(self.general_box)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("", "system")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui.language)))
        self.interval = QSpinBox(self)
        self.interval.setObjectName("interval")
        self.interval.setRange(5, 86_400)
        self.interval.setValue(settings.sync.interval_seconds)
        self.language_label, self.interval_label = QLabel(self), QLabel(self)
        self.language_label.setBuddy(self.language)
        self.interval_label.setBuddy(self.interval)
        self.keep_importing = check_box(self, "keepImporting", settings.sync.keeps_importing_here)
        # Claire's connector imports the location: this workstation never walks then.
        self.native_connector.toggled.connect(lambda on: self.keep_importing.setEnabled(not on))
        self.keep_importing.setEnabled(not settings.claire.native_connector)
        general.addRow(self.language_label, self.language)
        general.addRow(self.keep_importing)
        general.addRow(self.interval_label, self.interval)

        self.error = result_label(self, "settingsError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.dms_test.clicked.connect(lambda: self._test_clicked("dms"))
        self.claire_test.clicked.connect(lambda: self._test_clicked("claire"))
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self._form_changed)
        self.dms.changed.connect(self._form_changed)

        # A policy is a few registry values: read in well under a millisecond.
        self.policy_note = PolicyNote(self, read_policy() if policy is None else policy)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.policy_note)
        columns = QHBoxLayout()
        columns.addWidget(self.dms)
        right = QVBoxLayout()
        right.addWidget(self.claire_box)
        right.addWidget(self.general_box)
        right.addStretch(1)
        columns.addLayout(right)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.claire_box.setTitle(self.tr("Claire"))
        self.general_box.setTitle(self.tr("General"))
        self.intro.setText(
            self.tr(
                "Fill in where the DMS and Claire are and how incadea-desk signs in to them. "
                "Nothing is saved until every field it needs is filled in."
            )
        )
        self.language.setItemText(0, self.tr("System language"))
        self._claire_labels["base_url"].setText(self.tr("A&ddress:"))
        self._claire_labels["location_id"].setText(self.tr("L&ocation id:"))
        self._claire_labels["api_key"].setText(self.tr("API &key:"))
        self.api_key.setPlaceholderText(self.tr("stored in the keyring; empty keeps it"))
        self.claire_url.setPlaceholderText("https://api.claire.example")
        self.claire_test.setText(self.tr("Test co&nnection"))
        self.claire_test.setToolTip(self.tr("Sign in to Claire with these settings"))
        self.native_connector.setText(
            self.tr("Claire's own Incadea connector serves this location")
        )
        self.native_connector.setToolTip(
            self.tr("Claire imports the changed workorders itself; no workstation keeps importing.")
        )
        self.language_label.setText(self.tr("&Language:"))
        self.interval_label.setText(self.tr("Keep importing every (&s):"))
        self.keep_importing.setText(self.tr("&Keep importing on this workstation"))
        self.keep_importing.setToolTip(
            self.tr("A site importer keeps this location imported; workstations need not.")
            if self._settings.sync.site_importer
            else self.tr("Import the workorders changed in the DMS while the window is open.")
        )

    def show_problem(self, text: str) -> None:
        """Say why the dialog opened although settings exist (e.g. a secret is missing)."""
        self.error.setText(text)
        set_tone(self.error, "bad")

    def _form_changed(self) -> None:
        """A field changed: earlier test results and marks no longer describe the form."""
        for result in (self.dms_result, self.claire_result):
            result.clear()
            set_tone(result, "")
        for edit in self.findChildren(QLineEdit):
            set_tone(edit, "", "invalid")
        self.error.clear()

    def _required(self, system: str) -> list[tuple[QLineEdit, str]]:
        """The shown fields a system needs, each with its on-screen name."""
        if system == "claire":
            section = self.claire_box.title()
            return [
                (self.claire_url, on_screen_name(self._claire_labels["base_url"], section)),
                (self.location_id, on_screen_name(self._claire_labels["location_id"], section)),
            ]
        section = self.dms.title()
        return [(edit, on_screen_name(label, section)) for edit, label in self.dms.required()]

    def check(self, systems: tuple[str, ...] = ("dms", "claire")) -> str:
        """Mark the fields that are missing or not valid; the sentence naming them, or ""."""
        missing: list[tuple[QLineEdit, str]] = []
        invalid: list[tuple[QLineEdit, str]] = []
        addresses = (*self.dms.addresses(), self.claire_url)
        for system in systems:
            for edit, name in self._required(system):
                text = edit.text().strip()
                if not text:
                    missing.append((edit, name))
                elif edit in addresses and not address_shape_ok(text):
                    invalid.append((edit, name))
        sentences = []
        if missing:
            sentences.append(missing_sentence([name for _edit, name in missing]))
        if invalid:
            sentences.append(invalid_sentence([name for _edit, name in invalid]))
        marked = [edit for edit, _name in missing + invalid]
        for edit in marked:
            set_tone(edit, "true", "invalid")
        if marked:
            marked[0].setFocus()
        return " ".join(sentences)

    def current_settings(self) -> Settings:
        """The settings as typed; ``ValueError`` with a sentence if one does not fit."""
        data = self._settings.model_dump()
        data["dms"].update(self.dms.values())
        data["claire"].update(
            base_url=self.claire_url.text().strip(),
            location_id=self.location_id.text().strip(),
            native_connector=self.native_connector.isChecked(),
        )
        data["sync"]["interval_seconds"] = self.interval.value()
        data["sync"]["on_this_workstation"] = self._keep_importing_choice()
        data["ui"]["language"] = self.language.currentData()
        try:
            return Settings.model_validate(data)
        except ValidationError as error:
            loc = tuple(setting_path(error.errors()[0]["loc"]).split("."))
            name = self._name_of(loc)
            if loc[-1:] in (("base_url",), ("authority",)):
                raise ValueError(insecure_address_sentence(name)) from None
            raise ValueError(rejected_sentence(name)) from None

    def _name_of(self, loc: tuple[str, ...]) -> str:
        """The on-screen name of the field a settings model error points at."""
        key = loc[1] if len(loc) >= 2 else ""
        if loc[:1] == ("claire",) and key in self._claire_labels:
            label, section = self._claire_labels[key], self.claire_box.title()
        elif loc[:1] == ("dms",):
            label, section = self.dms.label_for(key), self.dms.title()
        elif loc[:1] == ("sync",):
            label, section = self.interval_label, self.general_box.title()
        else:
            label, section = self.language_label, self.general_box.title()
        buddy = label.buddy()
        if isinstance(buddy, QLineEdit):
            set_tone(buddy, "true", "invalid")
        return on_screen_name(label, section)

    def _keep_importing_choice(self) -> str:
        """``auto`` while the box shows what auto means; ``on`` or ``off`` once it differs."""
        sync = self._settings.sync
        wanted = self.keep_importing.isChecked()
        if sync.on_this_workstation == "auto" and wanted == (not sync.site_importer):
            return "auto"
        return "on" if wanted else "off"

    def typed_secrets(self) -> Secrets:
        secrets: Secrets = {}
        dms_secret = self.dms.typed_secret()
        if dms_secret is not None:
            secrets[dms_secret[0]] = dms_secret[1]
        if self.api_key.text():
            secrets["claire_api_key"] = self.api_key.text()
        return secrets

    def _test_widgets(self, system: str) -> tuple[QPushButton, QLabel]:
        if system == "dms":
            return self.dms_test, self.dms_result
        return self.claire_test, self.claire_result

    def _test_clicked(self, system: str) -> None:
        button, result = self._test_widgets(system)
        problem = self.check((system,))
        if problem:
            result.setText(problem)
            set_tone(result, "bad")
            self.test_finished.emit(system, False)
            return
        button.setEnabled(False)
        result.setText(self.tr("Connecting…"))
        set_tone(result, "muted")
        self._runner.run(self._run_test(system), label=self.tr("Testing the connection…"))

    async def _run_test(self, system: str) -> None:
        button, result = self._test_widgets(system)
        try:
            settings = self.current_settings()
        except ValueError as error:
            result.setText(str(error))
            set_tone(result, "bad")
            button.setEnabled(True)
            self.test_finished.emit(system, False)
            return
        address = settings.dms.base_url if system == "dms" else settings.claire.base_url
        try:
            problems = await self._test(system, settings, self.typed_secrets())
        except MissingSecret:
            label = self.dms.secret_label() if system == "dms" else self._claire_labels["api_key"]
            tone, text = "bad", missing_secret_sentence(label.text().replace("&", "").rstrip(": "))
        except RemoteError as error:
            tone, text = "bad", error_sentence(error)
        except ValueError as error:
            # The connection refused a value the form let through; its own message is
            # written for the command line (it names settings keys and commands).
            log.info("connection test of %s: %s", system, error)
            tone, text = "bad", cannot_connect_sentence()
        else:
            tone, text = connection_test_sentence(system, address, problems)
        finally:
            button.setEnabled(True)
        result.setText(text)
        set_tone(result, tone)
        self.test_finished.emit(system, tone == "ok")

    def _save_clicked(self) -> None:
        self._runner.run(self._run_save(), label=self.tr("Saving the settings…"))

    async def _run_save(self) -> None:
        problem = self.check()
        if problem:
            self.error.setText(problem)
            set_tone(self.error, "bad")
            return
        self.buttons.setEnabled(False)
        try:
            settings = self.current_settings()
            await self._save(settings, self.typed_secrets())
        except ValueError as error:
            self.error.setText(error_sentence(error))
            set_tone(self.error, "bad")
            return
        except RuntimeError:
            # No keyring (SecretStoreUnavailable): its own message is written for the
            # command line; the file stays as it was.
            self.error.setText(
                self.tr(
                    "The secrets could not be stored: this computer has no keyring to keep "
                    "them in. Nothing was saved."
                )
            )
            set_tone(self.error, "bad")
            return
        finally:
            self.buttons.setEnabled(True)
        self.saved.emit(settings)
        self.accept()
