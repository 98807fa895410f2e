"""IT's view of keep-importing: ``sync problems``, ``sync retry``, ``sync reset-watermark``
and the quarantine in ``sync --once`` and ``doctor``, against the sandbox on loopback."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from incadea_desk.sandbox import LoopbackUrls, Sandbox
from incadea_desk.sandbox.data import ms
from tests.integration.cli.conftest import run_cli


def _newest(sandbox: Sandbox) -> str:
    rows = sandbox.incadea.data.orders.values()
    return str(max(rows, key=lambda r: r.data["lastModifiedDateTime"]).data["documentNo"])


def _mark(sandbox: Sandbox, number: str, kind: str | None) -> None:
    if kind is None:
        sandbox.incadea.bad_rows.marked.pop(number, None)
    else:
        sandbox.incadea.bad_rows.mark(number, kind)
    row = sandbox.incadea.data.order_by_document_no(number)
    assert row is not None
    sandbox.incadea.data.touch(row, ms(datetime.now(UTC)))


def test_a_held_workorder_is_listed_retried_and_counted(
    sandbox: Sandbox, served: LoopbackUrls
) -> None:
    number = _newest(sandbox)
    _mark(sandbox, number, "unknown_line_type")
    synced = run_cli("sync", "--once")
    assert synced.code == 0, synced.err
    assert "Held in the quarantine: 1 (incadea-desk sync problems shows why)." in synced.out

    listed = run_cli("sync", "problems")
    assert listed.code == 0
    header, line = listed.out.splitlines()
    assert header.split()[:4] == ["DMS", "number", "WO", "number"]
    assert number in line
    assert "reading the DMS row" in line
    assert "serviceLines[0].lineType" in line
    assert "that incadea-desk does not know" in line
    [row] = json.loads(run_cli("sync", "problems", "--json").out)
    assert (row["dms_number"], row["stage"], row["reason_code"], row["attempts"]) == (
        number,
        "dms",
        "unknown_value",
        1,
    )
    doctor = json.loads(run_cli("doctor", "--json").out)
    [store] = [check for check in doctor["checks"] if check["name"] == "store"]
    assert "1 workorder held in the quarantine" in store["message"]

    still = run_cli("sync", "retry")
    assert (still.code, still.out.strip()) == (1, "Tried 1 again: 0 imported, 1 still held.")
    assert run_cli("sync", "retry", "SO-NOT-HELD").code == 2

    _mark(sandbox, number, None)
    retried = run_cli("sync", "retry", number)
    assert (retried.code, retried.out.strip()) == (0, "Tried 1 again: 1 imported, 0 still held.")
    assert (sandbox.location_id, number) in sandbox.claire.by_key
    assert json.loads(run_cli("sync", "problems", "--json").out) == []


def test_reset_watermark_says_what_it_will_walk_again(served: LoopbackUrls) -> None:
    assert run_cli("sync", "--once").code == 0
    asked = run_cli("sync", "reset-watermark", "--since", "2026-11-30T08:00+00:00")
    assert asked.code == 2
    assert "re-reads every workorder changed since" in asked.err
    assert "--yes" in asked.err
    done = run_cli(
        "sync", "reset-watermark", "--since", "2026-11-30T08:00+00:00", "--yes", "--json"
    )
    assert done.code == 0, done.err
    assert json.loads(done.out)["watermark"] == "2026-11-30T08:00:00+00:00"
    walked = json.loads(run_cli("sync", "--once", "--json").out)
    assert walked["since"].startswith("2026-11-30T07:55")
    assert run_cli("sync", "reset-watermark", "--since", "yesterday", "--yes").code == 2
    assert run_cli("sync", "reset-watermark", "--since", "2999-01-01", "--yes").code == 2
    lookback = run_cli("sync", "reset-watermark", "--yes")
    assert lookback.code == 0
    assert "the first run's look-back of 14 days" in lookback.out
