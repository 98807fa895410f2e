"""A search tells its caller when its request to the DMS is on its way (written to the
socket, or waiting for a connection to open), so the window paints the local copy
after that and not in the request's way."""

from __future__ import annotations

from pathlib import Path

from incadea_desk.sandbox import LoopbackThread, Sandbox
from tests.integration.services.conftest import open_services


async def test_a_search_over_http_says_its_request_is_on_its_way_before_the_answer(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox(seed=7)
    order = next(iter(sandbox.incadea.data.orders.values())).data
    with LoopbackThread(sandbox) as urls:
        services = await open_services(
            sandbox,
            tmp_path / "store.sqlite3",
            incadea_url=urls.incadea_base_url,
            claire_url=urls.claire_base_url,
        )
        try:
            told: list[str] = []
            result = await services.search.search(
                str(order["orderNo"]), sent=lambda: told.append("on its way")
            )
            told.append("answered")
            # Whatever is sent later, outside that search, tells nobody.
            await services.dms.ping()
        finally:
            await services.aclose()
    assert [hit.workorder.appointment.dms_number for hit in result.hits] == [order["documentNo"]]
    assert told[0] == "on its way"
    assert told[-1] == "answered"
    assert told.count("answered") == 1
