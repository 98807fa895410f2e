"""The application as a process: the demo self-test, and a clean exit while a sync runs.

These start a fresh Python, because a qasync loop is created once per
``QApplication`` and the warnings that matter here ("Event loop is closed",
"Task was destroyed but it is pending") only show when that loop closes and
the interpreter ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

BAD_SIGNS = (
    "Traceback",
    "Event loop is closed",
    "Task was destroyed",
    "was never awaited",
    "Unclosed",
    "ResourceWarning",
)


def python(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INCADEA_DESK_CONFIG_DIR": str(tmp_path / "config"),
        "INCADEA_DESK_DATA_DIR": str(tmp_path / "data"),
    }
    return subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def assert_clean(stderr: str) -> None:
    noise = "This plugin does not support propagateSizeHints()"
    lines = [line for line in stderr.splitlines() if line.strip() and noise not in line]
    assert not [line for line in lines if any(sign in line for sign in BAD_SIGNS)], stderr


def test_the_demo_self_test_passes_and_saves_a_screenshot(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"

    done = python(
        ["-m", "incadea_desk", "--demo", "--self-test", "--screenshot", str(shot)], tmp_path
    )

    assert done.returncode == 0, done.stdout + done.stderr
    steps = [line.split(":")[0] for line in done.stdout.splitlines()]
    assert steps == [
        "PASS search",
        "PASS open",
        "PASS import",
        "PASS refresh",
        "PASS mileage",
        "PASS screenshot",
    ]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert_clean(done.stderr)


def test_self_test_needs_the_demo(tmp_path: Path) -> None:
    done = python(["-m", "incadea_desk", "--self-test"], tmp_path)
    assert done.returncode == 2


CLOSE_WHILE_SYNCING = textwrap.dedent(
    """
    import asyncio, sys
    import qasync
    from incadea_desk.sandbox import FaultSettings
    from incadea_desk.ui.app import application, demo_services
    from incadea_desk.ui.i18n import Translations
    from incadea_desk.ui.main_window import MainWindow

    async def main() -> int:
        async with demo_services(live=True) as (services, sandbox, settings, secrets):
            sandbox.set_faults(incadea=FaultSettings(latency_ms=30))
            window = MainWindow(services, settings, translations=Translations(app))
            running = asyncio.Event()
            services.events.subscribe(
                lambda event: getattr(event, "progress", None) is not None
                and event.progress.state == "running"
                and running.set()
            )
            window.show()
            window.start()
            await asyncio.wait_for(running.wait(), 30)
            closed = asyncio.get_running_loop().create_future()
            window.shutdown_finished.connect(lambda: closed.set_result(True))
            window.close()
            await closed
            print("closed while", services.sync.progress.state)
        return 0

    app = application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        code = loop.run_until_complete(main())
    sys.exit(code)
    """
)


def test_closing_the_window_while_a_sync_runs_exits_cleanly(tmp_path: Path) -> None:
    script = tmp_path / "close_while_syncing.py"
    script.write_text(CLOSE_WHILE_SYNCING, encoding="utf-8")

    done = python([str(script)], tmp_path)

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("closed while")
    assert_clean(done.stderr)
