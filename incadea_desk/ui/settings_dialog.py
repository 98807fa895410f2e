"""The settings dialog: where the DMS and Claire live, how to sign in, the language.

Settings go to the settings file (no secrets); secrets go to the keyring
through ``SecretStore``. An empty secret field keeps the stored secret. Each
system has a "Test connection" button that answers in one plain sentence.
Saving and testing run as tasks, so the dialog never freezes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from incadea_desk.secrets import SecretName
from incadea_desk.ui.dms_form import DmsForm
from incadea_desk.ui.error_box import error_sentence
from incadea_desk.ui.i18n import LANGUAGES
from incadea_desk.ui.tasks import TaskRunner
from incadea_desk.ui.widgets import button_row, line_edit, result_label, set_tone

Secrets = dict[SecretName, str]
Tester = Callable[[str, Settings, Secrets], Awaitable[list[str]]]
"""``tester(system, settings, typed_secrets)``: what the system lacks (for the DMS, the
lines of ``contract check``; empty when all is well); raises ``RemoteError`` or ``ValueError``
when it cannot sign in."""
Saver = Callable[[Settings, Secrets], Awaitable[None]]


class SettingsDialog(QDialog):
    """Edit the settings; ``saved`` carries the new ``Settings`` once they are stored."""

    saved = Signal(object)
    demo_requested = Signal()
    test_finished = Signal(str, bool)
    """A connection test of ``incadea`` or ``claire`` ended; whether it connected."""

    def __init__(
        self,
        settings: Settings,
        *,
        runner: TaskRunner,
        save: Saver,
        test: Tester,
        offer_demo: bool = False,
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
        self.intro.setVisible(offer_demo)

        self.dms = DmsForm(settings.dms, self)
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
        self.keep_importing = QCheckBox(self)
        self.keep_importing.setObjectName("keepImporting")
        self.keep_importing.setChecked(settings.sync.keeps_importing_here)
        general.addRow(self.language_label, self.language)
        general.addRow(self.keep_importing)
        general.addRow(self.interval_label, self.interval)

        self.error = result_label(self, "settingsError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.demo_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setVisible(offer_demo)
        self.demo_button.clicked.connect(self._demo)
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.dms_test.clicked.connect(lambda: self._test_clicked("incadea"))
        self.claire_test.clicked.connect(lambda: self._test_clicked("claire"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
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
        self.intro.setText(
            self.tr(
                "incadea-desk is not set up yet. Fill in where the DMS and Claire are, "
                "or try the demo first: it runs on built-in sample data."
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
        self.language_label.setText(self.tr("&Language:"))
        self.interval_label.setText(self.tr("Keep importing every (&s):"))
        self.keep_importing.setText(self.tr("&Keep importing on this workstation"))
        self.keep_importing.setToolTip(
            self.tr("A site importer keeps this location imported; workstations need not.")
            if self._settings.sync.site_importer
            else self.tr("Import the workorders changed in the DMS while the window is open.")
        )
        self.demo_button.setText(self.tr("Try the &demo"))
        self.demo_button.setToolTip(self.tr("Open the window on built-in sample data"))

    def show_problem(self, text: str) -> None:
        """Say why the dialog opened although settings exist (e.g. a secret is missing)."""
        self.error.setText(text)
        set_tone(self.error, "bad")

    def current_settings(self) -> Settings:
        """The settings as typed; ``ValueError`` with a sentence if one does not fit."""
        data = self._settings.model_dump()
        data["dms"].update(self.dms.values())
        data["claire"].update(
            base_url=self.claire_url.text().strip(),
            location_id=self.location_id.text().strip(),
        )
        data["sync"]["interval_seconds"] = self.interval.value()
        data["sync"]["on_this_workstation"] = self._keep_importing_choice()
        data["ui"]["language"] = self.language.currentData()
        try:
            return Settings.model_validate(data)
        except ValidationError as error:
            first = error.errors()[0]
            where = setting_path(first["loc"])
            message = self.tr("The setting %1 is not valid: %2")
            raise ValueError(message.replace("%1", where).replace("%2", first["msg"])) from None

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
        if system == "incadea":
            return self.dms_test, self.dms_result
        return self.claire_test, self.claire_result

    def _test_clicked(self, system: str) -> None:
        button, result = self._test_widgets(system)
        button.setEnabled(False)
        result.setText(self.tr("Connecting…"))
        set_tone(result, "muted")
        self._runner.run(self._run_test(system), label=self.tr("Testing the connection…"))

    async def _run_test(self, system: str) -> None:
        button, result = self._test_widgets(system)
        ok = False
        try:
            problems = await self._test(system, self.current_settings(), self.typed_secrets())
        except (RemoteError, ValueError) as error:
            result.setText(error_sentence(error))
            set_tone(result, "bad")
        else:
            ok = not problems
            if problems:
                # The lines name the tenant's entity sets and fields, for the dealer's IT.
                lead = self.tr("Signed in, but the DMS lacks names incadea-desk needs:")
                result.setText("\n".join([lead, *problems]))
                set_tone(result, "bad")
            else:
                result.setText(
                    self.tr("Connected: signed in to the DMS; it knows every name we need.")
                    if system == "incadea"
                    else self.tr("Connected: signed in to Claire.")
                )
                set_tone(result, "ok")
        finally:
            button.setEnabled(True)
        self.test_finished.emit(system, ok)

    def _save_clicked(self) -> None:
        self._runner.run(self._run_save(), label=self.tr("Saving the settings…"))

    async def _run_save(self) -> None:
        self.buttons.setEnabled(False)
        try:
            settings = self.current_settings()
            await self._save(settings, self.typed_secrets())
        except (ValueError, RuntimeError) as error:
            self.error.setText(str(error))
            set_tone(self.error, "bad")
            return
        finally:
            self.buttons.setEnabled(True)
        self.saved.emit(settings)
        self.accept()

    def _demo(self) -> None:
        self.demo_requested.emit()
        self.done(QDialog.DialogCode.Rejected)
