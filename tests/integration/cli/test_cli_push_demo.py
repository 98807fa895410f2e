"""The demo of push, as docs/sandbox.md writes it: ``sandbox serve --push-delay-s`` and a
site importer on it (``sync`` with the webhook settings, polling hourly). A workorder
changed in the DMS (``/_sandbox/edit``, as another user would) reaches Claire because
the DMS notified the importer, not because it polled."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from tests.integration.acceptance.conftest import free_port
from tests.integration.cli.processes import TIMEOUT_S

WITHIN_S = 30.0


def _reports(out: list[str]) -> list[dict[str, object]]:
    found, lines = [], []
    for line in out:
        lines.append(line)
        if line.rstrip() == "}":
            found.append(json.loads("".join(lines)))
            lines.clear()
    return found


def test_a_live_change_reaches_claire_by_push_while_polling_is_hourly(tmp_path: Path) -> None:
    env_file = tmp_path / "sandbox.env"
    serve = [sys.executable, "-m", "incadea_desk", "sandbox", "serve"]
    serve += ["--push-delay-s", "0.5", "--env-file", str(env_file)]
    with subprocess.Popen(serve, stdout=subprocess.PIPE, text=True) as server:
        assert server.stdout is not None
        for line in server.stdout:
            if line.startswith("Press Ctrl+C"):
                break
        port = free_port()
        environ = {k: v for k, v in os.environ.items() if not k.startswith("INCADEA_DESK_")}
        environ |= dict(
            line.split("=", 1) for line in env_file.read_text().splitlines() if "=" in line
        )
        environ |= {
            "INCADEA_DESK_DATA_DIR": str(tmp_path / "data"),
            "INCADEA_DESK_CONFIG_DIR": str(tmp_path / "config"),
            "INCADEA_DESK_LOG_DIR": str(tmp_path / "logs"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "INCADEA_DESK_SYNC_INTERVAL_SECONDS": "3600",
            "INCADEA_DESK_SYNC_WEBHOOK_URL": f"http://127.0.0.1:{port}/incadea-desk/dms",
            "INCADEA_DESK_SYNC_WEBHOOK_LISTEN": f"127.0.0.1:{port}",
        }
        with subprocess.Popen(
            [sys.executable, "-m", "incadea_desk", "sync", "--json"],
            env=environ,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        ) as importer:
            try:
                assert importer.stdout is not None
                lines: queue.Queue[str] = queue.Queue()
                reader = threading.Thread(target=lambda: [*map(lines.put, importer.stdout)])
                reader.daemon = True
                reader.start()
                out: list[str] = []
                deadline = time.monotonic() + TIMEOUT_S
                while not _reports(out):
                    out.append(lines.get(timeout=max(0.1, deadline - time.monotonic())))
                [first] = _reports(out)
                assert first["imported"] > 0
                base_url = environ["INCADEA_DESK_DMS_BASE_URL"]
                since = (datetime.now(UTC) - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
                state = httpx.get(
                    f"{base_url}/_sandbox/state", params={"changedSince": since}, timeout=10
                ).json()
                dms_number = state["documentNos"][0]
                edit = {"documentNo": dms_number, "changes": {"mileageKm": 345_678}}
                httpx.post(f"{base_url}/_sandbox/edit", json=edit, timeout=10).raise_for_status()
                deadline = time.monotonic() + WITHIN_S
                while len(_reports(out)) < 2:
                    out.append(lines.get(timeout=max(0.1, deadline - time.monotonic())))
                pushed = _reports(out)[1]
                assert pushed["imported"] == 1
                deliveries = httpx.get(f"{base_url}/_sandbox/webhooks", timeout=10).json()
                assert any(d["status"] == 202 for d in deliveries["deliveries"])
            finally:
                importer.send_signal(signal.SIGTERM)
                assert importer.wait(TIMEOUT_S) == 0
                server.send_signal(signal.SIGINT)
                server.wait(TIMEOUT_S)
