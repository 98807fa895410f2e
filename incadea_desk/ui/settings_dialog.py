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
from incadea_desk.secrets import SECRET_FOR_AUTH_MODE, SecretName
from incadea_desk.ui.error_box import error_sentence
from incadea_desk.ui.i18n import LANGUAGES
from incadea_desk.ui.tasks import TaskRunner
from incadea_desk.ui.widgets import set_tone

Secrets = dict[SecretName, str]
Tester = Callable[[str, Settings, Secrets], Awaitable[None]]
"""``tester(system, settings, typed_secrets)`` raises ``RemoteError`` or ``ValueError``."""
Saver = Callable[[Settings, Secrets], Awaitable[None]]

AUTH_MODES = ("oauth", "basic", "ntlm")


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

        self.dms_box = QGroupBox(self)
        dms = QFormLayout(self.dms_box)
        self.dms_url = self._line("dmsUrl", settings.dms.base_url)
        self.company_id = self._line("companyId", settings.dms.company_id)
        self.auth_mode = QComboBox(self)
        self.auth_mode.setObjectName("authMode")
        for mode in AUTH_MODES:
            self.auth_mode.addItem("", mode)
        self.auth_mode.setCurrentIndex(AUTH_MODES.index(settings.dms.auth_mode))
        self.tenant_id = self._line("tenantId", settings.dms.tenant_id)
        self.client_id = self._line("clientId", settings.dms.client_id)
        self.scope = self._line("scope", settings.dms.scope)
        self.username = self._line("username", settings.dms.username)
        self.dms_secret = self._line("dmsSecret", "")
        self.dms_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.dms_test = QPushButton(self)
        self.dms_test.setObjectName("dmsTest")
        self.dms_result = self._result("dmsTestResult")
        self._dms_labels: dict[str, QLabel] = {}
        for key, widget in (
            ("base_url", self.dms_url),
            ("company_id", self.company_id),
            ("auth_mode", self.auth_mode),
            ("tenant_id", self.tenant_id),
            ("client_id", self.client_id),
            ("scope", self.scope),
            ("username", self.username),
            ("secret", self.dms_secret),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self._dms_labels[key] = label
            dms.addRow(label, widget)
        dms.addRow(self._test_row(self.dms_test, self.dms_result))

        self.claire_box = QGroupBox(self)
        claire = QFormLayout(self.claire_box)
        self.claire_url = self._line("claireUrl", settings.claire.base_url)
        self.location_id = self._line("locationId", settings.claire.location_id)
        self.api_key = self._line("apiKey", "")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.claire_test = QPushButton(self)
        self.claire_test.setObjectName("claireTest")
        self.claire_result = self._result("claireTestResult")
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
        claire.addRow(self._test_row(self.claire_test, self.claire_result))

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
        general.addRow(self.language_label, self.language)
        general.addRow(self.interval_label, self.interval)

        self.error = self._result("settingsError")
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
        self.auth_mode.currentIndexChanged.connect(self._auth_mode_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        columns = QHBoxLayout()
        columns.addWidget(self.dms_box)
        right = QVBoxLayout()
        right.addWidget(self.claire_box)
        right.addWidget(self.general_box)
        right.addStretch(1)
        columns.addLayout(right)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._auth_mode_changed()

    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setMinimumWidth(260)
        return edit

    def _result(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _test_row(button: QPushButton, result: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(button)
        row.addWidget(result, 1)
        return row

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
        self.dms_box.setTitle(self.tr("Incadea DMS"))
        self.claire_box.setTitle(self.tr("Claire"))
        self.general_box.setTitle(self.tr("General"))
        texts = {
            "base_url": self.tr("&Address:"),
            "company_id": self.tr("Compan&y id:"),
            "auth_mode": self.tr("Sign-in &method:"),
            "tenant_id": self.tr("&Tenant id:"),
            "client_id": self.tr("C&lient id:"),
            "scope": self.tr("Sco&pe:"),
            "username": self.tr("&User name:"),
        }
        for key, text in texts.items():
            self._dms_labels[key].setText(text)
        modes = [
            self.tr("OAuth (Entra ID, online)"),
            self.tr("Web-service access key (on-premises)"),
            self.tr("Windows sign-in / NTLM (on-premises)"),
        ]
        for index, text in enumerate(modes):
            self.auth_mode.setItemText(index, text)
        self.language.setItemText(0, self.tr("System language"))
        self._claire_labels["base_url"].setText(self.tr("A&ddress:"))
        self._claire_labels["location_id"].setText(self.tr("L&ocation id:"))
        self._claire_labels["api_key"].setText(self.tr("API &key:"))
        self.api_key.setPlaceholderText(self.tr("stored in the keyring; empty keeps it"))
        self.dms_secret.setPlaceholderText(self.tr("stored in the keyring; empty keeps it"))
        self.dms_url.setPlaceholderText("https://dms.example.com")
        self.claire_url.setPlaceholderText("https://api.claire.example")
        self.dms_test.setText(self.tr("Test &connection"))
        self.dms_test.setToolTip(self.tr("Sign in to the DMS with these settings"))
        self.claire_test.setText(self.tr("Test co&nnection"))
        self.claire_test.setToolTip(self.tr("Sign in to Claire with these settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.interval_label.setText(self.tr("Keep importing every (&s):"))
        self.demo_button.setText(self.tr("Try the &demo"))
        self.demo_button.setToolTip(self.tr("Open the window on built-in sample data"))
        self._secret_label()

    def show_problem(self, text: str) -> None:
        """Say why the dialog opened although settings exist (e.g. a secret is missing)."""
        self.error.setText(text)
        set_tone(self.error, "bad")

    def _auth_mode_changed(self) -> None:
        mode = self.auth_mode.currentData()
        oauth = mode == "oauth"
        for widget in (self.tenant_id, self.client_id, self.scope):
            widget.setEnabled(oauth)
        self.username.setEnabled(not oauth)
        self._secret_label()

    def _secret_label(self) -> None:
        mode = self.auth_mode.currentData()
        text = {
            "oauth": self.tr("Client &secret:"),
            "basic": self.tr("Access &key:"),
            "ntlm": self.tr("Pass&word:"),
        }[mode]
        self._dms_labels["secret"].setText(text)

    def current_settings(self) -> Settings:
        """The settings as typed; ``ValueError`` with a sentence if one does not fit."""
        data = self._settings.model_dump()
        data["dms"].update(
            base_url=self.dms_url.text().strip(),
            company_id=self.company_id.text().strip(),
            auth_mode=self.auth_mode.currentData(),
            tenant_id=self.tenant_id.text().strip(),
            client_id=self.client_id.text().strip(),
            scope=self.scope.text().strip(),
            username=self.username.text().strip(),
        )
        data["claire"].update(
            base_url=self.claire_url.text().strip(),
            location_id=self.location_id.text().strip(),
        )
        data["sync"]["interval_seconds"] = self.interval.value()
        data["ui"]["language"] = self.language.currentData()
        try:
            return Settings.model_validate(data)
        except ValidationError as error:
            first = error.errors()[0]
            where = setting_path(first["loc"])
            message = self.tr("The setting %1 is not valid: %2")
            raise ValueError(message.replace("%1", where).replace("%2", first["msg"])) from None

    def typed_secrets(self) -> Secrets:
        secrets: Secrets = {}
        dms_secret = self.dms_secret.text()
        if dms_secret:
            secrets[SECRET_FOR_AUTH_MODE[self.auth_mode.currentData()]] = dms_secret
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
            await self._test(system, self.current_settings(), self.typed_secrets())
        except (RemoteError, ValueError) as error:
            result.setText(error_sentence(error))
            set_tone(result, "bad")
        else:
            ok = True
            result.setText(
                self.tr("Connected: signed in to the DMS.")
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
