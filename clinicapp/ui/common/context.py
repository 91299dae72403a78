"""The one application context handed to every view through its constructor.

It holds the library, the visit session and the search index, and carries
the app-wide signals that let areas talk without touching each other's
widgets: an area asks to `navigate("topic:ID")`, the main window listens.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from clinicapp.config import Config
from clinicapp.content.model import Library, Problem, Severity, with_clinic_numbers
from clinicapp.session import VisitSession

if TYPE_CHECKING:
    from clinicapp.content.search import SearchIndex
    from clinicapp.ui.common.speech import SpeechService

log = logging.getLogger(__name__)


class AppContext(QObject):
    """Shared state of one running app; made once in main(), never global."""

    navigateRequested = Signal(str)  # a location: "home", "topic:ID", "term:ID", ...
    sessionChanged = Signal(str)  # the aspect of the VisitSession that changed
    appearanceChanged = Signal()
    languageRequested = Signal(str)  # a language code chosen by the person (e.g. on the home screen)

    def __init__(
        self,
        library: Library,
        problems: list[Problem] | None = None,
        session: VisitSession | None = None,
        *,
        kiosk: bool = False,
        config: Config | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Every view, the search index and every printout read this library, so the
        # clinic's emergency number and crisis line are filled in here, once.
        self.library = with_clinic_numbers(library)
        self.problems = list(problems or [])
        self.session = session or VisitSession()
        self.kiosk = kiosk
        self.config = config or Config()  # what IT set; pages read e.g. config.printing
        self._search_index: SearchIndex | None = None
        self._speech: SpeechService | None = None
        self.languages: tuple[str, ...] = (library.language,)  # content languages on offer
        self.start_language = library.language  # from the settings: every new visit starts in it
        self.session.subscribe(self._on_session_changed)

    def _on_session_changed(self, aspect: str) -> None:
        if self._speech is not None and aspect in ("reset", "cleared"):
            # The next person hears nothing of the last one's page; a kiosk reset also resets the speed.
            self._speech.reset() if aspect == "reset" else self._speech.stop()
        self.sessionChanged.emit(aspect)
        if aspect in ("appearance", "reset"):
            self.appearanceChanged.emit()

    @property
    def error_count(self) -> int:
        return sum(1 for p in self.problems if p.severity is Severity.ERROR)

    @property
    def search_index(self) -> SearchIndex:
        """Built on first use so start-up does not pay for it."""
        if self._search_index is None:
            from clinicapp.content.search import SearchIndex

            self._search_index = SearchIndex.build(self.library)
            log.info("search index built: %d documents", len(self._search_index))
        return self._search_index

    @property
    def speech(self) -> SpeechService:
        """The one read-aloud service; its engine is made on the first Listen tap, not here."""
        if self._speech is None:
            from clinicapp.ui.common.speech import SpeechService

            self._speech = SpeechService(enabled=self.config.read_aloud, parent=self)
        return self._speech

    def navigate(self, location: str) -> None:
        self.navigateRequested.emit(location)

    @property
    def language(self) -> str:
        return self.library.language

    def request_language(self, language: str) -> None:
        if language != self.language:
            self.languageRequested.emit(language)

    def set_library(self, library: Library, problems: list[Problem]) -> None:
        """Swap in another language's library; the search index follows on next use."""
        self.library = with_clinic_numbers(library)
        self.problems = list(problems)
        self._search_index = None
