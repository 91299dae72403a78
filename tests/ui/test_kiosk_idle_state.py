"""The idle reset is armed by what the visit holds, not by input events.

Switch access, voice control and a screen reader's "activate" or "toggle"
act on controls directly: no touch, click or key reaches the app. Each test
here changes the visit that way (no input event at all, which a recorder
checks) and waits for the kiosk to clear it. The timeouts are shortened to
a few tenths of a second; nothing waits for real minutes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from clinicapp.pin import PinGuard
from clinicapp.session import DEFAULT_TEXT_SCALE
from clinicapp.ui.kiosk.controller import KioskController

INPUT = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.TouchBegin, QEvent.Type.TouchEnd, QEvent.Type.Wheel, QEvent.Type.TabletPress,
}  # fmt: skip


class InputRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QEvent.Type] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT:
            self.seen.append(event.type())
        return False


@pytest.fixture
def kiosk(window, qtbot):
    kiosk = KioskController(window, PinGuard(""), idle_timeout=120, idle_warning=30)
    kiosk.start()
    qtbot.waitExposed(window)
    idle = kiosk.idle
    idle.idle_timer.setInterval(150)  # 150 ms of quiet instead of minutes
    idle.tick_timer.setInterval(10)
    idle.warning_s = 3  # the real floor is 20 s (WCAG 2.2.1); three ticks are enough to test the path
    recorder = InputRecorder()
    QApplication.instance().installEventFilter(recorder)
    kiosk.recorder = recorder
    qtbot.waitUntil(lambda: idle.resting, timeout=2000)  # a fresh screen: nothing to clear
    yield kiosk
    QApplication.instance().removeEventFilter(recorder)
    if not kiosk.unlocked:
        kiosk.leave()


def peg_by_screen_reader(window) -> None:
    window.go("checklist")
    button = window.page("checklist").peg_rows[0].group.button(7)
    action = QAccessible.queryAccessibleInterface(button).actionInterface()
    action.doAction(action.toggleAction())
    assert window.session.peg == {"pain": 7}


def peg_by_switch_access(window) -> None:
    window.page("checklist").peg_rows[2].group.button(3).setChecked(True)  # built, never shown
    assert window.session.peg == {"activity": 3}


CHANGES = {
    "a PEG answer in the session": lambda w: w.session.set_peg("pain", 7),
    "a PEG answer by a screen reader's toggle": peg_by_screen_reader,
    "a PEG answer by switch access": peg_by_switch_access,
    "a ticked item": lambda w: w.session.set_item("deep-ache", True),
    "a picked therapy": lambda w: w.session.pick_therapy("stretching", True),
    "a search": lambda w: w.session.set_search_text("knots"),
    "a page away from home": lambda w: w.go("glossary"),
    "a larger text size": lambda w: w.session.set_text_scale(150),
    "high contrast": lambda w: w.session.set_high_contrast(True),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_visit_changed_without_any_input_is_cleared(kiosk, window, qtbot, change):
    change(window)
    assert window.visit_state(), "the change left nothing to clear: the test proves nothing"
    assert kiosk.idle.idle_timer.isActive()  # armed by the change itself
    qtbot.waitUntil(lambda: kiosk.idle.counting_down, timeout=2000)  # "Still there?" after the quiet spell
    qtbot.waitUntil(lambda: not window.visit_state() and not kiosk.idle.counting_down, timeout=2000)
    session = window.session
    assert not session.has_answers and not session.picked_therapies and session.search_text == ""
    assert session.text_scale == DEFAULT_TEXT_SCALE and not session.high_contrast
    assert window.stack.currentWidget() is window.home
    assert kiosk.recorder.seen == []  # no touch, click or key was ever needed


def test_an_open_card_is_cleared_too(kiosk, window, qtbot):
    from clinicapp.ui.kiosk.controller import show_calm_error

    card = show_calm_error(window, kiosk=False)
    assert "card" in window.visit_state() and kiosk.idle.idle_timer.isActive()
    qtbot.waitUntil(lambda: not card.isVisible(), timeout=2000)
    assert not window.visit_state()


def test_nothing_to_clear_lets_the_timer_rest_until_something_is(kiosk, window, qtbot):
    idle = kiosk.idle
    assert idle.resting and not idle.prompt.isVisible()  # the fixture waited for the rest
    qtbot.wait(300)  # two whole timeouts: a fresh screen is never prompted
    assert idle.resting and not idle.prompt.isVisible()
    window.session.set_high_contrast(True)
    assert idle.idle_timer.isActive()
    qtbot.waitUntil(lambda: not window.session.high_contrast, timeout=2000)
    qtbot.waitUntil(lambda: idle.resting, timeout=2000)


def test_an_answer_during_the_countdown_keeps_the_visit(kiosk, window, qtbot):
    idle = kiosk.idle
    idle.tick_timer.setInterval(1000)  # room to answer during the countdown
    window.session.set_peg("pain", 4)
    qtbot.waitUntil(lambda: idle.counting_down, timeout=2000)
    window.session.set_peg("enjoyment", 5)  # a switch user carries on: someone is there
    assert not idle.counting_down and not idle.prompt.isVisible()
    assert window.session.peg == {"pain": 4, "enjoyment": 5}


def test_an_open_dialog_is_closed_too(kiosk, window, qtbot):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(window)
    dialog.show()  # opened by a control a screen reader activated: no input event
    assert "dialog" in window.visit_state() and kiosk.idle.idle_timer.isActive()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert not window.visit_state() and kiosk.recorder.seen == []


def test_a_countdown_runs_to_the_end_even_with_a_short_idle_timeout(kiosk, window, qtbot):
    """The card's own showing and focus must not restart the wait and begin the countdown again."""
    idle = kiosk.idle
    idle.tick_timer.setInterval(100)  # the countdown (3 ticks) outlasts the 150 ms idle timeout
    window.session.set_peg("pain", 2)
    qtbot.waitUntil(lambda: idle.counting_down, timeout=2000)
    assert not idle.idle_timer.isActive()
    qtbot.waitUntil(lambda: window.session.peg == {}, timeout=2000)
