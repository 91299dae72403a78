"""The therapy comparison panel, driven as a patient would use it.

The shared fixture library has two therapies; tests that need every kind of
therapy or a fifth option add three more here (an injection, a medicine and
one more non-drug option) without touching the fixture other tests count.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from itertools import pairwise

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLabel, QPushButton, QRadioButton

from clinicapp.content.model import (
    COMPARISON_QUESTION_IDS,
    Certainty,
    EvidenceCertainty,
    Library,
    Source,
    Therapy,
    TherapyKind,
)
from clinicapp.session import MAX_COMPARE


def _therapy(therapy_id: str, name: str, kind: TherapyKind, topic: str = "", terms: tuple[str, ...] = ()) -> Therapy:
    answers = {
        qid: f"{name} answer to {qid.replace('_', ' ')}, long enough to wrap in a narrow column."
        for qid in COMPARISON_QUESTION_IDS
    }
    return Therapy(
        id=therapy_id,
        name=name,
        kind=kind,
        summary=f"About {name}.",
        answers=answers,
        sources=(Source(title=f"{name} facts", publisher="NHS", year=2024, url="https://www.nhs.uk/"),),
        certainty=EvidenceCertainty(Certainty.VERY_LOW, "https://www.nhs.uk/"),
        last_reviewed=dt.date(2026, 9, 1),
        topic=topic,
        uses=("muscle-knots",) if kind is not TherapyKind.MEDICINE else ("sleep",),
        terms=terms,
    )


EXTRA = (
    _therapy("tp-injection", "Trigger point injection", TherapyKind.INJECTION, topic="knots", terms=("trigger-point",)),
    _therapy("tablets", "Anti-inflammatory tablets", TherapyKind.MEDICINE, terms=("referred-pain",)),
    _therapy("massage", "Massage", TherapyKind.NON_DRUG, topic="knots"),
)


def with_extra(library: Library) -> Library:
    return dataclasses.replace(library, therapies=library.therapies + EXTRA)


@pytest.fixture
def make_window(show_window):
    """make_window(library, kiosk=False): a shown main window on its own context."""
    from clinicapp.ui.common.context import AppContext

    return lambda library, *, kiosk=False: show_window(AppContext(library, kiosk=kiosk))


@pytest.fixture
def big_window(qtbot, fixture_result, make_window):
    win = make_window(with_extra(fixture_result.library))
    yield win
    win.context.session.reset()
    win.apply_appearance()


def open_compare(window, qtbot):
    assert window.go("compare")
    page = window.page("compare")
    qtbot.wait(10)
    return page


def shown_ids(page) -> list[str]:
    return [t.id for t in page.grid.therapies]


# -- picking ---------------------------------------------------------------------


def test_default_pair_on_first_open(window, qtbot):
    assert window.context.session.picked_therapies == []
    page = open_compare(window, qtbot)
    pair = list(window.context.library.comparison.default_pair)
    assert window.context.session.picked_therapies == pair
    assert shown_ids(page) == pair
    assert all(page.picker.boxes[tid].isChecked() for tid in pair)
    assert not page.grid.message.isVisible()


def test_fewer_than_two_shows_a_message_and_keeps_the_pick(window, qtbot):
    page = open_compare(window, qtbot)
    qtbot.mouseClick(page.picker.boxes["self-care"], Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert window.context.session.picked_therapies == ["stretching"]
    assert page.grid.message.isVisible()
    assert "Pick at least two options to compare" in page.grid.message.text()
    assert not page.grid.grid_widget.isVisible() and not page.grid.header_area.isVisible()
    assert page.picker.boxes["stretching"].isChecked()


def test_a_fifth_option_is_refused_politely(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    session = big_window.context.session
    session.set_picked_therapies(["stretching", "self-care", "tp-injection", "tablets"])
    fifth = page.picker.boxes["massage"]
    assert not page.picker.limit_message.isVisible()
    qtbot.mouseClick(fifth, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert session.picked_therapies == ["stretching", "self-care", "tp-injection", "tablets"]
    assert len(session.picked_therapies) == MAX_COMPARE
    assert not fifth.isChecked()
    assert page.picker.limit_message.isVisible()
    assert f"up to {MAX_COMPARE}" in page.picker.limit_label.text()
    # Unticking one makes room again and the message goes.
    qtbot.mouseClick(page.picker.boxes["tablets"], Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseClick(fifth, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert session.picked_therapies == ["stretching", "self-care", "tp-injection", "massage"]
    assert not page.picker.limit_message.isVisible()


def test_the_limit_message_sits_right_under_the_refused_option_with_its_picture_beside_it(big_window, qtbot):
    """The picker's rows are one grid per group (no widget per row): the message still goes under the
    refused box, before the next option, and each picture stays level with its box."""
    page = open_compare(big_window, qtbot)
    page.set_list_hidden(False)
    big_window.context.session.set_picked_therapies(["stretching", "self-care", "tp-injection", "tablets"])
    picker = page.picker
    fifth = picker.boxes["massage"]
    qtbot.mouseClick(fifth, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(picker.limit_message.isVisible, timeout=2000)
    qtbot.wait(20)

    def top(widget) -> int:
        return widget.mapTo(picker, QPoint(0, 0)).y()

    below = [box for box in picker.boxes.values() if box.isVisible() and top(box) > top(fifth)]
    next_box = min(below, key=top)
    message = picker.limit_message
    assert top(fifth) + fifth.height() <= top(message) < top(message) + message.height() <= top(next_box)
    assert message.parentWidget() is fifth.parentWidget()  # in the refused option's group
    for therapy_id, box in picker.boxes.items():
        picture = picker.pictograms[therapy_id]
        assert picture.isVisible() == box.isVisible()
        if box.isVisible():  # centred on the box's row
            assert abs((top(picture) + picture.height() // 2) - (top(box) + box.height() // 2)) <= 1


def test_picker_groups_by_kind_and_filters_by_use(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    titles = [g.title() for g in page.picker.groups.values()]
    assert titles == ["Injections", "Medicines", "Non-drug care", "Self-care"]
    page.picker.set_filter("muscle-knots")
    visible = {tid for tid, box in page.picker.boxes.items() if not box.isHidden()}
    assert visible == {"stretching", "self-care", "tp-injection", "massage"}  # tablets are for "sleep"
    assert page.picker.groups[TherapyKind.MEDICINE].isHidden()
    page.picker.set_filter("")
    assert all(not box.isHidden() for box in page.picker.boxes.values())


def test_self_care_stays_available_under_any_filter(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    big_window.context.session.set_picked_therapies(["tp-injection", "massage"])
    index = page.picker.use_filter.count()
    page.picker.use_filter.addItem("Something no therapy is for", "nothing")
    page.picker.use_filter.setCurrentIndex(index)
    assert not page.picker.boxes["self-care"].isHidden()
    assert page.picker.boxes["stretching"].isHidden()
    assert not page.picker.boxes["tp-injection"].isHidden()  # picked ones stay so they can be unticked


def test_a_clinician_setting_picks_in_the_session_rebuilds_the_page(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    big_window.context.session.set_picked_therapies(["massage", "tablets", "self-care"])
    assert shown_ids(page) == ["massage", "tablets", "self-care"]
    assert {tid for tid, box in page.picker.boxes.items() if box.isChecked()} == {"massage", "tablets", "self-care"}


# -- the grid ---------------------------------------------------------------------


def test_grid_matches_the_content_for_every_therapy_and_question(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    library = big_window.context.library
    questions = library.comparison.questions
    ids = [t.id for t in library.therapies]
    for first, second in pairwise([*ids, ids[0]]):
        big_window.context.session.set_picked_therapies([first, second])
        assert shown_ids(page) == [first, second]
        assert [label.text() for label in page.grid.row_labels.values()][:-1] == [
            f"<b>{q.label}</b>" for q in questions
        ]
        for therapy_id in (first, second):
            therapy = library.therapy(therapy_id)
            for question in questions:
                cell = page.grid.cells[(therapy_id, question.id)]
                answer = therapy.answer(question.id)
                if question.id == "evidence":  # the answer, then how sure the research is
                    lines = page.grid.certainty_lines(therapy)
                    assert len(lines) == 3
                    assert cell.text().startswith(answer.replace("&", "&amp;") + "<br><br><b>")
                    assert cell.accessibleName() == f"{therapy.name}: {question.label}: {' '.join((answer, *lines))}"
                    continue
                # Shown literally (plain text: content is never read as markup), the same as the
                # escaped rich text it once was.
                assert answer and cell.text() == answer and cell.textFormat() == Qt.TextFormat.PlainText
                assert cell.accessibleName() == f"{therapy.name}: {question.label}: {answer}"


def test_cost_row_and_certainty_are_shown_the_same_way_for_every_option(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    big_window.context.session.set_picked_therapies(["stretching", "self-care", "massage"])
    rows = list(page.grid.row_labels)
    assert rows.index("cost") == rows.index("time_and_visits") + 1 == rows.index("evidence") - 1
    assert page.grid.row_labels["cost"].accessibleName() == "Cost and insurance"
    assert page.grid.cells[("self-care", "cost")].text() == "No cost at home. Ask your plan about visits."
    shown = {tid: page.grid.cells[(tid, "evidence")].text() for tid in ("stretching", "self-care", "massage")}
    assert shown["stretching"].endswith(
        "<br><br><b>How sure the research is: Moderate</b><br>More research may change what we know."
        "<br>Source: Back pain"
    )
    assert shown["self-care"].endswith(
        "<br><br><b>How sure the research is: Low</b><br>More research is likely to change what we know."
        "<br>Source: Back pain"
    )
    assert shown["massage"].endswith(
        "<br><br><b>How sure the research is: Very low</b><br>We are very unsure what the research shows."
        "<br>Source: Massage facts"
    )


def test_certainty_text_from_content_is_never_rendered_as_html(qtbot, fixture_result, make_window):
    library = fixture_result.library
    stretching = library.therapy("stretching")
    sneaky = dataclasses.replace(stretching.sources[0], title="<img src='x.png'>Back pain")
    changed = dataclasses.replace(stretching, sources=(sneaky,))
    others = tuple(t for t in library.therapies if t.id != "stretching")
    win = make_window(dataclasses.replace(library, therapies=(changed, *others)))
    page = open_compare(win, qtbot)
    cell = page.grid.cells[("stretching", "evidence")]
    assert "Source: &lt;img src=&#x27;x.png&#x27;&gt;Back pain" in cell.text() and "<img" not in cell.text()


def test_a_missing_answer_reads_ask_your_care_team(qtbot, fixture_result, make_window):
    library = fixture_result.library
    stretching = library.therapy("stretching")
    lacking = dataclasses.replace(
        stretching, answers={k: v for k, v in stretching.answers.items() if k != "serious_risks"}
    )
    others = tuple(t for t in library.therapies if t.id != "stretching")
    win = make_window(dataclasses.replace(library, therapies=(lacking, *others)))
    page = open_compare(win, qtbot)
    assert page.grid.cells[("stretching", "serious_risks")].text() == "Ask your care team"
    assert page.grid.cells[("self-care", "serious_risks")].text() == "You may hurt yourself if you push too hard."
    assert all(cell.text().strip() for cell in page.grid.cells.values())


def test_offered_here_follows_the_clinic_profile(qtbot, fixture_result, make_window):
    library = fixture_result.library
    page = open_compare(make_window(library), qtbot)
    assert page.grid.cells[("stretching", "offered")].text() == "Yes, offered here"
    assert page.grid.cells[("self-care", "offered")].text().startswith("Not offered here")
    swapped = dataclasses.replace(library, clinic=library.clinic._replace(offered_therapies=("self-care",)))
    page = open_compare(make_window(swapped), qtbot)
    assert page.grid.cells[("stretching", "offered")].text() == "Not offered here — ask about a referral"
    assert page.grid.cells[("self-care", "offered")].text() == "Yes, offered here"


def _style(widget) -> tuple:
    return (
        widget.font().toString(),
        widget.property("role"),
        widget.styleSheet(),
        widget.palette().color(widget.foregroundRole()).name(),
        widget.palette().color(widget.backgroundRole()).name(),
        widget.frameShape(),
        widget.width(),
        getattr(widget, "margin", lambda: None)(),
        int(getattr(widget, "alignment", lambda: 0)().value) if hasattr(widget, "alignment") else None,
    )


def test_every_column_is_styled_the_same(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    big_window.context.session.set_picked_therapies(["stretching", "self-care", "tp-injection", "tablets"])
    qtbot.wait(20)
    grid = page.grid
    columns = grid._columns[1:]
    assert len(columns) == 4
    headers = {_style(column[0]) for column in columns}
    assert len(headers) == 1
    for row in range(1, len(columns[0])):
        assert len({_style(column[row]) for column in columns}) == 1, row
    names = {
        (label.font().toString(), label.styleSheet(), label.property("role")) for label in grid.name_labels.values()
    }
    assert len(names) == 1

    # Rows line up across columns (once the queued layout has run).
    def rows_line_up() -> bool:
        return all(
            len({grid.cells[(t.id, qid)].geometry().top() for t in grid.therapies}) == 1 for qid in grid.row_labels
        )

    qtbot.waitUntil(rows_line_up, timeout=3000)


def test_columns_follow_the_order_picked_and_header_stays_aligned(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    big_window.context.session.set_picked_therapies(["tablets", "self-care", "massage"])
    qtbot.wait(20)
    grid = page.grid
    assert shown_ids(page) == ["tablets", "self-care", "massage"]

    def aligned() -> bool:
        return all(
            column[0].mapTo(grid, QPoint(0, 0)).x() == column[1].mapTo(grid, QPoint(0, 0)).x()
            and column[0].width() == column[1].width()
            for column in grid._columns[1:]
        )

    qtbot.waitUntil(aligned, timeout=3000)


def test_sources_and_review_date_are_one_tap_away(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    big_window.context.session.set_picked_therapies(["stretching", "tablets"])
    assert not page.grid.sources_panel.isVisible()
    qtbot.mouseClick(page.grid.source_buttons["tablets"], Qt.MouseButton.LeftButton)
    assert page.grid.sources_panel.isVisible()
    text = page.grid.sources_label.text()
    # As the app writes it in English (US): "September 1, 2026", not the C locale's "1 September 2026".
    assert "Anti-inflammatory tablets facts" in text and "September 1, 2026" in text
    qtbot.mouseClick(page.grid.sources_close, Qt.MouseButton.LeftButton)
    assert not page.grid.sources_panel.isVisible()


def test_funding_line_and_questions_to_ask_are_under_the_grid(window, qtbot):
    page = open_compare(window, qtbot)
    library = window.context.library
    assert page.funding.text() == library.clinic.funding and page.funding.isVisible()
    assert [label.accessibleName() for label in page.ask_labels] == list(library.comparison.ask_care_team)


# -- links ----------------------------------------------------------------------


def _href(label: QLabel, scheme: str) -> str:
    found = re.findall(rf"href='({scheme}:[^']+)'", label.text())
    assert found, label.text()
    return found[0]


def test_therapy_name_opens_its_topic_or_fact_sheet(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    big_window.context.session.set_picked_therapies(["stretching", "tablets"])
    label = page.grid.name_labels["stretching"]
    label.linkActivated.emit(_href(label, "topic"))
    assert big_window.current_location() == "topic:knots"
    page = open_compare(big_window, qtbot)
    label = page.grid.name_labels["tablets"]  # no topic: its fact sheet
    label.linkActivated.emit(_href(label, "therapy"))
    assert big_window.current_location() == "therapy:tablets"


def test_words_used_link_to_the_glossary(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    big_window.context.session.set_picked_therapies(["tp-injection", "tablets"])
    words = page.grid.words_label
    assert words.isVisible() and "trigger point" in words.text() and "referred pain" in words.text()
    words.linkActivated.emit(_href(words, "term"))
    assert big_window.current_location() == "term:trigger-point"


# -- values and SURE ----------------------------------------------------------------


def _radio(page, name: str) -> QRadioButton:
    found = [r for r in page.findChildren(QRadioButton) if r.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def test_values_and_sure_go_into_the_session_and_handout_and_never_reorder(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    qtbot.waitUntil(lambda: page.values_made, timeout=2000)  # made just after the first show
    session = big_window.context.session
    session.set_picked_therapies(["tp-injection", "stretching", "self-care"])
    before = shown_ids(page)
    cells_before = {key: cell.text() for key, cell in page.grid.cells.items()}
    value = big_window.context.library.comparison.values[0]
    sure = big_window.context.library.comparison.sure[0]
    _radio(page, f"{value.label}: Very important").click()
    _radio(page, f"{sure.label}: No").click()
    assert session.values == {value.id: 3}
    assert session.sure == {sure.id: False}
    assert shown_ids(page) == before == session.picked_therapies
    assert {key: cell.text() for key, cell in page.grid.cells.items()} == cells_before
    handout = page.handout_html()
    assert f"{value.label}: <b>Very important</b>" in handout
    assert f"{sure.label} <b>No</b>" in handout
    _radio(page, f"{value.label}: Not important").click()
    assert session.values == {value.id: 0}
    assert shown_ids(page) == before


def test_values_panel_mirrors_a_session_reset(window, qtbot):
    page = open_compare(window, qtbot)
    qtbot.waitUntil(lambda: page.values_made, timeout=2000)
    value = window.context.library.comparison.values[0]
    radio = _radio(page, f"{value.label}: Quite important")
    radio.click()
    assert radio.isChecked()
    window.context.session.reset()
    assert not any(r.isChecked() for r in page.findChildren(QRadioButton))


def test_the_values_panel_is_made_after_the_first_show_with_the_answers_given_so_far(window, qtbot):
    """Out of sight under the grid, it is not part of the tap that opens the page (issue 16, item 8)."""
    value = window.context.library.comparison.values[0]
    window.context.session.set_value(value.id, 2)  # e.g. a clinician set it up from elsewhere
    assert window.go("compare")
    page = window.stack.currentWidget()
    assert not page.values_made and not page.findChildren(QRadioButton)
    qtbot.waitUntil(lambda: page.values_made, timeout=2000)  # no tap, no scroll: it comes by itself
    assert page.values.isVisible()
    assert _radio(page, f"{value.label}: Quite important").isChecked()
    footer = page.grid.body_layout
    assert footer.indexOf(page.values.parentWidget()) >= 0  # in its place under the grid, above the disclaimer
    assert all(r.accessibleName().strip() for r in page.findChildren(QRadioButton))


# -- handout ------------------------------------------------------------------------


def test_handout_pdf_holds_every_chosen_therapy_and_question(big_window, qtbot, monkeypatch, tmp_path):
    from clinicapp.ui.common import printing

    page = open_compare(big_window, qtbot)
    picks = ["stretching", "self-care", "tp-injection", "tablets"]
    big_window.context.session.set_picked_therapies(picks)
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, name: target)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    raw = " ".join(p.extract_text() for p in PdfReader(target).pages)
    text = " ".join(unicodedata.normalize("NFKC", raw).split())  # Qt writes "fl" as a ligature
    library = big_window.context.library
    for therapy_id in picks:
        assert library.therapy(therapy_id).name in text
    for question in library.comparison.questions:
        assert question.label in text
    assert library.clinic.funding in text and library.clinic.disclaimer in text


def test_no_pdf_button_in_kiosk_mode(qtbot, fixture_result, make_window):
    page = open_compare(make_window(fixture_result.library, kiosk=True), qtbot)
    assert page.pdf_button is None
    assert not [b for b in page.findChildren(QPushButton) if "PDF" in b.text() or "PDF" in b.accessibleName()]
    assert page.print_button.isVisible()
    assert page.save_pdf() is False


# -- focus from a fact sheet ---------------------------------------------------------


def test_focus_therapy_adds_or_replaces_and_shows_the_column(big_window, qtbot):
    session = big_window.context.session
    assert big_window.go("compare:massage")
    page = big_window.page("compare")
    assert big_window.current_location() == "compare:massage"
    assert session.picked_therapies == ["stretching", "self-care", "massage"]
    assert page.focus_therapy("stretching") and session.picked_therapies == ["stretching", "self-care", "massage"]
    session.set_picked_therapies(["stretching", "self-care", "massage", "tp-injection"])
    session.set_text_scale(200)
    big_window.apply_appearance()
    qtbot.wait(50)
    assert big_window.go("compare:tablets")
    qtbot.wait(50)
    assert session.picked_therapies == ["stretching", "self-care", "massage", "tablets"]
    grid = page.grid
    cell = grid.cells[("tablets", "what_it_is")]

    def column_in_view() -> bool:
        where = QRect(cell.mapTo(grid.body.viewport(), QPoint(0, 0)), cell.size())
        return grid.body.viewport().rect().intersects(where)

    qtbot.waitUntil(column_in_view, timeout=3000)
    # Four columns do not fit at 200%: options show two at a time, and the page holding it is shown.
    assert grid.pager.isVisible() and grid.shown_indexes() == [2, 3]
    assert not grid.cells[("stretching", "what_it_is")].isVisible()
    assert not big_window.go("compare:no-such-therapy")


def test_reset_returns_to_the_default_pair_on_next_open(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    qtbot.waitUntil(lambda: page.values_made, timeout=2000)
    session = big_window.context.session
    session.set_picked_therapies(["massage", "tablets", "tp-injection"])
    session.set_value(big_window.context.library.comparison.values[0].id, 2)
    grid = page.grid
    grid.body.verticalScrollBar().setValue(grid.body.verticalScrollBar().maximum())
    big_window.go("home")
    session.reset()
    page.reset()
    assert grid.body.verticalScrollBar().value() == 0
    assert not any(r.isChecked() for r in page.findChildren(QRadioButton))
    open_compare(big_window, qtbot)
    assert session.picked_therapies == list(big_window.context.library.comparison.default_pair)
    assert shown_ids(page) == session.picked_therapies


# -- accessibility ------------------------------------------------------------------


def test_every_interactive_widget_has_an_accessible_name(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    big_window.context.session.set_picked_therapies(["stretching", "self-care", "tp-injection", "tablets"])
    page.grid.show_sources("stretching")
    qtbot.wait(10)
    controls = [*page.findChildren(QAbstractButton), *page.findChildren(QComboBox)]
    assert controls
    assert [type(w).__name__ + ":" + getattr(w, "text", lambda: "")() for w in controls if not w.accessibleName()] == []
    assert all(cell.accessibleName().count(": ") >= 2 for cell in page.grid.cells.values())
    assert all(label.accessibleName() for label in page.grid.name_labels.values())
    missing = []
    stack = [QAccessible.queryAccessibleInterface(page)]
    while stack:
        iface = stack.pop()
        if iface is None or not iface.isValid():
            continue
        if (
            iface.role() in (QAccessible.Role.PushButton, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton)
            and not iface.state().invisible
            and not iface.text(QAccessible.Text.Name).strip()
        ):
            missing.append(iface.role().name)
        stack.extend(iface.child(i) for i in range(iface.childCount()))
    assert missing == []


def test_check_boxes_and_buttons_are_big_enough_to_tap(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    qtbot.wait(20)
    small = [
        (w.accessibleName(), w.width(), w.height())
        for w in page.findChildren(QAbstractButton)
        if w.isVisible() and (w.height() < 44 or (not isinstance(w, QCheckBox | QRadioButton) and w.width() < 44))
    ]
    assert small == []


def test_rows_fit_their_text_again_after_large_text(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    session = big_window.context.session
    session.set_picked_therapies(["stretching", "self-care", "tp-injection", "tablets"])
    qtbot.wait(20)
    cell = page.grid.cells[("stretching", "what_it_is")]
    before = cell.minimumHeight(), cell.width()
    session.set_text_scale(200)  # the window applies it (appearanceChanged)
    qtbot.waitUntil(lambda: cell.minimumHeight() > before[0], timeout=3000)
    session.set_text_scale(100)
    # Layout settles through a few queued steps; on a busy machine that takes a moment.
    # Height must shrink back exactly; width may settle a pixel off after the
    # page area's scroll bar came and went.
    qtbot.waitUntil(lambda: cell.minimumHeight() == before[0] and abs(cell.width() - before[1]) <= 2, timeout=3000)


def test_kiosk_idle_reset_clears_the_comparison_until_it_is_opened_again(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    session = big_window.context.session
    session.set_picked_therapies(["massage", "tablets"])
    session.set_sure(big_window.context.library.comparison.sure[0].id, True)
    page.set_list_hidden(True)
    big_window.reset_visit()
    assert session.picked_therapies == [] and session.sure == {}
    assert not any(r.isChecked() for r in page.findChildren(QRadioButton))
    assert page.list_toggle.isChecked()  # the list of options is back
    open_compare(big_window, qtbot)
    assert session.picked_therapies == list(big_window.context.library.comparison.default_pair)


def test_large_text_puts_the_list_away_until_asked_for(big_window, qtbot):
    page = open_compare(big_window, qtbot)
    session = big_window.context.session
    assert page.picker_scroll.isVisible()
    session.set_text_scale(200)
    assert not page.picker_scroll.isVisible()
    page.list_toggle.click()  # the person wants the list back at 200%
    assert page.picker_scroll.isVisible()
    session.set_high_contrast(True)  # another appearance change keeps their choice
    assert page.picker_scroll.isVisible()
    session.set_text_scale(100)
    assert page.picker_scroll.isVisible()
