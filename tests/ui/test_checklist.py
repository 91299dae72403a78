"""The symptom checklist page, driven like a patient would: taps, keys, and the session it writes to."""

from __future__ import annotations

import builtins
import hashlib
import io
import itertools
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from clinicapp.ui.checklist.page import ChecklistPage, ConfirmStartOver
from clinicapp.ui.common import printing
from clinicapp.ui.common.speech import ListenButton

# What fill_everything() entered, as the summary must say it.
ANSWERS = (
    "Test Clinic",
    "Neck",
    "A deep ache in a muscle",
    "More than a year",
    "PEG score: 5.3",
    "Fever with the pain",
    "Please tell the front desk or a nurse today.",
)
INTERACTIVE_ROLES = {
    QAccessible.Role.PushButton,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.EditableText,
    QAccessible.Role.Slider,
    QAccessible.Role.Link,
    QAccessible.Role.List,
}


@pytest.fixture
def page(window, qtbot) -> ChecklistPage:
    assert window.go("checklist")
    checklist = window.page("checklist")
    qtbot.waitExposed(checklist)
    window.activateWindow()  # keyboard focus needs an active window
    qtbot.waitUntil(window.isActiveWindow)
    return checklist


def click(qtbot, button: QAbstractButton) -> None:
    button.window().activateWindow()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def fill_everything(page: ChecklistPage, qtbot) -> None:
    """A whole checklist through real taps on real widgets."""
    click(qtbot, page.item_boxes["deep-ache"])
    click(qtbot, page.item_boxes["knot"])
    click(qtbot, page.duration_buttons["long"])
    click(qtbot, page.region_boxes["shoulders"])
    qtbot.mouseClick(page.body_map, Qt.MouseButton.LeftButton, pos=page.body_map.region_centre("neck").toPoint())
    for row, value in zip(page.peg_rows, (7, 5, 4), strict=True):
        click(qtbot, row.group.button(value))
    click(qtbot, page.sign_boxes["fever"])


def peg_text(page: ChecklistPage) -> str:
    return page.peg_score.text()


# -- answering ---------------------------------------------------------------
def test_every_choice_has_its_words_beside_it_on_a_row_of_its_own(page, qtbot) -> None:
    """The check rows are one grid per column (no widget per row): each box or radio button still has
    its own label, named the same, level with it on its right, and no two rows overlap."""
    qtbot.wait(10)
    labels = {w.buddy(): w for w in page.findChildren(QLabel) if w.buddy() is not None}
    buttons = [
        *page.region_boxes.values(), *page.item_boxes.values(),
        *page.duration_buttons.values(), *page.sign_boxes.values(),
    ]  # fmt: skip
    assert len(buttons) > 8
    columns: dict[object, list] = {}
    for button in buttons:
        label = labels[button]
        assert label.text() == button.accessibleName() and button.isVisible() and label.isVisible()
        assert label.parentWidget() is button.parentWidget() and label.y() == button.y()
        assert label.x() >= button.x() + button.width()
        columns.setdefault(button.parentWidget(), []).append((button, label))
    assert len(columns) == 2 + len(page.checklist.sections) + 1  # regions, each section, durations, signs
    for rows in columns.values():
        rows.sort(key=lambda pair: pair[0].y())
        for (_b, upper), (lower, _l) in itertools.pairwise(rows):
            assert upper.y() + upper.height() <= lower.y()


def test_ticking_items_and_duration_writes_the_session(page, qtbot) -> None:
    session = page.session
    click(qtbot, page.item_boxes["deep-ache"])
    assert session.checked_items == {"deep-ache"}
    # The label beside the box toggles it too (a big target that wraps). Found as the label that
    # names the box (its buddy), level with it on its right: the rows are one grid, not a widget each.
    box = page.item_boxes["knot"]
    label = next(w for w in page.findChildren(QLabel) if w.buddy() is box and w.text())
    assert label.parentWidget() is box.parentWidget() and label.y() == box.y() and label.x() > box.x()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
    assert session.checked_items == {"deep-ache", "knot"}
    click(qtbot, page.item_boxes["deep-ache"])
    assert session.checked_items == {"knot"}
    click(qtbot, page.duration_buttons["short"])
    assert session.duration == "short"
    click(qtbot, page.duration_buttons["long"])
    assert session.duration == "long" and not page.duration_buttons["short"].isChecked()


def test_region_by_map_tap_keyboard_and_list_stay_in_sync(page, qtbot) -> None:
    session, body_map = page.session, page.body_map
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=body_map.region_centre("lower-back", "back").toPoint())
    assert session.regions == {"lower-back"}
    assert page.region_boxes["lower-back"].isChecked()
    # Keyboard: the map's tab stop, arrows, Space.
    stop = next(b for b in body_map.buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus)
    stop.setFocus()
    qtbot.waitUntil(stop.hasFocus)
    assert (stop.region_id, stop.side) == ("lower-back", "back")  # the last tapped region stays current
    qtbot.keyClick(stop, Qt.Key.Key_Up)
    qtbot.keyClick(body_map.focusWidget(), Qt.Key.Key_Up)
    current = body_map.focusWidget()
    assert current.region_id == "neck"
    qtbot.keyClick(current, Qt.Key.Key_Space)
    assert session.regions == {"lower-back", "neck"}
    assert page.region_boxes["neck"].isChecked()
    # The list: unticking there clears the map too.
    click(qtbot, page.region_boxes["lower-back"])
    assert session.regions == {"neck"}
    assert body_map.chosen == {"neck"}
    assert not any(b.isChecked() for b in body_map.buttons if b.region_id == "lower-back")


def test_peg_score_is_the_mean_shown_to_one_decimal(page, qtbot) -> None:
    assert peg_text(page) == "Incomplete: answer all three"
    rows = page.peg_rows
    click(qtbot, rows[0].group.button(7))
    click(qtbot, rows[1].group.button(5))
    assert peg_text(page) == "Incomplete: answer all three"
    assert not any(ch.isdigit() for ch in peg_text(page))
    click(qtbot, rows[2].group.button(4))
    assert page.session.peg == {"pain": 7, "enjoyment": 5, "activity": 4}
    assert "5.3" in peg_text(page) and "out of 10" in peg_text(page)
    click(qtbot, rows[2].group.button(6))  # changing an answer moves the score
    assert "6.0" in peg_text(page) and not rows[2].group.button(4).isChecked()
    click(qtbot, rows[2].group.button(6))  # tapping the chosen number again clears it: unanswered is real
    assert "activity" not in page.session.peg
    assert peg_text(page) == "Incomplete: answer all three"
    assert not any(b.isChecked() for b in rows[2].group.buttons())


def test_peg_out_of_range_is_refused_and_nothing_changes(page, qtbot) -> None:
    click(qtbot, page.peg_rows[0].group.button(3))
    for bad in (11, -1):
        with pytest.raises(ValueError):
            page.session.set_peg("pain", bad)
    assert page.session.peg == {"pain": 3}
    assert page.peg_rows[0].group.button(3).isChecked()
    assert [page.peg_rows[0].group.id(b) for b in page.peg_rows[0].group.buttons()] == list(range(11))


def test_peg_buttons_are_big_named_targets(page) -> None:
    for row in page.peg_rows:
        for button in row.group.buttons():
            assert button.width() >= 44 and button.height() >= 44
            assert button.accessibleName().startswith(f"{row.group.id(button)} out of 10")


def _accessible_tree(iface) -> list:
    out, todo = [], [iface]
    while todo:
        node = todo.pop()
        out.append(node)
        todo += reversed([node.child(i) for i in range(node.childCount()) if node.child(i) is not None])
    return out


def test_peg_is_three_named_radio_groups_of_eleven(page, library) -> None:
    """What a screen reader gets: a group per question, named with it verbatim, of 11 radio buttons."""
    root = QAccessible.queryAccessibleInterface(page)
    nodes = _accessible_tree(root)
    groups = [
        n for n in nodes
        if any(n.child(i) and n.child(i).role() == QAccessible.Role.RadioButton for i in range(n.childCount()))
        and n.role() == QAccessible.Role.Grouping
    ]  # fmt: skip
    peg_groups = [g for g in groups if g.childCount() == 11]
    assert [g.text(QAccessible.Text.Name) for g in peg_groups] == [q.text for q in library.checklist.peg]
    for group in peg_groups:
        kids = [group.child(i) for i in range(group.childCount())]
        assert [k.role() for k in kids] == [QAccessible.Role.RadioButton] * 11
        assert [k.text(QAccessible.Text.Name).split(" ")[0] for k in kids] == [str(v) for v in range(11)]
    peg_buttons = {b for row in page.peg_rows for b in row.group.buttons()}
    roles = {QAccessible.queryAccessibleInterface(b).role() for b in peg_buttons}
    assert roles == {QAccessible.Role.RadioButton}  # none a check box
    assert len(peg_buttons) == 33


def test_choosing_a_peg_number_unchooses_the_other_in_its_group(page, qtbot) -> None:
    first, second = page.peg_rows[0], page.peg_rows[1]
    assert first.group.exclusive()
    click(qtbot, first.group.button(3))
    click(qtbot, second.group.button(8))
    click(qtbot, first.group.button(6))
    assert [b.value for b in first.group.buttons() if b.isChecked()] == [6]
    assert second.group.button(8).isChecked()  # another question keeps its answer
    assert page.session.peg == {"pain": 6, "enjoyment": 8}
    state = QAccessible.queryAccessibleInterface(first.group.button(3)).state()
    assert not state.checked and QAccessible.queryAccessibleInterface(first.group.button(6)).state().checked


def test_a_screen_reader_toggle_answers_the_peg(page) -> None:
    """Assistive technology acts on the control itself: no click, no input event."""
    button = page.peg_rows[1].group.button(4)
    action = QAccessible.queryAccessibleInterface(button).actionInterface()
    action.doAction(action.toggleAction())
    assert page.session.peg == {"enjoyment": 4}
    page.peg_rows[1].group.button(9).setChecked(True)  # switch access, the same way
    assert page.session.peg == {"enjoyment": 9}
    assert [b.value for b in page.peg_rows[1].group.buttons() if b.isChecked()] == [9]


def test_peg_keyboard_arrows_move_within_and_tab_leaves_the_group(page, qtbot) -> None:
    first, second = page.peg_rows[0], page.peg_rows[1]
    first.group.button(0).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: first.group.button(0).hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # nothing chosen yet: moves only
    assert first.group.button(1).hasFocus() and page.session.peg == {}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert page.session.peg == {"pain": 1}
    for _ in range(5):  # past the end of the first grid row, whatever the wrapping
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert first.group.button(6).hasFocus() and page.session.peg == {"pain": 6}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert page.session.peg == {"pain": 10}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert page.session.peg == {"pain": 9}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # one Tab: out of the group, to the next question
    assert second.findChild(ListenButton).hasFocus()  # the next question's Listen button comes first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert second.group.button(0).hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert first.group.button(9).hasFocus()  # back to the chosen number


# -- warning signs and reading -------------------------------------------------
def test_a_warning_sign_shows_the_banner_at_once_and_hides_reading(page, qtbot) -> None:
    click(qtbot, page.item_boxes["deep-ache"])
    assert [b.text() for b in page.reading_links()] == ["What is muscle pain?"]
    assert page.reading.isVisible() and not page.banner.isVisible()
    click(qtbot, page.sign_boxes["bladder"])
    assert page.banner.isVisible()  # no wait, no event loop turn: at once
    assert page.emergency_banner.property("role") == "emergency"
    assert page.emergency_label.text() == "Get help now. Call 911 or go to the nearest emergency room."
    assert not page.reading.isVisible()
    # The banner sits above the scrolling answers, so it is on screen wherever the patient is.
    assert (
        page.banner.mapTo(page, page.banner.rect().topLeft()).y()
        < page.scroller.mapTo(page, page.scroller.rect().topLeft()).y()
    )
    click(qtbot, page.sign_boxes["bladder"])
    assert not page.banner.isVisible() and page.reading.isVisible()


EMERGENCY = "Get help now. Call 911 or go to the nearest emergency room."
TODAY = "Please tell the front desk or a nurse today."


def visible_banners(page: ChecklistPage) -> list[tuple[str, str]]:
    """(heading, instruction) of each banner a patient sees, top to bottom."""
    shown = [
        (page.emergency_banner, page.emergency_heading, page.emergency_label),
        (page.today_banner, page.today_heading, page.today_label),
    ]
    shown = [entry for entry in shown if entry[0].isVisible()]
    shown.sort(key=lambda entry: entry[0].mapTo(page, entry[0].rect().topLeft()).y())
    return [(heading.text(), label.text()) for _, heading, label in shown]


def test_an_emergency_sign_puts_the_emergency_instruction_first_on_screen(page, qtbot, monkeypatch) -> None:
    """Issue 14: tick an emergency-tier sign and its instruction is the first banner, announced at once."""
    alerts = []
    real = QAccessible.updateAccessibility
    monkeypatch.setattr(
        QAccessible,
        "updateAccessibility",
        lambda event: (alerts.append((event.type(), event.object())), real(event))[1],
    )
    click(qtbot, page.sign_boxes["fever"])  # today first, on purpose
    assert visible_banners(page) == [("Tell the staff today", TODAY)]
    click(qtbot, page.sign_boxes["self-harm"])
    assert visible_banners(page) == [
        # The sign's own action first (numbers filled): it is surely on screen even when the banner scrolls.
        ("Emergency", "Call or text 988 any time.\n\n" + EMERGENCY),
        ("Tell the staff today", TODAY),
    ]
    assert (QAccessible.Event.Alert, page.emergency_label) in alerts  # screen readers hear it at once
    assert page.emergency_label.textFormat() == Qt.TextFormat.PlainText
    # Not colour alone: its own icon shape (a stop sign, not the warning triangle) and frame style.
    assert not page.emergency_icon.pixmap().isNull() and not page.today_icon.pixmap().isNull()
    assert page.emergency_icon.pixmap().toImage() != page.today_icon.pixmap().toImage()
    assert page.emergency_banner.property("role") == "emergency" and page.today_banner.property("role") == "warning"
    click(qtbot, page.sign_boxes["self-harm"])
    assert visible_banners(page) == [("Tell the staff today", TODAY)]


def test_a_today_sign_alone_shows_only_the_today_instruction(page, qtbot) -> None:
    click(qtbot, page.sign_boxes["fever"])
    assert visible_banners(page) == [("Tell the staff today", TODAY)]
    assert not page.emergency_banner.isVisible() and page.emergency_label.text() == ""


def test_the_clinic_numbers_fill_the_banner(qtbot, fixture_result, show_window) -> None:
    import dataclasses

    from clinicapp.ui.common.context import AppContext

    library = fixture_result.library
    clinic = library.clinic._replace(emergency_number="112", crisis_line="024")
    win = show_window(AppContext(dataclasses.replace(library, clinic=clinic)))
    assert win.go("checklist")
    page = win.page("checklist")
    page.session.set_warning_sign("self-harm", True)
    # The sign's own instruction (the crisis line) first: it must be on screen even if the banner scrolls.
    assert page.emergency_label.text() == "Call or text 024 any time.\n\n" + (
        "Get help now. Call 112 or go to the nearest emergency room."
    )


def test_both_banners_at_large_text_leave_room_for_the_checklist(page, qtbot) -> None:
    page.window().resize(1280, 560)  # a small kiosk screen
    page.session.set_text_scale(200)
    click(qtbot, page.sign_boxes["fever"])
    click(qtbot, page.sign_boxes["self-harm"])
    qtbot.waitUntil(lambda: page.banner.height() <= page.height() // 2)
    assert page.scroller.height() >= page.height() // 3  # the answers can still be seen and scrolled
    assert page.emergency_banner.isVisible() and page.today_banner.isVisible()
    bar = page.banner.verticalScrollBar()
    assert bar.maximum() > 0  # the banners scroll inside their half
    page.session.set_text_scale(100)
    click(qtbot, page.sign_boxes["self-harm"])
    qtbot.waitUntil(lambda: page.banner.verticalScrollBar().maximum() == 0)  # one short banner: shown whole


def test_peg_note_is_shown_under_the_peg(page) -> None:
    assert page.peg_note is not None and page.peg_note.text() == "PEG questions from Krebs and others, 2009."
    below = page.peg_note.mapTo(page.form, page.peg_note.rect().topLeft()).y()
    assert below > page.peg_rows[-1].mapTo(page.form, page.peg_rows[-1].rect().topLeft()).y()
    assert page.peg_note.textFormat() == Qt.TextFormat.PlainText


def test_reading_links_navigate_and_follow_ticked_items(page, qtbot, window) -> None:
    assert page.reading_links() == [] and not page.reading.isVisible()
    click(qtbot, page.item_boxes["knot"])  # linked to no topic in the fixture
    assert page.reading_links() == []
    click(qtbot, page.item_boxes["deep-ache"])
    links = page.reading_links()
    assert len(links) == 1 and links[0].accessibleName() == "Read: What is muscle pain?"
    with qtbot.waitSignal(window.context.navigateRequested) as blocker:
        click(qtbot, links[0])
    assert blocker.args == ["topic:muscle-pain"]
    assert window.current_location() == "topic:muscle-pain"
    window.go("checklist")
    click(qtbot, page.item_boxes["deep-ache"])  # unticked: its reading goes away
    qtbot.wait(1)  # let the old button's deleteLater run
    assert page.reading_links() == [] and not page.reading.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QAbstractButton)]


def test_the_page_never_names_a_condition(page, qtbot) -> None:
    fill_everything(page, qtbot)
    texts = " ".join(w.text() for w in page.findChildren(QLabel)).lower()
    for word in ("you have a ", "you may have", "you likely", "diagnos", "syndrome", "fibromyalgia"):
        assert word not in texts


# -- summary, printing, PDF ------------------------------------------------------
def test_summary_shows_every_answer_and_updates_after_a_change(page, qtbot) -> None:
    fill_everything(page, qtbot)
    click(qtbot, page.summary_button)
    assert page.stack.currentWidget() is page.summary and page.summary.isVisible()
    text = page.summary.browser.toPlainText()
    for expected in (*ANSWERS, "Shoulders", "A sore knot in a muscle"):
        assert expected in text, expected
    assert text.index("Fever with the pain") < text.index("Where it hurts")
    # Go back, change an answer, and the summary follows.
    click(qtbot, page.summary.back_button)
    assert page.stack.currentIndex() == 0
    click(qtbot, page.sign_boxes["fever"])
    click(qtbot, page.peg_rows[0].group.button(10))
    click(qtbot, page.summary_button)
    text = page.summary.browser.toPlainText()
    assert "Fever with the pain" not in text and "Tell the staff now" not in text
    assert "PEG score: 6.3" in text
    # A change while the summary is open shows at once.
    page.session.set_region("lower-back", True)
    assert "Lower back" in page.summary.browser.toPlainText()


def test_print_sends_the_current_summary(page, qtbot, monkeypatch) -> None:
    sent = []
    monkeypatch.setattr(printing, "print_html", lambda parent, html, kiosk: sent.append((html, kiosk)) or True)
    click(qtbot, page.item_boxes["knot"])
    page.show_summary()
    click(qtbot, page.summary.print_button)
    assert len(sent) == 1 and "A sore knot in a muscle" in sent[0][0].html(10) and sent[0][1] is False
    assert sent[0][0].max_pages == 1 and "Test Clinic" in sent[0][0].footer


def test_pdf_export_writes_a_real_pdf_with_the_answers(page, qtbot, monkeypatch, tmp_path) -> None:
    pypdf = pytest.importorskip("pypdf")
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, name: target)
    fill_everything(page, qtbot)
    page.show_summary()
    click(qtbot, page.summary.pdf_button)
    assert target.read_bytes().startswith(b"%PDF")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    text = " ".join(text.split())
    for expected in ("Summary for your visit", *ANSWERS):
        assert expected in text, expected
    assert text.index("Fever with the pain") < text.index("Where it hurts")
    assert "summary.pdf" in page.summary.status.text()


def test_cancelled_pdf_writes_nothing(page, qtbot, monkeypatch, tmp_path) -> None:
    saved = []
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, name: None)
    monkeypatch.setattr(printing, "save_pdf", lambda *a, **k: saved.append(a))
    page.show_summary()
    click(qtbot, page.summary.pdf_button)
    assert saved == []


def test_kiosk_mode_offers_no_pdf_button(qtbot, fixture_result) -> None:
    from clinicapp.ui.common.context import AppContext

    context = AppContext(fixture_result.library, kiosk=True)
    kiosk_page = ChecklistPage(context)
    qtbot.addWidget(kiosk_page)
    assert kiosk_page.summary.pdf_button is None
    labels = [b.text() for b in kiosk_page.summary.findChildren(QAbstractButton)]
    assert "Save as PDF" not in labels and "Print" in labels
    assert kiosk_page.summary.save_pdf() is False


def test_no_print_button_when_it_turned_printing_off(qtbot, fixture_result) -> None:
    from clinicapp.config import Config
    from clinicapp.ui.common.context import AppContext

    context = AppContext(fixture_result.library, config=Config(printing=False))
    quiet_page = ChecklistPage(context)
    qtbot.addWidget(quiet_page)
    quiet_page.show()
    quiet_page.show_summary()
    assert not quiet_page.summary.print_button.isVisible()
    assert quiet_page.summary.pdf_button.isVisible()


# -- start over and reset ---------------------------------------------------------
def test_start_over_confirmed_clears_every_answer(page, qtbot, monkeypatch) -> None:
    fill_everything(page, qtbot)
    asked = []
    monkeypatch.setattr(ConfirmStartOver, "ask", classmethod(lambda cls, parent: asked.append(parent) or True))
    click(qtbot, page.start_over_button)
    assert asked == [page]
    assert not page.session.has_answers
    assert_empty(page)


def test_start_over_cancelled_keeps_the_answers(page, qtbot, monkeypatch) -> None:
    fill_everything(page, qtbot)
    monkeypatch.setattr(ConfirmStartOver, "ask", classmethod(lambda cls, parent: False))
    click(qtbot, page.start_over_button)
    assert page.session.checked_items == {"deep-ache", "knot"} and page.session.regions == {
        "neck",
        "shoulders",
    }
    assert page.item_boxes["deep-ache"].isChecked() and page.banner.isVisible()
    assert "5.3" in peg_text(page)


@pytest.mark.parametrize(("answer", "expected"), [("Clear my answers", True), ("Keep my answers", False)])
def test_the_confirmation_dialog_itself(page, qtbot, answer, expected) -> None:
    clicked = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, ConfirmStartOver):
            QTimer.singleShot(10, press)
            return
        assert box.defaultButton().text() == "Keep my answers"  # Enter never clears by accident
        button = next(b for b in box.buttons() if b.text() == answer)
        assert button.accessibleName() == answer
        clicked.append(answer)
        button.click()

    QTimer.singleShot(10, press)
    assert ConfirmStartOver.ask(page) is expected
    assert clicked == [answer]


def assert_empty(page: ChecklistPage) -> None:
    boxes = [*page.item_boxes.values(), *page.region_boxes.values(), *page.sign_boxes.values()]
    assert not any(b.isChecked() for b in boxes)
    assert not any(b.isChecked() for b in page.duration_buttons.values())
    assert not any(b.isChecked() for row in page.peg_rows for b in row.group.buttons())
    assert not any(b.isChecked() for b in page.body_map.buttons) and page.body_map.chosen == set()
    assert peg_text(page) == "Incomplete: answer all three"
    assert page.banner.isHidden() and page.reading.isHidden()


def test_reset_between_patients(page, qtbot) -> None:
    fill_everything(page, qtbot)
    page.scroller.verticalScrollBar().setValue(page.scroller.verticalScrollBar().maximum())
    page.show_summary()
    assert "Fever with the pain" in page.summary.browser.toPlainText()
    page.session.reset()
    page.reset()
    assert page.stack.currentIndex() == 0 and not page.summary.isVisible()
    assert page.scroller.verticalScrollBar().value() == 0
    assert page.summary.browser.toPlainText() == ""  # the hidden summary keeps nothing of the last visit
    assert_empty(page)
    stops = [b for b in page.body_map.buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert stops == [page.body_map.buttons[0]]  # the map starts at the top again, not where the last person was


def test_an_outside_session_reset_empties_the_widgets(page, qtbot) -> None:
    fill_everything(page, qtbot)
    page.session.reset()
    assert_empty(page)


def test_the_kiosk_reset_of_the_whole_window_empties_the_page(page, qtbot, window) -> None:
    fill_everything(page, qtbot)
    page.show_summary()
    window.reset_visit()
    assert window.current_location() == "home"
    assert page.stack.currentIndex() == 0
    assert_empty(page)


# -- privacy --------------------------------------------------------------------
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _snapshot(*roots: Path) -> dict[Path, str]:
    files = {}
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                files[path] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def test_filling_the_whole_checklist_writes_no_file(page, qtbot, monkeypatch, tmp_path) -> None:
    """Python-level opens for writing are recorded anywhere (the repo included); what Qt might write
    itself would land in HOME, the XDG folders, TMPDIR or the working folder, which are snapshotted."""
    home, tmp, cwd = tmp_path / "home", tmp_path / "tmp", tmp_path / "cwd"
    for folder in (home, tmp, cwd):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.chdir(cwd)
    writes: list[str] = []
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

    def recording_open(file, mode="r", *args, **kwargs):
        if any(c in mode for c in "wax+"):
            writes.append(f"{file} {mode}")
        return real_open(file, mode, *args, **kwargs)

    def recording_io_open(file, mode="r", *args, **kwargs):
        if any(c in mode for c in "wax+"):
            writes.append(f"{file} {mode}")
        return real_io_open(file, mode, *args, **kwargs)

    def recording_os_open(path, flags, *args, **kwargs):
        if flags & _WRITE_FLAGS:
            writes.append(f"{path} {flags:#o}")
        return real_os_open(path, flags, *args, **kwargs)

    before = _snapshot(tmp_path)
    monkeypatch.setattr(builtins, "open", recording_open)
    monkeypatch.setattr(io, "open", recording_io_open)
    monkeypatch.setattr(os, "open", recording_os_open)
    fill_everything(page, qtbot)
    page.show_summary()
    click(qtbot, page.summary.back_button)
    click(qtbot, page.item_boxes["knot"])
    monkeypatch.undo()
    assert writes == []
    assert _snapshot(tmp_path) == before


# -- accessibility and layout --------------------------------------------------------
def unnamed_interactive(root: QWidget) -> list[str]:
    missing, stack = [], [QAccessible.queryAccessibleInterface(root)]
    while stack:
        iface = stack.pop()
        if iface is None or not iface.isValid():
            continue
        if iface.role() in INTERACTIVE_ROLES and not iface.text(QAccessible.Text.Name).strip():
            obj = iface.object()
            missing.append(f"{iface.role().name} {type(obj).__name__}")
        stack.extend(iface.child(i) for i in range(iface.childCount()))
    return missing


def test_every_interactive_widget_has_an_accessible_name(page, qtbot) -> None:
    fill_everything(page, qtbot)  # the reading links exist only once an item is ticked
    click(qtbot, page.sign_boxes["fever"])
    assert page.reading_links()
    assert unnamed_interactive(page) == []
    unnamed = [type(b).__name__ for b in page.findChildren(QAbstractButton) if not b.accessibleName().strip()]
    assert unnamed == []
    page.show_summary()
    assert unnamed_interactive(page.summary) == []


def test_tab_order_follows_reading_order(page, qtbot) -> None:
    expected = [
        next(b for b in page.body_map.buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus),
        page.region_boxes["neck"],
        page.item_boxes["deep-ache"],
        page.item_boxes["knot"],
        page.duration_buttons["short"],
        page.peg_rows[0].group.button(0),
        page.peg_rows[2].group.button(0),
        page.sign_boxes["fever"],
        page.summary_button,
        page.start_over_button,
    ]
    order, widget = [], expected[0]
    for _ in range(200):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        if widget is expected[-1]:
            order.append(widget)
            break
    positions = [order.index(w) for w in expected]
    assert positions == sorted(positions)
    # Only one stop for the whole map: Tab goes from the map straight to the region list.
    assert sum(1 for w in order if w in page.body_map.buttons) == 1


@pytest.mark.parametrize("width", [1280, 900])
def test_nothing_is_clipped_at_200_percent(page, qtbot, window, width) -> None:
    window.session.set_text_scale(200)
    window.resize(width, 800)
    qtbot.wait(50)
    viewport = page.scroller.viewport()
    assert page.form.width() <= viewport.width(), "the page scrolls sideways"
    for label in page.form.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    for button in page.form.findChildren(QAbstractButton):
        if button.isVisible() and button not in page.body_map.buttons:
            assert button.width() >= button.sizeHint().width() - 1, button.accessibleName()
            assert button.height() >= 44, button.accessibleName()
