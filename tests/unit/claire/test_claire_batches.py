"""A batch Claire refuses as a whole (400) because of one item is split until the item
is alone; the others arrive, and the item gets a refused result with Claire's code."""

from __future__ import annotations

import json

import httpx
import respx
from claire_samples import LOCATION, ROOT

from incadea_desk.claire import ClaireClient, EncodedAppointment, to_claire
from incadea_desk.domain.models import Workorder
from incadea_desk.services.claire_batches import import_splitting
from tests.unit.claire.test_claire_client import numbered

IMPORT = ROOT + "appointments/import"


async def test_a_batch_refused_for_one_item_is_split_around_it(
    claire: tuple[ClaireClient, respx.MockRouter], wo: Workorder
) -> None:
    client, router = claire
    sizes: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        items = json.loads(request.content)["appointments"]
        sizes.append(len(items))
        if any(item["dms_nr"] == "SO-0000005" for item in items):
            return httpx.Response(400, json={"error": "bad_request", "message": "no"})
        results = [{"dms_nr": i["dms_nr"], "id": "apt", "status": "created"} for i in items]
        return httpx.Response(200, json={"results": results})

    router.post(IMPORT).mock(side_effect=answer)
    items = [to_claire(numbered(wo, n), LOCATION, []) for n in range(8)]
    encoded = [EncodedAppointment.of(item) for item in items]
    results = await import_splitting(client, encoded)
    assert [r.status for r in results] == ["created"] * 5 + ["error"] + ["created"] * 2
    assert results[5].error_code == "bad_request"
    assert sizes[0] == 8
    assert sizes.count(1) <= 2
