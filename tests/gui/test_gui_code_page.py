"""The demo self-test as a process whose output cannot hold every character (a Windows pipe
in cp1252) or has nowhere to go (the windowed build, no console): every step still passes,
the Dutch text arrives intact or with "?", and nothing ends in a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

CLOSED = ["/bin/sh", "-c", 'exec "$@" >&- 2>&-', "sh"]
STEPS = ["language", "icon", "theme", "search", "open", "import", "refresh", "mileage"]


def _environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INCADEA_DESK_CONFIG_DIR": str(tmp_path / "config"),
        "INCADEA_DESK_DATA_DIR": str(tmp_path / "data"),
        **extra,
    }


def test_the_dutch_self_test_reports_in_cp1252(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "incadea_desk", "--demo", "--self-test", "--lang", "nl"],
        env=_environment(tmp_path, PYTHONIOENCODING="cp1252"),
        capture_output=True,
        timeout=120,
        check=False,
    )

    out, err = done.stdout.decode("cp1252"), done.stderr.decode("cp1252")
    assert done.returncode == 0, out + err
    assert [line.split(":")[0] for line in out.splitlines()] == [f"PASS {s}" for s in STEPS]
    assert "geïmporteerd in Claire" in out
    assert "Klant wacht: nee ? ja" in out
    assert "Traceback" not in err


def test_the_self_test_runs_without_stdout_and_stderr(tmp_path: Path) -> None:
    done = subprocess.run(
        [*CLOSED, sys.executable, "-m", "incadea_desk", "--demo", "--self-test", "--lang", "nl"],
        env=_environment(tmp_path, INCADEA_DESK_LOG_DIR=str(tmp_path / "logs")),
        timeout=120,
        check=False,
    )

    assert done.returncode == 0
