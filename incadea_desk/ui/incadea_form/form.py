"""The DMS part of the settings dialog: a preset, and only the fields that apply to it.

*Business Central online* asks the tenant and the environment and signs in with
Microsoft Entra ID; *on premises* asks the host, port and server instance;
*another address* takes the service root, sign-in authority and scope as typed.
The tenant mapping file applies to all three. On premises and at another address
the DMS may publish API pages (a company id and an API route) or, as classic
incadea on NAV 2018 / BC14 does, page web services over OData v4 (a company name).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from incadea_desk.config import Settings
from incadea_desk.secrets import SECRET_FOR_AUTH_MODE, SecretName
from incadea_desk.ui.dms_box import DmsBox
from incadea_desk.ui.incadea_form.presets import (
    PRESETS,
    DmsAddress,
    Preset,
    online_url,
    onprem_url,
    recognise,
)
from incadea_desk.ui.widgets import button_row, line_edit

AUTH_MODES = ("oauth", "basic", "ntlm")
API_KINDS = ("api", "odatav4")
OAUTH_ONLY = ("tenant_id", "client_id")
OAUTH_TUNING = ("authority", "scope")
ROWS_OF: dict[Preset, tuple[str, ...]] = {
    "online": ("environment", "tenant_id", "client_id", "secret"),
    "onprem": ("api_kind", "host", "port", "instance", "auth_mode", *OAUTH_ONLY, "username",
               "secret"),
    "custom": ("api_kind", "address", "auth_mode", *OAUTH_TUNING, *OAUTH_ONLY, "username",
               "secret"),
}  # fmt: skip
COMMON_ROWS = ("company_id", "company_name", "api_route", "mapping")
API_PAGES_ONLY = ("company_id", "api_route")
"""Rows of API pages; page web services name the company instead (``company_name``)."""
REQUIRED = (
    "environment",
    "host",
    "port",
    "instance",
    "address",
    "tenant_id",
    "client_id",
    "username",
    "company_id",
    "company_name",
)
"""The fields that cannot stay empty, of those the chosen preset shows."""


class IncadeaForm(DmsBox):
    """Edits the Incadea settings and the DMS secret; ``values()`` is what was typed."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        dms = settings.dms
        found = recognise(dms.base_url, dms.auth_mode)
        if found.preset == "online" and dms.api_kind == "odatav4":
            # Business Central online is reached by its API pages here; page web services
            # at an online address are kept as typed.
            found = DmsAddress("custom", address=dms.base_url.strip())
        self.preset = QComboBox(self)
        self.preset.setObjectName("dmsPreset")
        for preset in PRESETS:
            self.preset.addItem("", preset)
        self.preset.setCurrentIndex(PRESETS.index(found.preset))
        self.auth_mode = QComboBox(self)
        self.auth_mode.setObjectName("authMode")
        for mode in AUTH_MODES:
            self.auth_mode.addItem("", mode)
        self.auth_mode.setCurrentIndex(AUTH_MODES.index(dms.auth_mode))
        self.api_kind = QComboBox(self)
        self.api_kind.setObjectName("apiKind")
        for kind in API_KINDS:
            self.api_kind.addItem("", kind)
        self.api_kind.setCurrentIndex(API_KINDS.index(dms.api_kind))
        self.fields: dict[str, QWidget] = {
            "api_kind": self.api_kind,
            "environment": line_edit(self, "environment", found.environment or "Production"),
            "host": line_edit(self, "host", found.host),
            "port": line_edit(self, "port", found.port),
            "instance": line_edit(self, "instance", found.instance),
            "address": line_edit(self, "dmsUrl", found.address),
            "auth_mode": self.auth_mode,
            "authority": line_edit(self, "authority", dms.authority),
            "scope": line_edit(self, "scope", dms.scope),
            "tenant_id": line_edit(self, "tenantId", dms.tenant_id or found.tenant),
            "client_id": line_edit(self, "clientId", dms.client_id),
            "username": line_edit(self, "username", dms.username),
            "secret": line_edit(self, "dmsSecret", ""),
            "company_id": line_edit(self, "companyId", dms.company_id),
            "company_name": line_edit(self, "companyName", dms.company_name),
            "api_route": line_edit(self, "apiRoute", dms.api_route),
            "mapping": line_edit(self, "mapping", dms.mapping),
        }
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)

        self._form = QFormLayout(self)
        self.preset_label = QLabel(self)
        self.preset_label.setBuddy(self.preset)
        self._form.addRow(self.preset_label, self.preset)
        self.labels: dict[str, QLabel] = {}
        for key, widget in self.fields.items():
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            self._form.addRow(label, widget)
        self._form.addRow(button_row(self.test_button, self.result))
        for combo in (self.preset, self.auth_mode, self.api_kind):
            combo.currentIndexChanged.connect(self._show_rows)
            combo.currentIndexChanged.connect(self.changed)
        self.retranslate()
        self._show_rows()

    def text(self, key: str) -> str:
        widget = self.fields[key]
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    @property
    def secret(self) -> QLineEdit:
        widget = self.fields["secret"]
        assert isinstance(widget, QLineEdit)
        return widget

    @property
    def current_preset(self) -> Preset:
        preset: Preset = self.preset.currentData()
        return preset

    @property
    def mode(self) -> str:
        return "oauth" if self.current_preset == "online" else str(self.auth_mode.currentData())

    @property
    def kind(self) -> str:
        """``dms.api_kind`` as chosen: online is reached by its API pages."""
        return "api" if self.current_preset == "online" else str(self.api_kind.currentData())

    def visible_rows(self) -> set[str]:
        rows = set(ROWS_OF[self.current_preset]) | set(COMMON_ROWS)
        if self.kind == "odatav4":
            rows -= set(API_PAGES_ONLY)
        else:
            rows.discard("company_name")
        if self.mode == "oauth":
            rows.discard("username")
        else:
            rows -= {*OAUTH_ONLY, *OAUTH_TUNING}
        return rows

    def _show_rows(self) -> None:
        shown = self.visible_rows()
        for key, widget in self.fields.items():
            self._form.setRowVisible(widget, key in shown)
        self._secret_label()

    def values(self) -> dict[str, Any]:
        """``Settings.dms`` fields as typed under the chosen preset."""
        preset, oauth = self.current_preset, self.mode == "oauth"
        if preset == "online":
            base_url = online_url(self.text("tenant_id"), self.text("environment"))
        elif preset == "onprem":
            base_url = onprem_url(self.text("host"), self.text("port"), self.text("instance"))
        else:
            base_url = self.text("address")
        custom_oauth = preset == "custom" and oauth
        return {
            "base_url": base_url,
            "authority": self.text("authority") if custom_oauth else "",
            "scope": self.text("scope") if custom_oauth else "",
            "auth_mode": self.mode,
            "api_kind": self.kind,
            "tenant_id": self.text("tenant_id") if oauth else "",
            "client_id": self.text("client_id") if oauth else "",
            "username": "" if oauth else self.text("username"),
            "company_id": self.text("company_id"),
            "company_name": self.text("company_name"),
            "api_route": self.text("api_route"),
            "mapping": self.text("mapping"),
        }

    def typed_secret(self) -> tuple[SecretName, str] | None:
        text = self.secret.text()
        return (SECRET_FOR_AUTH_MODE[self.mode], text) if text else None

    def required(self) -> list[tuple[QLineEdit, QLabel]]:
        shown = self.visible_rows()
        return [
            (widget, self.labels[key])
            for key in REQUIRED
            if key in shown and isinstance(widget := self.fields[key], QLineEdit)
        ]

    def addresses(self) -> list[QLineEdit]:
        address = self.fields["address"]
        assert isinstance(address, QLineEdit)
        return [address]

    def label_for(self, key: str) -> QLabel:
        if key == "base_url":
            # The address is built from the fields of the preset; the first of them is named.
            key = {"online": "tenant_id", "onprem": "host"}.get(self.current_preset, "address")
        return self.labels.get(key, self.preset_label)

    def secret_label(self) -> QLabel:
        return self.labels["secret"]

    def widgets_by_setting(self) -> dict[str, list[QWidget]]:
        dms = self.fields
        address = [self.preset, *(dms[k] for k in ("environment", "host", "port", "instance"))]
        widgets: dict[str, list[QWidget]] = {
            "dms.base_url": [*address, dms["address"], dms["tenant_id"]],
            "dms.auth_mode": [self.preset, self.auth_mode],
            "dms.api_kind": [self.preset, self.api_kind],
        }
        plain = ("tenant_id", "client_id", "username", "company_id", "company_name", "authority",
                 "scope")  # fmt: skip
        for key in (*plain, "api_route", "mapping"):
            widgets[f"dms.{key}"] = [dms[key]]
        return widgets

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Incadea DMS"))
        self.preset_label.setText(self.tr("&Runs on:"))
        presets = [
            self.tr("Business Central online"),
            self.tr("Business Central on premises"),
            self.tr("Another address"),
        ]
        for index, text in enumerate(presets):
            self.preset.setItemText(index, text)
        texts = {
            "environment": self.tr("&Environment:"),
            "host": self.tr("&Host:"),
            "port": self.tr("P&ort:"),
            "instance": self.tr("Server &instance:"),
            "address": self.tr("&Address:"),
            "api_kind": self.tr("Web ser&vices:"),
            "auth_mode": self.tr("Sign-in &method:"),
            "authority": self.tr("Sign-in aut&hority:"),
            "scope": self.tr("Sco&pe:"),
            "tenant_id": self.tr("&Tenant id:"),
            "client_id": self.tr("C&lient id:"),
            "username": self.tr("&User name:"),
            "company_id": self.tr("Compan&y id:"),
            "company_name": self.tr("Compan&y name:"),
            "api_route": self.tr("API ro&ute:"),
            "mapping": self.tr("Tenant &mapping file:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        modes = [
            self.tr("OAuth (Entra ID, online)"),
            self.tr("Web-service access key (on-premises)"),
            self.tr("Windows sign-in / NTLM (on-premises)"),
        ]
        for index, text in enumerate(modes):
            self.auth_mode.setItemText(index, text)
        kinds = [
            self.tr("API pages (incadea Automotive365, Business Central)"),
            self.tr("Page web services, OData v4 (classic incadea: NAV 2018, BC14)"),
        ]
        for index, text in enumerate(kinds):
            self.api_kind.setItemText(index, text)
        placeholders = {
            "address": "https://dms.example.com",
            "host": "bc.dealer.local",
            "authority": "https://login.microsoftonline.com",
            "scope": "https://api.businesscentral.dynamics.com/.default",
            "api_route": "incadea/workshop/v1.0",
        }
        for key, text in placeholders.items():
            edit = self.fields[key]
            assert isinstance(edit, QLineEdit)
            edit.setPlaceholderText(text)
        mapping = self.fields["mapping"]
        assert isinstance(mapping, QLineEdit)
        mapping.setPlaceholderText(self.tr("empty: the default names"))
        company_name = self.fields["company_name"]
        assert isinstance(company_name, QLineEdit)
        company_name.setPlaceholderText(self.tr("as the DMS's client shows it"))
        self.secret.setPlaceholderText(self.tr("stored in the keyring; empty keeps it"))
        self.test_button.setText(self.tr("Test &connection"))
        self.test_button.setToolTip(
            self.tr("Sign in to the DMS with these settings and check the names it must know")
        )
        self._secret_label()

    def _secret_label(self) -> None:
        text = {
            "oauth": self.tr("Client &secret:"),
            "basic": self.tr("Access &key:"),
            "ntlm": self.tr("Pass&word:"),
        }[self.mode]
        self.labels["secret"].setText(text)
