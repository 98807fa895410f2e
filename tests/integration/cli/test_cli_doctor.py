from __future__ import annotations

import json
import socket

import keyring
import keyring.backends.fail
import pytest

from incadea_desk.sandbox import LoopbackUrls
from tests.integration.cli.conftest import run_cli


def _checks(output: str) -> dict[str, dict[str, object]]:
    payload = json.loads(output)
    return {check["name"]: check for check in payload["checks"]}


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_healthy_setup_passes_every_check(served: LoopbackUrls) -> None:
    result = run_cli("doctor", "--json")
    assert result.code == 0
    checks = _checks(result.out)
    assert all(check["ok"] for check in checks.values())
    assert set(checks) == {
        "settings",
        "configuration",
        "keyring",
        "store",
        "requests",
        "dms",
        "contract",
        "claire",
        "versions",
    }
    assert "every entity set, navigation and field" in str(checks["contract"]["message"])
    assert "incadea-desk" in str(checks["versions"]["message"])


@pytest.mark.allow_warning_logs
def test_an_unreachable_address_is_named_with_what_to_check(
    served: LoopbackUrls, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = f"http://127.0.0.1:{_closed_port()}"
    monkeypatch.setenv("INCADEA_DESK_DMS_BASE_URL", address)
    result = run_cli("doctor")
    assert result.code == 1
    [line] = [line for line in result.out.splitlines() if line.startswith("[FAIL]")]
    assert line.startswith("[FAIL] dms:")
    assert f"check the address {address}" in line


def test_a_malformed_address_is_explained(
    served: LoopbackUrls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCADEA_DESK_CLAIRE_BASE_URL", "claire at the office")
    checks = _checks(run_cli("doctor", "--json").out)
    assert checks["claire"]["ok"] is False
    assert "base_url" in str(checks["claire"]["message"])
    assert "config set" in str(checks["claire"]["message"])


def test_wrong_credentials_are_explained(
    served: LoopbackUrls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCADEA_DESK_DMS_CLIENT_SECRET", "not-the-secret")
    monkeypatch.setenv("INCADEA_DESK_CLAIRE_API_KEY", "not-the-key")
    result = run_cli("doctor", "--json")
    assert result.code == 1
    checks = _checks(result.out)
    assert "check the credentials (dms_client_secret)" in str(checks["dms"]["message"])
    assert "check the credentials (claire_api_key)" in str(checks["claire"]["message"])
    assert "not-the-secret" not in result.out + result.err
    assert "not-the-key" not in result.out + result.err


def test_a_missing_keyring_points_to_the_environment_variables(
    served: LoopbackUrls, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.delenv("INCADEA_DESK_DMS_CLIENT_SECRET")
    result = run_cli("doctor", "--json")
    assert result.code == 1
    checks = _checks(result.out)
    assert checks["keyring"]["ok"] is False
    assert "INCADEA_DESK_DMS_CLIENT_SECRET" in str(checks["keyring"]["message"])
    assert "No system keyring" in str(checks["keyring"]["message"])


def test_a_missing_keyring_is_fine_when_the_environment_has_the_secrets(
    served: LoopbackUrls,
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    checks = _checks(run_cli("doctor", "--json").out)
    assert checks["keyring"]["ok"] is True
    assert "environment" in str(checks["keyring"]["message"])


def test_an_unconfigured_workstation_gets_the_missing_keys() -> None:
    result = run_cli("doctor")
    assert result.code == 1
    assert "[FAIL] configuration: Not set: dms.base_url" in result.out
    assert "[FAIL] dms: The DMS connection is not set up" in result.out
    assert "[ok] store:" in result.out


def test_an_unknown_variable_is_a_warning_with_the_nearest_name(
    served: LoopbackUrls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCADEA_DESK_SYNC_BATCHSIZE", "10")
    result = run_cli("doctor")
    assert result.code == 0
    [line] = [line for line in result.out.splitlines() if line.startswith("[warn]")]
    assert line == (
        "[warn] environment: INCADEA_DESK_SYNC_BATCHSIZE is not a variable incadea-desk reads "
        "(did you mean INCADEA_DESK_SYNC_BATCH_SIZE?); it is ignored."
    )
    check = _checks(run_cli("doctor", "--json").out)["environment"]
    assert (check["ok"], check["warning"]) == (True, True)
