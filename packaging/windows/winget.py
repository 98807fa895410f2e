"""The winget manifests (schema 1.6) of one built Windows installer.

    python packaging/windows/winget.py dist/windows/incadea-desk-0.1.0-setup.exe \
        --url https://downloads.example-dealer.nl/incadea-desk/ [--out dist/windows/winget]

writes the version, default-locale and installer manifests of that setup: the version from
the setup's name, ``InstallerSha256`` from its bytes, and ``InstallerUrl`` as the address
the setup is published at (``--url``, a folder ending in ``/`` or the file's own address).
The same installer serves both scopes: Inno Setup's ``/CURRENTUSER`` or ``/ALLUSERS``.
``wingetcreate`` or ``winget validate`` takes the folder as it is.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

PACKAGE = "incadea-desk.incadea-desk"
SCHEMA = "1.6.0"
# The installer's AppId (packaging/windows/incadea-desk.iss) with Inno Setup's suffix: the
# uninstall key winget and Intune find the installed version under.
PRODUCT_CODE = "{F8381688-D181-4AF8-8A09-9BDDFE675998}_is1"
SETUP_NAME = re.compile(r"^incadea-desk-(?P<version>\d+(?:\.\d+){1,3})-setup\.exe$")
DESCRIPTION = (
    "Find Incadea DMS workorders, import them into Claire, refresh them and correct the mileage."
)


def _header(kind: str) -> str:
    return f"# yaml-language-server: $schema=https://aka.ms/winget-manifest.{kind}.{SCHEMA}.schema.json\n"


def manifests(setup: Path, url: str) -> dict[str, str]:
    """The three manifests of ``setup`` by file name."""
    found = SETUP_NAME.match(setup.name)
    if found is None:
        raise ValueError(f"{setup.name} is not named incadea-desk-VERSION-setup.exe")
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.netloc:
        raise ValueError(f"winget installs from an https address, not {url!r}")
    address = url + setup.name if url.endswith("/") else url
    version = found["version"]
    sha256 = hashlib.sha256(setup.read_bytes()).hexdigest().upper()
    common = f"PackageIdentifier: {PACKAGE}\nPackageVersion: {version}\n"
    installers = "".join(
        f"  - Architecture: x64\n"
        f"    Scope: {scope}\n"
        f"    InstallerUrl: {address}\n"
        f"    InstallerSha256: {sha256}\n"
        + ("    ElevationRequirement: elevationRequired\n" if scope == "machine" else "")
        + f"    InstallerSwitches:\n      Custom: {switch}\n"
        for scope, switch in (("user", "/CURRENTUSER"), ("machine", "/ALLUSERS"))
    )
    return {
        f"{PACKAGE}.yaml": _header("version")
        + common
        + f"DefaultLocale: en-US\nManifestType: version\nManifestVersion: {SCHEMA}\n",
        f"{PACKAGE}.locale.en-US.yaml": _header("defaultLocale")
        + common
        + "PackageLocale: en-US\nPublisher: incadea-desk\nPackageName: incadea-desk\n"
        + f"License: Proprietary\nShortDescription: {DESCRIPTION}\n"
        + f"ManifestType: defaultLocale\nManifestVersion: {SCHEMA}\n",
        f"{PACKAGE}.installer.yaml": _header("installer")
        + common
        + "MinimumOSVersion: 10.0.0.0\nInstallerType: inno\nUpgradeBehavior: install\n"
        + f"ProductCode: '{PRODUCT_CODE}'\nInstallers:\n{installers}"
        + f"ManifestType: installer\nManifestVersion: {SCHEMA}\n",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("setup", type=Path)
    parser.add_argument("--url", required=True, help="where the setup is published (https)")
    parser.add_argument(
        "--out", type=Path, help="folder for the manifests (default: beside the setup)"
    )
    args = parser.parse_args(argv)
    try:
        written = manifests(args.setup, args.url)
    except (ValueError, OSError) as error:
        print(f"winget: {error}", file=sys.stderr)
        return 2
    out = args.out or args.setup.parent / "winget"
    out.mkdir(parents=True, exist_ok=True)
    for name, text in written.items():
        (out / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"winget: {len(written)} manifests for {args.setup.name} in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
