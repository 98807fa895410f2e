"""Hostile DMS text in a terminal: the tables of ``search``, ``import`` and ``refresh``
hold no line break, tab, bidirectional control or other control character from the
data, and cap a long value; ``--json`` holds every value exactly. The CLI runs as a real
process against the sandbox over loopback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from incadea_desk.sandbox import LoopbackThread, Sandbox
from incadea_desk.untrusted import BIDI_CONTROLS
from tests.integration.cli.processes import environment, run

HOSTILE = (
    "<b>bold</b> <img src='x'> <a href='https://evil.example/'>click</a> "
    "\u202eesrever\u2066isolated\u200f\nsecond line\r\tcolumn\x00end\x1b[31mred"
)
LONG = "y" * 200_000
FROM_THE_DATA = set(BIDI_CONTROLS) | {"\t", "\r", "\x00", "\x1b", "\x0b", "\x0c"}


def _order(sandbox: Sandbox) -> dict[str, Any]:
    rows = sorted(sandbox.incadea.data.orders.values(), key=lambda r: str(r.data["documentNo"]))
    return next(r.data for r in rows if not r.data["canceled"])


def test_tables_hold_the_hostile_text_on_one_line_and_json_holds_it_exactly(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    order = _order(sandbox)
    wo = str(order["orderNo"])
    with LoopbackThread(sandbox) as urls:
        with httpx.Client(base_url=urls.incadea_base_url, timeout=30) as admin:
            admin.post(
                "/_sandbox/texts",
                json={"documentNo": order["documentNo"], "text": HOSTILE, "long_text": LONG},
            ).raise_for_status()
        environ = environment(sandbox, urls.incadea_base_url, urls.claire_base_url, tmp_path)
        found = run(environ, "search", wo)
        found_json = run(environ, "search", wo, "--json")
        imported = run(environ, "import", wo, "--json")
        again = run(environ, "import", wo, "--force")
        refreshed = run(environ, "refresh", wo)

    for shown in (found, again, refreshed):
        assert shown.returncode == 0, shown.stderr
        assert not FROM_THE_DATA & set(shown.stdout), shown.stdout
        assert all(len(line) < 400 for line in shown.stdout.splitlines())
    _header, row = found.stdout.splitlines()
    assert "<b>bold</b> <img src='x'>" in row
    assert "esrever" + "isol" in row  # the controls gone, the letters kept
    assert "…" in row  # capped
    warnings = json.loads(imported.stdout)["warnings"]
    for shown in (again, refreshed):
        # Each line is one the command wrote: a line break in the data would start another.
        first, *rest = shown.stdout.splitlines()
        assert first.endswith(" Claire id apt_000001."), first
        said = [line for line in rest if line.startswith("Warning: ")]
        assert len(said) == len(warnings)
        assert len(rest) - len(said) <= 1

    [hit] = json.loads(found_json.stdout)
    assert hit["registration"] == HOSTILE
    changes = {c["path"]: c["new"] for c in json.loads(imported.stdout)["changes"]}
    assert changes["car.make"] == HOSTILE
    assert changes["interventions[0].description"] == LONG
