"""``contract template`` and ``contract check`` against the sandbox over loopback."""

from __future__ import annotations

import json
import socket
import tomllib
from pathlib import Path

import pytest

from incadea_desk.sandbox import FaultSettings, LoopbackUrls, Sandbox
from tests.integration.cli.conftest import run_cli


def test_the_template_is_toml_with_the_default_names() -> None:
    result = run_cli("contract", "template")
    assert result.code == 0
    document = tomllib.loads(result.out)
    assert document["entitySets"]["serviceOrders"] == "serviceOrders"
    assert document["serviceOrders"]["mileageKm"] == "mileageKm"
    assert document["lineTypes"]["Comment"] == "Comment"


def test_a_matching_tenant_passes(served: LoopbackUrls) -> None:
    result = run_cli("contract", "check")
    assert result.code == 0, result.err
    assert result.out.startswith(
        "The DMS has every entity set, navigation and field the mapping needs"
    )


def test_a_mapped_field_the_tenant_lacks_is_named_and_exits_2(
    served: LoopbackUrls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mapping = tmp_path / "tenant.toml"
    mapping.write_text('[serviceOrders]\nmileageKm = "odometerKm"\n', encoding="utf-8")
    monkeypatch.setenv("INCADEA_DESK_DMS_MAPPING", str(mapping))
    result = run_cli("contract", "check")
    assert result.code == 2
    assert result.out.splitlines() == [
        "Entity set serviceOrders has no field odometerKm; the mileage cannot be read or written."
    ]
    assert "Traceback" not in result.err

    as_json = json.loads(run_cli("contract", "check", "--json").out)
    assert as_json["ok"] is False
    assert as_json["problems"][0]["tenant_name"] == "odometerKm"


def test_an_invalid_mapping_file_is_one_sentence_and_exits_2(
    served: LoopbackUrls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mapping = tmp_path / "tenant.toml"
    mapping.write_text("[serviceOrders]\nmileage = 'km'\n", encoding="utf-8")
    monkeypatch.setenv("INCADEA_DESK_DMS_MAPPING", str(mapping))
    result = run_cli("contract", "check")
    assert result.code == 2
    assert result.err.strip().endswith("(see 'incadea-desk contract template' for the keys).")
    assert "[serviceOrders] has no key 'mileage'" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_a_wrong_api_route_is_named(served: LoopbackUrls, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCADEA_DESK_DMS_API_ROUTE", "contoso/workshop/v2.0")
    result = run_cli("contract", "check")
    assert result.code == 2
    assert "has no API route contoso/workshop/v2.0" in result.out


@pytest.mark.allow_warning_logs
def test_an_unreachable_tenant_exits_1(
    served: LoopbackUrls, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("INCADEA_DESK_DMS_BASE_URL", f"http://127.0.0.1:{port}")
    result = run_cli("contract", "check")
    assert result.code == 1
    assert "cannot be reached" in result.out


def test_a_route_business_central_calls_a_missing_resource_is_named(
    served: LoopbackUrls, sandbox: Sandbox
) -> None:
    sandbox.set_faults(
        incadea=FaultSettings(
            error_rate=1.0, error_status=404, error_code="BadRequest_ResourceNotFound"
        )
    )
    result = run_cli("contract", "check")
    assert result.code == 2
    assert "has no API route incadea/workshop/v1.0" in result.out
