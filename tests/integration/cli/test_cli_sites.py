"""One importer for a dealer group: ``sync`` over real loopback HTTP serving the sites of
``sites.toml``, one company with two branches into two Claire locations, on both API
kinds. Claire ends with every workorder in its branch's location and none in the other."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from incadea_desk.sandbox import LOCATION_IDS, LoopbackThread, Sandbox
from tests.integration.cli.processes import environment, run

BRANCH_LOCATIONS = {"UTR": LOCATION_IDS[0], "ANT": LOCATION_IDS[1]}


def reports(stdout: str) -> list[dict[str, Any]]:
    """The indented JSON objects ``sync --json`` prints, one per site."""
    found, lines = [], []
    for line in stdout.splitlines():
        lines.append(line)
        if line.rstrip() == "}":
            found.append(json.loads("\n".join(lines)))
            lines.clear()
    return found


def sites_file(folder: Path, company: str) -> Path:
    path = folder / "sites.toml"
    path.write_text(
        "".join(
            f'[[site]]\nname = "{branch.lower()}"\ncompany = "{company}"\n'
            f'location = "{location}"\nbranch = {{ field = "{{field}}", value = "{branch}" }}\n\n'
            for branch, location in BRANCH_LOCATIONS.items()
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture(params=["api", "odatav4"])
def group(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[Sandbox, dict[str, str]]]:
    kind = request.param
    sandbox = Sandbox(seed=23, order_count=60, api_kind=kind)
    company = sandbox.company_name if kind == "odatav4" else sandbox.company_id
    field = "Locatiecode" if kind == "odatav4" else "locationCode"
    path = sites_file(tmp_path, company)
    path.write_text(path.read_text().replace("{field}", field))
    with LoopbackThread(sandbox) as urls:
        environ = environment(sandbox, urls.incadea_base_url, urls.claire_base_url, tmp_path)
        environ["INCADEA_DESK_SYNC_SITES"] = str(path)
        # A group's settings name no company or location of their own: sites.toml does.
        for own in ("DMS_COMPANY_ID", "DMS_COMPANY_NAME", "CLAIRE_LOCATION_ID"):
            environ.pop(f"INCADEA_DESK_{own}", None)
        yield sandbox, environ


def test_two_branches_of_one_company_land_each_in_its_own_location(
    group: tuple[Sandbox, dict[str, str]],
) -> None:
    sandbox, environ = group
    synced = run(environ, "sync", "--once", "--json")
    assert synced.returncode == 0, synced.stderr
    by_site = {report["site"]: report for report in reports(synced.stdout)}
    assert set(by_site) == {"utr", "ant"}

    branches = {
        str(row.data["documentNo"]): str(row.data["locationCode"])
        for row in sandbox.incadea.data.orders.values()
    }
    held: dict[str, set[str]] = {}
    for record in sandbox.claire.appointments.values():
        held.setdefault(record["location_id"], set()).add(record["dms_nr"])
    for branch, location in BRANCH_LOCATIONS.items():
        assert held[location], f"nothing imported into {location}"
        assert {branches[number] for number in held[location]} == {branch}
        assert by_site[branch.lower()]["imported"] == len(held[location])
    assert held.keys() == set(BRANCH_LOCATIONS.values())
    # The importer keeps each site's journal, and no local copies: no window reads them.
    store = Path(environ["INCADEA_DESK_DATA_DIR"]) / "incadea-desk.sqlite3"
    with closing(sqlite3.connect(store)) as connection:
        journal = dict(
            connection.execute("SELECT site, COUNT(*) FROM import_journal GROUP BY site")
        )
        [copies] = connection.execute("SELECT COUNT(*) FROM workorder_copies").fetchone()
    assert journal == {site: by_site[site]["imported"] for site in ("utr", "ant")}
    assert copies == 0


def test_doctor_and_contract_check_say_which_site_does_not_fit(tmp_path: Path) -> None:
    sandbox = Sandbox(seed=23, order_count=20)
    path = tmp_path / "sites.toml"
    path.write_text(
        f'[[site]]\nname = "utrecht"\ncompany = "{sandbox.company_id}"\n'
        f'location = "{LOCATION_IDS[0]}"\nbranch = {{ field = "locationCode", value = "UTR" }}\n'
        f'[[site]]\nname = "antwerpen"\ncompany = "{sandbox.company_id}"\n'
        f'location = "{LOCATION_IDS[1]}"\nbranch = {{ field = "locationCod", value = "ANT" }}\n'
        f'[[site]]\nname = "gent"\ncompany = "{sandbox.company_id}"\nlocation = "loc-gent"\n',
        encoding="utf-8",
    )
    with LoopbackThread(sandbox) as urls:
        environ = environment(sandbox, urls.incadea_base_url, urls.claire_base_url, tmp_path)
        environ["INCADEA_DESK_SYNC_SITES"] = str(path)
        for own in ("DMS_COMPANY_ID", "CLAIRE_LOCATION_ID"):
            del environ[f"INCADEA_DESK_{own}"]
        doctor = run(environ, "doctor")
        checked = run(environ, "contract", "check", "--json")
    assert doctor.returncode == 1
    lines = {line.split(":")[0]: line for line in doctor.stdout.splitlines()}
    assert "[ok] configuration" in lines
    assert lines["[ok] site utrecht"].endswith(
        f"has the branch field; the Claire key covers location {LOCATION_IDS[0]}."
    )
    assert "has no field locationCod" in lines["[FAIL] site antwerpen"]
    assert "locationCode" in lines["[FAIL] site antwerpen"]  # the nearest name
    assert (
        "The Claire key does not cover location loc-gent of site gent" in lines["[FAIL] site gent"]
    )
    assert checked.returncode == 2
    verdicts = {site["site"]: site["ok"] for site in json.loads(checked.stdout)["sites"]}
    assert verdicts == {"utrecht": True, "antwerpen": False, "gent": False}
