"""Each piece of visit state lives in the session only; the widgets show it.

The search box and the session used to hold the text each on its own (the
session caught up after a pause in typing, the box after Start over), and
Compare kept whether its list was open in the widgets, so a rebuilt page
(a language switch) forgot it.
"""

from __future__ import annotations

from clinicapp.session import SessionChange
from clinicapp.ui.shell.areas import default_areas


def test_the_search_box_writes_each_key_to_the_session_and_shows_what_it_holds(window, qtbot):
    field = window.search_field
    window.activateWindow()
    field.setFocus()
    changes: list[SessionChange] = []
    window.session.subscribe(changes.append)
    qtbot.keyClicks(field, "kn")
    assert window.session.search_text == "kn"  # at once: no pause in typing needed
    assert changes == [SessionChange.SEARCH, SessionChange.SEARCH]
    window.session.set_search_text("knots")
    assert field.text() == "knots"
    window.session.clear_answers()
    assert field.text() == "" and not field.isUndoAvailable()


def test_the_list_of_options_stays_as_the_person_left_it_when_compare_is_rebuilt(window, qtbot):
    assert window.go("compare")
    page = window.page("compare")
    assert page.picker_scroll.isVisible()
    page.list_toggle.click()  # put the list away
    assert window.session.compare_list_shown is False and not page.picker_scroll.isVisible()
    window.retranslate(default_areas())  # what a language switch does: every page built anew
    rebuilt = window.page("compare")
    assert rebuilt is not page and window.current_page() is rebuilt
    assert not rebuilt.picker_scroll.isVisible() and not rebuilt.list_toggle.isChecked()
    window.session.set_text_scale(125)  # a new text size lays the page out for it again
    assert window.session.compare_list_shown is None and rebuilt.picker_scroll.isVisible()
