"""Dutch, French and English: every text of the window is in the catalogues and translated,
the compiled ``.qm`` files are package data, and the domain's warnings are known.

(That the ``.qm`` files are what their ``.ts`` sources build: ``test_gui_resources.py``.)"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from incadea_desk.domain import Party
from incadea_desk.domain.contact import party_warnings
from incadea_desk.ui import i18n
from incadea_desk.ui.domain_texts import DATA_WARNINGS
from incadea_desk.ui.i18n import Translations
from incadea_desk.ui.self_test import Report, check_language

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "incadea_desk" / "ui"
CATALOGUES = ROOT / "resources" / "translations"
# Every module outside the window whose texts it shows translated (QT_TRANSLATE_NOOP).
SENTENCE_MODULES = tuple(
    path
    for path in sorted((ROOT / "incadea_desk").glob("*.py"))
    if "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8")
)
LANGUAGES = ("nl", "fr", "en")


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_the_catalogues_are_built_from_the_window_and_every_sentence_module() -> None:
    spec = importlib.util.spec_from_file_location("build", ROOT / "resources" / "build.py")
    assert spec is not None
    assert spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    folder, *modules = build.UI_SOURCES
    assert (folder, sorted(modules)) == (UI, sorted(SENTENCE_MODULES))


def test_every_text_of_the_window_is_in_the_catalogues(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = [*sorted(str(p) for p in UI.rglob("*.py")), *map(str, SENTENCE_MODULES)]
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = messages(fresh)
    plurals = {key for key, message in wanted.items() if message.get("numerus") == "yes"}
    assert plurals, "plural texts are written self.tr(text, '', n) so lupdate sees them"
    for language in LANGUAGES:
        held = messages(CATALOGUES / f"incadea_desk_{language}.ts")
        assert set(wanted) - set(held) == set(), f"{language}: run pyside6-lupdate and translate"
        held_plurals = {key for key, message in held.items() if message.get("numerus") == "yes"}
        assert held_plurals == plurals, language


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_dutch_and_french_are_fully_translated(language: str) -> None:
    for key, message in messages(CATALOGUES / f"incadea_desk_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "obsolete"), key
        if message.get("numerus") == "yes":
            assert all(f.text for f in translation.iter("numerusform")), key
        else:
            assert translation.text, key
            assert translation.text.count("%") == key[1].count("%"), key


def test_the_domain_warnings_are_known_to_the_catalogues() -> None:
    bad = Party(
        first_name="Jan",
        postcode="1234ab",
        email_private="jan@",
        email_business="@example",
        phone_private="12",
        phone_business="0301234567",
        mobile_private="0301234567",
        mobile_business="+31 6 1234 5678",
    )
    broken = Party(phone_private="x1", mobile_private="x2", phone_business="x3", postcode="99")
    produced = {w.message for party in (bad, broken) for w in party_warnings(party)}
    assert produced
    assert produced <= set(map(str, DATA_WARNINGS)), produced - set(map(str, DATA_WARNINGS))


@pytest.mark.parametrize(
    ("language", "expected"), [("nl", "&Bestand"), ("fr", "&Fichier"), ("en", "&File")]
)
def test_switching_the_language_loads_its_catalogue(qapp, language: str, expected: str) -> None:
    translations = Translations(qapp)
    try:
        assert translations.switch(language) == language
        assert translations.catalogue_loaded
        assert QCoreApplication.translate("MainWindow", "&File") == expected
        one = QCoreApplication.translate(
            "StatusPanel", "%n correction(s) waiting for the DMS", None, 1
        )
        assert "(s)" not in one
    finally:
        translations.remove()
        QLocale.setDefault(QLocale("en_GB"))


def test_the_compiled_catalogues_are_package_data() -> None:
    shipped = {entry.name for entry in resources.files(i18n.CATALOG_PACKAGE).iterdir()}
    assert {f"incadea_desk_{language}.qm" for language in LANGUAGES} <= shipped


def test_the_self_test_fails_when_the_catalogue_is_missing(qapp, monkeypatch) -> None:
    # A package that holds no catalogue: what a bundle without the Dutch .qm looks like.
    monkeypatch.setattr(i18n, "CATALOG_PACKAGE", "incadea_desk.domain")
    translations = Translations(qapp)
    report = Report()
    try:
        assert translations.switch("nl") == "nl"
        assert not check_language(translations, report)
    finally:
        translations.remove()
        QLocale.setDefault(QLocale("en_GB"))
    assert not report.ok
    assert report.lines() == [
        "FAIL language: Nederlands catalogue NOT loaded; the File menu reads '&File'"
    ]


def test_the_self_test_names_the_catalogue_it_loaded(qapp) -> None:
    translations = Translations(qapp)
    report = Report()
    try:
        translations.switch("nl")
        assert check_language(translations, report)
    finally:
        translations.remove()
        QLocale.setDefault(QLocale("en_GB"))
    assert report.lines() == [
        "PASS language: Nederlands catalogue loaded; the File menu reads '&Bestand'"
    ]
