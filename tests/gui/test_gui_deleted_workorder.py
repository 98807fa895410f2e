"""A workorder deleted in the DMS: Refresh marks its appointment cancelled in Claire
and the window says so in the advisor's language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.test_gui_state import WAIT_MS, open_a_listed_workorder
from tests.gui.test_gui_window import act

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SENTENCES = {
    "en": "marked cancelled",
    "nl": "staat nu op geannuleerd",
    "fr": "désormais marqué annulé",
}


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_refreshing_a_deleted_workorder_says_it_is_cancelled_in_claire(
    qtbot: QtBot, desk, translations, language: str
) -> None:
    window = desk.window
    _row, dms_number = open_a_listed_workorder(qtbot, desk)
    assert act(qtbot, window, "import", window.pane.import_button.click)
    data = desk.sandbox.incadea.data
    data.delete_order(data.order_by_document_no(dms_number))
    if language != "en":
        translations.switch(language)

    assert not act(qtbot, window, "refresh", window.pane.refresh_button.click)

    qtbot.waitUntil(lambda: window.last_error_box is not None, timeout=WAIT_MS)
    box = window.last_error_box
    assert box is not None
    assert dms_number in box.text()
    assert SENTENCES[language] in box.text()
    box.close()
    claire_id = desk.sandbox.claire.by_key[(desk.sandbox.location_id, dms_number)]
    assert desk.sandbox.claire.appointments[claire_id]["canceled"] is True
