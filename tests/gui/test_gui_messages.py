"""No text of the window names a settings key, a Python name or a command-line command.

Every text the window can show goes through the catalogues, so the English
sources of the catalogue are all of them; the sentences the window builds at
run time from errors are checked where they are shown (the settings tests).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from incadea_desk.cli.main import build_parser
from incadea_desk.config import ENV_SETTINGS, Settings
from tests.gui.test_gui_translations import CATALOGUES

pytestmark = pytest.mark.gui


def sources() -> list[str]:
    root = ET.parse(CATALOGUES / "incadea_desk_en.ts").getroot()
    return [message.findtext("source") or "" for message in root.iter("message")]


def settings_keys() -> set[str]:
    keys = set()
    for section, values in Settings().model_dump().items():
        if isinstance(values, dict):
            keys.update(f"{section}.{name}" for name in values)
        keys.add(section + "_")
    return keys


def commands() -> set[str]:
    parser = build_parser()
    names = set()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        names.update(getattr(action, "choices", {}) or {})
    return names


def test_no_window_text_names_a_settings_key_a_python_name_or_a_command() -> None:
    keys = settings_keys()
    snake_case = re.compile(r"\b[a-z]+_[a-z_]+\b")
    found = []
    for source in sources():
        # {wo_number} is a placeholder the window fills in, not a name it shows.
        text = re.sub(r"\{[a-zA-Z_]+\}", "{}", source)
        if any(key in text for key in keys) or any(env in text for env in ENV_SETTINGS):
            found.append(text)
        if snake_case.search(text) or re.search(r"\b[A-Za-z]+Error\b", text) or "()" in text:
            found.append(text)
        for command in commands():
            if f"incadea-desk {command}" in text or f"'{command}'" in text:
                found.append(text)
    assert len(sources()) > 300
    assert found == []
