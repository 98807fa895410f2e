"""Claire receives the same bytes from the one-pass data path as from the three model
layers before it: the sandbox's workshop of 10,000 workorders, walked as keep-importing
walks it and prepared for Claire, hashes to the digest the earlier path recorded.

The digests were taken on the code before the one-pass path (JSON -> pydantic wire
models -> validated domain models -> Claire's pydantic models -> ``model_dump_json``),
with the same seed and the same ``now``. The classic kind shares the path from its
renamed records on; its sandbox answers a walk of 10,000 in about a minute, so the
regular run walks 1,000 of it and the soak run all 10,000.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from incadea_desk.sandbox import Sandbox
from incadea_desk.services.importing import prepare
from tests.integration.services.conftest import open_services

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
RECORDED = {
    ("api", 10_000): "4f76c332cf9947445b120bfb1c73a4ba843d1c0d88bceeb789520400d4a6d794",
    ("odatav4", 10_000): "894051861636460ef555fc750487d3fb7dffe0f47c5d9812e5f8b4199117a0c2",
    ("odatav4", 1_000): "2071ebdd3875e9c0fc18bf4f99265a6791ee9b56cbc4dde5d41b47620fa6863c",
}


async def _claire_bodies_digest(api_kind: str, orders: int, folder: Path) -> tuple[str, int]:
    sandbox = Sandbox(seed=7, now=NOW, order_count=orders, api_kind=api_kind)
    services = await open_services(
        sandbox,
        folder / "bytes.sqlite3",
        dms_transport=sandbox.incadea_transport(),
        claire_transport=sandbox.claire_transport(),
    )
    digest, prepared = hashlib.sha256(), 0
    try:
        async for page in services.dms.changed_since(NOW - timedelta(days=500)):
            assert page.refused == []
            for hit in page.rows:
                digest.update(prepare(hit, services.claire.location_id).encoded.json + b"\n")
                prepared += 1
    finally:
        await services.aclose()
    return digest.hexdigest(), prepared


@pytest.mark.parametrize(("api_kind", "orders"), [("api", 10_000), ("odatav4", 1_000)])
async def test_claire_receives_the_bytes_the_model_layers_sent(
    api_kind: str, orders: int, tmp_path: Path
) -> None:
    digest, prepared = await _claire_bodies_digest(api_kind, orders, tmp_path)
    assert prepared == orders
    assert digest == RECORDED[(api_kind, orders)]


@pytest.mark.soak
async def test_claire_receives_the_same_bytes_from_10000_classic_workorders(
    tmp_path: Path,
) -> None:
    digest, prepared = await _claire_bodies_digest("odatav4", 10_000, tmp_path)
    assert (digest, prepared) == (RECORDED[("odatav4", 10_000)], 10_000)
