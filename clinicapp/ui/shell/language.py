"""Switching the language while the app runs, without losing the visit.

The person taps a language on the home screen; this loads that language's
content (same ids), installs the interface translation, hands the new
library to the context and asks the window to rebuild its areas. The visit
session is never touched, so answers and picks carry over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from clinicapp.content.model import Library, Problem
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.i18n import Translators
from clinicapp.ui.shell.areas import Area
from clinicapp.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

LoadLanguage = Callable[[str], tuple[Library, list[Problem]]]


class LanguageSwitcher(QObject):
    def __init__(
        self,
        context: AppContext,
        window: MainWindow,
        translators: Translators,
        load: LoadLanguage,
        areas: Callable[[], list[Area]],
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.translators = translators
        self.load = load
        self.areas = areas
        # Each language's content is read once: reading and checking the YAML again on every
        # switch took most of the 100 ms a tap may take. Content, never anything a patient entered.
        # The start language's library joins once read (start-up reads it after the first paint).
        self._loaded: dict[str, tuple[Library, list[Problem]]] = {}
        context.languageRequested.connect(self.switch)

    def preload(self) -> None:
        """Read every offered language's content ahead (the app calls this once it is idle)."""
        self._remember_current()
        for language in self.context.languages:
            if language not in self._loaded:
                try:
                    self._loaded[language] = self.load(language)
                except Exception:  # read again on the tap, which reports it as before
                    log.exception("reading the %s content ahead failed", language)

    def _remember_current(self) -> None:
        if self.context.language not in self._loaded:
            self._loaded[self.context.language] = (self.context.library, self.context.problems)

    def switch(self, language: str) -> bool:
        """True when the app now shows that language; on failure nothing changes."""
        if language not in self.context.languages:
            log.warning("language %r is not offered", language)
            return False
        self._remember_current()
        if language not in self._loaded:
            self._loaded[language] = self.load(language)
        library, problems = self._loaded[language]
        if not library.topics:
            del self._loaded[language]  # try again next time: the folder may be fixed meanwhile
            log.warning("content for %r has no usable topics; staying in %r", language, self.context.language)
            return False
        self.translators.switch(language)
        self.context.set_library(library, problems)
        self.window.retranslate(self.areas())
        log.info("language switched to %s", language)
        return True
