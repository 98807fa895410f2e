"""What the window's start path loads before it paints: not httpx's command-line client
(click, rich, pygments), not the contact checks' libraries, not the services (they load
the HTTP stack and the store). A fresh interpreter is the only place to see it, so each
check runs in one."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

LATER = ("click", "rich", "pygments", "phonenumbers", "email_validator", "stdnum")


def _answer(probe: str) -> Any:
    """What ``probe``, run in a fresh interpreter, prints last (as JSON)."""
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(done.stdout.splitlines()[-1])


def _modules_after(code: str) -> set[str]:
    return set(
        _answer(
            f"{code}\nimport json, sys\n"
            "print(json.dumps([name for name, m in sys.modules.items() if m is not None]))"
        )
    )


def _loaded_after(code: str) -> list[str]:
    return sorted({name.split(".")[0] for name in _modules_after(code)} & set(LATER))


def _services_loaded_after(code: str) -> list[str]:
    services = ("incadea_desk.services", "incadea_desk.store", "httpx")
    return sorted(name for name in _modules_after(code) if name.startswith(services))


def test_the_window_module_loads_none_of_them() -> None:
    assert _loaded_after("import incadea_desk.ui.app") == []


def test_the_window_module_loads_no_services() -> None:
    assert _services_loaded_after("import incadea_desk.ui.app") == []


def test_the_workorder_models_load_when_first_used() -> None:
    # Pydantic models, built as they are imported: the empty window shows none.
    assert "incadea_desk.domain.models" not in _modules_after("import incadea_desk.ui.app")
    code = "from incadea_desk.domain import Workorder\nassert Workorder.model_fields"
    assert "incadea_desk.domain.models" in _modules_after(code)


def test_the_command_loads_no_services_before_it_knows_it_runs_one() -> None:
    # ``incadea-desk`` without a command imports this, then the window.
    assert _services_loaded_after("import incadea_desk.cli.main") == []


def test_the_services_load_none_of_them_and_httpx_still_works() -> None:
    code = (
        "import incadea_desk.services, httpx\n"
        "assert httpx.Client and httpx.AsyncClient and callable(httpx.main)"
    )
    assert _loaded_after(code) == []


def test_a_contact_check_loads_its_libraries() -> None:
    code = (
        "from incadea_desk.domain.contact import normalise_phone\n"
        "assert normalise_phone('06 12345678') == '+31612345678'"
    )
    assert set(_loaded_after(code)) >= {"phonenumbers"}


def test_pyside_tells_which_modules_use_it_without_keeping_their_sources() -> None:
    probe = (
        "import linecache, json, sys\n"
        "import incadea_desk.ui.app\n"
        "marks = sys.modules['shibokensupport.feature'].pyside_feature_dict\n"
        "print(json.dumps([len(linecache.cache), marks['incadea_desk.ui.main_window'],"
        " marks['incadea_desk.config']]))"
    )
    kept, window, settings = _answer(probe)
    # Hundreds of modules are imported after Qt; before, each one's source was kept.
    assert kept < 50
    # As PySide6 marks them: a module that names PySide6 takes part in its features.
    assert (window, settings) == (0, -1)


def test_the_retry_logging_loads_no_metrics_library() -> None:
    # Only the site importer serves metrics; a window's HTTP clients need none.
    code = (
        "from incadea_desk.request_retries import install_retry_logging\n"
        "install_retry_logging()\ninstall_retry_logging()"
    )
    assert "prometheus_client" not in _modules_after(code)


def test_the_demo_sandbox_serves_in_process_without_uvicorn() -> None:
    loaded = _modules_after("import incadea_desk.sandbox, incadea_desk.sandbox.demo")
    assert not {"uvicorn", "click"} & {name.split(".")[0] for name in loaded}
    assert "uvicorn" in _modules_after("from incadea_desk.sandbox import LoopbackThread")
