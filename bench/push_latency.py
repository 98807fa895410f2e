"""Change -> Claire through push: the time from a DMS commit to Claire holding the change,
with the DMS stand-in notifying 1 s after a change and the importer polling hourly.

A real ``incadea-desk sync`` process runs as the site importer; the sandbox is served
over loopback in this process (``LoopbackThread``). Each of ``--changes`` edits is made
after the previous one reached Claire, so every figure is one change's own path:
notification delay, the walk, the Claire import. The budget is 3 s for the median and
the p95; the figures are also given as a ratio to it and to the notification delay,
the floor no importer can beat.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

from bench.common import median, percentile, print_table, verdict, write_results
from incadea_desk.sandbox import LoopbackThread, Sandbox

BUDGET_S = 3.0
WAIT_S = 60.0


@dataclass(frozen=True)
class PushFigures:
    changes: int
    notification_delay_s: float
    median_s: float
    p95_s: float
    slowest_s: float
    walks: int
    all_in_claire: bool

    @property
    def within_budget(self) -> bool:
        return self.median_s < BUDGET_S and self.p95_s < BUDGET_S


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _mileage_in_claire(sandbox: Sandbox, dms_number: str) -> int | None:
    for record in list(sandbox.claire.appointments.values()):
        if record["dms_nr"] == dms_number:
            return int(record["mileage"]) if record["mileage"] is not None else None
    return None


def _until(condition: object, timeout: float = WAIT_S) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.005)
    return False


def _first_walk(importer: subprocess.Popen[str]) -> bool:
    """Read the importer's output up to its first walk's report (JSON ending in ``}``)."""
    assert importer.stdout is not None
    return any(line.rstrip() == "}" for line in importer.stdout)


def run(changes: int, delay_s: float) -> PushFigures:
    sandbox = Sandbox()
    with (
        tempfile.TemporaryDirectory(prefix="bench-push-") as home,
        LoopbackThread(sandbox) as urls,
        httpx.Client(base_url=urls.incadea_base_url, timeout=WAIT_S) as admin,
    ):
        admin.post("/_sandbox/webhooks", json={"delaySeconds": delay_s}).raise_for_status()
        port = _free_port()
        environ = {k: v for k, v in os.environ.items() if not k.startswith("INCADEA_DESK_")}
        environ |= sandbox.environment(urls.incadea_base_url, urls.claire_base_url) | {
            "INCADEA_DESK_DATA_DIR": str(Path(home) / "data"),
            "INCADEA_DESK_CONFIG_DIR": str(Path(home) / "config"),
            "INCADEA_DESK_LOG_DIR": str(Path(home) / "logs"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "INCADEA_DESK_SYNC_INTERVAL_SECONDS": "3600",
            "INCADEA_DESK_SYNC_WEBHOOK_URL": f"http://127.0.0.1:{port}/hook",
            "INCADEA_DESK_SYNC_WEBHOOK_LISTEN": f"127.0.0.1:{port}",
        }
        importer = subprocess.Popen(
            [sys.executable, "-m", "incadea_desk", "sync", "--json"],
            env=environ,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            walked = _first_walk(importer)
            subscribed = _until(lambda: admin.get("/_sandbox/webhooks").json()["subscriptions"])
            numbers = sorted(a["dms_nr"] for a in list(sandbox.claire.appointments.values()))
            took: list[float] = []
            for index in range(changes if walked and subscribed and numbers else 0):
                dms_number = numbers[index % len(numbers)]
                km = 400_000 + index
                started = time.monotonic()
                body = {"documentNo": dms_number, "changes": {"mileageKm": km}}
                admin.post("/_sandbox/edit", json=body).raise_for_status()
                if not _until(lambda n=dms_number, k=km: _mileage_in_claire(sandbox, n) == k):
                    break
                took.append(time.monotonic() - started)
        finally:
            importer.send_signal(signal.SIGTERM)
            out, _ = importer.communicate(timeout=WAIT_S)
    return PushFigures(
        changes=len(took),
        notification_delay_s=delay_s,
        median_s=round(median(took), 3),
        p95_s=round(percentile(took, 0.95), 3),
        slowest_s=round(max(took, default=0.0), 3),
        walks=1 + sum(1 for line in out.splitlines() if line.rstrip() == "}"),
        all_in_claire=len(took) == changes,
    )


def show(figures: PushFigures) -> None:
    rows: list[tuple[str, object]] = [
        ("changes measured", figures.changes),
        ("notification delay", f"{figures.notification_delay_s:g} s"),
        ("median change -> Claire", f"{figures.median_s:.3f} s"),
        ("p95 change -> Claire", f"{figures.p95_s:.3f} s"),
        ("slowest", f"{figures.slowest_s:.3f} s"),
        ("p95 / budget (3 s)", f"{figures.p95_s / BUDGET_S:.2f}"),
        ("median / notification delay", f"{figures.median_s / figures.notification_delay_s:.2f}"),
        ("walks the importer reported", figures.walks),
        ("within budget", verdict(figures.within_budget)),
    ]
    print_table("push_latency: change -> Claire by push, polling hourly", rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Change -> Claire through push.")
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--delay-s", type=float, default=1.0, help="the DMS's notification delay")
    args = parser.parse_args(argv)
    figures = run(args.changes, args.delay_s)
    show(figures)
    path = write_results(
        "push_latency",
        asdict(figures) | {"within_budget": figures.within_budget, "budget_s": BUDGET_S},
    )
    print(f"results: {path}")
    return 0 if figures.all_in_claire else 1


if __name__ == "__main__":
    raise SystemExit(main())
