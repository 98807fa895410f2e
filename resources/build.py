"""Builds what the application ships from the sources in ``resources/``.

    uv run python resources/build.py              # the icons and the catalogues
    uv run python resources/build.py icons        # resources/icons/*.svg -> PNGs, .ico
    uv run python resources/build.py catalogues   # resources/translations/*.ts -> .qm
    uv run python resources/build.py update       # new window texts into the .ts files
    uv run python resources/build.py --check      # exit 1 if a committed file is not
                                                  # what its source builds (CI runs this)

The icons are rendered with Qt's own SVG renderer: ``resources/icons/incadea-desk-<n>.png``
for the Linux desktop, ``incadea-desk.ico`` for the Windows executable and installer, and
the same PNGs in ``incadea_desk/icons/`` for the window. The ``.qm`` catalogues are
compiled into ``incadea_desk/translations/``. Both output folders are package data, read
with ``importlib.resources``, so a wheel, an editable install and the frozen app find them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGE_ICONS = ROOT / "incadea_desk" / "icons"
PACKAGE_CATALOGUES = ROOT / "incadea_desk" / "translations"
UI_SOURCES = (
    ROOT / "incadea_desk" / "ui",
    ROOT / "incadea_desk" / "messages.py",
    ROOT / "incadea_desk" / "contract_sentences.py",
)

NAME = "incadea-desk"
SIZES = (16, 24, 32, 48, 64, 128, 256)
# Below 32 px the card's lines blur into grey; the small drawing keeps the speedometer.
SMALL_SIZES = (16, 24)
# Windows XP-era readers take only bitmaps in an .ico; PNG is kept for 256 px, where a
# bitmap would be 256 KB (Microsoft's icon guidelines do the same).
PNG_IN_ICO_FROM = 256


def png_name(size: int) -> str:
    return f"{NAME}-{size}.png"


def _tool(name: str) -> str:
    """A Qt tool installed beside this Python (the virtualenv's scripts folder)."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


# --- icons ----------------------------------------------------------------------------------


def _render(svg: Path, size: int):  # -> QImage
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg.relative_to(ROOT)}: not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _png(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


def _bitmap(image) -> bytes:
    """An icon image as a device-independent bitmap: a BITMAPINFOHEADER whose height
    counts the colour rows and the mask rows, 32-bit BGRA rows bottom-up, then a 1-bit AND
    mask (all zero: the alpha channel decides)."""
    from PySide6.QtCore import Qt

    if sys.byteorder != "little":
        raise SystemExit("the .ico is written on a little-endian machine (Qt's ARGB32 is BGRA)")
    width, height = image.width(), image.height()
    # Kept in a name: the bits are a view of the image, gone with it.
    bottom_up = image.flipped(Qt.Orientation.Vertical)
    colours = bytes(bottom_up.constBits())
    mask = bytes(((width + 31) // 32) * 4 * height)
    header = struct.pack(
        "<IiiHHIIiiII", 40, width, 2 * height, 1, 32, 0, len(colours) + len(mask), 0, 0, 0, 0
    )
    return header + colours + mask


def ico(images: list) -> bytes:
    """A Windows icon file holding ``images`` (square, smallest first): ICONDIR, one
    ICONDIRENTRY per image, then the images (a width of 256 is written as 0)."""
    directory = struct.pack("<HHH", 0, 1, len(images))
    offset = len(directory) + 16 * len(images)
    entries, blobs = [], []
    for image in images:
        side = image.width()
        blob = _png(image) if side >= PNG_IN_ICO_FROM else _bitmap(image)
        entries.append(
            struct.pack("<BBBBHHII", side % 256, side % 256, 0, 0, 1, 32, len(blob), offset)
        )
        blobs.append(blob)
        offset += len(blob)
    return directory + b"".join(entries) + b"".join(blobs)


def build_icons() -> dict[Path, bytes]:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    images = [
        _render(ICONS / (f"{NAME}-small.svg" if size in SMALL_SIZES else f"{NAME}.svg"), size)
        for size in SIZES
    ]
    built: dict[Path, bytes] = {ICONS / f"{NAME}.ico": ico(images)}
    for size, image in zip(SIZES, images, strict=True):
        built[ICONS / png_name(size)] = built[PACKAGE_ICONS / png_name(size)] = _png(image)
    return built


# --- catalogues -----------------------------------------------------------------------------


def build_catalogues() -> dict[Path, bytes]:
    built: dict[Path, bytes] = {}
    with tempfile.TemporaryDirectory() as folder:
        for source in sorted(TRANSLATIONS.glob("*.ts")):
            compiled = Path(folder) / f"{source.stem}.qm"
            subprocess.run(
                [_tool("pyside6-lrelease"), str(source), "-qm", str(compiled)],
                check=True,
                capture_output=True,
            )
            built[PACKAGE_CATALOGUES / compiled.name] = compiled.read_bytes()
    if not built:
        raise SystemExit(f"no .ts file in {TRANSLATIONS.relative_to(ROOT)}")
    return built


def update_catalogues() -> None:
    """Adds the window's new texts to every ``.ts`` and drops the texts no longer used."""
    folder, *modules = UI_SOURCES
    sources = [*sorted(str(path) for path in folder.rglob("*.py")), *map(str, modules)]
    catalogues = sorted(str(path) for path in TRANSLATIONS.glob("*.ts"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", *catalogues], check=True
    )


# --- write or check -------------------------------------------------------------------------


def stale(built: dict[Path, bytes]) -> list[Path]:
    """Files in an output folder that no source builds (a language or a size removed)."""
    kinds = {(path.parent, path.suffix) for path in built}
    return sorted(
        path for folder, suffix in kinds for path in folder.glob(f"*{suffix}") if path not in built
    )


# Qt's rasteriser blends with code picked for the CPU, and PNG compression depends on
# the zlib build: a committed image is what its source builds when every frame has the
# same size and no premultiplied channel of a pixel differs by more than this.
PIXEL_TOLERANCE = 2


def _frames(data: bytes, suffix: str) -> list[tuple[int, int, bytes]]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, suffix.lstrip(".").encode())
    frames = []
    while not (image := reader.read()).isNull():
        pixels = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        frames.append((pixels.width(), pixels.height(), bytes(pixels.constBits())))
        if not reader.jumpToNextImage():
            break
    return frames


def same(path: Path, data: bytes) -> bool:
    """Whether the file at ``path`` holds ``data``: the same bytes, or for an image the
    same frames within ``PIXEL_TOLERANCE``."""
    held = path.read_bytes()
    if held == data:
        return True
    if path.suffix not in (".png", ".ico"):
        return False
    ours, theirs = _frames(held, path.suffix), _frames(data, path.suffix)
    return (
        bool(ours)
        and len(ours) == len(theirs)
        and all(
            a[:2] == b[:2] and max(map(abs, map(int.__sub__, a[2], b[2]))) <= PIXEL_TOLERANCE
            for a, b in zip(ours, theirs, strict=True)
        )
    )


def check(built: dict[Path, bytes]) -> list[str]:
    """What differs between the committed files and ``built``, one line per file."""
    problems = []
    for path, data in sorted(built.items()):
        name = path.relative_to(ROOT).as_posix()
        if not path.exists():
            problems.append(f"missing: {name}")
        elif not same(path, data):
            problems.append(f"not what its source builds: {name}")
    problems += [f"built from no source: {p.relative_to(ROOT).as_posix()}" for p in stale(built)]
    return problems


def write(built: dict[Path, bytes]) -> None:
    for path, data in sorted(built.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or not same(path, data):
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT).as_posix()}")
    for path in stale(built):
        path.unlink()
        print(f"removed {path.relative_to(ROOT).as_posix()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "what", nargs="?", default="all", choices=["all", "icons", "catalogues", "update"]
    )
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    options = parser.parse_args(argv)
    if options.what == "update":
        update_catalogues()
        options.what = "catalogues"
    built: dict[Path, bytes] = {}
    if options.what in ("all", "icons"):
        built |= build_icons()
    if options.what in ("all", "catalogues"):
        built |= build_catalogues()
    if not options.check:
        write(built)
        return 0
    problems = check(built)
    for line in problems:
        print(line)
    if problems:
        print("Run: uv run python resources/build.py")
        return 1
    print(f"resources: {len(built)} files are what their sources build")
    return 0


if __name__ == "__main__":
    sys.exit(main())
