"""Kiosk mode: nothing closes it but the staff PIN, and an idle screen clears the visit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QMenu, QWidget

from clinicapp.pin import Outcome, PinGuard, hash_pin
from clinicapp.session import DEFAULT_TEXT_SCALE, VisitSession
from clinicapp.ui.kiosk.controller import IdleWatcher, KioskController, PresentationMode
from clinicapp.ui.kiosk.pin_dialog import PinDialog

PIN = "246813"  # kiosk PINs have at least 6 digits


@pytest.fixture(scope="module")
def stored_pin() -> str:
    return hash_pin(PIN)


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def make_kiosk(window, qtbot):
    made: list[KioskController] = []

    def make(pin_hash: str = "", *, idle_timeout: int = 120, idle_warning: int = 30,
             clock=None) -> KioskController:  # fmt: skip
        guard = PinGuard(pin_hash, clock=clock) if clock else PinGuard(pin_hash)
        kiosk = KioskController(window, guard, idle_timeout=idle_timeout, idle_warning=idle_warning)
        kiosk.start()
        qtbot.waitExposed(window)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        if not kiosk.unlocked:
            kiosk.leave()  # removes the app-wide filters so later tests are not affected


def drive_pin(monkeypatch, *pins: str) -> list[Outcome]:
    """Replace the modal loop: type each PIN on the keypad and press the OK button."""
    outcomes: list[Outcome] = []

    def fake_exec(dialog: PinDialog) -> int:
        for pin in pins:
            for digit in pin:
                dialog.field.insert(digit)
            outcomes.append(dialog.submit())
        return dialog.result()

    monkeypatch.setattr(PinDialog, "exec", fake_exec)
    return outcomes


# -- locked down ------------------------------------------------------------------------
def test_full_screen_frameless_on_top_with_a_staff_button(make_kiosk, window):
    kiosk = make_kiosk()
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert kiosk.staff_button.isVisible() and kiosk.staff_button.accessibleName()


def test_close_is_refused(make_kiosk, window):
    make_kiosk()
    assert not window.close()
    assert window.isVisible()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_quit_keys_do_nothing(make_kiosk, window, qtbot, key, modifiers):
    make_kiosk()
    # A shortcut that would close the window shows the key never gets through.
    fired = []
    trap = QShortcut(QKeySequence(key | modifiers), window)
    trap.setContext(Qt.ShortcutContext.ApplicationShortcut)
    trap.activated.connect(lambda: fired.append(window.close()))
    window.activateWindow()
    qtbot.keyClick(window.search_field, key, modifiers)
    swallowed = QApplication.sendEvent(window, QKeyEvent(QKeyEvent.Type.KeyPress, key, modifiers))
    assert swallowed
    assert not fired
    assert window.isVisible()


def test_context_menus_never_open(make_kiosk, window, qtbot):
    make_kiosk()
    field = window.search_field
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), field.mapToGlobal(QPoint(5, 5)))
    assert QApplication.sendEvent(field, event)  # swallowed before the field can build its menu
    qtbot.wait(50)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]


# -- staff PIN ------------------------------------------------------------------------
def test_right_pin_closes_the_app(make_kiosk, window, monkeypatch, stored_pin):
    kiosk = make_kiosk(stored_pin)
    outcomes = drive_pin(monkeypatch, PIN)
    kiosk.staff_button.click()
    assert outcomes == [Outcome.ACCEPTED]
    assert kiosk.unlocked
    assert not window.isVisible()


def test_wrong_pin_is_refused(make_kiosk, window, monkeypatch, stored_pin):
    kiosk = make_kiosk(stored_pin)
    outcomes = drive_pin(monkeypatch, "1111")
    assert not kiosk.ask_to_leave()
    assert outcomes == [Outcome.WRONG]
    assert not kiosk.unlocked and window.isVisible()


def test_repeated_wrong_pins_must_wait(window, qtbot, stored_pin):
    clock = FakeClock()
    guard = PinGuard(stored_pin, clock=clock, free_tries=3, base_delay=5)
    dialog = PinDialog(window, guard)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        dialog.field.setText("0000")
        assert dialog.submit() is Outcome.WRONG
    assert not dialog.ok_button.isEnabled() and not dialog.field.isEnabled()
    assert "5 seconds" in dialog.status.text()
    dialog.field.setText(PIN)
    assert dialog.submit() is Outcome.WAIT  # even the right PIN waits
    clock.now += 5
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=2000)
    dialog.field.setText(PIN)
    assert dialog.submit() is Outcome.ACCEPTED
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_without_a_pin_the_staff_button_says_so(make_kiosk, window, qtbot, monkeypatch):
    kiosk = make_kiosk("")
    seen = []

    def fake_exec(dialog: PinDialog) -> int:
        seen.append((dialog.message.text(), dialog.field.isVisibleTo(dialog), dialog.ok_button.isVisibleTo(dialog)))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PinDialog, "exec", fake_exec)
    assert not kiosk.ask_to_leave()
    (text, field_shown, ok_shown) = seen[0]
    assert "No staff PIN is set" in text and not field_shown and not ok_shown
    assert window.isVisible() and not kiosk.unlocked


def test_pin_dialog_keypad_targets_are_large(window, qtbot, stored_pin):
    dialog = PinDialog(window, PinGuard(stored_pin))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    from PySide6.QtWidgets import QPushButton

    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= 44 and button.width() >= 44, button.text()
            assert button.accessibleName()


# -- idle -------------------------------------------------------------------------------
def test_warning_is_never_shorter_than_20_seconds(window):
    watcher = IdleWatcher(window, 60, 5)
    try:
        assert watcher.warning_s == 20
    finally:
        watcher.stop()


def test_idle_prompt_shows_a_countdown_and_a_key_cancels_it(make_kiosk, window, qtbot):
    kiosk = make_kiosk(idle_timeout=1)
    idle = kiosk.idle
    qtbot.keyClick(window.search_field, Qt.Key.Key_A)  # someone used the screen
    qtbot.waitUntil(lambda: idle.counting_down, timeout=3000)
    assert idle.prompt.isVisible()
    assert idle.prompt.title.text() == "Still there?"
    assert "30 seconds" in idle.prompt.detail.text()
    idle.count_down()
    assert "29 seconds" in idle.prompt.detail.text()
    qtbot.keyClick(window.search_field, Qt.Key.Key_B)
    assert not idle.counting_down and not idle.prompt.isVisible()
    assert window.search_field.text() == "ab"  # nothing was cleared


def test_a_tap_anywhere_cancels_the_countdown(make_kiosk, window, qtbot):
    kiosk = make_kiosk()
    idle = kiosk.idle
    idle.poke()
    idle.show_prompt()
    assert idle.counting_down
    qtbot.mouseClick(window.home, Qt.MouseButton.LeftButton)
    assert not idle.counting_down and not idle.prompt.isVisible()


def test_the_big_button_dismisses_the_prompt(make_kiosk, qtbot):
    idle = make_kiosk().idle
    idle.show_prompt()
    qtbot.mouseClick(idle.prompt.button, Qt.MouseButton.LeftButton)
    assert not idle.counting_down and not idle.prompt.isVisible()


def test_an_untouched_screen_is_not_prompted(make_kiosk, window, qtbot):
    idle = make_kiosk(idle_timeout=1).idle
    assert window.visit_state() == []
    qtbot.wait(1300)
    assert not idle.counting_down and idle.resting


def fill_visit(window, qtbot) -> dict[str, object]:
    """A patient's visit in the session AND in the widgets; returns the pages that have reset()."""
    session = window.session
    session.set_item("stiffness", True)
    session.set_duration("months")
    session.set_region("neck", True)
    session.set_peg("pain", 7)
    session.set_warning_sign("fever", True)
    session.set_picked_therapies(["stretching", "self-care"])
    session.set_value("needles", 2)
    session.set_sure("know_best", True)
    window.go("topics")
    window.go("topic:muscle-pain")
    window.page("topics").show_term(window.context.library.glossary[0].id)
    window.search_field.setText("knots")
    window.search("knots")
    window.step_text(+1)
    window.step_text(+1)
    session.set_high_contrast(True)
    spied: dict[str, object] = {}
    for location in window.areas:
        page = window.page(location)
        if callable(getattr(page, "reset", None)):
            calls: list[int] = []
            original = page.reset
            page.reset = lambda original=original, calls=calls: (calls.append(1), original())[-1]
            spied[location] = calls
    # The compare page as the patient saw it: its values panel, made just after its first show, is in.
    window.go("compare")
    qtbot.waitUntil(lambda: window.page("compare").values_made, timeout=2000)
    qtbot.wait(10)
    window.go("topic:muscle-pain")
    qtbot.wait(10)
    # Scroll only as a person could: within each area's own range (forcing a range corrupts Qt's state).
    scrolled = 0
    for area in window.findChildren(QAbstractScrollArea):
        bar = area.verticalScrollBar()
        if bar.maximum() > bar.minimum():
            bar.setValue(bar.maximum())
            scrolled += 1
    assert scrolled, "nothing to scroll: the reset of scroll positions would go untested"
    dialog = QDialog(window)
    dialog.setObjectName("left-open")
    dialog.show()
    qtbot.waitExposed(dialog)
    return spied


def assert_new_visit(window) -> None:
    session = window.session
    fresh = VisitSession()
    for name in ("checked_items", "duration", "regions", "peg", "warning_signs", "picked_therapies", "values",
                 "sure", "search_text", "text_scale", "high_contrast"):  # fmt: skip
        assert getattr(session, name) == getattr(fresh, name), name
    assert session.history.entries() == ("home",)
    assert window.stack.currentWidget() is window.home
    assert window.current_location() == "home"
    assert window.search_field.text() == ""
    assert window.text_size_label.text() == f"{DEFAULT_TEXT_SCALE}%"
    assert not window.contrast_button.isChecked()
    assert not window.back_button.isEnabled() and not window.forward_button.isEnabled()
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    for area in window.findChildren(QAbstractScrollArea):
        assert area.verticalScrollBar().value() == area.verticalScrollBar().minimum()
    topics = window.pages.get("topics")
    if topics is not None:
        assert not topics.term_panel.isVisibleTo(topics)
        assert topics.article.location == ""
    search = window.pages.get("search")
    if search is not None:
        assert search.hits == [] and "knots" not in search.heading.text()


def test_idle_countdown_ends_in_a_full_reset(make_kiosk, window, qtbot):
    kiosk = make_kiosk()
    spied = fill_visit(window, qtbot)
    assert window.session.has_answers and window.session.text_scale == 150
    idle = kiosk.idle
    idle.poke()
    idle.show_prompt()
    assert idle.remaining >= 20
    for _ in range(idle.warning_s):
        idle.count_down()
    assert not idle.prompt.isVisible()
    assert_new_visit(window)
    for location, calls in spied.items():
        assert calls, f"{location}.reset() was not called"


def test_reset_leaves_nothing_whichever_area_the_visit_ended_in(make_kiosk, window, qtbot):
    kiosk = make_kiosk()
    for location in [*window.areas, "topic:muscle-pain", "therapy:stretching"]:
        fill_visit(window, qtbot)
        window.session.set_picked_therapies(["stretching", "self-care"])
        assert window.go(location) or location == "search"
        qtbot.wait(10)
        kiosk.idle.poke()
        kiosk.idle.show_prompt()
        for _ in range(kiosk.idle.warning_s):
            kiosk.idle.count_down()
        assert_new_visit(window)


def test_reset_visit_works_in_clinician_mode_too(window, qtbot):
    fill_visit(window, qtbot)
    window.reset_visit()
    assert_new_visit(window)


def test_presentation_mode_is_full_screen_with_larger_text(window, qtbot):
    presentation = PresentationMode(window)
    window.session.set_text_scale(125)
    presentation.toggle()
    assert window.isFullScreen() and window.session.text_scale == 150
    presentation.toggle()
    assert not window.isFullScreen() and window.session.text_scale == 125


def test_f11_toggles_presentation(window, qtbot):
    PresentationMode(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.isFullScreen()


# -- no way out through printing ------------------------------------------------------------
class _Page(QWidget):
    def __init__(self, context) -> None:
        super().__init__()
        self.context = context


def test_kiosk_pages_never_get_a_file_dialog_or_print_to_file(context, qtbot, monkeypatch):
    from clinicapp.ui.common import printing

    opened = []
    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", lambda *a, **k: opened.append(a) or ("", ""))
    monkeypatch.setattr(printing.QPrintDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(printing.QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    context.kiosk = True
    page = _Page(context)
    qtbot.addWidget(page)
    assert printing.ask_pdf_path(page, "summary.pdf") is None
    assert not printing.print_html(page, "<p>x</p>", kiosk=False)  # the context's kiosk flag wins
    assert opened == []


def test_printing_turned_off_by_it_prints_nothing(context, qtbot, monkeypatch):

    from clinicapp.ui.common import printing

    opened = []
    monkeypatch.setattr(printing.QPrintDialog, "exec", lambda self: opened.append(self) or 0)
    context.config = context.config._replace(printing=False)
    page = _Page(context)
    qtbot.addWidget(page)
    assert not printing.print_html(page, "<p>x</p>", kiosk=False)
    assert opened == []


# -- start-up from the settings --------------------------------------------------------------
def test_app_starts_in_kiosk_mode_from_config_and_tells_staff_about_bad_settings(qapp, tmp_path, monkeypatch):
    import logging
    import sys
    import threading

    from clinicapp.app import run
    from clinicapp.cli import build_parser
    from clinicapp.logging_setup import remove_handlers
    from clinicapp.ui.shell.main_window import MainWindow

    config = tmp_path / "config.yaml"
    config.write_text(
        f'kiosk: true\nidle_timeout: soon\nclinic_name: Elm Street Clinic\nstaff_pin: "{hash_pin(PIN)}"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; put pytest's back after
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    notices: list[str] = []
    started: list[KioskController] = []
    monkeypatch.setattr(MainWindow, "add_staff_notice", lambda self, text: notices.append(text))
    monkeypatch.setattr(KioskController, "start", lambda self: started.append(self))
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    content = Path(__file__).resolve().parent.parent / "fixtures" / "content"
    root_level = logging.getLogger().level
    try:
        assert run(build_parser().parse_args(["--config", str(config), "--content", str(content)])) == 0
    finally:
        remove_handlers()
        logging.getLogger().setLevel(root_level)
    (kiosk,) = started
    try:
        window = kiosk.window
        assert window.context.kiosk and window.context.config.kiosk
        assert window.context.library.clinic.name == "Elm Street Clinic"
        assert kiosk.guard.configured
        assert kiosk.idle.idle_timer.interval() == 120_000  # the bad value fell back to the default
        assert any("config.yaml:2" in n and "idle_timeout" in n for n in notices), notices
        assert not window.close()
    finally:
        kiosk.leave()
        window.deleteLater()
