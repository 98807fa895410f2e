"""What ``resources/`` builds is what is committed: the icon at every size (PNGs, the
Windows ``.ico``), the compiled catalogues; the Linux desktop entry and AppStream file
pass their validators; the window carries the icon."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QWidget

from incadea_desk.ui import identity
from incadea_desk.ui.identity import DESKTOP_FILE, ICON_SIZES
from incadea_desk.ui.self_test import Report, check_icon

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "resources" / "linux"
BUILT = ("resources", "incadea_desk/icons", "incadea_desk/translations")


def build(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "resources" / "build.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_the_committed_icons_and_catalogues_are_what_their_sources_build() -> None:
    done = build(ROOT, "--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_check_names_a_catalogue_its_source_no_longer_builds(tmp_path: Path) -> None:
    for folder in BUILT:
        shutil.copytree(ROOT / folder, tmp_path / folder)
    (tmp_path / "incadea_desk" / "translations" / "incadea_desk_nl.qm").write_bytes(b"old")
    (tmp_path / "incadea_desk" / "icons" / "incadea-desk-20.png").write_bytes(b"gone")

    done = build(tmp_path, "--check")

    assert done.returncode == 1
    assert done.stdout.splitlines()[:2] == [
        "not what its source builds: incadea_desk/translations/incadea_desk_nl.qm",
        "built from no source: incadea_desk/icons/incadea-desk-20.png",
    ]


@pytest.mark.parametrize(("change", "passes"), [(1, True), (40, False)])
def test_an_icon_is_held_to_its_render_pixel_by_pixel(
    tmp_path: Path, change: int, passes: bool
) -> None:
    # A CPU with other blending code or another zlib writes other bytes for one picture.
    for folder in BUILT:
        shutil.copytree(ROOT / folder, tmp_path / folder)
    png = tmp_path / "incadea_desk" / "icons" / "incadea-desk-32.png"
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)
    colour = image.pixelColor(16, 16)
    colour.setRed(colour.red() - change if colour.red() >= change else colour.red() + change)
    image.setPixelColor(16, 16, colour)
    assert image.save(str(png), "PNG", 0)

    done = build(tmp_path, "--check")

    assert (done.returncode == 0) is passes, done.stdout
    if not passes:
        assert done.stdout.splitlines()[0] == (
            "not what its source builds: incadea_desk/icons/incadea-desk-32.png"
        )


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_has_its_size(size: int) -> None:
    image = QImage(str(ICONS / f"incadea-desk-{size}.png"))
    assert image.size() == QSize(size, size)
    assert image.hasAlphaChannel(), "the corners are transparent"


def test_the_ico_holds_every_size_with_the_pixels_of_its_png() -> None:
    data = (ICONS / "incadea-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))
    listed = [data[6 + 16 * n] or 256 for n in range(count)]
    assert listed == list(ICON_SIZES)

    reader = QImageReader(str(ICONS / "incadea-desk.ico"))
    assert reader.imageCount() == len(ICON_SIZES)
    for size in ICON_SIZES:
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        png = QImage(str(ICONS / f"incadea-desk-{size}.png"))
        assert image.convertToFormat(QImage.Format.Format_ARGB32) == png.convertToFormat(
            QImage.Format.Format_ARGB32
        ), size
        reader.jumpToNextImage()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_window_has_the_icon_at_every_size(desk) -> None:
    icon = desk.window.windowIcon()
    assert not icon.isNull()
    assert sorted({s.width() for s in icon.availableSizes()}) == list(ICON_SIZES)


def test_a_bundle_without_the_icon_opens_and_its_self_test_fails(qapp, monkeypatch) -> None:
    # A package that holds no PNG: what a bundle without the icon looks like.
    monkeypatch.setattr(identity, "ICON_PACKAGE", "incadea_desk.domain")
    window = QWidget()
    window.setWindowIcon(identity.application_icon())
    report = Report()

    assert not check_icon(window, report)
    assert report.lines() == ["FAIL icon: the window's icon in sizes none"]


def validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it where apt is)")
    return found


def test_the_desktop_entry_is_valid() -> None:
    entry = LINUX / f"{DESKTOP_FILE}.desktop"
    done = subprocess.run(
        [validator("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    # It prints nothing for a valid file, a hint or a warning otherwise.
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_appstream_metainfo_is_valid() -> None:
    metainfo = LINUX / f"{DESKTOP_FILE}.metainfo.xml"
    done = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f'<launchable type="desktop-id">{DESKTOP_FILE}.desktop<' in metainfo.read_text(
        encoding="utf-8"
    )
