"""Settings of incadea-desk: one typed model, stored as JSON without secrets.

The file lives in the user's config directory (``INCADEA_DESK_CONFIG_DIR``
overrides it). For headless and service use, ``INCADEA_DESK_*`` environment
variables override the file, one per setting (:mod:`incadea_desk.settings_env`); the
secrets among them are read by :mod:`incadea_desk.secrets`, never by this module, and
never written.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from incadea_desk.addresses import checked_address
from incadea_desk.settings_env import SettingVariable, environment_values, put, setting_variables

APP_NAME = "incadea-desk"

Language = Literal["en", "nl", "fr"]
LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands", "fr": "Français"}
"""The window's languages and their own names; ``ui.i18n``, the settings and the CLI's
``--lang`` all use this list."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class IncadeaSettings(_Section):
    """How to reach an Incadea DMS (Business Central style OData)."""

    kind: Literal["incadea"] = Field(default="incadea", description="Which DMS this is: incadea.")
    api_kind: Literal["api", "odatav4"] = Field(
        default="api",
        description="api: Business Central API pages; odatav4: classic incadea's page web "
        "services (NAV 2018 / BC14).",
    )
    base_url: str = Field(
        default="",
        description="Service root in front of /api/: "
        "https://api.businesscentral.dynamics.com/v2.0/{tenant}/{environment} online, "
        "https://{host}:{port}/{instance} on premises (odatav4: in front of /ODataV4/).",
    )
    authority: str = Field(
        default="",
        description="Where OAuth tokens come from; empty means Microsoft Entra ID, "
        "https://login.microsoftonline.com.",
    )
    api_route: str = Field(
        default="",
        description="publisher/group/version of the DMS's API; empty means incadea/workshop/v1.0.",
    )
    mapping: str = Field(
        default="",
        description="Path of a TOML file that renames entity sets and fields for this tenant; "
        "empty means the default contract.",
    )
    company_id: str = Field(default="", description="The GUID of the dealer's company (api).")
    company_name: str = Field(default="", description="The company's name (odatav4).")
    auth_mode: Literal["oauth", "basic", "ntlm"] = Field(
        default="oauth",
        description="oauth: Entra ID client credentials (online); basic: user and web-service "
        "access key (on-premises); ntlm: Windows sign-in (on-premises).",
    )
    tenant_id: str = Field(default="", description="Entra ID tenant (oauth).")
    client_id: str = Field(default="", description="Application (client) id in Entra ID (oauth).")
    scope: str = Field(
        default="",
        description="OAuth scope; empty means https://api.businesscentral.dynamics.com/.default.",
    )
    username: str = Field(default="", description="DMS user for basic or ntlm sign-in.")
    connect_timeout_seconds: float = Field(
        default=5.0, gt=0, le=120, description="Seconds to connect."
    )
    read_timeout_seconds: float = Field(
        default=30.0, gt=0, le=600, description="Seconds to wait for data."
    )

    @field_validator("base_url", "authority")
    @classmethod
    def _secure_address(cls, value: str) -> str:
        return checked_address(value)


DMS_KINDS = ("incadea",)
DmsSettings = Annotated[Union[IncadeaSettings], Field(discriminator="kind")]  # noqa: UP007
"""The DMS settings, told apart by ``kind``. A second DMS adds its settings model
here (``IncadeaSettings | WincarSettings``) and its adapter to
``services.dms_kinds.DMS_KINDS``; a file without ``kind`` is an Incadea one."""


class ClaireSettings(_Section):
    base_url: str = Field(
        default="",
        description="Base URL of Claire's public API, e.g. https://api.claire.example.",
    )
    location_id: str = Field(
        default="",
        description="The dealer location in Claire that appointments are imported into.",
    )
    native_connector: bool = Field(
        default=False,
        title="Claire's own Incadea connector serves this location",
        description="Claire imports the changed workorders itself: keep-importing is off on "
        "every workstation and site importer; search, import, refresh and mileage still work.",
    )
    connect_timeout_seconds: float = Field(
        default=5.0, gt=0, le=120, description="Seconds to connect."
    )
    read_timeout_seconds: float = Field(
        default=30.0, gt=0, le=600, description="Seconds to wait for data."
    )


class SyncSettings(_Section):
    on_this_workstation: Literal["auto", "on", "off"] = Field(
        default="auto",
        title="Keep importing on this workstation",
        description="auto: on, unless a site importer keeps the location imported.",
    )
    site_importer: bool = Field(
        default=False,
        title="Site importer",
        description="A site importer (a service) keeps this location imported; set by IT "
        "on every workstation of a location that has one.",
    )
    interval_seconds: int = Field(
        default=60,
        ge=5,
        le=86_400,
        description="Seconds between two walks over the workorders changed in the DMS.",
    )
    overlap_minutes: int = Field(
        default=5,
        ge=0,
        le=1_440,
        description="Minutes to look back before the watermark, for rows committed late.",
    )
    lookback_days: int = Field(
        default=14,
        ge=0,
        le=365,
        description="Days of changes imported on a workstation's first run.",
    )
    update_after_work_started: bool = Field(
        default=True,
        description="Keep updating a workorder in Claire after the car arrived in the shop.",
    )
    batch_size: int = Field(
        default=100,
        ge=1,
        le=100,
        description="Workorders per Claire import request; the default, a DMS page's 100, "
        "sends each page in one request.",
    )
    concurrency: int = Field(
        default=4,
        ge=1,
        le=8,
        description="Claire import requests in flight at once.",
    )
    dms_concurrency: int = Field(
        default=4,
        ge=1,
        le=5,
        description="DMS requests in flight at once; a first sync or a long catch-up walks "
        "this many slices side by side. Business Central online serves 5 per user at a time "
        "and queues the rest.",
    )
    clock_tolerance_seconds: int = Field(
        default=120,
        ge=0,
        le=86_400,
        description="Seconds a DMS change may lie past the DMS's own clock before the "
        "watermark stops following it (a row stamped in the future cannot freeze the walk).",
    )
    claire_retry_initial_seconds: int = Field(
        default=60,
        ge=0,
        le=86_400,
        description="Seconds before a workorder Claire refused is sent again; the wait "
        "doubles after every refusal.",
    )
    claire_retry_max_seconds: int = Field(
        default=3_600,
        ge=0,
        le=604_800,
        description="The longest wait before a workorder Claire refused is sent again.",
    )
    reconcile_every_hours: int = Field(
        default=24,
        ge=1,
        le=168,
        description="Hours between two reconciliation walks; one also runs at the first walk "
        "of each day. It re-reads a wider span for changes that committed late and cancels "
        "in Claire the workorders the DMS no longer has.",
    )
    reconcile_span_hours: int = Field(
        default=24,
        ge=1,
        le=720,
        description="Hours of DMS changes the reconciliation walk re-reads.",
    )
    related_window_days: int = Field(
        default=14,
        ge=0,
        le=365,
        description="When a car or a customer changes in the DMS, its workorders with an "
        "appointment from this many days ago on are imported again; older ones are left.",
    )

    webhook_url: str = Field(
        default="",
        title="Webhook URL",
        description="The public https address at which the DMS notifies the site importer of "
        "changes (the reverse proxy in front of sync.webhook_listen); empty: no push.",
    )
    webhook_listen: str = Field(
        default="",
        title="Webhook listener",
        description="host:port where the site importer listens for the DMS's notifications, "
        "behind the reverse proxy (e.g. 127.0.0.1:8765); empty: no push.",
    )

    sites: str = Field(
        default="",
        title="Sites",
        description="The site importer of a dealer group: the path of sites.toml, the sites "
        "(DMS company, optional branch filter, Claire location) it keeps imported; empty: "
        "the one location of claire.location_id.",
    )

    status_listen: str = Field(
        default="",
        title="Status listener",
        description="host:port where the site importer serves /healthz and /metrics for "
        "monitoring (e.g. 127.0.0.1:9464); empty: not served.",
    )
    site_importer_status_url: str = Field(
        default="",
        title="Site importer status",
        description="On a workstation: the site importer's /healthz address; the window's "
        "status bar then shows when it last imported. Empty: not shown.",
    )

    @field_validator("webhook_listen", "status_listen")
    @classmethod
    def _host_and_port(cls, value: str) -> str:
        if value:
            host, _, port = value.rpartition(":")
            if not host or not port.isdigit() or not 0 < int(port) < 65_536:
                raise ValueError("must be host:port, e.g. 127.0.0.1:8765")
        return value

    @property
    def pushes(self) -> bool:
        """Whether the importer asks the DMS to push changes (both push settings set)."""
        return bool(self.webhook_url and self.webhook_listen)

    @property
    def keeps_importing_here(self) -> bool:
        """Whether the window keeps importing: as set, or by default unless a site importer
        does (ten workstations walking one location would load the DMS ten times)."""
        if self.on_this_workstation == "auto":
            return not self.site_importer
        return self.on_this_workstation == "on"


class UiSettings(_Section):
    language: Literal["system"] | Language = Field(
        default="system",
        description="Language of the window: the system's, Dutch, French or English.",
    )


class Settings(_Section):
    """Everything incadea-desk can be told, apart from secrets."""

    dms: DmsSettings = Field(default_factory=IncadeaSettings)
    claire: ClaireSettings = Field(default_factory=ClaireSettings)
    sync: SyncSettings = Field(default_factory=SyncSettings)
    ui: UiSettings = Field(default_factory=UiSettings)
    retention_days: int = Field(
        default=90,
        ge=1,
        le=3_650,
        description="Days the import journal and audit trail keep a row.",
    )

    @field_validator("dms", mode="before")
    @classmethod
    def _incadea_unless_told(cls, value: object) -> object:
        """Settings written before there was a choice of DMS are Incadea settings."""
        if isinstance(value, Mapping) and "kind" not in value:
            return {"kind": "incadea", **value}
        return value

    @property
    def is_configured(self) -> bool:
        """Both systems have an address and the keys that scope every request."""
        dms = self.dms
        auth_ok = {
            "oauth": bool(dms.tenant_id and dms.client_id),
            "basic": bool(dms.username),
            "ntlm": bool(dms.username),
        }[dms.auth_mode]
        company = dms.company_name if dms.api_kind == "odatav4" else dms.company_id
        return bool(
            dms.base_url
            and company
            and auth_ok
            and self.claire.base_url
            and self.claire.location_id
        )

    @property
    def keeps_importing_here(self) -> bool:
        """Whether this program walks the DMS for changes: never while Claire's own
        connector serves the location (two importers would load the DMS twice), else as
        ``sync.keeps_importing_here`` says."""
        return not self.claire.native_connector and self.sync.keeps_importing_here

    def missing(self) -> list[str]:
        """The settings keys still empty that ``is_configured`` needs."""
        company = "dms.company_name" if self.dms.api_kind == "odatav4" else "dms.company_id"
        needed = ["dms.base_url", company, "claire.base_url", "claire.location_id"]
        if self.dms.auth_mode == "oauth":
            needed += ["dms.tenant_id", "dms.client_id"]
        else:
            needed.append("dms.username")
        return [key for key in needed if not get_value(self, key)]


SETTING_VARIABLES = setting_variables(Settings)
"""Every setting by dotted key, with its ``INCADEA_DESK_*`` variable (derived from the model)."""
ENV_SETTINGS: dict[str, str] = {v.variable: key for key, v in SETTING_VARIABLES.items()}
"""Variable -> settings key, for every setting."""


class SettingsError(ValueError):
    """A settings file, variable or value that cannot be used; the message says which."""


def first_error(error: ValidationError) -> str:
    """The first value a model refused, named by its settings key."""
    first = error.errors()[0]
    where = setting_path(first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def apply_environment(settings: Settings, environ: Mapping[str, str] | None = None) -> Settings:
    """A copy of ``settings`` with every non-empty ``INCADEA_DESK_*`` setting variable applied,
    each parsed with its field's type; a bad value is one sentence naming the variable."""
    env = os.environ if environ is None else environ
    try:
        values = environment_values(SETTING_VARIABLES.values(), env)
    except ValueError as error:
        raise SettingsError(f"The environment variable {error}.") from None
    data = settings.model_dump()
    for key, (_, value) in values.items():
        put(data, key, value)
    try:
        return Settings.model_validate(data)
    except ValidationError as error:
        raise SettingsError(_environment_error(error, values, env)) from None


def _environment_error(
    error: ValidationError,
    values: Mapping[str, tuple[SettingVariable, Any]],
    env: Mapping[str, str],
) -> str:
    """One sentence naming the variable whose value the model refused."""
    first = error.errors()[0]
    where = setting_path(first["loc"])
    key = next((k for k in values if where == k or where.startswith(f"{k}.")), None)
    if key is None:
        return f"An INCADEA_DESK_ environment variable is not valid ({first_error(error)})."
    setting = values[key][0]
    # Below the key is one member of a union (``ui.language``): say what the whole takes.
    why = first["msg"].removeprefix("Value error, ") if where == key else None
    return (
        f"The environment variable {setting.variable} has a value "
        f"({env[setting.variable].strip()[:80]!r}) that cannot be used for {key}: "
        + (why or f"it takes {setting.accepts()}")
        + "."
    )


def setting_path(loc: tuple[int | str, ...]) -> str:
    """A validation error's location as a settings key: ``dms.auth_mode``, without the
    DMS kind pydantic puts in after ``dms`` (``dms.incadea.auth_mode``)."""
    parts = [str(part) for part in loc]
    if len(parts) > 1 and parts[0] == "dms" and parts[1] in DMS_KINDS:
        del parts[1]
    return ".".join(parts)


def setting_keys() -> list[str]:
    """Every settable key in dotted form, e.g. ``sync.interval_seconds``."""
    return list(SETTING_VARIABLES)


def get_value(settings: Settings, key: str) -> Any:
    if key not in setting_keys():
        raise SettingsError(f"There is no setting called {key!r}.")
    target: Any = settings
    for part in key.split("."):
        target = getattr(target, part)
    return target


def with_value(settings: Settings, key: str, text: str) -> Settings:
    """A copy of ``settings`` with ``key`` set from the text a user typed."""
    if key not in setting_keys():
        raise SettingsError(
            f"There is no setting called {key!r}; see 'incadea-desk config show' for the keys."
        )
    data = settings.model_dump()
    parts = key.split(".")
    container = data
    for part in parts[:-1]:
        container = container[part]
    current = container[parts[-1]]
    value: Any = text
    if isinstance(current, bool):
        lowered = text.strip().lower()
        if lowered not in ("true", "false", "yes", "no", "1", "0", "on", "off"):
            raise SettingsError(f"{key} must be true or false, not {text!r}.")
        value = lowered in ("true", "yes", "1", "on")
    container[parts[-1]] = value
    try:
        return Settings.model_validate(data)
    except ValidationError as error:
        raise SettingsError(
            f"{text!r} is not a valid value for {key}: {error.errors()[0]['msg']}."
        ) from None
