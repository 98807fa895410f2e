"""Without a console: a windowed build has no ``sys.stdout``/``sys.stderr``, and a service
may start the program with descriptors 1 and 2 closed. Every command still does its work
and exits with its code; the log goes to a file in the log folder instead."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from incadea_desk.sandbox import LoopbackThread, Sandbox
from tests.integration.cli.processes import TIMEOUT_S, environment

# Runs the command given after "sh" with its standard output and error closed.
CLOSED = ["/bin/sh", "-c", 'exec "$@" >&- 2>&-', "sh"]


def _closed(environ: dict[str, str], *argv: str) -> int:
    done = subprocess.run(
        [*CLOSED, sys.executable, "-X", "dev", "-m", "incadea_desk", *argv],
        env=environ,
        timeout=TIMEOUT_S,
        check=False,
    )
    return done.returncode


def test_commands_run_with_stdout_and_stderr_closed(tmp_path: Path) -> None:
    sandbox = Sandbox()
    order = next(row.data for row in sandbox.incadea.data.orders.values() if row.data["mileageKm"])
    dms_number, km = str(order["documentNo"]), int(order["mileageKm"])

    with LoopbackThread(sandbox) as urls:
        environ = environment(sandbox, urls.incadea_base_url, urls.claire_base_url, tmp_path)

        assert _closed(environ, "search", str(order["registrationNo"])) == 0
        assert _closed(environ, "doctor") == 0
        assert _closed(environ, "import", dms_number) == 0
        assert _closed(environ, "mileage", dms_number, str(km - 1)) == 2
        assert _closed(environ, "mileage", dms_number, str(km + 5)) == 0

    assert [a["dms_nr"] for a in sandbox.claire.appointments.values()] == [dms_number]
    assert sandbox.incadea.data.order_by_document_no(dms_number).data["mileageKm"] == km + 5  # type: ignore[union-attr]


def test_without_stderr_the_log_goes_to_the_log_folder(tmp_path: Path) -> None:
    sandbox = Sandbox()
    with LoopbackThread(sandbox) as urls:
        environ = environment(sandbox, urls.incadea_base_url, urls.claire_base_url, tmp_path)
        environ["INCADEA_DESK_CLAIRE_API_KEY"] = "not-the-key"

        assert _closed(environ, "--verbose", "import", "SO-2604006") == 1

    log = (tmp_path / "logs" / "incadea-desk.log").read_text(encoding="utf-8")
    assert "incadea_desk" in log, log
    assert "not-the-key" not in log
