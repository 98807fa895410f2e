"""``python -m incadea_desk.sandbox serve`` as a user runs it: URLs, env file, Ctrl+C."""

from __future__ import annotations

import argparse
import contextlib
import queue
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from sandbox_helpers import loopback_client

from incadea_desk.sandbox import Sandbox, serve_loopback
from incadea_desk.sandbox.cli import add_sandbox_parser

EXPECTED_VARIABLES = {
    "INCADEA_DESK_DMS_BASE_URL", "INCADEA_DESK_DMS_AUTHORITY", "INCADEA_DESK_DMS_COMPANY_ID",
    "INCADEA_DESK_DMS_AUTH_MODE",
    "INCADEA_DESK_DMS_TENANT_ID", "INCADEA_DESK_DMS_CLIENT_ID", "INCADEA_DESK_DMS_CLIENT_SECRET",
    "INCADEA_DESK_DMS_SCOPE", "INCADEA_DESK_CLAIRE_BASE_URL", "INCADEA_DESK_CLAIRE_LOCATION_ID",
    "INCADEA_DESK_CLAIRE_API_KEY",
}  # fmt: skip


@contextlib.contextmanager
def serving(*args: str) -> Iterator[tuple[subprocess.Popen[str], queue.Queue[str]]]:
    """The serve command as a child process, its output line by line; killed if still running."""
    process = subprocess.Popen(
        [sys.executable, "-m", "incadea_desk.sandbox", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    stdout = process.stdout
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stdout:
            lines.put(line.rstrip("\n"))

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    try:
        yield process, lines
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=15)
        reader.join(timeout=15)
        stdout.close()


def wait_for_line(lines: queue.Queue[str], prefix: str) -> list[str]:
    seen = []
    while True:
        line = lines.get(timeout=30)
        seen.append(line)
        if line.startswith(prefix):
            return seen


def test_serve_prints_urls_writes_the_env_file_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    env_file = tmp_path / "sandbox.env"
    args = ("--port", "0", "--seed", "5", "--latency-ms", "1", "--env-file", str(env_file))
    with serving(*args) as (process, lines):
        output = wait_for_line(lines, "Press Ctrl+C")
        env = dict(line.split("=", 1) for line in env_file.read_text().splitlines())

        assert set(env) == EXPECTED_VARIABLES
        assert env["INCADEA_DESK_DMS_AUTH_MODE"] == "oauth"
        assert f"Incadea sandbox: {env['INCADEA_DESK_DMS_BASE_URL']}" in output
        assert f"Claire sandbox:  {env['INCADEA_DESK_CLAIRE_BASE_URL']}" in output
        assert env["INCADEA_DESK_DMS_BASE_URL"].startswith("http://127.0.0.1:")
        assert env["INCADEA_DESK_CLAIRE_BASE_URL"].startswith("http://127.0.0.1:")
        assert env_file.stat().st_mode & 0o077 == 0

        with loopback_client() as http:
            base = env["INCADEA_DESK_DMS_BASE_URL"]
            authority = env["INCADEA_DESK_DMS_AUTHORITY"]
            token = http.post(
                f"{authority}/{env['INCADEA_DESK_DMS_TENANT_ID']}/oauth2/v2.0/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": env["INCADEA_DESK_DMS_CLIENT_ID"],
                    "client_secret": env["INCADEA_DESK_DMS_CLIENT_SECRET"],
                    "scope": env["INCADEA_DESK_DMS_SCOPE"],
                },
            ).json()["access_token"]
            orders = http.get(
                f"{base}/api/incadea/workshop/v1.0/"
                f"companies({env['INCADEA_DESK_DMS_COMPANY_ID']})/serviceOrders",
                params={"$top": "2"},
                headers={"Authorization": f"Bearer {token}"},
            )
            appointments = http.get(
                f"{env['INCADEA_DESK_CLAIRE_BASE_URL']}/v1/appointments/list",
                params={"location_id": env["INCADEA_DESK_CLAIRE_LOCATION_ID"]},
                headers={"Authorization": env["INCADEA_DESK_CLAIRE_API_KEY"]},
            )
        assert orders.status_code == 200
        assert len(orders.json()["value"]) == 2
        assert appointments.status_code == 200
        assert appointments.json()["meta"]["total"] == 0

        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
        assert "Sandbox stopped." in wait_for_line(lines, "Sandbox stopped.")
        with pytest.raises(httpx.ConnectError), loopback_client() as http:
            http.get(f"{base}/_sandbox/state")


def test_serve_classic_incadea_writes_a_shell_readable_env_file(tmp_path: Path) -> None:
    env_file = tmp_path / "classic.env"
    with serving("--port", "0", "--api-kind", "odatav4", "--env-file", str(env_file)) as (
        process,
        lines,
    ):
        wait_for_line(lines, "Press Ctrl+C")
        shell = subprocess.run(
            ["bash", "-c", 'set -a; . "$1"; set +a; env -0', "-", str(env_file)],
            capture_output=True,
            text=True,
            check=True,
        )
        env = dict(item.split("=", 1) for item in shell.stdout.split("\0") if "=" in item)
        assert env["INCADEA_DESK_DMS_API_KIND"] == "odatav4"
        assert env["INCADEA_DESK_DMS_AUTH_MODE"] == "basic"
        name = env["INCADEA_DESK_DMS_COMPANY_NAME"]
        with loopback_client(
            auth=(env["INCADEA_DESK_DMS_USERNAME"], env["INCADEA_DESK_DMS_ACCESS_KEY"])
        ) as http:
            company = quote("'" + name.replace("'", "''") + "'", safe="'")
            orders = http.get(
                f"{env['INCADEA_DESK_DMS_BASE_URL']}/ODataV4/Company({company})/Werkorders",
                params={"$top": "2", "$select": "Nr"},
            )
        assert orders.status_code == 200, orders.text
        assert [set(row) for row in orders.json()["value"]] == [{"@odata.etag", "Nr"}] * 2
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0


def test_serve_on_a_taken_port_fails_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    add_sandbox_parser(parser.add_subparsers())
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        args = parser.parse_args(["sandbox", "serve", "--port", str(taken.getsockname()[1])])

        assert args.func(args) == 2

    assert "The sandbox could not start:" in capsys.readouterr().err


async def test_serve_loopback_serves_both_apps_until_the_block_ends() -> None:
    sandbox = Sandbox(seed=4, order_count=8)

    async with serve_loopback(sandbox) as urls, httpx.AsyncClient() as http:
        dms_state = await http.get(f"{urls.incadea_base_url}/_sandbox/state")
        claire_state = await http.get(f"{urls.claire_base_url}/_sandbox/state")

    assert dms_state.json()["counts"]["serviceOrders"] == 8
    assert claire_state.json()["counts"]["appointments"] == 0
    async with httpx.AsyncClient() as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(f"{urls.incadea_base_url}/_sandbox/state")
