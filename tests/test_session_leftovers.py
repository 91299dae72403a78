"""What a visit leaves behind, derived from the session's own fields, so a new field cannot escape a reset check."""

from __future__ import annotations

import dataclasses

import pytest

from clinicapp.session import APPEARANCE_FIELDS, SessionChange, VisitSession


def filled() -> VisitSession:
    session = VisitSession()
    session.set_item("knot", True)
    session.set_duration("over-1-year")
    session.set_region("neck", True)
    session.set_peg("pain", 7)
    session.set_warning_sign("fever", True)
    session.set_picked_therapies(["self-care", "stretching"])
    session.set_value("cost", 2)
    session.set_sure("sure", True)
    session.add_to_take_home("topic:knots")
    session.set_search_text("knots")
    session.history.visit("topics")
    session.set_text_scale(150)
    session.set_high_contrast(True)
    session.start_presenting(200)
    session.set_compare_list_shown(True)  # last: a change of text size hands the list back to the page
    return session


def test_a_new_session_has_no_leftovers():
    assert VisitSession().leftovers() == []


def test_every_field_a_visit_can_fill_is_a_leftover_until_reset():
    # Fails when a field is added to VisitSession without a way to fill it here: add it above.
    every = {f.name for f in dataclasses.fields(VisitSession) if not f.name.startswith("_")}
    session = filled()
    assert set(session.leftovers()) == every
    session.reset()
    assert session.leftovers() == []


def test_start_over_clears_every_field_but_the_look_and_where_the_person_is():
    # A field that is neither cleared by Start over nor declared in APPEARANCE_FIELDS fails here.
    every = {f.name for f in dataclasses.fields(VisitSession) if not f.name.startswith("_")}
    session = filled()
    session.clear_answers()
    assert set(session.leftovers()) == set(APPEARANCE_FIELDS) | {"history"}
    assert session.history.entries() == ("home", "topics")
    assert set(APPEARANCE_FIELDS) <= every


def test_presentation_gives_back_the_text_size_it_found():
    session = VisitSession()
    session.set_text_scale(125)
    session.start_presenting(150)
    assert session.presenting and session.text_scale == 150
    session.start_presenting(150)  # twice: still the size from before the first
    session.stop_presenting()
    assert not session.presenting and session.text_scale == 125


def test_listeners_get_a_session_change_that_still_equals_the_old_word():
    session = VisitSession()
    seen: list[SessionChange] = []
    session.subscribe(seen.append)
    session.set_item("knot", True)
    session.reset()
    assert seen == [SessionChange.CHECKLIST, SessionChange.RESET]
    assert all(isinstance(aspect, SessionChange) for aspect in seen)
    assert seen[-1] == "reset"  # listeners on other branches still compare with the string


def test_an_unknown_change_cannot_be_announced():
    session = VisitSession()
    seen: list[SessionChange] = []
    session.subscribe(seen.append)
    with pytest.raises(ValueError):
        session._changed("chekclist")  # type: ignore[arg-type]  # the typo this guards against
    with pytest.raises(AttributeError):
        _ = SessionChange.CHEKCLIST  # type: ignore[attr-defined]
    assert seen == []
