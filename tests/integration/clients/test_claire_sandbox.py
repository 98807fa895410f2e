"""The Claire client against the sandbox Claire over loopback, fed by the DMS client."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from incadea_desk.claire import ClaireClient, ClaireConnection, claire_fields, to_claire
from incadea_desk.errors import AuthenticationError, NotFound
from incadea_desk.incadea import IncadeaClient
from incadea_desk.sandbox import Sandbox


def document_numbers(sandbox: Sandbox) -> list[str]:
    return sorted(str(r.data["documentNo"]) for r in sandbox.incadea.data.orders.values())


@pytest.mark.allow_warning_logs
async def test_import_find_get_and_reimport(
    dms: IncadeaClient, claire: ClaireClient, sandbox: Sandbox
) -> None:
    numbers = document_numbers(sandbox)[-3:]
    hits = [await dms.get_workorder(n) for n in numbers]
    items = [to_claire(h.workorder, claire.location_id, ["a warning"]) for h in hits]

    first = await claire.import_workorders(items)
    assert [r.dms_number for r in first] == numbers
    assert {r.status for r in first} == {"created"}
    assert all(r.claire_id for r in first)

    again = await claire.import_workorders(items)
    assert [r.status for r in again] == ["unchanged"] * 3
    assert [r.claire_id for r in again] == [r.claire_id for r in first]

    found = await claire.find(numbers[0])
    assert found is not None
    assert found.id == first[0].claire_id
    assert claire_fields(found) == claire_fields(items[0])

    by_id = await claire.get(str(first[1].claire_id))
    assert claire_fields(by_id) == claire_fields(items[1])

    changed = items[2].model_copy(update={"mileage": (items[2].mileage or 0) + 1})
    [updated] = await claire.import_workorders([changed])
    assert (updated.status, updated.claire_id) == ("updated", first[2].claire_id)
    held = await claire.get(str(first[2].claire_id))
    assert held.mileage == changed.mileage

    elsewhere = to_claire(hits[0].workorder, "loc-antwerpen", [])
    [refused] = await claire.import_workorders([elsewhere])
    assert refused.status == "error"
    assert refused.claire_id is None
    assert refused.error_message == (
        "Claire refused this workorder (code location_mismatch). Please report this to support."
    )


async def test_every_field_survives_the_round_trip(
    dms: IncadeaClient, claire: ClaireClient, sandbox: Sandbox
) -> None:
    hits = [await dms.get_workorder(n) for n in document_numbers(sandbox)[:40]]
    items = [to_claire(h.workorder, claire.location_id, []) for h in hits]
    results = await claire.import_workorders(items)
    assert all(r.status != "error" for r in results)
    for item, result in zip(items, results, strict=True):
        held = await claire.get(str(result.claire_id))
        assert claire_fields(held) == claire_fields(item)


async def test_find_unknown_is_none_and_get_unknown_is_not_found(claire: ClaireClient) -> None:
    assert await claire.find("SO-NOT-THERE") is None
    with pytest.raises(NotFound):
        await claire.get("apt_999999999")


async def test_wrong_key_is_an_authentication_error(claire: ClaireClient, sandbox: Sandbox) -> None:

    config = ClaireConnection(
        base_url=str(claire._config.base_url),
        location_id=sandbox.location_id,
        api_key=SecretStr("wrong"),
    )
    async with ClaireClient(config) as wrong:
        with pytest.raises(AuthenticationError) as caught:
            await wrong.ping()
    assert caught.value.system == "claire"
    assert caught.value.status == 401
