"""Settings IT sets by policy are greyed out in the settings dialog, with a note saying so;
saving keeps the policy's values."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from incadea_desk.config import Settings
from incadea_desk.policy import Policy, apply_policy
from incadea_desk.secrets import MemoryBackend, SecretStore
from incadea_desk.ui.settings_dialog import SettingsDialog
from incadea_desk.ui.settings_io import connection_tester, file_saver
from incadea_desk.ui.tasks import TaskRunner

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

KEY = r"HKLM\Software\Policies\incadea-desk\incadea-desk"


def dialog_under(qtbot: QtBot, policy: Policy) -> SettingsDialog:
    store = SecretStore(MemoryBackend(), environ={})
    dialog = SettingsDialog(
        apply_policy(Settings(), policy),
        runner=TaskRunner(),
        save=file_saver(store),
        test=connection_tester(store),
        policy=policy,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_fields_a_policy_sets_are_locked_with_a_note(qtbot: QtBot, qloop, translations) -> None:
    values = {
        "claire.base_url": "https://claire.dealer.example",
        "sync.interval_seconds": "300",
        "dms.company_id": "6f1c4f6e-2a8e-4d8e-9d55-0a1f2b3c4d5e",
    }
    dialog = dialog_under(qtbot, Policy(values, dict.fromkeys(values, KEY)))

    assert dialog.policy_note.isVisible()
    assert "IT department sets the greyed-out settings by policy" in dialog.policy_note.text()
    assert not dialog.claire_url.isEnabled()
    assert dialog.claire_url.text() == "https://claire.dealer.example"
    assert not dialog.interval.isEnabled()
    assert not dialog.dms.fields["company_id"].isEnabled()
    assert dialog.location_id.isEnabled()
    assert dialog.language.isEnabled()
    assert dialog.current_settings().sync.interval_seconds == 300


def test_without_a_policy_nothing_is_locked(qtbot: QtBot, qloop, translations) -> None:
    dialog = dialog_under(qtbot, Policy())

    assert not dialog.policy_note.isVisible()
    assert dialog.claire_url.isEnabled()
    assert dialog.interval.isEnabled()
