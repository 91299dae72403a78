"""Read aloud: one text-to-speech engine for the whole app, and the Listen / Stop button.

Qt's own QtTextToSpeech speaks through the platform's voices (SAPI or WinRT on
Windows, speech-dispatcher on Linux, AVSpeech on macOS). It comes from the
PySide6-Addons wheel, an optional extra: where the module, the engine or a voice
for the language on screen is missing, the app simply does not offer Listen.

The engine is made on the first Listen tap, never at start-up (loading it pulls
in Qt Multimedia and, on Linux, connects to speech-dispatcher). The service feeds
the engine one piece at a time (a sentence of an article, a cell of the grid, a
checklist option) and moves on when the engine is ready again, so the piece on
screen can be highlighted while it is spoken. Qt's own queue (`enqueue` and
`aboutToSynthesize`) cannot do this everywhere: speech-dispatcher takes the whole
queue at once, and PySide6 6.11 reports every queued id as 0.

Nothing spoken is ever logged: log lines name the engine and the language only.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from typing import Any, Protocol

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from clinicapp.ui.common.flow_layout import WrappingBar
from clinicapp.ui.common.theme import plain_label

log = logging.getLogger(__name__)

SLOWER_RATE = -0.35  # QTextToSpeech rates run from -1 (slowest) to 1; 0 is the voice's normal pace
# Voices preferred for each language the content ships in: US English; Latin-American Spanish
# (the Spanish content is written for it), then any Spanish voice.
PREFERRED_LOCALES = {"en": ("en_US", "en_CA", "en_GB"), "es": ("es_US", "es_MX", "es_419", "es_CO", "es_ES")}
_SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+")


class SpeechEngine(Protocol):
    """What the service asks of an engine: QTextToSpeech's own names, so Qt's engine is one as it is."""

    stateChanged: Any  # a signal, carrying the engine's state (its `.name`: "Ready", "Speaking", "Error")

    def availableLocales(self) -> list[QLocale]: ...
    def setLocale(self, locale: QLocale) -> None: ...
    def locale(self) -> QLocale: ...
    def setRate(self, rate: float) -> None: ...
    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...


@dataclass(frozen=True)
class Segment:
    """One piece read aloud, and how to show that it is the one being read (mark(True) / mark(False))."""

    text: str
    mark: Callable[[bool], None] | None = None


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line of plain text, blank ones left out.

    Lines break first (headings, list items and paragraphs are lines of a
    document's plain text), then sentence ends followed by a space.
    """
    spans = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for match in [*_SENTENCE_END.finditer(line), None]:
            end = match.start() if match else len(line)
            piece = line[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((offset + start + lead, offset + start + len(piece.rstrip())))
            if match:
                start = match.end()
        offset += len(line) + 1
    return spans


def qt_speech_available() -> bool:
    """True when PySide6.QtTextToSpeech is installed (found, not loaded: that would cost start-up)."""
    try:
        return find_spec("PySide6.QtTextToSpeech") is not None
    except (ImportError, ValueError):
        return False


def make_engine(parent: QObject) -> SpeechEngine | None:
    """The platform's text-to-speech engine, or None where there is none.

    Qt lists a "mock" engine for testing beside the real ones; it makes no sound
    and is never chosen here (the frozen build does not ship it).
    """
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:  # the Addons wheel, or a library it needs (libpulse on Linux), is missing
        log.info("read aloud: QtTextToSpeech cannot be loaded (%s)", exc)
        return None
    engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
    if not engines:
        log.info("read aloud: no text-to-speech engine on this machine")
        return None
    engine = QTextToSpeech(engines[0], parent)
    if engine.state() == QTextToSpeech.State.Error:
        log.info("read aloud: engine %s failed to start: %s", engines[0], engine.errorString())
        engine.deleteLater()
        return None
    log.info("read aloud: engine %s", engines[0])
    return engine


def _mark(segment: Segment, on: bool) -> None:
    """Highlight a piece on or off; a widget already deleted (the page was rebuilt) is simply skipped."""
    if segment.mark is not None:
        with contextlib.suppress(RuntimeError):
            segment.mark(on)


def _set_shown(widget: QWidget, shown: bool) -> None:
    """Show or hide; a widget not yet placed in a parent is never shown (it would open as a window)."""
    if not shown:
        widget.hide()
    elif widget.parentWidget() is not None:
        widget.show()


def _state_name(state: object) -> str:
    """ "Ready", "Speaking", "Error"... for QTextToSpeech.State and for a test engine's own states."""
    return str(getattr(state, "name", state))


class SpeechService(QObject):
    """The app's one speaking voice: what is read, by whom, at which speed, in which language.

    `engine_factory(parent)` returns an object with QTextToSpeech's interface
    (availableLocales, setLocale, locale, setRate, say, stop, state, stateChanged)
    or None; tests pass an engine that records what it is given.
    """

    changed = Signal()  # speaking started or stopped, the speed changed, or a language turned out to have no voice
    progressed = Signal()  # the next piece is being read: someone is listening (the kiosk's idle wait restarts)

    def __init__(
        self,
        *,
        enabled: bool = True,
        engine_factory: Callable[[QObject], SpeechEngine | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled and (engine_factory is not None or qt_speech_available())
        self._factory = engine_factory or make_engine
        self._engine: SpeechEngine | None = None
        self._made = False
        self._voices: dict[str, bool] = {}  # language -> a voice was found
        self.told: set[str] = set()  # languages whose missing voice was already explained on screen
        self.slower = False
        self.owner: QObject | None = None  # the Listen button whose text is being read
        self._segments: list[Segment] = []
        self.index = -1  # the segment being read
        self._started = False  # the engine has begun the current segment

    # -- the engine ----------------------------------------------------------
    @property
    def engine(self) -> SpeechEngine | None:
        """Made on first use: start-up never pays for it."""
        if not self._made:
            self._made = True
            try:
                self._engine = self._factory(self) if self.enabled else None
            except Exception:  # a broken voice must never take the app down
                log.exception("read aloud: the engine could not be made")
                self._engine = None
            if self._engine is not None:
                self._engine.stateChanged.connect(self._on_state)
        return self._engine

    def offered(self, language: str) -> bool:
        """Whether Listen is shown in this language: on, an engine (if made yet), no voice known to be missing."""
        if self._made and self._engine is None:
            return False  # no engine at all: no language has a voice
        return self.enabled and self._voices.get(language, True)

    def has_voice(self, language: str) -> bool:
        """Whether a voice speaks this language (asks the engine once per language)."""
        if language not in self._voices:
            self._voices[language] = self._pick_voice(language)
            if not self._voices[language]:
                log.info("read aloud: no voice for language %r", language)
        return self._voices[language]

    def _pick_voice(self, language: str) -> bool:
        engine = self.engine
        if engine is None:
            return False
        wanted = QLocale(language).language()
        locales = [loc for loc in engine.availableLocales() if loc.language() == wanted]
        if not locales:
            return False
        names = {loc.name(): loc for loc in locales}
        chosen = next((names[n] for n in PREFERRED_LOCALES.get(language, ()) if n in names), locales[0])
        engine.setLocale(chosen)
        return engine.locale().language() == wanted

    # -- speaking ------------------------------------------------------------
    @property
    def speaking(self) -> bool:
        return self.owner is not None

    def speak(self, owner: QObject, language: str, segments: Sequence[Segment]) -> bool:
        """Read these pieces in order for `owner`; False (and nothing said) without a voice for the language."""
        self.stop()
        segments = [s for s in segments if s.text.strip()]
        if not segments or not self.enabled:
            return False
        if not self.has_voice(language):
            self.changed.emit()
            return False
        self._pick_voice(language)  # another page may have spoken another language since
        engine = self.engine
        if engine is None:  # has_voice found one, so there is an engine: this is for the type checker
            return False
        engine.setRate(SLOWER_RATE if self.slower else 0.0)
        self.owner = owner
        self._segments = segments
        self.index = -1
        owner.destroyed.connect(self._owner_gone)
        self._next()
        self.changed.emit()
        return True

    def _next(self) -> None:
        if 0 <= self.index < len(self._segments):
            _mark(self._segments[self.index], False)
        self.index += 1
        if self.index >= len(self._segments):
            self._finish()
            return
        segment = self._segments[self.index]
        _mark(segment, True)
        self._started = False
        if self._engine is not None:
            self._engine.say(segment.text)
        self.progressed.emit()

    def _on_state(self, state: object) -> None:
        name = _state_name(state)
        if self.owner is None:
            return
        if name in ("Speaking", "Synthesizing"):
            self._started = True
        elif name == "Ready" and self._started:
            self._next()
        elif name == "Error":
            log.warning("read aloud: the engine reported an error; reading stopped")
            self.stop()

    def _owner_gone(self) -> None:
        """The page being read was closed: silence (its marks are gone with it)."""
        self.owner = None
        self._segments = []
        self.index = -1
        self._started = False
        if self._engine is not None:
            self._engine.stop()
        self.changed.emit()

    def _finish(self) -> None:
        """The last piece was read."""
        self._end(silence=False)

    def stop(self) -> None:
        """Silence at once; the highlight goes."""
        self._end(silence=True)

    def _end(self, *, silence: bool) -> None:
        if 0 <= self.index < len(self._segments):
            _mark(self._segments[self.index], False)
        owner, self.owner = self.owner, None  # first: the engine's own "ready" after stop() finds no reader
        self._segments = []
        self.index = -1
        if silence and self._engine is not None and (owner is not None or self._started):
            self._engine.stop()
        self._started = False
        if owner is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                owner.destroyed.disconnect(self._owner_gone)
            self.changed.emit()

    def set_slower(self, slower: bool) -> None:
        """The speed choice: slower or normal; a reading in progress keeps going at the new speed."""
        if slower != self.slower:
            self.slower = slower
            if self._engine is not None:
                self._engine.setRate(SLOWER_RATE if slower else 0.0)
            self.changed.emit()

    def reset(self) -> None:
        """A new visit: silence, normal speed, and a missing voice explained again to the next person."""
        self.stop()
        self.told.clear()
        self.set_slower(False)


class ListenButton(QPushButton):
    """Listen / Stop for one piece of the screen; says once, in its place, when no voice speaks the language.

    `segments()` is asked at the tap, so what is read is what is on screen then.
    """

    explained = Signal()  # the notice now says why there is no Listen

    def __init__(
        self,
        service: SpeechService,
        language: Callable[[], str],
        segments: Callable[[], Sequence[Segment]],
        what: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._language = language
        self._segments = segments
        self.what = what  # for the accessible name: "Listen: Stretching"
        self.notice: QLabel | None = None  # a label that explains a missing voice, placed by the caller
        self.clicked.connect(self.toggle)
        service.changed.connect(self.refresh)
        self.refresh()

    @property
    def active(self) -> bool:
        return self.service.owner is self

    def toggle(self) -> None:
        if self.active:
            self.service.stop()
            return
        language = self._language()
        if not self.service.speak(self, language, self._segments()) and not self.service.offered(language):
            self._explain(language)

    def _explain(self, language: str) -> None:
        """The first time a language turns out to have no voice: say so here, once."""
        if language in self.service.told or self.notice is None:
            return
        self.service.told.add(language)
        if self.service.engine is None:
            text = self.tr("Reading aloud is not available on this computer.")
        else:
            text = self.tr("This computer has no voice to read this language aloud.")
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.show()
        self.explained.emit()

    def refresh(self) -> None:
        speaking = self.active
        self.setText(self.tr("■ Stop") if speaking else self.tr("▶ Listen"))
        if speaking:
            self.setAccessibleName(self.tr("Stop reading aloud"))
        elif self.what:
            self.setAccessibleName(self.tr("Listen: read {what} aloud").format(what=self.what))
        else:
            self.setAccessibleName(self.tr("Listen: read this aloud"))
        _set_shown(self, self.service.offered(self._language()))

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (or the page reflowing the button away) stops what it was reading."""
        super().hideEvent(event)
        if self.active and not self.isVisibleTo(self.window()):
            self.service.stop()


class SpeedToggle(QPushButton):
    """Slower / normal reading speed, shared by every Listen button."""

    def __init__(self, service: SpeechService, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._language = language
        self.setCheckable(True)
        self.setText(self.tr("Slower"))
        self.setAccessibleName(self.tr("Read aloud more slowly"))
        self.toggled.connect(service.set_slower)
        service.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.blockSignals(True)
        self.setChecked(self.service.slower)
        self.blockSignals(False)
        _set_shown(self, self.service.offered(self._language()))


def mark_property(widget: QWidget) -> Callable[[bool], None]:
    """A mark that highlights a widget while it is read (the style sheet's [speaking="true"])."""

    def mark(on: bool) -> None:
        widget.setProperty("speaking", on)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()

    return mark


class ListenBar(QWidget):
    """Listen / Stop and the speed choice, with the place where a missing voice is explained once."""

    def __init__(
        self,
        service: SpeechService,
        language: Callable[[], str],
        segments: Callable[[], Sequence[Segment]],
        what: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.listen = ListenButton(service, language, segments, what)
        self.speed = SpeedToggle(service, language)
        self.notice: QLabel = plain_label()
        self.notice.setWordWrap(True)
        self.notice.setProperty("role", "muted")
        self.notice.hide()
        self.listen.notice = self.notice
        self.listen.explained.connect(self._follow)
        buttons = WrappingBar(margin=0, hug=True)
        buttons.add_widget(self.listen)
        buttons.add_widget(self.speed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buttons)
        layout.addWidget(self.notice)
        self.buttons = buttons
        service.changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        """Hidden whole when there is nothing to offer and nothing to explain."""
        offered = self.service.offered(self.listen._language())
        _set_shown(self.buttons, offered)
        _set_shown(self, offered or not self.notice.isHidden())

    def reset(self) -> None:
        """A new visit: the explanation of a missing voice goes (the next person is told again)."""
        self.notice.hide()
        self._follow()
