from __future__ import annotations

import io
import json

import pytest

from incadea_desk import cli
from incadea_desk.sandbox import FaultSettings, LoopbackUrls, Sandbox
from incadea_desk.secrets import SERVICE_NAME
from incadea_desk.settings_file import settings_path
from tests.integration.cli.conftest import run_cli
from tests.keyrings import DictKeyring


def _order(sandbox: Sandbox) -> dict[str, object]:
    return next(iter(sandbox.incadea.data.orders.values())).data


def test_search_prints_the_hits_as_json(sandbox: Sandbox, served: LoopbackUrls) -> None:
    order = _order(sandbox)
    result = run_cli("search", f"WO {order['orderNo']}", "--json")
    assert result.code == 0
    [hit] = json.loads(result.out)
    assert hit["dms_number"] == order["documentNo"]
    assert hit["wo_number"] == order["orderNo"]
    assert set(hit) == {"dms_number", "wo_number", "registration", "appointment_date"}


def test_bad_input_is_one_sentence_and_exit_2(served: LoopbackUrls) -> None:
    result = run_cli("search", "12ab$3")
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert "Traceback" not in result.err


def test_an_unreachable_dms_is_exit_1_with_details_on_request(
    sandbox: Sandbox, served: LoopbackUrls
) -> None:
    sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=503))
    quiet = run_cli("search", "104006")
    assert quiet.code == 1
    assert "DMS" in quiet.err
    assert "correlation_id" not in quiet.err
    verbose = run_cli("search", "104006", "--verbose")
    assert verbose.code == 1
    assert '"status": 503' in verbose.err
    assert "Traceback" not in verbose.err


def test_without_configuration_the_command_says_what_is_missing() -> None:
    result = run_cli("search", "104006")
    assert result.code == 2
    assert "dms.base_url" in result.err
    assert "Traceback" not in result.err


def test_import_refresh_and_mileage_report_their_outcome_as_json(
    sandbox: Sandbox, served: LoopbackUrls
) -> None:
    order = _order(sandbox)
    dms_number, km = str(order["documentNo"]), int(order["mileageKm"])  # type: ignore[call-overload]
    created = json.loads(run_cli("import", dms_number, "--json").out)
    assert (created["dms_number"], created["outcome"]) == (dms_number, "created")
    assert created["claire_id"]
    refreshed = run_cli("refresh", str(order["orderNo"]), "--json")
    assert json.loads(refreshed.out)["outcome"] == "unchanged"

    lower = run_cli("--json", "mileage", dms_number, str(km - 1))
    assert lower.code == 2
    refused = json.loads(lower.out)
    assert (refused["outcome"], refused["dms_km_before"]) == ("refused_not_higher", km)
    assert lower.err.strip() == refused["message"]

    higher = run_cli("mileage", dms_number, f"{km + 10} km", "--json")
    assert higher.code == 0
    written = json.loads(higher.out)
    assert (written["outcome"], written["dms_km_after"]) == ("written", km + 10)
    assert sandbox.incadea.data.order_by_document_no(dms_number).data["mileageKm"] == km + 10  # type: ignore[union-attr]


def test_a_correction_while_the_dms_is_down_is_queued_and_drained(
    sandbox: Sandbox, served: LoopbackUrls
) -> None:
    order = _order(sandbox)
    dms_number, km = str(order["documentNo"]), int(order["mileageKm"])  # type: ignore[call-overload]
    sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=503))
    queued = run_cli("mileage", dms_number, str(km + 7), "--json")
    assert queued.code == 0
    assert json.loads(queued.out)["outcome"] == "queued"
    [waiting] = json.loads(run_cli("outbox", "list", "--json").out)
    assert (waiting["dms_number"], waiting["km"], waiting["state"]) == (
        dms_number,
        km + 7,
        "pending",
    )
    still_down = run_cli("outbox", "drain", "--json")
    assert still_down.code == 1
    assert json.loads(still_down.out) == {"sent": 0, "pending": 1, "held": 0}
    sandbox.set_faults()
    drained = run_cli("outbox", "drain", "--json")
    assert drained.code == 0
    assert json.loads(drained.out) == {"sent": 1, "pending": 0, "held": 0}
    assert sandbox.incadea.data.order_by_document_no(dms_number).data["mileageKm"] == km + 7  # type: ignore[union-attr]


def test_sync_once_reports_counts_and_watermark(sandbox: Sandbox, served: LoopbackUrls) -> None:
    result = run_cli("sync", "--once", "--json")
    assert result.code == 0
    report = json.loads(result.out)
    assert report["seen"] == report["imported"] > 0
    assert report["failed"] == 0
    assert report["watermark"] is not None
    assert len(sandbox.claire.appointments) == report["imported"]


def test_config_set_writes_the_file_and_secrets_go_to_the_keyring(
    memory_keyring: DictKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli("config", "set", "sync.interval_seconds", "120").code == 0
    assert json.loads(settings_path().read_text())["sync"]["interval_seconds"] == 120
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-key\n"))
    stored = run_cli("config", "set-secret", "claire_api_key")
    assert stored.code == 0
    assert memory_keyring.passwords == {(SERVICE_NAME, "claire_api_key"): "s3cret-key"}
    assert "s3cret-key" not in settings_path().read_text()
    shown = run_cli("config", "show", "--json")
    payload = json.loads(shown.out)
    assert payload["settings"]["sync"]["interval_seconds"] == 120
    assert payload["secrets"]["claire_api_key"] == "keyring"
    assert "s3cret-key" not in shown.out
    bad = run_cli("config", "set", "sync.interval_seconds", "often")
    assert bad.code == 2
    assert "sync.interval_seconds" in bad.err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_sync_shows_progress_on_a_terminal(served: LoopbackUrls) -> None:
    out, err = io.StringIO(), Terminal()
    assert cli.main(["sync", "--once"], out=out, err=err) == 0
    progress = err.getvalue()
    assert "\rrunning: seen " in progress
    assert "\ridle: seen " in progress
    assert out.getvalue().startswith("Seen ")
    quiet = Terminal()
    assert cli.main(["sync", "--once", "--json"], out=io.StringIO(), err=quiet) == 0
    assert quiet.getvalue() == ""
