"""The status bar's word on the site importer: when it last imported, read from its
``/healthz`` (``sync.site_importer_status_url``); amber, with the reason, when it is
stale or cannot be reached. Hidden where no address is set.

The importer's reason is its own English sentence: it is shown in the tooltip, and the
label says in the advisor's language what it means.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from incadea_desk.ui.formatting import fmt_int
from incadea_desk.ui.widgets import ElidedLabel, set_tone

if TYPE_CHECKING:
    import httpx

POLL_SECONDS = 15.0
MAX_ANSWER_BYTES = 64 * 1024


@dataclass(frozen=True)
class ImporterView:
    """What the last look at ``/healthz`` found."""

    reachable: bool
    healthy: bool = False
    seconds_since: float | None = None
    reason: str = ""


class SiteImporterStatus(ElidedLabel):
    """One label in the status bar; :meth:`watch` keeps it current until cancelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteImporterState")
        self._view: ImporterView | None = None
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    async def watch(self, url: str) -> None:
        """Look at the importer's ``/healthz`` now and every ``POLL_SECONDS``."""
        if not url:
            return
        self.show()
        # Here, not at the top: the window paints before the HTTP stack is loaded.
        import httpx

        async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
            while True:
                self.set_view(await _look(client, url))
                await asyncio.sleep(POLL_SECONDS)

    def set_view(self, view: ImporterView) -> None:
        self._view = view
        self._render()

    def _render(self) -> None:
        view = self._view
        if view is None:
            self.setText(self.tr("Site importer: not checked yet"))
            set_tone(self, "muted")
            return
        if not view.reachable:
            self.setText(self.tr("Site importer: unreachable"))
            self.setToolTip(
                self.tr("The site importer did not answer; changed workorders may not arrive.")
            )
            set_tone(self, "warn")
            return
        ago = self._ago(view.seconds_since)
        if view.healthy:
            text = (
                self.tr("Site importer: last import %1 ago").replace("%1", ago)
                if ago
                else self.tr("Site importer: running")
            )
            self.setText(text)
            self.setToolTip("")
            set_tone(self, "ok")
            return
        self.setText(
            self.tr("Site importer: no import for %1").replace("%1", ago)
            if ago
            else self.tr("Site importer: not importing")
        )
        self.setToolTip(view.reason)
        set_tone(self, "warn")

    def _ago(self, seconds: float | None) -> str:
        if seconds is None:
            return ""
        if seconds < 120:
            return self.tr("%1 s").replace("%1", fmt_int(int(seconds)))
        if seconds < 120 * 60:
            return self.tr("%1 min").replace("%1", fmt_int(int(seconds // 60)))
        return self.tr("%1 h").replace("%1", fmt_int(int(seconds // 3600)))


async def _look(client: httpx.AsyncClient, url: str) -> ImporterView:
    import httpx

    try:
        answer = await client.get(url)
        figures = answer.json() if len(answer.content) <= MAX_ANSWER_BYTES else None
    except (httpx.HTTPError, ValueError):
        return ImporterView(reachable=False)
    if not isinstance(figures, dict) or answer.status_code not in (200, 503):
        return ImporterView(reachable=False)
    seconds = figures.get("seconds_since_last_walk")
    reason = figures.get("reason")
    return ImporterView(
        reachable=True,
        healthy=answer.status_code == 200,
        seconds_since=float(seconds) if isinstance(seconds, int | float) else None,
        reason=reason[:300] if isinstance(reason, str) else "",
    )
