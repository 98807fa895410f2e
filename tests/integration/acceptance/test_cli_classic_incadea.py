"""The CLI, as a process over loopback, on classic incadea: NAV 2018 / BC14 page web
services over OData v4 (``/BC140/ODataV4/Company('...')/``), Dutch pages with composite
keys, Basic with a web-service access key, a 409 on the first PATCH, and pages smaller
than asked (server-driven paging by ``$skiptoken``). Reached by configuration alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incadea_desk.sandbox import LoopbackThread, Sandbox
from tests.integration.acceptance.tenant import (
    PatchStatuses,
    classic_tenant,
    process_environment,
)
from tests.integration.acceptance.test_cli_online_tenant import every_capability, run

Tenant = tuple[Sandbox, dict[str, str], str, PatchStatuses]


@pytest.fixture
def tenant(tmp_path: Path) -> Iterator[Tenant]:
    sandbox = classic_tenant()
    patches = PatchStatuses(sandbox.incadea.app)
    sandbox.incadea.app = patches
    with LoopbackThread(sandbox) as urls:
        configured = sandbox.environment(urls.incadea_base_url, urls.claire_base_url)
        yield sandbox, process_environment(configured, tmp_path), urls.claire_base_url, patches


def test_configuration_alone_reaches_every_capability(tenant: Tenant) -> None:
    sandbox, environ, claire_url, patches = tenant
    assert environ["INCADEA_DESK_DMS_API_KIND"] == "odatav4"
    assert environ["INCADEA_DESK_DMS_BASE_URL"].endswith("/BC140")
    assert environ["INCADEA_DESK_DMS_AUTH_MODE"] == "basic"
    assert "'" in environ["INCADEA_DESK_DMS_COMPANY_NAME"]

    every_capability(sandbox, environ, claire_url, patches)


def _with_mapping(sandbox: Sandbox, urls: object, folder: Path, text: str) -> dict[str, str]:
    path = folder / "tenant.toml"
    path.write_text(text, encoding="utf-8")
    configured = sandbox.environment(urls.incadea_base_url, urls.claire_base_url)  # type: ignore[attr-defined]
    configured["INCADEA_DESK_DMS_MAPPING"] = str(path)
    return process_environment(configured, folder)


def test_contract_check_names_a_mistyped_field_with_the_nearest_name_and_exits_2(
    tmp_path: Path,
) -> None:
    sandbox = classic_tenant()
    with LoopbackThread(sandbox) as urls:
        environ = _with_mapping(sandbox, urls, tmp_path, '[vehicles]\nvin = "Chasisnr"\n')
        checked = run(environ, "contract", "check")
    assert checked.returncode == 2
    assert checked.stdout.splitlines() == [
        "Entity set Voertuigen has no field Chasisnr; that part of the car cannot be imported. "
        "The nearest name $metadata has is Chassisnr."
    ]
    assert "Traceback" not in checked.stderr


def test_without_a_changed_since_field_keep_importing_refuses_and_the_rest_works(
    tmp_path: Path,
) -> None:
    sandbox = classic_tenant()
    order = next(iter(sandbox.incadea.data.orders.values())).data
    with LoopbackThread(sandbox) as urls:
        environ = _with_mapping(
            sandbox, urls, tmp_path, '[serviceOrders]\nlastModifiedDateTime = ""\n'
        )
        checked = run(environ, "contract", "check")
        synced = run(environ, "sync", "--once")
        imported = run(environ, "import", str(order["documentNo"]), "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.splitlines()[1:] == [
        "The mapping names no changed-since field of Werkorders: keep-importing stays off; "
        "search, import, refresh and mileage work."
    ]
    assert synced.returncode == 2
    assert "keep-importing cannot run" in synced.stderr
    assert imported.returncode == 0, imported.stderr


def test_contract_check_names_a_company_the_instance_lacks_and_those_it_has(
    tmp_path: Path,
) -> None:
    sandbox = classic_tenant()
    with LoopbackThread(sandbox) as urls:
        configured = sandbox.environment(urls.incadea_base_url, urls.claire_base_url)
        # Company names are case-sensitive (dev-itpro/webservices/publish-web-service.md).
        configured["INCADEA_DESK_DMS_COMPANY_NAME"] = sandbox.company_name.lower()
        checked = run(process_environment(configured, tmp_path), "contract", "check")
    assert checked.returncode == 2
    assert checked.stdout.splitlines() == [
        f"The server instance has no company '{sandbox.company_name.lower()}' (the name is "
        f"case-sensitive); it has '{sandbox.company_name}'."
    ]
    assert "Traceback" not in checked.stderr
