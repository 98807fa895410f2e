"""Every setting has its ``INCADEA_DESK_*`` variable, read with the setting's type."""

from __future__ import annotations

import re
import types
import typing
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, Field

from incadea_desk.config import SETTING_VARIABLES, Settings, SettingsError, get_value, setting_keys
from incadea_desk.settings_env import (
    PROCESS_VARIABLES,
    SettingVariable,
    markdown_table,
    setting_variables,
    unknown_variables,
)
from incadea_desk.settings_file import load_settings, save_settings

ABSENT = Path("absent-settings.json")
SETTING_VARIABLES_NAMES = [v.variable for v in SETTING_VARIABLES.values()]
DOC = Path(__file__).parents[2] / "docs" / "cli.md"


def _literals(annotation: Any) -> list[Any]:
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    members = typing.get_args(annotation) if union else (annotation,)
    return [v for m in members if typing.get_origin(m) is Literal for v in typing.get_args(m)]


def _other_value(setting: SettingVariable) -> tuple[str, Any]:
    """A valid value for the setting other than its default, as text and as the model holds
    it; derived from the field, so a field added later is covered too."""
    field = setting.field
    default = field.get_default(call_default_factory=True)
    annotation = field.annotation
    if annotation is bool:
        return ("no", False) if default else ("yes", True)
    if annotation in (int, float):
        lows = [getattr(b, name, None) for b in field.metadata for name in ("ge", "gt")]
        value = annotation(next(low for low in lows if low is not None)) + 1
        value = value + 1 if value == default else value
        return str(value), value
    if literals := _literals(annotation):
        value = next((v for v in literals if v != default), literals[0])
        return str(value), value
    if setting.key.endswith("_listen"):
        return "127.0.0.1:8765", "127.0.0.1:8765"
    text = f"https://{setting.key.replace('.', '-').replace('_', '-')}.example.test"
    return text, text


@pytest.mark.parametrize("key", setting_keys())
def test_every_setting_round_trips_through_its_variable(key: str) -> None:
    setting = SETTING_VARIABLES[key]
    assert setting.variable == "INCADEA_DESK_" + key.replace(".", "_").upper()
    text, value = _other_value(setting)
    settings = load_settings(ABSENT, {setting.variable: f"  {text} "})
    assert get_value(settings, key) == value
    assert load_settings(ABSENT, {setting.variable: ""}) == Settings()


def test_the_sync_and_timeout_keys_of_a_site_importer_reach_the_settings() -> None:
    settings = load_settings(
        ABSENT,
        {
            "INCADEA_DESK_SYNC_INTERVAL_SECONDS": "300",
            "INCADEA_DESK_SYNC_BATCH_SIZE": "10",
            "INCADEA_DESK_SYNC_UPDATE_AFTER_WORK_STARTED": "off",
            "INCADEA_DESK_DMS_READ_TIMEOUT_SECONDS": "90.5",
            "INCADEA_DESK_RETENTION_DAYS": "30",
        },
    )
    assert (settings.sync.interval_seconds, settings.sync.batch_size) == (300, 10)
    assert settings.sync.update_after_work_started is False
    assert (settings.dms.read_timeout_seconds, settings.retention_days) == (90.5, 30)


def test_the_environment_wins_over_the_file() -> None:
    save_settings(Settings.model_validate({"sync": {"batch_size": 20, "concurrency": 2}}))
    settings = load_settings(environ={"INCADEA_DESK_SYNC_BATCH_SIZE": "5"})
    assert (settings.sync.batch_size, settings.sync.concurrency) == (5, 2)


@given(st.integers(min_value=1, max_value=100))
def test_any_batch_size_in_range_is_read(size: int) -> None:
    settings = load_settings(ABSENT, {"INCADEA_DESK_SYNC_BATCH_SIZE": str(size)})
    assert settings.sync.batch_size == size


@pytest.mark.parametrize(
    ("variable", "text", "says"),
    [
        ("INCADEA_DESK_SYNC_BATCH_SIZE", "500", "less than or equal to 100"),
        ("INCADEA_DESK_SYNC_BATCH_SIZE", "many", "valid integer"),
        ("INCADEA_DESK_SYNC_SITE_IMPORTER", "maybe", "valid boolean"),
        ("INCADEA_DESK_DMS_CONNECT_TIMEOUT_SECONDS", "0", "greater than 0"),
        ("INCADEA_DESK_DMS_AUTH_MODE", "kerberos", "'oauth', 'basic' or 'ntlm'"),
        ("INCADEA_DESK_UI_LANGUAGE", "de", "it takes system, en, nl, fr"),
        ("INCADEA_DESK_DMS_BASE_URL", "http://dms.example.test", "must start with https://"),
        ("INCADEA_DESK_SYNC_WEBHOOK_LISTEN", "8765", "must be host:port"),
    ],
)
def test_a_bad_value_is_one_sentence_naming_the_variable(
    variable: str, text: str, says: str
) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(ABSENT, {variable: text})
    sentence = str(raised.value)
    assert sentence.startswith(f"The environment variable {variable} has a value ({text!r})")
    assert says in sentence
    assert sentence.endswith(".")
    assert "\n" not in sentence


class _Retry(BaseModel):
    backoff_seconds: float = Field(default=1.0, gt=0)
    codes: list[int] = Field(default_factory=lambda: [429])


class _Wincar(BaseModel):
    kind: Literal["wincar"] = "wincar"
    garage: str = ""


class _Incadea(BaseModel):
    kind: Literal["incadea"] = "incadea"
    base_url: str = ""


class _Sync(BaseModel):
    retry: _Retry = Field(default_factory=_Retry)
    clock_tolerance: int = 5


class _Later(BaseModel):
    """A settings model as later branches may grow it: nested sections, a second DMS."""

    dms: _Incadea | _Wincar = Field(default_factory=_Incadea, discriminator="kind")
    sync: _Sync = Field(default_factory=_Sync)


def test_nested_sections_and_a_second_dms_get_variables_without_a_list() -> None:
    variables = {key: v.variable for key, v in setting_variables(_Later).items()}
    assert variables == {
        "dms.kind": "INCADEA_DESK_DMS_KIND",
        "dms.base_url": "INCADEA_DESK_DMS_BASE_URL",
        "dms.garage": "INCADEA_DESK_DMS_GARAGE",
        "sync.retry.backoff_seconds": "INCADEA_DESK_SYNC_RETRY_BACKOFF_SECONDS",
        "sync.retry.codes": "INCADEA_DESK_SYNC_RETRY_CODES",
        "sync.clock_tolerance": "INCADEA_DESK_SYNC_CLOCK_TOLERANCE",
    }
    codes = setting_variables(_Later)["sync.retry.codes"]
    assert codes.parsed("[429, 503]") == [429, 503]
    with pytest.raises(ValueError, match="JSON"):
        codes.parsed("429,503")


def test_an_unknown_variable_is_named_with_the_nearest_known_one() -> None:
    known = [*SETTING_VARIABLES_NAMES, "INCADEA_DESK_CLAIRE_API_KEY", *PROCESS_VARIABLES]
    environ = {
        "INCADEA_DESK_SYNC_BATCHSIZE": "5",
        "INCADEA_DESK_CLAIRE_APIKEY": "k",
        "INCADEA_DESK_WHATEVER": "1",
        "INCADEA_DESK_SYNC_BATCH_SIZE": "5",
        "INCADEA_DESK_DATA_DIR": "/data",
        "PATH": "/usr/bin",
    }
    assert unknown_variables(environ, known) == [
        ("INCADEA_DESK_CLAIRE_APIKEY", "INCADEA_DESK_CLAIRE_API_KEY"),
        ("INCADEA_DESK_SYNC_BATCHSIZE", "INCADEA_DESK_SYNC_BATCH_SIZE"),
        ("INCADEA_DESK_WHATEVER", None),
    ]


def test_the_cli_page_holds_the_generated_table_of_every_variable() -> None:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"<!-- settings-env:begin -->\n(.*?)<!-- settings-env:end -->", text, re.S)
    assert block is not None
    assert block.group(1) == markdown_table(Settings), (
        "regenerate with: uv run python -m incadea_desk.settings_env"
    )
    for variable in [*SETTING_VARIABLES_NAMES, *PROCESS_VARIABLES]:
        assert f"`{variable}`" in block.group(1)
