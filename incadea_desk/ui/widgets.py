"""Small helpers shared by the widgets of the window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_tone(widget: QWidget, tone: str, prop: str = "tone") -> None:
    """Set a style-sheet property (``tone``, ``highlight``) and re-apply the style."""
    if widget.property(prop) == tone:
        return
    widget.setProperty(prop, tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
