"""``doctor`` says what this workstation's settings spend of the request budget its DMS
user shares, and names a Claire key that cannot serve the location; ``sync`` has
nothing to do while Claire's own connector imports the location. The CLI as a real
process against the sandbox over loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from incadea_desk.sandbox import LoopbackThread, Sandbox
from tests.integration.cli.processes import environment, run

SHARED = (
    "Business Central allows 6,000 requests per 5 minutes and 5 at once to each user or app "
    "registration, shared by every workstation and importer that signs in as it."
)


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox()


@pytest.fixture
def environ(sandbox: Sandbox, tmp_path: Path) -> Iterator[dict[str, str]]:
    with LoopbackThread(sandbox) as urls:
        yield environment(sandbox, urls.incadea_base_url, urls.claire_base_url, tmp_path)


def _doctor(environ: dict[str, str]) -> dict[str, dict[str, object]]:
    done = run(environ, "doctor", "--json")
    return {check["name"]: check for check in json.loads(done.stdout)["checks"]}


def test_doctor_counts_the_requests_an_hour_of_a_walking_workstation(
    environ: dict[str, str],
) -> None:
    environ["INCADEA_DESK_SYNC_INTERVAL_SECONDS"] = "120"
    checks = _doctor(environ)
    # 30 walks of 3 requests, and one reconciliation a day of 2 span reads (no open
    # workorders in a new journal): 90 + 1.
    assert checks["requests"]["message"] == (
        "This workstation keeps importing every 120 s: about 91 DMS requests an hour when "
        "nothing changes (3 a walk, and 1 reconciliation walk(s) a day of about 2), and about "
        "1 more DMS request(s) and 1 Claire import(s) per 100 changed workorders. " + SHARED
    )


@pytest.mark.parametrize(
    ("variable", "sentence"),
    [
        (
            "INCADEA_DESK_SYNC_SITE_IMPORTER",
            "A site importer keeps this location imported (sync.site_importer), so this "
            "workstation does not walk the DMS; it asks only for what the advisors do.",
        ),
        (
            "INCADEA_DESK_CLAIRE_NATIVE_CONNECTOR",
            "Claire's own Incadea connector imports this location (claire.native_connector), "
            "so incadea-desk does not keep importing; it asks the DMS only for what the "
            "advisors do.",
        ),
    ],
)
def test_doctor_counts_no_walking_where_another_importer_serves_the_location(
    environ: dict[str, str], variable: str, sentence: str
) -> None:
    environ[variable] = "true"
    assert _doctor(environ)["requests"]["message"] == f"{sentence} {SHARED}"


def test_doctor_names_a_location_outside_the_claire_keys_scope(
    environ: dict[str, str],
) -> None:
    environ["INCADEA_DESK_CLAIRE_LOCATION_ID"] = "loc-elsewhere"
    claire = _doctor(environ)["claire"]
    assert claire["ok"] is False
    assert claire["message"] == (
        "Claire's API key does not cover location loc-elsewhere; check the location in "
        "Settings, or ask Claire for a key that includes it."
    )


def test_sync_has_nothing_to_do_while_claires_connector_imports(
    environ: dict[str, str], sandbox: Sandbox
) -> None:
    environ["INCADEA_DESK_CLAIRE_NATIVE_CONNECTOR"] = "true"
    done = run(environ, "sync")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "Claire's own Incadea connector imports this location (claire.native_connector is "
        "on), so sync has nothing to do.\n"
    )
    assert sandbox.claire.appointments == {}


def test_a_revoked_claire_key_is_named_not_unreachable(
    environ: dict[str, str], sandbox: Sandbox
) -> None:
    next(iter(sandbox.claire.keys.keys.values())).state = "revoked"
    claire = _doctor(environ)["claire"]
    assert claire["message"] == (
        "Claire's API key has been disabled or revoked; ask Claire for a new key and enter "
        "it in Settings."
    )
