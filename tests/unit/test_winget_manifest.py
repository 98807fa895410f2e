"""The winget manifests written for a built setup, read back by a YAML parser."""

from __future__ import annotations

import hashlib
import importlib.util
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("winget", ROOT / "packaging/windows/winget.py")
assert _spec is not None
assert _spec.loader is not None
winget = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(winget)


@pytest.fixture
def setup_exe(tmp_path: Path) -> Path:
    setup = tmp_path / "incadea-desk-1.4.2-setup.exe"
    setup.write_bytes(b"MZ" + bytes(range(256)) * 40)
    return setup


def test_the_manifests_name_the_setup_its_hash_and_both_scopes(setup_exe: Path, tmp_path: Path):
    out = tmp_path / "manifests"
    assert (
        winget.main(
            [str(setup_exe), "--url", "https://downloads.garage-test.nl/desk/", "--out", str(out)]
        )
        == 0
    )

    files = {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in out.iterdir()}
    assert set(files) == {
        "incadea-desk.incadea-desk.yaml",
        "incadea-desk.incadea-desk.locale.en-US.yaml",
        "incadea-desk.incadea-desk.installer.yaml",
    }
    for manifest in files.values():
        assert manifest["PackageIdentifier"] == "incadea-desk.incadea-desk"
        assert manifest["PackageVersion"] == "1.4.2"
        assert manifest["ManifestVersion"] == "1.6.0"
    installer = files["incadea-desk.incadea-desk.installer.yaml"]
    assert installer["InstallerType"] == "inno"
    assert installer["ProductCode"] == "{F8381688-D181-4AF8-8A09-9BDDFE675998}_is1"
    digest = hashlib.sha256(setup_exe.read_bytes()).hexdigest().upper()
    by_scope = {entry["Scope"]: entry for entry in installer["Installers"]}
    assert set(by_scope) == {"user", "machine"}
    for scope, switch in (("user", "/CURRENTUSER"), ("machine", "/ALLUSERS")):
        entry = by_scope[scope]
        assert (
            entry["InstallerUrl"]
            == "https://downloads.garage-test.nl/desk/incadea-desk-1.4.2-setup.exe"
        )
        assert entry["InstallerSha256"] == digest
        assert entry["InstallerSwitches"]["Custom"] == switch
    assert by_scope["machine"]["ElevationRequirement"] == "elevationRequired"
    assert "ElevationRequirement" not in by_scope["user"]


def test_the_product_code_is_the_installers_app_id():
    iss = (ROOT / "packaging/windows/incadea-desk.iss").read_text(encoding="utf-8")
    app_id = re.search(r"AppId=\{\{?(\{?[0-9A-F-]+\})", iss, re.IGNORECASE)
    assert app_id is not None
    assert "{" + app_id.group(1).strip("{") + "_is1" == winget.PRODUCT_CODE


@pytest.mark.parametrize(
    ("name", "url", "reason"),
    [
        ("incadea-desk-1.4.2-setup.exe", "http://downloads.garage-test.nl/", "https address"),
        ("incadea-desk-setup.exe", "https://downloads.garage-test.nl/", "not named"),
    ],
)
def test_a_wrong_address_or_file_name_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, url: str, reason: str
):
    setup = tmp_path / name
    setup.write_bytes(b"MZ")
    assert winget.main([str(setup), "--url", url]) == 2
    err = capsys.readouterr().err
    assert reason in err
    assert err.count("\n") == 1
