"""Interface language: Qt translators for our strings and Qt's own, plus the locale.

Content has its own language folders (content/en, content/es); this module
only handles the words the app itself shows and how dates and numbers are
written. Switching installs new translators; Qt then sends every widget a
LanguageChange event, and the main window rebuilds its areas from the session.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from clinicapp.paths import translations_dir

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtCore import QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"  # the language the source strings are written in
LANGUAGE_NAMES = {"en": "English", "es": "Español"}  # each in its own language


class Translators:
    """Owns the installed translators so a switch can remove the old ones."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def switch(self, language: str) -> bool:
        """Install the translations for a language; False if ours are missing."""
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == SOURCE_LANGUAGE:
            return True
        from PySide6.QtCore import QLibraryInfo, QTranslator  # here: an English start loads no translation

        found = True
        ours = QTranslator(self.app)
        if ours.load(f"clinicapp_{language}", str(translations_dir())):
            self.app.installTranslator(ours)
            self.installed.append(ours)
        else:
            log.warning("no interface translation for %r in %s", language, translations_dir())
            found = False
        qt_own = QTranslator(self.app)  # button texts of Qt's own dialogs (print, file)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.app.installTranslator(qt_own)
            self.installed.append(qt_own)
        return found


def format_long_date(day: dt.date) -> str:
    """A date as the current language writes it, without the weekday.

    "September 15, 2026" / "15 de septiembre de 2026": Qt's long format minus
    its leading weekday, which only adds length for a "last reviewed" line.
    """
    from PySide6.QtCore import QDate  # here: the first paint shows no date

    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd, ", "").replace("dddd ", "")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)
