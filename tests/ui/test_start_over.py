"""Start over leaves nothing on screen: what the button says is what it does.

Start over clears everything the person entered, chose or searched (answers,
what matters to them, SURE, picked options, search text, reading trail) and
keeps how the screen looks (text size, contrast).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from clinicapp.ui.checklist.page import ConfirmStartOver


def test_start_over_clears_every_answer_pick_and_search_and_keeps_the_text_size(window, qtbot, monkeypatch):
    session = window.session
    library = window.context.library
    window.step_text(+1)
    window.go("compare")
    compare = window.page("compare")
    values = compare.values
    for group in [*values.value_groups.values(), *values.sure_groups.values()]:
        group.buttons()[1].click()  # as a patient taps the radio buttons
    assert session.values and session.sure
    window.go(f"topic:{library.topics[0].id}")
    window.activateWindow()
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "knots")
    qtbot.waitUntil(lambda: session.search_text == "knots", timeout=3000)
    window.go("checklist")
    checklist = window.page("checklist")
    checklist.item_boxes[library.checklist.items[0].id].click()
    assert session.has_answers and session.picked_therapies

    monkeypatch.setattr(ConfirmStartOver, "ask", classmethod(lambda cls, parent: True))
    qtbot.mouseClick(checklist.start_over_button, Qt.MouseButton.LeftButton)

    assert not session.has_answers and not session.values and not session.sure
    for group in [*values.value_groups.values(), *values.sure_groups.values()]:
        assert group.checkedButton() is None, group.buttons()[0].accessibleName()
    assert session.picked_therapies == []
    assert not any(box.isChecked() for box in compare.picker.boxes.values())
    assert window.search_field.text() == "" and not window.search_field.isUndoAvailable()
    assert session.search_text == ""
    assert session.history.entries() == ("home", "checklist")  # no trail of what was read
    assert window.page("topics").article.location == ""
    assert session.text_scale == 125  # how the screen looks stays for the person in front of it
    name = checklist.start_over_button.accessibleName()
    assert "answers" in name and "choices" in name and "searches" in name


def test_values_panel_follows_any_session_change_that_empties_it(window, qtbot):
    window.go("compare")
    values = window.page("compare").values
    group = next(iter(values.value_groups.values()))
    group.buttons()[2].click()
    assert group.checkedButton() is not None
    window.go("checklist")
    window.session.clear_answers()  # what Start over calls, without the dialog
    assert group.checkedButton() is None
