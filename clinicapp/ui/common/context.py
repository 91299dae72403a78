"""The one application context handed to every view through its constructor.

It holds the library, the visit session and the search index, and carries
the app-wide signals that let areas talk without touching each other's
widgets: an area asks to `navigate("topic:ID")`, the main window listens.

At start-up the context may hold only the clinic profile (what the home
screen shows) and a way to read the rest: the app reads it after the first
paint (`load_library`), and anything that asks for `library` earlier (a tap
on an area in the first moments) reads it there and then, so it waits for
the content instead of finding it empty.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from clinicapp.config import Config
from clinicapp.content.model import Clinic, Library, Problem, Severity, with_clinic_numbers
from clinicapp.session import SessionChange, VisitSession

if TYPE_CHECKING:
    from clinicapp.content.search import SearchIndex
    from clinicapp.ui.common.speech import SpeechService

log = logging.getLogger(__name__)

LoadResultPair = tuple[Library, list[Problem]]
# A loader returns the library and its problems, or a generator that reads it a piece per
# next() and returns them (app.load_content_steps): then the read can be spread over turns.
Loader = Callable[[], LoadResultPair | Generator[object, None, LoadResultPair]]


class AppContext(QObject):
    """Shared state of one running app; made once in main(), never global."""

    navigateRequested = Signal(str)  # a location: "home", "topic:ID", "term:ID", ...
    # The SessionChange that happened (object, not str: slots get the enum member itself).
    sessionChanged = Signal(object)
    appearanceChanged = Signal()
    languageRequested = Signal(str)  # a language code chosen by the person (e.g. on the home screen)
    topHitRequested = Signal()  # Enter in the search box: the page showing the results opens the best one
    libraryLoaded = Signal()  # the full library replaced the clinic profile (see load_library)

    def __init__(
        self,
        library: Library,
        problems: list[Problem] | None = None,
        session: VisitSession | None = None,
        *,
        kiosk: bool = False,
        config: Config | None = None,
        parent: QObject | None = None,
        load: Loader | None = None,
    ) -> None:
        """library: the full library, or with `load` only the clinic profile (see load_library)."""
        super().__init__(parent)
        # Every view, the search index and every printout read this library, so the
        # clinic's emergency number and crisis line are filled in here, once.
        self._library = with_clinic_numbers(library)
        self._pending = load
        self._steps: Generator[object, None, LoadResultPair] | None = None  # a read under way
        self._just_loaded = False  # read, libraryLoaded not yet sent
        self.problems = list(problems or [])
        self.session = session or VisitSession()
        self.kiosk = kiosk
        self.config = config or Config()  # what IT set; pages read e.g. config.printing
        self._search_index: SearchIndex | None = None
        self._speech: SpeechService | None = None
        self.languages: tuple[str, ...] = (library.language,)  # content languages on offer
        self.start_language = library.language  # from the settings: every new visit starts in it
        self.session.subscribe(self._on_session_changed)

    def _on_session_changed(self, aspect: SessionChange) -> None:
        if self._speech is not None and aspect in (SessionChange.RESET, SessionChange.CLEARED):
            # The next person hears nothing of the last one's page; a kiosk reset also resets the speed.
            self._speech.reset() if aspect is SessionChange.RESET else self._speech.stop()
        self.sessionChanged.emit(aspect)
        if aspect in (SessionChange.APPEARANCE, SessionChange.RESET):
            self.appearanceChanged.emit()

    @property
    def library(self) -> Library:
        """The full library; read now if start-up has not read it yet (the caller waits for it)."""
        if self._pending is not None:
            self.load_library()
        return self._library

    @property
    def library_loaded(self) -> bool:
        return self._pending is None

    @property
    def clinic(self) -> Clinic:
        """The clinic profile: known from the start, without reading the rest of the library."""
        return self._library.clinic

    def load_library(self) -> bool:
        """Read the rest of the library if it is still pending; True when this call finished it.

        A step-wise read under way (load_library_step) is finished here, at once.
        Content problems keep their file and line: the loader reports them
        (the app logs them and tells staff on libraryLoaded).
        """
        while self._pending is not None:
            self._advance()
        return self._finished_now()

    def load_library_step(self, budget_s: float = 0.0) -> bool:
        """Read pieces of the pending library for about `budget_s` seconds (at least one); True when more remain.

        Start-up calls it once a turn of the event loop, so a tap waits for one
        piece at most; anything that needs the library sooner reads the rest itself.
        """
        started = time.perf_counter()
        while self._pending is not None:
            self._advance()
            if time.perf_counter() - started >= budget_s:
                break
        self._finished_now()
        return self._pending is not None

    def _advance(self) -> None:
        """One piece of the read; the whole read when the loader is not step-wise."""
        try:
            if self._steps is None:
                assert self._pending is not None
                started = self._pending()
                if isinstance(started, tuple):
                    self._finish(started)
                    return
                self._steps = started
            next(self._steps)
        except StopIteration as done:
            self._finish(done.value)
        except BaseException:  # as before the read was split: a failed read is not tried again
            self._pending, self._steps = None, None
            raise

    def _finish(self, result: LoadResultPair) -> None:
        self._pending, self._steps = None, None
        library, problems = result
        self._library = with_clinic_numbers(library)
        self.problems = list(problems)
        self._search_index = None
        self._just_loaded = True

    def _finished_now(self) -> bool:
        """Announce a read that has just finished (once); True if there was one."""
        if not getattr(self, "_just_loaded", False):
            return False
        self._just_loaded = False
        self.libraryLoaded.emit()
        return True

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

    def request_top_hit(self) -> None:
        self.topHitRequested.emit()

    @property
    def language(self) -> str:
        return self._library.language  # the profile's language is the library's

    def request_language(self, language: str) -> None:
        if language != self.language:
            self.languageRequested.emit(language)

    def set_library(self, library: Library, problems: list[Problem]) -> None:
        """Swap in another language's library; the search index follows on next use."""
        self._pending, self._steps = None, None  # a library read later would belong to the language left behind
        self._just_loaded = False
        self._library = with_clinic_numbers(library)
        self.problems = list(problems)
        self._search_index = None
