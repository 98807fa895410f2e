"""The CLI as a real process against a sandbox served over loopback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from incadea_desk.sandbox import Sandbox

CHILD = "import sys; from incadea_desk.cli import main; sys.exit(main())"
TIMEOUT_S = 60


def environment(sandbox: Sandbox, incadea_url: str, claire_url: str, home: Path) -> dict[str, str]:
    """This process's environment pointed at the sandbox, with its own folders under ``home``
    and no keyring (the secrets come from the sandbox's variables)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("INCADEA_DESK_")}
    environ.update(sandbox.environment(incadea_url, claire_url))
    environ["INCADEA_DESK_DATA_DIR"] = str(home / "data")
    environ["INCADEA_DESK_CONFIG_DIR"] = str(home / "config")
    environ["INCADEA_DESK_LOG_DIR"] = str(home / "logs")
    environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return environ


def run(
    environ: dict[str, str], *argv: str, child: str = CHILD
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", child, *argv],
        env=environ,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
