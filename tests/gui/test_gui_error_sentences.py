"""The window says in the advisor's language what a Business Central error code or a
Claire key that cannot serve the location means, and never that Claire cannot be
reached when it answered."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from incadea_desk.request_headers import LANGUAGE_TAGS, request_headers
from incadea_desk.sandbox import FaultSettings
from incadea_desk.ui.i18n import Translations
from tests.gui.conftest import WAIT_MS
from tests.gui.test_gui_state import open_a_listed_workorder
from tests.gui.test_gui_window import act, search

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

OUT_OF_SCOPE = {
    "en": "Claire's API key does not cover location {location}; check the location in "
    "Settings, or ask Claire for a key that includes it.",
    "nl": "De API-sleutel van Claire geldt niet voor locatie {location}; controleer de locatie "
    "in Instellingen, of vraag Claire om een sleutel die deze locatie omvat.",
    "fr": "La clé API de Claire ne couvre pas le site {location} ; vérifiez le site dans "
    "Paramètres, ou demandez à Claire une clé qui l’inclut.",
}
TENANT_UNAVAILABLE = {
    "en": "The DMS is not accessible right now, for example during an update; try again "
    "later, and tell your administrator if it lasts.",
    "nl": "Het DMS is nu niet toegankelijk, bijvoorbeeld tijdens een update; probeer het later "
    "opnieuw en meld het aan uw beheerder als het aanhoudt.",
    "fr": "Le DMS n’est pas accessible pour l’instant, par exemple pendant une mise à jour ; "
    "réessayez plus tard et prévenez votre administrateur si cela dure.",
}


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_a_location_outside_the_claire_keys_scope_is_said_in_one_sentence(
    qtbot: QtBot, desk, translations: Translations, language: str
) -> None:
    window = desk.window
    open_a_listed_workorder(qtbot, desk)
    key = next(iter(desk.sandbox.claire.keys.keys.values()))
    key.location_ids = tuple(loc for loc in key.location_ids if loc != desk.sandbox.location_id)
    translations.switch(language)

    assert not act(qtbot, window, "import", window.pane.import_button.click)

    qtbot.waitUntil(lambda: window.last_error_box is not None, timeout=WAIT_MS)
    box = window.last_error_box
    assert box is not None
    assert box.text() == OUT_OF_SCOPE[language].format(location=desk.sandbox.location_id)
    assert window.status.connection("claire") == "refused"
    box.close()


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_an_unavailable_tenant_is_said_in_the_window_language(
    qtbot: QtBot, desk, translations: Translations, language: str
) -> None:
    window = desk.window
    translations.switch(language)
    desk.sandbox.set_faults(
        incadea=FaultSettings(
            error_rate=1.0, error_status=404, error_code="Internal_TenantUnavailable"
        )
    )

    assert not search(qtbot, window, "4711")

    qtbot.waitUntil(lambda: window.last_error_box is not None, timeout=WAIT_MS)
    box = window.last_error_box
    assert box is not None
    assert box.text() == TENANT_UNAVAILABLE[language]
    box.close()
    # The DMS is asked for its own texts in the window's language too.
    assert request_headers("dms", "GET")["Accept-Language"] == LANGUAGE_TAGS[language]
