"""The next patient gets nothing of the last one back: not by undo, paste, middle click or language."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit

from clinicapp.pin import PinGuard
from clinicapp.ui.kiosk.controller import KioskController

TYPED = "okonkwo knots"


def start_kiosk(window, qtbot) -> KioskController:
    kiosk = KioskController(window, PinGuard(""), idle_timeout=120, idle_warning=30)
    kiosk.start()
    qtbot.waitExposed(window)
    return kiosk


@pytest.fixture
def kiosk(window, qtbot):
    kiosk = start_kiosk(window, qtbot)
    yield kiosk
    if not kiosk.unlocked:
        kiosk.leave()  # removes the app-wide filter so later tests are not affected


def run_out(kiosk: KioskController) -> None:
    """Nobody touches the screen: the countdown runs to zero."""
    kiosk.idle.poke()
    kiosk.idle.show_prompt()
    for _ in range(kiosk.idle.warning_s):
        kiosk.idle.count_down()


def type_search(window, qtbot, text: str = TYPED) -> None:
    window.activateWindow()
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(lambda: window.session.search_text == text, timeout=3000)


def undo_then_enter(window, qtbot) -> None:
    """What a curious next patient tries: Ctrl+Z in the search box, then Enter."""
    field = window.search_field
    window.activateWindow()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.wait(10)


# -- undo --------------------------------------------------------------------------------
def test_undo_after_the_idle_reset_brings_nothing_back(kiosk, window, qtbot):
    type_search(window, qtbot)
    run_out(kiosk)
    field = window.search_field
    assert field.text() == ""
    assert not field.isUndoAvailable() and not field.isRedoAvailable()
    undo_then_enter(window, qtbot)
    assert field.text() == "" and window.session.search_text == ""
    assert window.current_location() == "home"
    search = window.pages.get("search")
    assert search is None or not search.hits


def test_esc_clears_the_search_without_undo(window, qtbot):
    type_search(window, qtbot)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == "" and not window.search_field.isUndoAvailable()
    undo_then_enter(window, qtbot)
    assert window.search_field.text() == "" and window.session.search_text == ""


def test_every_text_field_is_emptied_with_its_undo_history(kiosk, window, qtbot):
    """Fields the app may grow later (a note box, a number) are caught by the same reset."""
    page = window.page("checklist")
    line, plain, rich, spin = QLineEdit(), QPlainTextEdit(), QTextEdit(), QSpinBox()
    spin.setRange(0, 99)
    for widget in (line, plain, rich, spin):
        page.body.addWidget(widget)
    window.go("checklist")
    for widget in (line, plain, rich, spin):
        widget.setFocus()
        if widget is spin:
            spin.selectAll()  # over the 0 it shows
        qtbot.keyClicks(widget, "42")
    assert line.text() == "42" and plain.toPlainText() == "42" and rich.toPlainText() == "42"
    assert spin.value() == 42
    run_out(kiosk)
    assert line.text() == "" and not line.isUndoAvailable()
    for editor in (plain, rich):
        assert editor.toPlainText() == "" and not editor.document().isUndoAvailable()
    inner = spin.findChild(QLineEdit)
    assert spin.value() == 0 and not inner.isUndoAvailable()
    assert "42" not in inner.text()


# -- clipboard and middle click ----------------------------------------------------------------
def test_the_clipboard_is_empty_for_the_next_patient(kiosk, window, qtbot):
    QApplication.clipboard().setText("Mrs Okonkwo, left knee")
    run_out(kiosk)
    assert QApplication.clipboard().text() == ""


class FakeClipboard:
    """A clipboard with an X11 selection and a find buffer (the offscreen platform has neither)."""

    def __init__(self) -> None:
        self.cleared: list[QClipboard.Mode] = []

    def supportsSelection(self) -> bool:
        return True

    def supportsFindBuffer(self) -> bool:
        return True

    def clear(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        self.cleared.append(mode)


def test_the_selection_and_find_buffer_are_emptied_too(window, monkeypatch):
    fake = FakeClipboard()
    monkeypatch.setattr(QApplication, "clipboard", staticmethod(lambda: fake))
    window.reset_visit()
    assert set(fake.cleared) == {QClipboard.Mode.Clipboard, QClipboard.Mode.Selection, QClipboard.Mode.FindBuffer}


class ButtonSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[QEvent.Type, Qt.MouseButton]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            self.seen.append((event.type(), event.button()))
        return False


def test_middle_click_never_reaches_a_text_field_in_kiosk_mode(kiosk, window, qtbot):
    spy = ButtonSpy()
    field = window.search_field
    field.installEventFilter(spy)
    try:
        qtbot.mouseClick(field, Qt.MouseButton.MiddleButton)
        assert not [b for _t, b in spy.seen if b == Qt.MouseButton.MiddleButton]
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # the spy does see ordinary taps
        assert [b for _t, b in spy.seen if b == Qt.MouseButton.LeftButton]
    finally:
        field.removeEventFilter(spy)


# -- language, first screen, positions -----------------------------------------------------------
class FakeTranslators:
    def __init__(self) -> None:
        self.language = "en"

    def switch(self, language: str) -> bool:
        self.language = language
        return True


def test_reset_returns_to_the_configured_language(fixture_result, show_window, qtbot):
    from clinicapp.ui.common.context import AppContext
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.language import LanguageSwitcher

    english = fixture_result.library
    spanish = dataclasses.replace(english, language="es")
    context = AppContext(english, [])
    context.languages = ("en", "es")
    window = show_window(context)
    translators = FakeTranslators()
    LanguageSwitcher(context, window, translators, lambda code: (spanish if code == "es" else english, []),
                     default_areas)  # fmt: skip
    kiosk = start_kiosk(window, qtbot)
    try:
        qtbot.mouseClick(window.home.language_buttons["es"], Qt.MouseButton.LeftButton)
        assert context.language == "es" and translators.language == "es"
        run_out(kiosk)
        assert context.language == "en" and translators.language == "en"
        assert window.home.language_buttons["en"].isChecked()
        assert window.stack.currentWidget() is window.home
    finally:
        kiosk.leave()
        context.session.reset()


def test_every_view_is_back_at_the_top(kiosk, window, qtbot):
    library = window.context.library
    window.go(f"topic:{library.topics[0].id}")
    topics = window.page("topics")
    assert topics.tree.currentIndex().isValid()
    window.go("glossary")
    glossary = window.page("glossary")
    assert glossary.show_term(library.glossary[-1].id)
    assert glossary.view.textCursor().hasSelection()
    run_out(kiosk)
    assert not topics.tree.currentIndex().isValid()
    assert not topics.tree.selectionModel().selectedIndexes()
    cursor = glossary.view.textCursor()
    assert not cursor.hasSelection() and cursor.position() == 0
    assert glossary.view.verticalScrollBar().value() == 0
    assert window.stack.currentWidget() is window.home


# -- a reset that cannot half-fail -----------------------------------------------------------------
@pytest.fixture
def restarts(window, monkeypatch) -> list[str]:
    """Restart requests (never a real restart); the window behaves as a kiosk's."""
    from clinicapp.ui.kiosk import restart

    asked: list[str] = []
    monkeypatch.setattr(restart, "restart_app", lambda reason: asked.append(reason) or True)
    window.context.kiosk = True
    yield asked
    window.context.kiosk = False
    window.reset_cover.hide()


def fill(window, qtbot) -> list[str]:
    """A visit with typed text, an answer, an open article and a dialog; returns calls of the checklist's reset."""
    from PySide6.QtWidgets import QDialog

    window.go("checklist")
    window.session.set_item(window.context.library.checklist.items[0].id, True)
    window.go(f"topic:{window.context.library.topics[0].id}")
    type_search(window, qtbot)
    QApplication.clipboard().setText("Mrs Okonkwo")
    dialog = QDialog(window)
    dialog.show()
    page = window.page("checklist")
    calls: list[bool] = []
    original = page.reset
    page.reset = lambda: (calls.append(window.reset_cover.isVisible()), original())[-1]
    return calls


def test_a_failing_session_reset_still_clears_the_rest_and_restarts(kiosk, window, qtbot, restarts):
    checklist_resets = fill(window, qtbot)

    def broken_reset() -> None:
        raise RuntimeError("session reset broke")

    window.session.reset = broken_reset  # not monkeypatch: it is undone only after the window's teardown
    try:
        run_out(kiosk)
    finally:
        del window.session.reset
    field = window.search_field
    assert field.text() == "" and not field.isUndoAvailable()  # the steps after the failure ran
    assert QApplication.clipboard().text() == ""
    assert checklist_resets, "the pages were not reset"
    assert window.stack.currentWidget() is window.home
    assert kiosk.idle.idle_timer.isActive()  # still watching for the next visit
    assert len(restarts) == 1 and "session" in restarts[0]  # the answers it could not clear: a new process
    assert window.reset_cover.isVisible()  # and nothing shows until the new process is up
    assert "starting again" in window.reset_cover.message.text()


@pytest.mark.qt_no_exception_capture  # the appearance slot also raises when the session resets: logged, not fatal
@pytest.mark.parametrize("broken", ["topics page", "appearance", "language", "clipboard"])
def test_one_failing_step_does_not_skip_the_others(kiosk, window, qtbot, restarts, monkeypatch, broken):
    fill(window, qtbot)
    window.step_text(+1)

    def boom(*_args) -> None:
        raise RuntimeError(f"{broken} broke")

    if broken == "topics page":
        monkeypatch.setattr(window.page("topics"), "reset", boom)
    elif broken == "appearance":
        window.apply_appearance = boom  # not monkeypatch: the window's teardown calls it before that is undone
    elif broken == "language":
        monkeypatch.setattr(window, "_back_to_start_language", boom)
    else:
        from clinicapp.ui.shell import main_window

        monkeypatch.setattr(main_window, "clear_clipboards", boom)
    try:
        run_out(kiosk)
    finally:
        if broken == "appearance":
            del window.apply_appearance
    assert not window.session.has_answers and window.session.search_text == ""
    assert window.search_field.text() == "" and not window.search_field.isUndoAvailable()
    assert window.stack.currentWidget() is window.home
    assert kiosk.idle.idle_timer.isActive()
    if broken == "clipboard":
        # The clipboard is the system's: a restart would not empty it (and a clipboard manager that
        # refills it would make every reset restart the app), so the failure is logged, not restarted.
        QApplication.clipboard().clear()
    else:
        assert QApplication.clipboard().text() == ""
    assert restarts == []  # the visit the app holds is clear: no restart needed
    assert not window.reset_cover.isVisible()


def test_the_screen_is_covered_until_the_reset_is_done(kiosk, window, qtbot, restarts):
    checklist_resets = fill(window, qtbot)
    run_out(kiosk)
    assert checklist_resets == [True]  # covered while the pages were cleared
    assert not window.reset_cover.isVisible() and restarts == []


@pytest.mark.qt_no_exception_capture
def test_the_idle_watcher_keeps_counting_when_the_reset_raises(kiosk, window, qtbot):
    def broken_reset_visit() -> None:
        raise RuntimeError("reset broke")

    kiosk.idle.expired.disconnect()
    kiosk.idle.expired.connect(broken_reset_visit)
    run_out(kiosk)
    assert kiosk.idle.idle_timer.isActive() and not kiosk.idle.counting_down


class FakeProcess:
    started: ClassVar[list[tuple[str, list[str]]]] = []

    @staticmethod
    def startDetached(program: str, arguments: list[str]) -> tuple[bool, int]:
        FakeProcess.started.append((program, list(arguments)))
        return True, 4242


class FakeApp:
    codes: ClassVar[list[int]] = []

    @staticmethod
    def exit(code: int = 0) -> None:
        FakeApp.codes.append(code)


@pytest.mark.parametrize("supervised", [False, True])
def test_restart_starts_a_fresh_copy_unless_a_supervisor_will(monkeypatch, supervised):
    import sys

    from clinicapp.ui.kiosk import restart

    FakeProcess.started, FakeApp.codes = [], []
    monkeypatch.setattr(restart, "QProcess", FakeProcess)
    monkeypatch.setattr(restart, "QCoreApplication", FakeApp)
    monkeypatch.setattr(sys, "orig_argv", [sys.executable, "-m", "clinicapp", "--kiosk"])
    if supervised:
        monkeypatch.setenv(restart.SUPERVISED_ENV, "1")
    else:
        monkeypatch.delenv(restart.SUPERVISED_ENV, raising=False)
    assert restart.restart_app("test")
    assert FakeApp.codes == [restart.RESTART_EXIT_CODE]
    expected = [] if supervised else [(sys.executable, ["-m", "clinicapp", "--kiosk"])]
    assert FakeProcess.started == expected


def test_kiosk_mode_keeps_every_role_font(context, qtbot):
    """In app.run's order (fonts applied, then kiosk flags, then the first show), the flags
    re-parent the window and the style sheet's first polish put back fonts it had saved:
    on a kiosk the home titles lost their size and weight."""
    from PySide6.QtWidgets import QApplication, QWidget

    from clinicapp.ui.common import theme
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.main_window import MainWindow

    context.kiosk = True
    window = MainWindow(context, default_areas())
    qtbot.addWidget(window)
    window.apply_appearance()
    window.resize(1280, 800)
    kiosk = KioskController(window, PinGuard(""), idle_timeout=120, idle_warning=30)
    try:
        kiosk.start()
        qtbot.waitExposed(window)
        base = QApplication.font()
        wrong = [
            (type(w).__name__, w.property("role"), w.font().pointSizeF(), w.font().bold())
            for w in window.findChildren(QWidget)
            if w.isVisible() and w.font() != theme.role_font(w, base)
        ]
        assert not wrong, wrong[:5]
    finally:
        kiosk.leave()
