"""Every command in docs/cli.md has an example, and every example runs as documented."""

from __future__ import annotations

import io
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from incadea_desk.cli import build_parser
from incadea_desk.sandbox import LoopbackUrls, Sandbox
from tests.integration.cli.conftest import run_cli

DOC = Path(__file__).parents[3] / "docs" / "cli.md"


@dataclass(frozen=True)
class Example:
    argv: list[str]
    exit_code: int


def examples() -> list[Example]:
    found: list[Example] = []
    for block in re.findall(r"```console\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S):
        for command, output in re.findall(r"^\$ (.*)\n((?:(?!\$ ).*\n)*)", block, re.M):
            code = re.search(r"^\(exit code (\d)\)$", output, re.M)
            found.append(Example(shlex.split(command)[1:], int(code.group(1)) if code else 0))
    return found


OPTIONS_WITH_VALUE = {"--lang", "--screenshot"}


def _command(argv: list[str]) -> str | None:
    """The subcommand of an example, None when it opens the window."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def test_every_command_and_action_has_an_example() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    commands = set(subparsers.choices)  # type: ignore[arg-type]
    documented = {_command(e.argv) for e in examples()}
    assert commands <= documented
    lines = {" ".join(e.argv) for e in examples()}
    for action in (
        "config show",
        "config set ",
        "config set-secret",
        "outbox list",
        "outbox drain",
    ):
        assert any(action in line for line in lines), action
    assert any("--json" in line for line in lines)
    assert any("--demo" in line for line in lines)


def _runnable(example: Example) -> bool:
    command = _command(example.argv)
    opens_window = command is None
    runs_until_stopped = command == "sandbox" or (
        command == "sync" and "--once" not in example.argv
    )
    return not (opens_window or runs_until_stopped)


def _substitutions(sandbox: Sandbox) -> dict[str, str]:
    """The documented workorder, plate and readings, mapped onto this sandbox's data."""
    orders = [row.data for row in sandbox.incadea.data.orders.values()]
    order = next(o for o in orders if 1_000 < int(o["mileageKm"]) < 1_500_000)  # type: ignore[call-overload]
    km = int(order["mileageKm"])  # type: ignore[call-overload]
    plates: dict[str, int] = {}
    for o in orders:
        compact = str(o["registrationNo"]).replace("-", "")
        plates[compact] = plates.get(compact, 0) + 1
    plate = "PLB45N" if plates.get("PLB45N", 0) > 1 else max(plates, key=plates.__getitem__)
    return {
        "SO-2604006": str(order["documentNo"]),
        "104006": str(order["orderNo"]),
        "plb-45-n": plate.lower(),
        "PLB-45-N": plate,
        "152.500": str(km + 250),
        "120000": str(km - 1),
        "460.000": str(km + 307_750),
    }


def test_every_example_runs_with_its_documented_exit_code(
    sandbox: Sandbox, served: LoopbackUrls, monkeypatch: pytest.MonkeyPatch
) -> None:
    substitutions = _substitutions(sandbox)
    ran = 0
    for example in examples():
        if not _runnable(example):
            continue
        argv = [substitutions.get(arg, arg) for arg in example.argv]
        if "set-secret" in argv:
            monkeypatch.setattr("sys.stdin", io.StringIO("a-key-typed-by-the-advisor\n"))
        result = run_cli(*argv)
        assert result.code == example.exit_code, (argv, result.err)
        assert "Traceback" not in result.err
        ran += 1
    assert ran >= 20
