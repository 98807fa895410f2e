"""The theme: Fusion with an explicit palette, light or dark as the desktop is.

Windows 10/11 (and GNOME, KDE, macOS) tell Qt whether apps should be light or dark; the
window follows, also when the user switches while it is open. Every colour below comes in
both versions, each readable on its own background (``tests/gui/test_gui_theme.py`` checks
the contrast), so that no hard-coded colour turns into dark text on a dark window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


@dataclass(frozen=True)
class Colours:
    window: str
    text: str
    base: str
    alternate_base: str
    button: str
    tooltip: str
    placeholder: str
    disabled_text: str
    accent: str
    on_accent: str
    muted_text: str
    error_text: str
    error_background: str
    ok_text: str
    ok_background: str
    info_background: str
    warning_text: str
    warning_background: str
    warning_border: str
    sync_background: str
    sync_border: str


LIGHT = Colours(
    window="#f5f5f5",
    text="#1f1f1f",
    base="#ffffff",
    alternate_base="#f0f3f7",
    button="#ececec",
    tooltip="#ffffdc",
    placeholder="#8a8a8a",
    disabled_text="#9a9a9a",
    accent="#1a5fb4",
    on_accent="#ffffff",
    muted_text="#6b6b6b",
    error_text="#b00020",
    error_background="#fde7e9",
    ok_text="#1b7a33",
    ok_background="#e6f4ea",
    info_background="#e8f0fb",
    warning_text="#7a5b00",
    warning_background="#fff4ce",
    warning_border="#e0b400",
    sync_background="#eef3fb",
    sync_border="#c7d6ee",
)

DARK = Colours(
    window="#202020",
    text="#e8e8e8",
    base="#2b2b2b",
    alternate_base="#323338",
    button="#3a3a3a",
    tooltip="#3a3a3a",
    placeholder="#9a9a9a",
    disabled_text="#7a7a7a",
    accent="#78aef0",
    on_accent="#101010",
    muted_text="#a8a8a8",
    error_text="#ff8a8a",
    error_background="#4a1e24",
    ok_text="#7fd694",
    ok_background="#1d3a25",
    info_background="#1e3050",
    warning_text="#f5d77a",
    warning_background="#3d3215",
    warning_border="#a88400",
    sync_background="#1f2a3a",
    sync_border="#3c5375",
)


def style_sheet(c: Colours) -> str:
    return f"""
QLabel#paneTitle {{ font-size: 16pt; font-weight: 600; }}
QLabel#paneSubtitle {{ color: {c.muted_text}; }}
QLabel#firstRunHeading {{ font-size: 12pt; font-weight: 600; }}
QLabel[tone="warn"] {{ background: {c.warning_background}; color: {c.warning_text};
    border-left: 3px solid {c.warning_border}; padding: 1px 4px; }}
QLabel[badge="true"] {{ border: none; border-radius: 4px; padding: 1px 6px; font-weight: 600; }}
QLabel[badge="true"][tone="bad"] {{ background: {c.error_background}; color: {c.error_text}; }}
QLabel[badge="true"][tone="warn"] {{ background: {c.warning_background};
    color: {c.warning_text}; }}
QLabel[badge="true"][tone="ok"] {{ background: {c.ok_background}; color: {c.ok_text}; }}
QLabel[badge="true"][tone="info"] {{ background: {c.info_background}; color: {c.accent}; }}
QLabel[highlight="warn"] {{ background: {c.warning_background}; color: {c.warning_text};
    border: 1px solid {c.warning_border}; border-radius: 3px; padding: 0 4px; }}
QLabel[tone="bad"] {{ color: {c.error_text}; }}
QLabel[tone="ok"] {{ color: {c.ok_text}; }}
QLabel[tone="muted"] {{ color: {c.muted_text}; }}
QFrame#warningsBox {{ background: {c.warning_background}; border: 1px solid {c.warning_border};
QToolButton[tone="warn"] {{ background: {c.warning_background}; color: {c.warning_text};
    border: 1px solid {c.warning_border}; border-radius: 3px; padding: 1px 6px; font-weight: 600; }}
QToolButton[tone="warn"]:hover {{ border-color: {c.warning_text}; }}
    border-radius: 4px; }}
QFrame#syncInfo {{ background: {c.sync_background}; border: 1px solid {c.sync_border};
    border-radius: 4px; }}
QLineEdit[invalid="true"] {{ border: 1px solid {c.error_text};
    background: {c.error_background}; }}
QGroupBox {{ font-weight: 600; }}
QGroupBox QLabel {{ font-weight: normal; }}
"""


def palette(c: Colours) -> QPalette:
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alternate_base,
        QPalette.ColorRole.ToolTipBase: c.tooltip,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.placeholder,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.Link: c.accent,
    }
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    return result


def colours(scheme: Qt.ColorScheme | None = None) -> Colours:
    """The colours for ``scheme``, by default the desktop's: dark when it asks apps to be."""
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def _apply(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    c = colours(scheme)
    app.setPalette(palette(c))
    app.setStyleSheet(style_sheet(c))


_following: set[int] = set()


def apply_theme(app: QApplication) -> None:
    """Fusion in the desktop's light or dark colours, following a later switch."""
    app.setStyle(QStyleFactory.create("Fusion"))
    _apply(app)
    if id(app) not in _following:
        _following.add(id(app))
        app.styleHints().colorSchemeChanged.connect(lambda scheme: _apply(app, scheme))
