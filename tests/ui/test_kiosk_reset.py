"""The next patient gets nothing of the last one back: not by undo, paste, middle click or language."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit

from clinicapp.pin import PinGuard
from clinicapp.ui.kiosk import KioskController

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
    from clinicapp.ui.areas import default_areas
    from clinicapp.ui.context import AppContext
    from clinicapp.ui.language import LanguageSwitcher

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
