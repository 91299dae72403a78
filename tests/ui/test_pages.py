"""The shell routes by the schemes each area declares, and every area page is a `Page`.

A made-up area proves the window names no area of its own: it serves a
scheme the window has never heard of, and the real areas' locations fail
once their areas are not declared.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from clinicapp.ui.common.page import Page
from clinicapp.ui.shell.areas import Area, default_areas
from clinicapp.ui.shell.main_window import MainWindow, index_areas


class NotesPage(QWidget):
    """A page for a made-up "notes" area: remembers what it was asked."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.shown: list[str] = []
        self.resets = 0

    def show_location(self, location: str) -> bool:
        self.shown.append(location)
        return location == "notes" or location in ("note:1", "note:2")

    def reset(self) -> None:
        self.resets += 1


def notes_area(**changes) -> Area:
    fields = {"location": "notes", "title": "Notes", "description": "", "shortcut": "Ctrl+9",
              "factory": NotesPage, "schemes": ("note",)}  # fmt: skip
    return Area(**{**fields, **changes})


@pytest.fixture
def notes_window(context, qtbot):
    window = MainWindow(context, [notes_area()])
    qtbot.addWidget(window)
    yield window
    context.session.reset()


def test_every_declared_area_builds_a_page_that_shows_its_own_location(window):
    for key, area in window.areas.items():
        page = window.page(key)
        assert isinstance(page, Page), key
        assert window.go(area.location), key
        assert window.current_page() is page
        assert window.current_location() == area.location


def test_locations_reach_the_area_that_declares_their_scheme(window):
    routes = [("topic:knots", "topics"), ("therapy:stretching", "topics"), ("term:trigger-point", "glossary"),
              ("compare:stretching", "compare"), ("topics", "topics"), ("search", "search")]  # fmt: skip
    for location, key in routes:
        assert window.area_for(location) is window.areas[key], location
        assert window.go(location), location
        assert window.current_page() is window.page(key), location
    assert window.area_for("home") is None and window.area_for("nowhere:1") is None


def test_a_new_area_is_wired_in_by_its_declaration_alone(notes_window):
    assert notes_window.go("note:1")
    page = notes_window.page("notes")
    assert notes_window.current_page() is page and page.shown == ["note:1"]
    assert not notes_window.go("note:3")  # the page says there is no such note: nothing moves
    assert notes_window.current_location() == "note:1"
    # The default areas' locations mean nothing to a window that was not given those areas.
    for location in ("topics", "topic:knots", "term:trigger-point", "compare:stretching", "search", "checklist"):
        assert not notes_window.go(location), location
    assert notes_window.area_buttons["notes"].isChecked()  # "note:1" belongs to the notes area
    notes_window.reset_visit()
    assert page.resets == 1 and notes_window.current_page() is notes_window.home


def test_a_scheme_served_by_two_areas_is_refused():
    with pytest.raises(ValueError, match="'topic' is served by both topics and notes"):
        index_areas([*default_areas(), notes_area(schemes=("topic",))])
    with pytest.raises(ValueError, match="'home'"):
        index_areas([notes_area(schemes=("home",))])


def test_a_factory_that_builds_no_page_is_refused_with_the_area_named(context, qtbot):
    window = MainWindow(context, [notes_area(factory=lambda _context, _parent: QWidget())])
    qtbot.addWidget(window)
    with pytest.raises(TypeError, match="area notes: QWidget is not a Page"):
        window.page("notes")
    assert "notes" not in window.pages
