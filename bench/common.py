"""What the benchmarks share: the sandbox they run against, settings, tables and results.

The sandbox is served over real loopback HTTP in one of two ways:

- ``process`` (the default): ``bench.sandbox_server`` in a child process, as the
  real systems run elsewhere; the client's figures are its own;
- ``thread``: the sandbox's ``LoopbackThread`` inside the benchmark process, so
  the stand-ins' Python work competes with the client for the interpreter lock
  (a pessimistic bound).

Either way the benchmark talks to it over HTTP only: faults through
``/_sandbox/faults``, counts through ``/_sandbox/state``, Claire's content
through its public list endpoint.
"""

from __future__ import annotations

import importlib.metadata
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import threading
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

import httpx

from incadea_desk.config import Settings, apply_environment
from incadea_desk.secrets import MemoryBackend, SecretStore
from incadea_desk.services.lifetime import Services

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"
SERVER_MODES = ("process", "thread")
ServerMode = Literal["process", "thread"]
ADMIN_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class ServedSandbox:
    """A running sandbox: the ``INCADEA_DESK_*`` settings that reach it, and how it runs."""

    environment: dict[str, str]
    mode: ServerMode
    pid: int | None = None

    def cpu_seconds(self) -> float | None:
        """CPU time the sandbox process has used so far (process mode on Linux), else None."""
        if self.pid is None:
            return None
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        # utime and stime are fields 14 and 15 of stat(5); 11 and 12 after the name.
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    @property
    def incadea_url(self) -> str:
        return self.environment["INCADEA_DESK_DMS_BASE_URL"]

    @property
    def claire_url(self) -> str:
        return self.environment["INCADEA_DESK_CLAIRE_BASE_URL"]

    @property
    def claire_api_key(self) -> str:
        return self.environment["INCADEA_DESK_CLAIRE_API_KEY"]

    @property
    def location_id(self) -> str:
        return self.environment["INCADEA_DESK_CLAIRE_LOCATION_ID"]


@contextmanager
def served_sandbox(
    orders: int, *, seed: int = 7, mode: ServerMode = "process", branches: int = 0
) -> Iterator[ServedSandbox]:
    """A sandbox whose DMS holds ``orders`` service orders, served on 127.0.0.1 (dealt out
    evenly over ``branches`` branches, if any)."""
    if mode == "thread":
        from bench.sandbox_server import into_branches
        from incadea_desk.sandbox import LoopbackThread, Sandbox

        sandbox = Sandbox(seed=seed, order_count=orders)
        if branches:
            into_branches(sandbox, branches)
        with LoopbackThread(sandbox) as urls:
            yield ServedSandbox(
                sandbox.environment(urls.incadea_base_url, urls.claire_base_url), mode
            )
        return
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.sandbox_server",
            "--orders",
            str(orders),
            "--seed",
            str(seed),
            "--branches",
            str(branches),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdin is not None
        assert child.stdout is not None
        try:
            line = child.stdout.readline()
            if not line:
                raise RuntimeError(f"the sandbox server ended at startup (exit {child.wait()})")
            yield ServedSandbox(json.loads(line)["environment"], mode, child.pid)
        finally:
            # Closing its stdin is the server's signal to stop.
            child.stdin.close()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.terminate()
                child.wait(timeout=10)


async def set_latency(served: ServedSandbox, latency_ms: float, *, claire: bool = True) -> None:
    """Every answer of the DMS, and of Claire unless ``claire`` is False, waits
    ``latency_ms`` (the sandbox's latency fault)."""
    bases = (served.incadea_url, served.claire_url) if claire else (served.incadea_url,)
    async with httpx.AsyncClient(timeout=ADMIN_TIMEOUT_S, trust_env=False) as client:
        for base in bases:
            answer = await client.post(f"{base}/_sandbox/faults", json={"latency_ms": latency_ms})
            answer.raise_for_status()


async def dms_order_count(served: ServedSandbox) -> int:
    async with httpx.AsyncClient(timeout=ADMIN_TIMEOUT_S, trust_env=False) as client:
        answer = await client.get(f"{served.incadea_url}/_sandbox/state")
        answer.raise_for_status()
        return int(answer.json()["counts"]["serviceOrders"])


async def dms_orders(served: ServedSandbox, since: datetime) -> dict[str, tuple[str, int | None]]:
    """What the DMS holds, read over its API without the client under test: DMS number ->
    (WO number, mileage) of every service order changed at or after ``since``."""
    from incadea_desk.incadea.auth import auth_for
    from incadea_desk.services.dms_kinds.incadea import INCADEA

    settings, secrets = sandbox_settings(served.environment)
    config = await INCADEA.connection(settings, secrets)
    held: dict[str, tuple[str, int | None]] = {}
    stamp = since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    async with httpx.AsyncClient(
        timeout=ADMIN_TIMEOUT_S, trust_env=False, auth=auth_for(config)
    ) as client:
        answer = await client.get(
            config.api_root + "serviceOrders",
            params={
                "$filter": f"lastModifiedDateTime ge {stamp}",
                "$orderby": "lastModifiedDateTime asc,id asc",
            },
            headers={"Prefer": "odata.maxpagesize=1000"},
        )
        while True:
            answer.raise_for_status()
            body = answer.json()
            for order in body["value"]:
                held[order["documentNo"]] = (order["orderNo"], order["mileageKm"])
            link = body.get("@odata.nextLink")
            if not link:
                return held
            answer = await client.get(link, headers={"Prefer": "odata.maxpagesize=1000"})


class PeakMemory:
    """The highest resident set size of this process while the block runs, sampled."""

    def __init__(self, every_s: float = 0.02) -> None:
        self.every_s = every_s
        self.peak_bytes = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> PeakMemory:
        self.peak_bytes = rss_bytes()
        self._thread = threading.Thread(target=self._sample, name="bench-rss", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.peak_bytes = max(self.peak_bytes, rss_bytes())

    def _sample(self) -> None:
        while not self._stop.wait(self.every_s):
            self.peak_bytes = max(self.peak_bytes, rss_bytes())

    @property
    def peak_mb(self) -> float:
        return self.peak_bytes / 1_000_000


T = TypeVar("T")


def _quiet_offscreen_notices(mode: Any, context: Any, message: str) -> None:
    # The offscreen platform reports each window-size hint it cannot honour.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def run_on_window_loop(work: Callable[[], Awaitable[T]]) -> T:
    """``work`` on one ``QApplication`` and one qasync loop, started as
    ``incadea_desk.ui.app.run`` starts the window's process (offscreen unless a
    platform is set)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import asyncio

    import qasync
    from PySide6.QtCore import qInstallMessageHandler

    from incadea_desk.ui.start_up import application, prefer_gui_latency

    prefer_gui_latency()
    app = application()
    previous = qInstallMessageHandler(_quiet_offscreen_notices)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(work())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
        qInstallMessageHandler(previous)


def rss_bytes() -> int:
    """Resident set size of this process now (Linux), else 0."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


async def claire_appointments(served: ServedSandbox, location_id: str) -> list[dict[str, Any]]:
    """Every appointment Claire holds in a location, read through its public list endpoint."""
    held: list[dict[str, Any]] = []
    async with httpx.AsyncClient(timeout=ADMIN_TIMEOUT_S, trust_env=False) as client:
        page = 1
        while True:
            answer = await client.get(
                f"{served.claire_url}/v1/appointments/list",
                params={"location_id": location_id, "page": str(page), "per_page": "100"},
                headers={"Authorization": served.claire_api_key},
            )
            answer.raise_for_status()
            body = answer.json()
            held.extend(body["data"])
            if not body["data"] or len(held) >= int(body["meta"]["total"]):
                return held
            page += 1


def sandbox_settings(
    environment: dict[str, str], *, location_id: str | None = None, **sync: object
) -> tuple[Settings, SecretStore]:
    """Settings and secrets that reach the sandbox, with keep-importing settings overridden."""
    settings = apply_environment(Settings(), environment)
    if sync:
        settings = settings.model_copy(update={"sync": settings.sync.model_copy(update=sync)})
    if location_id is not None:
        settings = settings.model_copy(
            update={"claire": settings.claire.model_copy(update={"location_id": location_id})}
        )
    return settings, SecretStore(MemoryBackend(), environ=environment)


async def open_services(
    environment: dict[str, str],
    store_path: Path,
    *,
    location_id: str | None = None,
    dms_transport: httpx.AsyncBaseTransport | None = None,
    claire_transport: httpx.AsyncBaseTransport | None = None,
    **sync: object,
) -> Services:
    settings, secrets = sandbox_settings(environment, location_id=location_id, **sync)
    return await Services.open(
        settings,
        secrets,
        dms_transport=dms_transport,
        claire_transport=claire_transport,
        store_path=store_path,
        actor="bench",
    )


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` (0..1) percentile, nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def _version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def machine() -> dict[str, object]:
    """What the figures were measured on."""
    return {
        "python": platform.python_version(),
        "pyside6": _version("PySide6-Essentials"),
        "pydantic": _version("pydantic"),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        # Other work on the machine slows every figure; the load says how much there was.
        "load_average_1_5_15": [round(value, 2) for value in os.getloadavg()],
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def write_results(name: str, figures: dict[str, Any]) -> Path:
    """``bench/results/<name>.json`` with the figures and the machine they came from."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}.json"
    payload = {"benchmark": name, "machine": machine(), **figures}
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")
    return path


def print_table(title: str, rows: Sequence[tuple[str, object]]) -> None:
    print(title)
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label:<{width}}  {value}")


def verdict(ok: bool) -> str:
    return "yes" if ok else "NO"
