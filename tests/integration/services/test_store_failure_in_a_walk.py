"""The store failing under a running service: one sentence, no traceback, nothing lost."""

from __future__ import annotations

import logging

import pytest

from incadea_desk.services.lifetime import Services


async def test_a_full_disk_during_a_walk_is_one_sentence(
    services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    pages = await services.store.pragma("page_count")
    await services.store.run(lambda c: c.execute(f"PRAGMA max_page_count = {pages}"))
    report = await services.sync.run_once()
    assert report.error == (
        f"The disk that holds the local database in {services.store.path.parent} is full."
    )
    assert not [r for r in caplog.records if r.exc_info and r.levelno >= logging.WARNING]
