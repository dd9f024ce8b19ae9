"""Run-time language switching with Qt's translation tools.

Sources: ``resources/i18n/exitdesk_<lang>.ts`` at the top of the repository (edited in Qt
Linguist); ``tools/update_translations.py`` runs lupdate over ``src/exitdesk/ui`` and builds the
``.qm`` files into ``src/exitdesk/resources/i18n/``, which ship with the package.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from exitdesk.ui.settings import LANGUAGES

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "fi": "Suomi", "sv": "Svenska"}


def qm_dir() -> Path:
    return Path(str(resources.files("exitdesk").joinpath("resources", "i18n")))


class Translations(QObject):
    """Installs our translator and Qt's own (standard buttons) for one language at a time.

    Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; widgets
    re-set their texts in ``retranslateUi()``. ``languageChanged`` is for non-widget listeners.
    """

    languageChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self._language = "en"

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> bool:
        """Switch to ``language`` (en, fi, sv); False if its catalogue is missing (then English)."""
        if language not in LANGUAGES:
            language = "en"
        app = QCoreApplication.instance()
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        self._installed.clear()
        loaded = True
        if language == "en":
            # English carries only its plural forms ("1 record", "4 records").
            plurals = QTranslator(self)
            if plurals.load("exitdesk_en", str(qm_dir())):
                self._installed.append(plurals)
        else:
            ours = QTranslator(self)
            loaded = ours.load(f"exitdesk_{language}", str(qm_dir()))
            if loaded:
                self._installed.append(ours)
            qt_own = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{language}", qt_dir):
                self._installed.append(qt_own)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        if app is not None:
            QLocale.setDefault(QLocale(language))
        self._language = language if loaded else "en"
        self.languageChanged.emit(self._language)
        return loaded
