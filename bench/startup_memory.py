"""Cold start to a visible window, and the memory of an idle window.

Budget (DESIGN.md section 7): cold start to visible window under 0.6 s (median
of 5), usable (services attached) under 1.2 s; idle memory under 200 MB RSS.

Each measurement is a fresh interpreter (``python -c``) on the offscreen
platform. The parent notes the time before starting it; the child prints a
line the moment its window is exposed, then idles on the qasync loop for
``--idle-s`` seconds and prints its resident memory (current RSS from
``/proc/self/statm`` and the peak ``ru_maxrss``). Measured:

- ``desk``: what ``incadea-desk --demo`` does: import the command's entry
  (``incadea_desk.cli.main``), then the window's module (``incadea_desk.ui.app``),
  the ``QApplication`` with the light theme, the qasync loop, the demo's
  in-process sandbox and services, the ``MainWindow`` shown and started
  (keep-importing included, so the idle figure holds its first sync);
- ``bare`` (baseline): a ``QApplication`` and an empty ``QWidget`` shown the same way.

The first run of each kind meets colder file caches than the rest; the
median of ``--repeat`` runs is reported with the first.

Bytecode: an installed application starts from compiled modules (the frozen
bundle carries them; ``uv sync --compile-bytecode`` writes them). So before
measuring, the benchmark compiles the package and the environment's
site-packages (``compileall``, a no-op when nothing changed). With
``--from-source`` each child instead compiles every module it imports, as a
source checkout does under ``PYTHONDONTWRITEBYTECODE`` (its bytecode cache is an
empty folder it may not write to).

    uv run python -m bench.startup_memory [--repeat 5] [--idle-s 3] [--from-source]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

Kind = Literal["desk", "bare"]
VISIBLE = "visible"
START_BUDGET_S = 0.6
USABLE_BUDGET_S = 1.2
RSS_BUDGET_MB = 200.0
CHILD_TIMEOUT_S = 120.0


def _memory() -> dict[str, float]:
    page = os.sysconf("SC_PAGE_SIZE")
    resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"rss_mb": resident_pages * page / 2**20, "max_rss_mb": peak_kb / 1024}


def child(kind: Kind, idle_s: float) -> None:
    """Runs in the measured interpreter: show the window, say so, idle, report memory.

    Also reports, in seconds since this function began, when each phase ended.
    """
    began = time.perf_counter()
    phases: dict[str, float] = {}

    def mark(phase: str) -> None:
        phases[phase] = time.perf_counter() - began

    if kind == "desk":
        # As ``incadea-desk`` starts: its command-line entry first, Qt after it.
        import incadea_desk.cli.main

        mark("import incadea_desk.cli")

    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication, QWidget

    async def exposed(widget: QWidget) -> None:
        handle = widget.windowHandle()
        while handle is None or not handle.isExposed():
            await asyncio.sleep(0.001)
            handle = widget.windowHandle()

    mark("import Qt and qasync")
    if kind == "bare":
        app = QApplication(sys.argv[:1])
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)

        async def bare() -> None:
            widget = QWidget()
            widget.resize(1280, 860)
            widget.show()
            await exposed(widget)
            mark("window exposed")
            print(VISIBLE, flush=True)
            await asyncio.sleep(idle_s)
            print(json.dumps(_memory() | {"phases": phases}), flush=True)
            widget.close()

        try:
            loop.run_until_complete(bare())
        finally:
            loop.close()
        return

    # The window's module, as the command imports it; the demo's parts come with it.
    import incadea_desk.ui.app  # noqa: F401
    from incadea_desk.ui.demo import demo_services, demo_window
    from incadea_desk.ui.i18n import Translations
    from incadea_desk.ui.start_up import (
        application,
        freeze_start_up_heap,
        prefer_gui_latency,
        show_painted,
    )

    mark("import incadea_desk.ui")
    prefer_gui_latency()
    app = application()
    translations = Translations(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    mark("QApplication, theme, loop")

    async def desk() -> None:
        # As ``incadea_desk.ui.demo.run_demo``: the window is shown, saying it is
        # connecting, before the demo's sandbox and services exist.
        translations.switch("en")
        window, attach = demo_window(translations)
        mark("MainWindow built")
        await show_painted(window)
        await exposed(window)
        mark("window exposed")
        print(VISIBLE, flush=True)
        async with demo_services(live=True) as (services, sandbox, settings, secrets):
            attach(services, sandbox, settings, secrets)
            freeze_start_up_heap()
            window.start()
            mark("demo sandbox and services (window ready)")
            await asyncio.sleep(idle_s)
            print(json.dumps(_memory() | {"phases": phases}), flush=True)
            await window.shutdown()

    try:
        loop.run_until_complete(desk())
    finally:
        # As ``app.run`` does: closing the loop stops its worker threads before exit.
        loop.close()


@dataclass(frozen=True)
class Start:
    kind: str
    visible_s: float
    rss_mb: float
    max_rss_mb: float
    phases: dict[str, float]
    """Seconds from the child's first line to the end of each phase (interpreter start not
    included: that is ``visible_s`` minus the last phase)."""


def compile_bytecode() -> None:
    """Compile the package and the environment's libraries, as an installation has them."""
    package = Path(__file__).resolve().parent.parent / "incadea_desk"
    paths = sysconfig.get_paths()
    for folder in dict.fromkeys([str(package), paths["purelib"], paths["platlib"]]):
        compileall.compile_dir(folder, quiet=2, workers=0)


def measure(kind: Kind, idle_s: float, from_source: bool = False) -> Start:
    """One fresh interpreter: seconds from its launch to a visible window, and its memory."""
    code = f"from bench.startup_memory import child; child({kind!r}, {idle_s!r})"
    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    if from_source:
        # A bytecode cache in a folder that does not exist and is never written: every
        # import compiles its source.
        nowhere = Path(tempfile.gettempdir()) / f"incadea-desk-no-pyc-{os.getpid()}"
        environment |= {"PYTHONPYCACHEPREFIX": str(nowhere), "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert process.stdout is not None
    try:
        first = process.stdout.readline()
        visible_s = time.perf_counter() - started
        second = process.stdout.readline()
        _, errors = process.communicate(timeout=CHILD_TIMEOUT_S)
    except BaseException:
        process.kill()
        process.wait()
        raise
    if first.strip() != VISIBLE or not second.strip() or process.returncode != 0:
        raise RuntimeError(
            f"the {kind} window did not start (exit {process.returncode}):\n{errors}"
        )
    memory = json.loads(second)
    return Start(kind, visible_s, memory["rss_mb"], memory["max_rss_mb"], memory["phases"])


@dataclass(frozen=True)
class KindFigures:
    kind: str
    first_visible_s: float
    median_visible_s: float
    median_rss_mb: float
    max_rss_mb: float
    runs: list[Start]


@dataclass(frozen=True)
class StartupFigures:
    idle_s: float
    desk: KindFigures
    bare: KindFigures
    start_vs_bare: float
    rss_vs_bare: float
    start_budget_s: float
    rss_budget_mb: float
    start_within_budget: bool
    rss_within_budget: bool
    median_usable_s: float = 0.0
    usable_budget_s: float = USABLE_BUDGET_S
    usable_within_budget: bool = False
    bytecode: str = "compiled beforehand"


def _summarise(kind: str, runs: list[Start]) -> KindFigures:
    from bench.common import median

    return KindFigures(
        kind=kind,
        first_visible_s=runs[0].visible_s,
        median_visible_s=median([run.visible_s for run in runs]),
        median_rss_mb=median([run.rss_mb for run in runs]),
        max_rss_mb=max(run.max_rss_mb for run in runs),
        runs=runs,
    )


def run(*, repeat: int = 5, idle_s: float = 3.0, from_source: bool = False) -> StartupFigures:
    from bench.common import median

    if not from_source:
        compile_bytecode()
    desk_runs: list[Start] = []
    bare_runs: list[Start] = []
    # Alternate, so a change in the machine's load touches both kinds alike.
    for _ in range(max(1, repeat)):
        desk_runs.append(measure("desk", idle_s, from_source))
        bare_runs.append(measure("bare", idle_s, from_source))
    desk = _summarise("desk", desk_runs)
    bare = _summarise("bare", bare_runs)
    # Usable: the end of the last start-up phase (services attached), counted from launch.
    usable = median(
        [
            run.visible_s
            + max(run.phases.values(), default=0.0)
            - run.phases.get("window exposed", 0.0)
            for run in desk_runs
        ]
    )
    return StartupFigures(
        idle_s=idle_s,
        desk=desk,
        bare=bare,
        start_vs_bare=desk.median_visible_s / bare.median_visible_s,
        rss_vs_bare=desk.median_rss_mb / bare.median_rss_mb,
        start_budget_s=START_BUDGET_S,
        rss_budget_mb=RSS_BUDGET_MB,
        start_within_budget=desk.median_visible_s < START_BUDGET_S,
        rss_within_budget=desk.median_rss_mb < RSS_BUDGET_MB,
        median_usable_s=usable,
        usable_within_budget=usable < USABLE_BUDGET_S,
        bytecode="compiled at each start" if from_source else "compiled beforehand",
    )


def show(figures: StartupFigures) -> None:
    from bench.common import print_table, verdict

    def line(k: KindFigures) -> str:
        return (
            f"visible after {k.median_visible_s * 1000:.0f} ms "
            f"(first {k.first_visible_s * 1000:.0f} ms), "
            f"RSS {k.median_rss_mb:.0f} MB (peak {k.max_rss_mb:.0f} MB)"
        )

    phases = figures.desk.runs[len(figures.desk.runs) // 2].phases
    previous = 0.0
    steps = []
    for phase, at in phases.items():
        steps.append(f"{phase} {(at - previous) * 1000:.0f}")
        previous = at
    print_table(
        f"startup_memory: median of {len(figures.desk.runs)} cold starts, "
        f"RSS after {figures.idle_s:g} s idle, bytecode {figures.bytecode}",
        [
            ("demo window", line(figures.desk)),
            ("  phases (ms, one run)", ", ".join(steps)),
            ("bare QWidget (baseline)", line(figures.bare)),
            ("start vs bare", f"{figures.start_vs_bare:.1f}x"),
            ("RSS vs bare", f"{figures.rss_vs_bare:.1f}x"),
            (
                f"visible under {figures.start_budget_s:g} s",
                verdict(figures.start_within_budget),
            ),
            (
                f"usable (services attached) under {figures.usable_budget_s:g} s",
                f"{figures.median_usable_s * 1000:.0f} ms: {verdict(figures.usable_within_budget)}",
            ),
            (f"RSS under {figures.rss_budget_mb:g} MB", verdict(figures.rss_within_budget)),
        ],
    )


def main(argv: list[str] | None = None) -> int:
    from bench.common import write_results

    parser = argparse.ArgumentParser(description="Cold start and idle memory of the window.")
    parser.add_argument("--repeat", type=int, default=5, help="cold starts of each kind")
    parser.add_argument("--idle-s", type=float, default=3.0, help="idle time before the RSS")
    parser.add_argument(
        "--from-source",
        action="store_true",
        help="every start compiles its modules (no bytecode cache)",
    )
    args = parser.parse_args(argv)
    figures = run(repeat=args.repeat, idle_s=args.idle_s, from_source=args.from_source)
    show(figures)
    path = write_results("startup_memory", asdict(figures))
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
