"""The window in the desktop's dark theme: every colour of the theme stays readable on the
background it is drawn on, and a switch of the desktop's scheme is followed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from incadea_desk.ui.self_test import Report, check_theme
from incadea_desk.ui.theme import DARK, LIGHT, Colours, colours

pytestmark = [pytest.mark.gui]


def luminance(name: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    colour = QColor(name)
    r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def pairs(c: Colours) -> dict[str, tuple[str, str]]:
    return {
        "text": (c.text, c.window),
        "text in a field": (c.text, c.base),
        "muted": (c.muted_text, c.window),
        "error": (c.error_text, c.window),
        "ok": (c.ok_text, c.window),
        "error badge": (c.error_text, c.error_background),
        "ok badge": (c.ok_text, c.ok_background),
        "info badge": (c.accent, c.info_background),
        "warning": (c.warning_text, c.warning_background),
        "text in the warnings box": (c.text, c.warning_background),
        "text in the sync box": (c.text, c.sync_background),
        "invalid field": (c.text, c.error_background),
        "selection": (c.on_accent, c.accent),
    }


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_colour_is_readable_on_its_background(theme: Colours) -> None:
    low = {k: round(contrast(*p), 1) for k, p in pairs(theme).items() if contrast(*p) < 4.5}
    assert low == {}


def test_the_window_follows_the_desktop_into_the_dark(qapp: QApplication, qloop) -> None:
    hints = qapp.styleHints()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
        assert qapp.palette().color(QPalette.ColorRole.Text).name() == DARK.text
        assert DARK.error_text in qapp.styleSheet()
        assert LIGHT.error_text not in qapp.styleSheet()
    finally:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    assert colours(Qt.ColorScheme.Dark) is DARK


def test_the_self_test_fails_a_window_in_the_other_schemes_colours(qapp: QApplication) -> None:
    window = QWidget()
    assert check_theme(window, Report())
    wrong = window.palette()
    wrong.setColor(QPalette.ColorRole.Window, QColor(DARK.window))
    window.setPalette(wrong)
    report = Report()

    assert not check_theme(window, report)
    assert report.lines() == [
        f"FAIL theme: the desktop asks for light; the window's background is {DARK.window}"
    ]
