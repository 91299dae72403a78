"""The next patient finds nothing of the last one on the new controls (issues 18 and 20).

Read aloud, the QR hand-off, the take-home pack and the word sheet, each left
mid-use by one patient, then the kiosk's idle reset runs out as it does when
nobody touches the screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from clinicapp.pin import PinGuard
from clinicapp.ui.kiosk.controller import KioskController


@pytest.fixture
def kiosk(window, qtbot):
    window.context.kiosk = True
    kiosk = KioskController(window, PinGuard(""), idle_timeout=120, idle_warning=30)
    kiosk.start()
    qtbot.waitExposed(window)
    yield kiosk
    if not kiosk.unlocked:
        kiosk.leave()


def run_out(kiosk: KioskController) -> None:
    kiosk.idle.poke()
    kiosk.idle.show_prompt()
    for _ in range(kiosk.idle.warning_s):
        kiosk.idle.count_down()


def answer(window) -> None:
    checklist = window.context.library.checklist
    for question in checklist.peg:
        window.session.set_peg(question.id, 6)
    window.session.set_warning_sign(checklist.warning_signs[0].id, True)


def test_idle_reset_silences_a_checklist_question_being_read(kiosk, window, qtbot, speech):
    window.go("checklist")
    page = window.page("checklist")
    button = next(b for b in page.listen_buttons if b.isVisible())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.context.speech.speaking and speech.engine.speaking
    question = next(w for w in page.findChildren(QLabel) if w.text() == button.what)
    assert question.property("speaking")  # the question being read is highlighted
    run_out(kiosk)
    assert not window.context.speech.speaking and not speech.engine.speaking
    assert button.text() == "▶ Listen" and not question.property("speaking")
    assert not [w for w in page.findChildren(QLabel) if w.property("speaking")]


def test_idle_reset_drops_the_qr_codes_on_the_summary(kiosk, window, qtbot):
    answer(window)
    window.go("checklist")
    page = window.page("checklist")
    page.show_summary()
    summary = page.summary
    assert summary.handoff.isVisible() and summary.note_qr.symbol is not None
    run_out(kiosk)
    assert summary.note_qr.symbol is None and summary.fhir_qr.symbol is None and summary.handoff_time is None
    assert not summary.handoff.isVisible()
    # The next patient opening the summary with no answers gets no code either.
    window.go("checklist")
    page.show_summary()
    assert not summary.handoff.isVisible() and summary.note_qr.symbol is None


def test_idle_reset_closes_the_word_sheet(kiosk, window, qtbot):
    topic = next(t for t in window.context.library.topics if t.terms)
    window.go(f"topic:{topic.id}")
    page = window.page("topics")
    page.show_term(topic.terms[0])
    assert page.term_panel.isVisible()
    run_out(kiosk)
    assert page.term_panel.isHidden() and page.term_panel.term_id in ("", topic.terms[0])
    window.go(f"topic:{topic.id}")
    assert not page.term_panel.isVisible()


def test_idle_reset_closes_an_open_staff_pin_dialog(kiosk, window, qtbot):
    """A patient taps Staff and walks away: the PIN dialog does not wait for the next one."""
    from clinicapp.ui.kiosk.pin_dialog import PinDialog

    dialog = PinDialog(window, PinGuard(""))
    dialog.show()
    qtbot.waitExposed(dialog)
    run_out(kiosk)
    assert not dialog.isVisible()


def test_visit_reset_stops_speech_empties_the_pack_and_closes_its_dialog(window, qtbot, speech):
    """Clinician mode: Start over for the next patient, while the pack dialog is open over an article read aloud."""
    from clinicapp.ui.common.takehome import TakeHomeDialog

    topic = window.context.library.topics[0]
    window.go(f"topic:{topic.id}")
    page = window.page("topics")
    qtbot.mouseClick(page.listen_bar.listen, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.handout.add_button, Qt.MouseButton.LeftButton)
    dialog = TakeHomeDialog.open_for(window, window.context)
    assert dialog.isVisible() and window.session.take_home and window.context.speech.speaking
    window.reset_visit()
    assert not dialog.isVisible() and dialog.row_widgets == {}
    assert window.session.take_home == [] and not window.context.speech.speaking
    assert page.handout.pack_button.text() == "Take-home pack (0)"
    assert window.visit_state() == []
