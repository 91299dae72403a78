"""The search field and results page as a user meets them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl


def type_and_wait(qtbot, window, text: str) -> None:
    window.search_field.clear()
    qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(lambda: window.session.search_text == text, timeout=2000)


def test_ctrl_f_and_ctrl_k_focus_search_from_any_area(window, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    for location, keys in (("topic:knots", Qt.Key.Key_F), ("glossary", Qt.Key.Key_K)):
        window.go(location)
        window.stack.currentWidget().setFocus()
        qtbot.keyClick(window, keys, Qt.KeyboardModifier.ControlModifier)
        assert window.search_field.hasFocus()


def test_results_update_as_you_type_with_prefix_match_and_highlight(window, qtbot):
    type_and_wait(qtbot, window, "trig")
    assert window.current_location() == "search"
    page = window.page("search")
    ids = [(h.kind, h.id) for h in page.hits]
    assert ("term", "trigger-point") in ids
    assert ("topic", "muscle-pain") in ids
    assert "<b>" in page.results.toHtml() or "font-weight" in page.results.toHtml()
    assert "trig" in page.heading.text()


def test_typing_is_debounced_into_one_query(window, qtbot, monkeypatch):
    calls = []
    index = window.context.search_index
    original = index.query
    monkeypatch.setattr(index, "query", lambda text, limit=20: calls.append(text) or original(text, limit))
    qtbot.keyClicks(window.search_field, "stretch")
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    qtbot.wait(300)
    assert calls == ["stretch"]


def test_enter_opens_the_top_hit(window, qtbot):
    qtbot.keyClicks(window.search_field, "knots")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.current_location() == "topic:knots"


def test_escape_clears_the_search(window, qtbot):
    type_and_wait(qtbot, window, "knot")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.session.search_text == ""


def test_no_results_says_so_and_offers_browsing(window, qtbot):
    type_and_wait(qtbot, window, "zzzqqq")
    page = window.page("search")
    assert page.hits == []
    assert "No results" in page.heading.text()
    assert "browse all topics" in page.results.toPlainText()
    page.results.anchorClicked.emit(QUrl("topics:"))
    assert window.current_location() == "topics"


@pytest.mark.parametrize(
    "text", ['"', "*", "-", ":", "(", ")", '"trig', "trig*", "a AND", "NEAR(", "^", "OR", "💥", "x" * 5000, "   "]
)
def test_hostile_queries_never_raise(window, text):
    window.search(text)
    assert isinstance(window.page("search").hits, list)
