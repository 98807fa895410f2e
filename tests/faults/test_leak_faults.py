"""Canaries: the phone numbers, e-mail addresses and secrets of the sandbox must not show up
in what the headless commands print, log or keep on disk."""

from __future__ import annotations

import phonenumbers
import pytest

from incadea_desk.sandbox import Sandbox as SeededData
from tests.faults.conftest import Scenario
from tests.faults.harness import Run, Sandbox, Workstation
from tests.faults.orders import SEED, some_orders

LEAKS = "Personal data and secrets"
CONTACT_FIELDS = (
    "privatePhoneNo",
    "privateMobileNo",
    "businessPhoneNo",
    "businessMobileNo",
    "privateEmail",
    "businessEmail",
)


def _canaries(sandbox: Sandbox) -> set[str]:
    """Every contact value of the invented customers, in the forms a program would print,
    and the sandbox's secrets."""
    found: set[str] = set()
    for customer in SeededData(seed=SEED).incadea.data.customers.values():
        record = customer.data if hasattr(customer, "data") else customer
        for field in CONTACT_FIELDS:
            value = record.get(field)
            if not value:
                continue
            found.add(value)
            if "@" in value:
                continue
            try:
                number = phonenumbers.parse(value, record.get("countryCode") or "NL")
            except phonenumbers.NumberParseException:
                continue
            found.add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    for name in ("INCADEA_DESK_DMS_CLIENT_SECRET", "INCADEA_DESK_CLAIRE_API_KEY"):
        found.add(sandbox.environment[name])
    return {c for c in found if len(c) >= 6}


@pytest.mark.soak
@pytest.mark.fault(
    LEAKS, "import, refresh, sync, mileage, search, outbox, doctor without a terminal"
)
def test_no_canary_in_output_logs_store_or_config(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation
) -> None:
    canaries = _canaries(sandbox)
    orders = some_orders(4)
    runs: list[Run] = [
        workstation.run("sync", "--once"),
        workstation.run("sync", "--once", "--json"),
    ]
    for dms in orders:
        runs += [
            workstation.run("import", dms, "--force"),
            workstation.run("refresh", dms, "--json"),
            workstation.run("search", dms),
        ]
    km = sandbox.mileage(orders[0]) + 10
    runs += [
        workstation.run("mileage", orders[0], str(km), "--yes", "--verbose"),
        workstation.run("outbox", "list", "--json"),
        workstation.run("doctor", "--verbose"),
        workstation.run("config", "show", "--json"),
    ]
    sandbox.set_faults("dms", drift="wrong_type")
    runs.append(workstation.run("import", orders[1], "--verbose"))
    sandbox.set_faults("dms")
    printed = "\n".join(run.text for run in runs)
    kept = workstation.stored_text()
    leaked = sorted(c for c in canaries if c in printed or c in kept)
    scenario.runs += len(runs)
    scenario.add(
        leaked_canaries=len(leaked),
        tracebacks=printed.count("Traceback (most recent call last)"),
    )
    assert "Warning:" in printed  # the contact-data warnings were printed, without the values
    scenario.outcome = f"{len(canaries)} canaries, none found in {len(runs)} outputs or on disk"
    scenario.assert_clean()
