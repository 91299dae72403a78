"""Qt fixtures: a window on the small fixture library, cleaned up after each test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from clinicapp.content.loader import load_library

FIXTURE_CONTENT = Path(__file__).resolve().parent.parent / "fixtures" / "content"


@pytest.fixture(autouse=True)
def english_interface(qapp, monkeypatch):
    """Every test starts, and leaves the process, in the app's English: its locale and no translators.

    `Translators.switch` sets QLocale.setDefault for the whole process and installs
    translators on the application; a test that switched language (or failed before
    switching back) used to leave both behind, and a later test then wrote dates the
    other way ("September 1, 2026" after a switch back to English, "1 September 2026"
    before any switch, from the machine's C locale). The app itself always starts
    through `Translators.switch`, so the baseline is QLocale("en"), not the
    machine's locale, which also keeps the tests the same on a Spanish or German CI
    machine. Translators are removed after the widgets are deleted (see
    flush_deleted_widgets), so no half-released widget gets a LanguageChange.
    """
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from clinicapp.ui.common.i18n import SOURCE_LANGUAGE

    installed: list[QTranslator] = []
    real_install = QCoreApplication.installTranslator

    def install(translator: QTranslator) -> bool:
        installed.append(translator)
        return real_install(translator)

    monkeypatch.setattr(QCoreApplication, "installTranslator", staticmethod(install))
    QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(SOURCE_LANGUAGE))


@pytest.fixture
def spanish_interface(qapp, english_interface):
    """The interface in Spanish for one test (english_interface puts English back after it)."""
    from clinicapp.ui.common import i18n

    translators = i18n.Translators(qapp)
    assert translators.switch("es"), "build the Spanish .qm first (make translations)"
    yield translators
    translators.switch("en")


@pytest.fixture(autouse=True)
def flush_deleted_widgets(qapp, english_interface):
    """After each test, really delete the widgets pytest-qt closed with deleteLater().

    Otherwise they linger until the next test spins the event loop, and that
    test's app-wide restyle (setStyleSheet) polishes half-released widgets of
    the last one: an intermittent segfault in CI, never seen in the app itself.
    Autouse, so it is set up before qtbot and torn down after it (and before
    english_interface, which it asks for).
    """
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):  # deleting a parent can post deletes for its children
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()


@pytest.fixture(scope="session")
def fixture_result():
    result = load_library(FIXTURE_CONTENT / "en")
    assert not result.problems, result.problems
    return result


@pytest.fixture
def context(qapp, fixture_result):
    from clinicapp.ui.common.context import AppContext

    ctx = AppContext(fixture_result.library, fixture_result.problems)
    yield ctx
    ctx.deleteLater()


@pytest.fixture
def show_window(qtbot):
    """Build, show and register a main window for a context: show_window(context) -> MainWindow."""
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.main_window import MainWindow

    def show(ctx):
        win = MainWindow(ctx, default_areas())
        qtbot.addWidget(win)
        win.apply_appearance()
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        return win

    return show


@pytest.fixture
def window(show_window, context):
    win = show_window(context)
    yield win
    context.session.reset()
    win.apply_appearance()


class FakePrinterInfo:
    def __init__(self, name: str) -> None:
        self.name = name

    def isNull(self) -> bool:
        return not self.name

    def printerName(self) -> str:
        return self.name


class FakePrinter:
    """Stands in for QPrinter: this machine has no real printer to accept a name."""

    PrinterMode = QPrinter.PrinterMode
    OutputFormat = QPrinter.OutputFormat

    def __init__(self, mode=None) -> None:
        self.name, self.format, self.copies = "", None, 0

    def setOutputFormat(self, fmt) -> None:
        self.format = fmt

    def outputFormat(self):
        return self.format

    def setPrinterName(self, name: str) -> None:
        self.name = name

    def setPageLayout(self, layout) -> None:
        pass

    def setCopyCount(self, copies: int) -> None:
        self.copies = copies


@pytest.fixture
def default_printer(monkeypatch):
    """default_printer(name): printing uses a FakePrinter and the system's default printer is `name`
    ("" for none). Shared by the kiosk printing and take-home tests."""
    from clinicapp.ui.common import printing

    monkeypatch.setattr(printing, "QPrinter", FakePrinter)

    def set_default(name: str) -> None:
        monkeypatch.setattr(printing.QPrinterInfo, "defaultPrinter", staticmethod(lambda: FakePrinterInfo(name)))

    return set_default


class FakeSpeechEngine:
    """Stands in for QTextToSpeech: records what it is handed, per language, and never makes a sound.

    Speaking ends only when a test calls finish(), so every step is seen. Made
    lazily by the speech service like the real engine (see the speech fixture).
    """

    def __init__(self, locales: tuple[str, ...]) -> None:
        from PySide6.QtCore import QLocale, QObject, Signal

        class _Signals(QObject):
            stateChanged = Signal(str)

        self._signals = _Signals()
        self.stateChanged = self._signals.stateChanged
        self.locales = [QLocale(name) for name in locales]
        self._locale = self.locales[0] if self.locales else QLocale.c()
        self._state = "Ready"
        self.said: list[tuple[str, str]] = []  # (locale name, text)
        self.rate = 0.0
        self.stops = 0

    def availableLocales(self):
        return list(self.locales)

    def setLocale(self, locale) -> None:
        if any(locale.name() == mine.name() for mine in self.locales):
            self._locale = locale

    def locale(self):
        return self._locale

    def setRate(self, rate: float) -> None:
        self.rate = rate

    def state(self) -> str:
        return self._state

    def say(self, text: str) -> None:
        self.said.append((self._locale.name(), text))
        self._set("Speaking")

    def stop(self) -> None:
        self.stops += 1
        self._set("Ready")

    def finish(self) -> None:
        """The engine is done with the sentence it was given."""
        self._set("Ready")

    @property
    def speaking(self) -> bool:
        return self._state == "Speaking"

    def _set(self, state: str) -> None:
        self._state = state
        self.stateChanged.emit(state)


@pytest.fixture(autouse=True)
def speech(monkeypatch):
    """No test reaches the machine's voices: the speech service gets a fake engine with English and Spanish.

    Set `speech.locales` (before the first Listen tap) to change the voices, or
    `speech.missing = True` for a machine without an engine. The engine made is
    `speech.engine`.
    """
    from clinicapp.ui.common import speech as module

    class Control:
        locales = ("en_US", "es_MX")
        missing = False
        engine: FakeSpeechEngine | None = None

    control = Control()

    def factory(_parent):
        if control.missing:
            return None
        control.engine = FakeSpeechEngine(control.locales)
        return control.engine

    monkeypatch.setattr(module, "make_engine", factory)
    monkeypatch.setattr(module, "qt_speech_available", lambda: True)
    return control
