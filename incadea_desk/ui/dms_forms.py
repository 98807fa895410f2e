"""The settings form of each DMS kind, by the name its registry entry gives
(``services/dms_kinds``): a second DMS adds its form here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from incadea_desk.config import Settings
from incadea_desk.services.dms_kinds import dms_kind
from incadea_desk.ui.dms_box import DmsBox
from incadea_desk.ui.incadea_form.form import IncadeaForm

DMS_FORMS: dict[str, Callable[[Settings, QWidget | None], DmsBox]] = {"incadea": IncadeaForm}


def dms_form(settings: Settings, parent: QWidget | None = None) -> DmsBox:
    """The DMS box of the settings dialog for the configured kind of DMS."""
    return DMS_FORMS[dms_kind(settings).form](settings, parent)
