"""Small helpers shared by the widgets of the window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_tone(widget: QWidget, tone: str, prop: str = "tone") -> None:
    """Set a style-sheet property (``tone``, ``highlight``) and re-apply the style.

    The property is set every time rather than read first: reading a property
    that was never set returns ``None`` through a path of PySide6 6.12 that
    releases a reference to ``None`` it does not own, which crashes Python 3.11
    at exit once it has happened often enough.
    """
    widget.setProperty(prop, tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
