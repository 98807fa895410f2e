"""The request budget's model holds against the sandbox: a walk over a quiet DMS sends
the requests ``doctor`` counts for it (at most), and nothing to Claire."""

from __future__ import annotations

from incadea_desk.services.dms_kinds import dms_kind
from incadea_desk.services.lifetime import Services
from incadea_desk.services.request_budget import REQUESTS_PER_OTHER_WALKS, request_budget
from tests.integration.services.conftest import CountingTransport


async def test_a_walk_over_a_quiet_dms_costs_what_doctor_counts(
    counted: Services, dms_wire: CountingTransport, claire_wire: CountingTransport
) -> None:
    await counted.sync.run_once()
    dms_wire.requests.clear()
    claire_wire.requests.clear()

    report = await counted.sync.run_once()

    assert report.imported == 0
    settings = counted.settings
    budget = request_budget(
        settings,
        open_workorders=0,
        walks=True,
        per_page=dms_kind(settings).requests_per_page(settings),
    )
    # Page web services read the page's drivers and owners by key unless they are among
    # its contractors already, so that read may cost nothing: the count is the most.
    assert budget.per_walk - 1 <= len(dms_wire.requests) <= budget.per_walk
    if budget.per_walk == REQUESTS_PER_OTHER_WALKS + 1:
        assert len(dms_wire.requests) == budget.per_walk
    assert claire_wire.requests == []
