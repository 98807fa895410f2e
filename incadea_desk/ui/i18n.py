"""Translations: Dutch, French and English through Qt's translation system.

The compiled ``.qm`` files live in the package ``incadea_desk.translations``
(built from ``resources/translations/*.ts``) and are read with
``importlib.resources``, so an installed wheel, an editable checkout and a
frozen bundle all find them. Widgets
set their texts in a ``retranslate()`` method that runs again on
``QEvent.LanguageChange``, so switching the language in the settings changes
the open window at once.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from incadea_desk import request_headers
from incadea_desk.config import LANGUAGES as LANGUAGES

DEFAULT_LANGUAGE = "en"
CATALOG = "incadea_desk"
CATALOG_PACKAGE = "incadea_desk.translations"


def catalogue_name(language: str) -> str:
    """The file name of our compiled catalogue for ``language``."""
    return f"{CATALOG}_{language}.qm"


def read_catalogue(language: str) -> bytes | None:
    """The compiled catalogue of ``language`` from the package; ``None`` if it is not there."""
    try:
        return resources.files(CATALOG_PACKAGE).joinpath(catalogue_name(language)).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return None


def system_language() -> str:
    """The first of the system's UI languages that we have, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def normalise_language(code: str | None) -> str:
    """A supported language code for ``code``; the system language when empty or unknown."""
    if code:
        short = code.replace("_", "-").split("-")[0].lower()
        if short in LANGUAGES:
            return short
    return system_language()


class Translations:
    """The translators installed on the application; one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        # Qt reads a catalogue loaded from memory in place: the bytes live as long as it does.
        self._data: list[bytes] = []
        self.language = DEFAULT_LANGUAGE
        self.catalogue_loaded = False

    def switch(self, code: str | None) -> str:
        """Install the catalogues of ``code`` (or the system language); returns the code used."""
        language = normalise_language(code)
        self.remove()
        # English as written in Europe: day before month, 24-hour clock.
        QLocale.setDefault(QLocale("en_GB" if language == "en" else language))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._install_file(f"qtbase_{language}", qt_dir)
        # English has a catalogue too: it holds the plural forms ("1 workorder", "2 workorders").
        self.catalogue_loaded = self._install_data(read_catalogue(language))
        self.language = language
        request_headers.use_language(language)
        return language

    def remove(self) -> None:
        """Uninstall every catalogue this object installed."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self._data.clear()

    def _install_file(self, name: str, folder: str) -> bool:
        translator = QTranslator(self._app)
        return translator.load(name, folder) and self._install(translator)

    def _install_data(self, data: bytes | None) -> bool:
        if not data:
            return False
        translator = QTranslator(self._app)
        if not translator.load(data):
            return False
        self._data.append(data)
        return self._install(translator)

    def _install(self, translator: QTranslator) -> bool:
        self._app.installTranslator(translator)
        self._installed.append(translator)
        return True
