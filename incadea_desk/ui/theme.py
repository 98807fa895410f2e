"""The light theme: Fusion with an explicit light palette, whatever the desktop uses."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

WARNING_BACKGROUND = "#fff4ce"
WARNING_BORDER = "#e0b400"
WARNING_TEXT = "#7a5b00"
ERROR_TEXT = "#b00020"
OK_TEXT = "#1b7a33"
MUTED_TEXT = "#6b6b6b"
ACCENT = "#1a5fb4"

STYLE_SHEET = f"""
QLabel#paneTitle {{ font-size: 16pt; font-weight: 600; }}
QLabel#paneSubtitle {{ color: {MUTED_TEXT}; }}
QLabel#firstRunHeading {{ font-size: 12pt; font-weight: 600; }}
QLabel[tone="warn"] {{ background: {WARNING_BACKGROUND}; color: {WARNING_TEXT};
    border-left: 3px solid {WARNING_BORDER}; padding: 1px 4px; }}
QLabel[badge="true"] {{ border: none; border-radius: 4px; padding: 1px 6px; font-weight: 600; }}
QLabel[badge="true"][tone="bad"] {{ background: #fde7e9; color: {ERROR_TEXT}; }}
QLabel[badge="true"][tone="warn"] {{ background: {WARNING_BACKGROUND}; color: {WARNING_TEXT}; }}
QLabel[badge="true"][tone="ok"] {{ background: #e6f4ea; color: {OK_TEXT}; }}
QLabel[badge="true"][tone="info"] {{ background: #e8f0fb; color: {ACCENT}; }}
QLabel[highlight="warn"] {{ background: {WARNING_BACKGROUND}; color: {WARNING_TEXT};
    border: 1px solid {WARNING_BORDER}; border-radius: 3px; padding: 0 4px; }}
QToolButton[tone="warn"] {{ background: {WARNING_BACKGROUND}; color: {WARNING_TEXT};
    border: 1px solid {WARNING_BORDER}; border-radius: 3px; padding: 1px 6px; font-weight: 600; }}
QToolButton[tone="warn"]:hover {{ border-color: {WARNING_TEXT}; }}
QLabel[tone="bad"] {{ color: {ERROR_TEXT}; }}
QLabel[tone="ok"] {{ color: {OK_TEXT}; }}
QLabel[tone="muted"] {{ color: {MUTED_TEXT}; }}
QFrame#warningsBox {{ background: {WARNING_BACKGROUND}; border: 1px solid {WARNING_BORDER};
    border-radius: 4px; }}
QFrame#syncInfo {{ background: #eef3fb; border: 1px solid #c7d6ee; border-radius: 4px; }}
QLineEdit[invalid="true"] {{ border: 1px solid {ERROR_TEXT}; background: #fde7e9; }}
QGroupBox {{ font-weight: 600; }}
QGroupBox QLabel {{ font-weight: normal; }}
"""


def light_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f5f5f5",
        QPalette.ColorRole.WindowText: "#1f1f1f",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f0f3f7",
        QPalette.ColorRole.ToolTipBase: "#ffffdc",
        QPalette.ColorRole.ToolTipText: "#1f1f1f",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.Text: "#1f1f1f",
        QPalette.ColorRole.Button: "#ececec",
        QPalette.ColorRole.ButtonText: "#1f1f1f",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9a9a9a"))
    return palette


def apply_light_theme(app: QApplication) -> None:
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(light_palette())
    app.setStyleSheet(STYLE_SHEET)
