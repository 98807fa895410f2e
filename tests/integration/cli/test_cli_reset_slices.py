"""``sync reset-watermark`` during an interrupted first sync in slices: the next walk
starts where IT said, not where the slices were."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

from incadea_desk.sandbox import LoopbackUrls
from incadea_desk.services.dms_kinds.incadea import INCADEA
from incadea_desk.store import Store, default_store_path
from incadea_desk.store.slices import SliceState
from tests.integration.cli.conftest import run_cli

WATERMARK = INCADEA.watermarks.changes


async def _plan(spans: list[tuple[datetime, datetime | None]]) -> None:
    store = await Store.open(default_store_path(), fallback=False)
    try:
        await store.slices.plan(WATERMARK, spans)
    finally:
        await store.aclose()


async def _stored() -> list[SliceState]:
    store = await Store.open(default_store_path(), fallback=False)
    try:
        return await store.slices.get(WATERMARK)
    finally:
        await store.aclose()


def test_reset_watermark_drops_the_plan_of_slices(served: LoopbackUrls) -> None:
    now = datetime.now(UTC)
    asyncio.run(
        _plan(
            [
                (now - timedelta(days=300), now - timedelta(days=200)),
                (now - timedelta(days=200), None),
            ]
        )
    )
    assert len(asyncio.run(_stored())) == 2
    done = run_cli(
        "sync", "reset-watermark", "--since", "2026-11-30T08:00+00:00", "--yes", "--json"
    )
    assert done.code == 0, done.err
    assert asyncio.run(_stored()) == []
    walked = json.loads(run_cli("sync", "--once", "--json").out)
    assert walked["since"].startswith("2026-11-30T07:55")
