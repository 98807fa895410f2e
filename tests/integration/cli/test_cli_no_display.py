"""``incadea-desk`` on a machine without a display says so in one sentence instead of
letting Qt abort the process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from incadea_desk.cli.main import missing_display

TIMEOUT_S = 60


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays")
def test_the_window_without_a_display_exits_with_one_sentence(tmp_path: Path) -> None:
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    environ = {k: v for k, v in os.environ.items() if k not in hidden}
    environ["INCADEA_DESK_CONFIG_DIR"] = str(tmp_path / "config")
    environ["INCADEA_DESK_DATA_DIR"] = str(tmp_path / "data")

    done = subprocess.run(
        [sys.executable, "-m", "incadea_desk"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )

    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no display" in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]


def test_a_display_or_a_chosen_platform_lets_the_window_try() -> None:
    assert missing_display({"DISPLAY": ":0"}, "linux") is None
    assert missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert missing_display({}, "win32") is None
    assert missing_display({}, "linux") is not None
