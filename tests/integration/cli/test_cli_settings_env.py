"""A site importer configured only by environment variables runs with them: the CLI as a
real process against the sandbox over loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incadea_desk.sandbox import LoopbackThread, Sandbox
from tests.integration.cli.conftest import run_cli
from tests.integration.cli.processes import environment, run
from tests.integration.cli.test_cli_sync_stop import ImportCounter


def test_sync_sends_the_batch_size_of_its_environment(tmp_path: Path) -> None:
    sandbox = Sandbox()
    counter = ImportCounter(sandbox.claire.app, wake_at=1)
    sandbox.claire.app = counter
    with LoopbackThread(sandbox) as urls:
        environ = environment(sandbox, urls.incadea_base_url, urls.claire_base_url, tmp_path)
        environ["INCADEA_DESK_SYNC_BATCH_SIZE"] = "3"
        environ["INCADEA_DESK_SYNC_CONCURRENCY"] = "1"
        synced = run(environ, "sync", "--once", "--json")
    assert synced.returncode == 0, synced.stderr
    imported = json.loads(synced.stdout)["imported"]
    assert imported > 3 * 2
    assert len(sandbox.claire.appointments) == imported
    # At most 3 per request (pages need not split evenly); the default of 50 takes a handful.
    assert counter.count >= imported / 3


def test_a_bad_value_stops_the_command_with_one_sentence(tmp_path: Path) -> None:
    environ = environment(Sandbox(), "http://127.0.0.1:9", "http://127.0.0.1:9", tmp_path)
    environ["INCADEA_DESK_SYNC_INTERVAL_SECONDS"] = "often"
    refused = run(environ, "sync", "--once")
    assert refused.returncode == 2
    assert refused.stderr.startswith(
        "The environment variable INCADEA_DESK_SYNC_INTERVAL_SECONDS has a value ('often')"
    )
    assert refused.stderr.count("\n") == 1
    assert "Traceback" not in refused.stderr


def test_config_show_lists_every_variable_and_marks_the_set_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("INCADEA_DESK_SYNC_BATCH_SIZE", "7")
    monkeypatch.setenv("INCADEA_DESK_CLAIRE_API_KEY", "a-key-never-shown")
    shown = run_cli("config", "show")
    assert shown.code == 0
    lines = shown.out.splitlines()
    assert "sync.batch_size = 7  (environment)" in lines
    listed = {line[2:].split()[0]: line[0] == "*" for line in lines if line[2:14] == "INCADEA_DESK"}
    assert listed["INCADEA_DESK_SYNC_BATCH_SIZE"] is True
    assert listed["INCADEA_DESK_CLAIRE_API_KEY"] is True
    assert listed["INCADEA_DESK_SYNC_CONCURRENCY"] is False
    assert listed["INCADEA_DESK_DATA_DIR"] is True
    assert "INCADEA_DESK_DMS_READ_TIMEOUT_SECONDS" in listed
    assert "a-key-never-shown" not in shown.out
    payload = json.loads(run_cli("config", "show", "--json").out)
    assert {"variable": "INCADEA_DESK_SYNC_BATCH_SIZE", "for": "sync.batch_size", "set": True} in (
        payload["environment_variables"]
    )
