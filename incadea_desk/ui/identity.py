"""The application's identity on the desktop: its name, its icon and its desktop entry.

The icon's PNGs are package data (``incadea_desk.icons``, rendered by
``resources/build.py``), read with ``importlib.resources`` so the window finds them
installed, in a checkout and frozen. PNG is built into QtGui: no image-format plugin
is needed, and the bundle ships none.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from incadea_desk.config import APP_NAME

ICON_PACKAGE = "incadea_desk.icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The name of resources/linux/<it>.desktop, and the AppStream id: on Wayland the
# compositor finds the window's icon and name through it (a Wayland window has no icon
# of its own).
DESKTOP_FILE = "nl.incadeadesk.IncadeaDesk"


def _png(size: int) -> bytes:
    try:
        return resources.files(ICON_PACKAGE).joinpath(f"{APP_NAME}-{size}.png").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return b""


def application_icon() -> QIcon:
    """The icon at every size the package holds (a window without it still opens,
    with the desktop's generic icon; the self-test fails on it)."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(_png(size), "PNG"):
            icon.addPixmap(pixmap)
    return icon


def apply_identity(app: QGuiApplication) -> None:
    """Name, desktop entry and icon of every window (title bar, taskbar, task switcher).

    No application display name: Qt would append it to every window title, and the
    main window's title already starts with the name ("incadea-desk — demo — incadea-desk").
    """
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(application_icon())
