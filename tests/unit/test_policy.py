"""IT's policy from the Windows registry, read through a fake registry: the machine's value
wins over the user's, a policy value over the file and the environment, and a value that
cannot be used is named in one sentence."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from incadea_desk.config import Settings, SettingsError
from incadea_desk.policy import POLICY_KEY, Policy, RegistryReader, apply_policy, read_policy
from incadea_desk.settings_file import load_settings, save_settings

KEY = r"Software\Policies\incadea-desk\incadea-desk"


def registry(hives: Mapping[str, Mapping[str, object]]) -> RegistryReader:
    def read(hive: str, key: str) -> Mapping[str, object]:
        assert key == KEY
        return hives.get(hive, {})

    return read


def test_the_policy_key_is_the_documented_one() -> None:
    assert POLICY_KEY == KEY


def test_the_machine_policy_wins_over_the_users() -> None:
    policy = read_policy(
        registry(
            {
                "HKLM": {
                    "claire.base_url": "https://claire.dealer.example",
                    "sync.site_importer": 1,
                },
                "HKCU": {"claire.base_url": "https://elsewhere.example", "ui.language": "nl"},
            }
        )
    )

    settings = apply_policy(Settings(), policy)

    assert settings.claire.base_url == "https://claire.dealer.example"
    assert settings.sync.site_importer is True
    assert settings.ui.language == "nl"
    assert policy.locked == {"claire.base_url", "sync.site_importer", "ui.language"}
    assert policy.sources["ui.language"] == rf"HKCU\{KEY}"


def test_empty_strings_and_binary_values_set_nothing() -> None:
    policy = read_policy(registry({"HKLM": {"claire.base_url": "  ", "dms.scope": b"\x00"}}))
    assert policy == Policy()


def test_a_policy_wins_over_the_file_and_the_environment(tmp_path: Path) -> None:
    stored = Settings.model_validate({"sync": {"interval_seconds": 30}})
    path = save_settings(stored, tmp_path / "settings.json")
    environ = {"INCADEA_DESK_CLAIRE_BASE_URL": "https://from-env.example"}
    policy = read_policy(
        registry(
            {
                "HKLM": {"sync.interval_seconds": 600},
                "HKCU": {"claire.base_url": "https://by-policy.example"},
            }
        )
    )

    settings = load_settings(path, environ, policy)

    assert settings.sync.interval_seconds == 600
    assert settings.claire.base_url == "https://by-policy.example"


def test_without_windows_there_is_no_policy(tmp_path: Path) -> None:
    assert read_policy() == Policy()
    assert load_settings(tmp_path / "none.json", environ={}) == Settings()


@pytest.mark.parametrize(
    ("values", "sentence"),
    [
        (
            {"sync.interval_seconds": "often"},
            rf"The policy value HKLM\{KEY}\sync.interval_seconds cannot be used: "
            "'often' is not a valid value for sync.interval_seconds",
        ),
        (
            {"dms.colour": "red"},
            rf"The policy value HKLM\{KEY}\dms.colour is not a setting incadea-desk knows",
        ),
    ],
)
def test_a_value_that_cannot_be_used_is_named(values: dict[str, object], sentence: str) -> None:
    with pytest.raises(SettingsError) as refused:
        apply_policy(Settings(), read_policy(registry({"HKLM": values})))
    assert str(refused.value).startswith(sentence)
