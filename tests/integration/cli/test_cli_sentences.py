"""Every failure of a command is a sentence: no traceback, no class name, no personal data,
no control character from the input echoed, no secret from a settings value."""

from __future__ import annotations

import json
import re

import pytest

from incadea_desk.sandbox import LoopbackUrls, Sandbox
from incadea_desk.settings_file import settings_path
from tests.integration.cli.conftest import run_cli

PHONE = re.compile(r"\+?\d(?:[ -]?\d){8,}")


def test_control_characters_typed_are_not_echoed(served: LoopbackUrls) -> None:
    result = run_cli("mileage", "SO-2604000", "\x1b[31m45\x07\x08km")
    assert result.code == 2
    assert "is not a mileage" in result.err
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", result.out + result.err)


def test_a_negative_wo_number_is_refused(served: LoopbackUrls) -> None:
    result = run_cli("mileage", "WO -1", "45000")
    assert (result.code, result.err) == (2, "A WO number cannot be negative.\n")


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "http://dms.example.com",
        "ftp://dms.example.com",
    ],
)
def test_only_web_addresses_are_accepted_and_http_only_for_this_computer(address: str) -> None:
    result = run_cli("config", "set", "dms.base_url", address)
    assert result.code == 2
    assert "is not a valid value for dms.base_url" in result.err
    assert result.err.count("\n") == 1
    assert not settings_path().exists()


def test_a_loopback_http_address_is_accepted() -> None:
    assert run_cli("config", "set", "dms.base_url", "http://127.0.0.1:8080").code == 0


def test_a_settings_file_that_is_not_text_is_named_and_can_be_reset() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"dms": {"base_url": "\xff\xfe\xc3"}}')
    shown = run_cli("config", "show")
    assert shown.code == 2
    assert shown.err == (
        f"The settings file {path} is not readable text; 'incadea-desk config reset' starts "
        "again from the defaults.\n"
    )
    blocked = run_cli("config", "set", "dms.company_id", "x")
    assert blocked.code == 2
    assert "config reset" in blocked.err
    reset = run_cli("config", "reset")
    assert reset.code == 0
    assert "The old file is kept as" in reset.out
    assert run_cli("config", "set", "dms.company_id", "x").code == 0
    assert run_cli("config", "show").code == 0
    [kept] = [p for p in path.parent.iterdir() if ".broken-" in p.name]
    assert kept.read_bytes().startswith(b'{"dms"')


def test_doctor_does_not_show_a_secret_put_in_an_address(
    served: LoopbackUrls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        "INCADEA_DESK_DMS_BASE_URL", served.incadea_base_url + "?access_key=CANARY-s3cr3t#frag"
    )
    monkeypatch.setenv(
        "INCADEA_DESK_CLAIRE_BASE_URL",
        served.claire_base_url.replace("http://", "http://user:CANARY-pw@") + "?token=CANARY-t",
    )
    result = run_cli("doctor", "--verbose")
    assert "CANARY" not in result.out + result.err
    assert "Traceback" not in result.out + result.err


def test_import_and_refresh_print_no_phone_numbers(sandbox: Sandbox, served: LoopbackUrls) -> None:
    # A workorder whose contact data gets a suggestion (a phone number in E.164).
    printed = []
    for row in list(sandbox.incadea.data.orders.values())[:4]:
        dms_number = str(row.data["documentNo"])
        for argv in (
            ("import", dms_number),
            ("refresh", dms_number),
            ("import", dms_number, "--json", "--force"),
        ):
            result = run_cli(*argv)
            assert result.code == 0, result.err
            printed.append(result.out + result.err)
    text = "\n".join(printed)
    assert "Warning:" in text
    assert "<phone>" in text
    assert not PHONE.search(text.replace("<phone>", ""))
    assert json.loads(printed[2])["dms_number"]
