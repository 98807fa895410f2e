from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from incadea_desk.config import Settings, SettingsError, get_value, setting_keys, with_value
from incadea_desk.settings_file import load_settings, save_settings, settings_path


def _configured() -> Settings:
    settings = Settings()
    for key, value in {
        "dms.base_url": "https://dms.example.test",
        "dms.company_id": "6f1b0a9e-1d2c-4b8a-9e57-0c1d2e3f4a5b",
        "dms.tenant_id": "tenant",
        "dms.client_id": "client",
        "claire.base_url": "https://claire.example.test",
        "claire.location_id": "loc-utrecht",
    }.items():
        settings = with_value(settings, key, value)
    return settings


def test_defaults_match_the_design() -> None:
    settings = Settings()
    assert (settings.sync.interval_seconds, settings.sync.overlap_minutes) == (60, 5)
    assert (settings.sync.lookback_days, settings.sync.update_after_work_started) == (14, True)
    assert (settings.sync.batch_size, settings.sync.concurrency) == (100, 4)
    assert (settings.ui.language, settings.retention_days) == ("system", 90)
    assert settings.is_configured is False
    assert "dms.base_url" in settings.missing()


def test_every_field_has_a_title_and_description_for_the_settings_dialog() -> None:
    schema = Settings.model_json_schema()
    for definition in schema["$defs"].values():
        for name, field in definition["properties"].items():
            assert field.get("title"), name
            assert field.get("description"), name


def test_the_file_lives_in_the_overridden_config_dir(tmp_path: Path) -> None:
    assert settings_path() == tmp_path / "config" / "settings.json"
    assert load_settings() == Settings()
    save_settings(_configured())
    assert load_settings().is_configured is True
    assert load_settings().missing() == []


def test_environment_overrides_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(_configured())
    monkeypatch.setenv("INCADEA_DESK_CLAIRE_LOCATION_ID", "loc-amersfoort")
    monkeypatch.setenv("INCADEA_DESK_DMS_AUTH_MODE", "basic")
    monkeypatch.setenv("INCADEA_DESK_DMS_USERNAME", "WEBSVC")
    settings = load_settings()
    assert settings.claire.location_id == "loc-amersfoort"
    assert (settings.dms.auth_mode, settings.dms.username) == ("basic", "WEBSVC")
    assert json.loads(settings_path().read_text())["claire"]["location_id"] == "loc-utrecht"


def test_a_bad_environment_value_is_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCADEA_DESK_DMS_AUTH_MODE", "kerberos")
    with pytest.raises(SettingsError, match=r"dms\.auth_mode"):
        load_settings()


def test_secrets_in_the_environment_never_reach_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCADEA_DESK_CLAIRE_API_KEY", "very-secret-key")
    monkeypatch.setenv("INCADEA_DESK_DMS_CLIENT_SECRET", "very-secret-client")
    path = save_settings(load_settings())
    text = path.read_text()
    assert "very-secret" not in text
    assert "api_key" not in text


def test_a_broken_file_names_itself(tmp_path: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    with pytest.raises(SettingsError, match="not valid JSON"):
        load_settings()
    path.write_text(json.dumps({"sync": {"interval_seconds": 1}}))
    with pytest.raises(SettingsError, match=r"sync\.interval_seconds"):
        load_settings()


def test_values_typed_by_a_user_are_converted_and_checked() -> None:
    settings = with_value(Settings(), "sync.update_after_work_started", "no")
    assert settings.sync.update_after_work_started is False
    settings = with_value(settings, "sync.interval_seconds", "120")
    assert get_value(settings, "sync.interval_seconds") == 120
    with pytest.raises(SettingsError, match="true or false"):
        with_value(settings, "sync.update_after_work_started", "maybe")
    with pytest.raises(SettingsError, match=r"not a valid value for sync\.interval_seconds"):
        with_value(settings, "sync.interval_seconds", "often")
    with pytest.raises(SettingsError, match="no setting called"):
        with_value(settings, "dms.password", "x")
    assert "retention_days" in setting_keys()
    assert "ui.language" in setting_keys()


def test_a_settings_file_from_before_the_dms_kind_loads_as_incadea() -> None:
    written_earlier = {"dms": {"base_url": "https://dms.example.com", "auth_mode": "basic"}}
    settings = Settings.model_validate(written_earlier)
    assert settings.dms.kind == "incadea"
    assert settings.dms.auth_mode == "basic"
    with pytest.raises(ValidationError, match="wincar"):
        Settings.model_validate({"dms": {"kind": "wincar"}})


@pytest.mark.parametrize(
    "address", ["http://127.0.0.1:7048/BC", "http://localhost:8080", "http://[::1]:7048/BC"]
)
def test_plain_http_is_accepted_for_this_computer_only(address: str) -> None:
    assert with_value(Settings(), "dms.base_url", address).dms.base_url == address
    with pytest.raises(SettingsError, match=r"https://"):
        with_value(Settings(), "dms.base_url", "http://bc.dealer.local:7048/BC")
    with pytest.raises(SettingsError, match=r"https://"):
        with_value(Settings(), "dms.authority", "http://login.example.test")


def test_the_business_central_settings_come_from_the_environment() -> None:
    settings = load_settings(
        Path("absent.json"),
        {
            "INCADEA_DESK_DMS_BASE_URL": "https://api.businesscentral.dynamics.com/v2.0/t/Production",
            "INCADEA_DESK_DMS_AUTHORITY": "https://login.example.test",
            "INCADEA_DESK_DMS_API_ROUTE": "dealer/aftersales/v2.0",
            "INCADEA_DESK_DMS_MAPPING": "/etc/incadea-desk/tenant.toml",
        },
    )
    dms = settings.dms
    assert dms.base_url.endswith("/v2.0/t/Production")
    assert (dms.authority, dms.api_route, dms.mapping) == (
        "https://login.example.test",
        "dealer/aftersales/v2.0",
        "/etc/incadea-desk/tenant.toml",
    )


@pytest.mark.parametrize(
    ("site_importer", "choice", "keeps_importing"),
    [
        (False, "auto", True),
        (True, "auto", False),
        (True, "on", True),
        (False, "off", False),
    ],
)
def test_a_workstation_keeps_importing_unless_a_site_importer_does(
    site_importer: bool, choice: str, keeps_importing: bool
) -> None:
    settings = with_value(Settings(), "sync.site_importer", str(site_importer))
    settings = with_value(settings, "sync.on_this_workstation", choice)
    assert settings.sync.keeps_importing_here is keeps_importing


def test_it_deploys_the_site_importer_through_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("INCADEA_DESK_SYNC_SITE_IMPORTER", "true")
    assert load_settings().sync.keeps_importing_here is False
    monkeypatch.setenv("INCADEA_DESK_SYNC_ON_THIS_WORKSTATION", "on")
    assert load_settings().sync.keeps_importing_here is True
