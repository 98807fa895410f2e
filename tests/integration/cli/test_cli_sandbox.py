from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import httpx

TIMEOUT_S = 60


def test_sandbox_serve_writes_the_environment_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    env_file = tmp_path / "sandbox.env"
    with subprocess.Popen(
        [sys.executable, "-m", "incadea_desk", "sandbox", "serve", "--env-file", str(env_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as server:
        assert server.stdout is not None
        lines = []
        for line in server.stdout:
            lines.append(line)
            if line.startswith("Press Ctrl+C"):
                break
        variables = dict(
            line.split("=", 1) for line in env_file.read_text().splitlines() if "=" in line
        )
        base_url = variables["INCADEA_DESK_DMS_BASE_URL"]
        assert base_url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{base_url}/_sandbox/state", timeout=10).status_code == 200
        server.send_signal(signal.SIGINT)
        assert server.wait(TIMEOUT_S) == 0
    assert lines[0].startswith("Incadea sandbox: http://127.0.0.1:")
