"""The search field and results page as a user meets them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


def type_and_wait(qtbot, window, text: str) -> None:
    """Type, then wait for the search that runs once typing pauses (the session has each key at once)."""
    window.search_field.clear()
    with qtbot.waitSignal(window.search_field.searchRequested, timeout=2000):
        qtbot.keyClicks(window.search_field, text)
    assert window.session.search_text == text


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
    visible = [card for card in page.cards if card.isVisible()]
    assert [card.location for card in visible] == [hit.location for hit in page.hits]
    assert "trig" in page.heading.text()


def test_typing_is_debounced_into_one_query(window, qtbot, monkeypatch):
    calls = []
    index = window.context.search_index
    original = index.search
    monkeypatch.setattr(index, "search", lambda text, limit=20: calls.append(text) or original(text, limit))
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
    assert "browse all topics" in page.message.text() and page.browse_button.isVisible()
    assert not any(card.isVisible() for card in page.cards)
    qtbot.mouseClick(page.browse_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == "topics"


@pytest.mark.parametrize(
    "text", ['"', "*", "-", ":", "(", ")", '"trig', "trig*", "a AND", "NEAR(", "^", "OR", "💥", "x" * 5000, "   "]
)
def test_hostile_queries_never_raise(window, text):
    window.search(text)
    assert isinstance(window.page("search").hits, list)


# -- search that forgives, as touch cards (issue 16) ------------------------------------


def visible_cards(page):
    return [card for card in page.cards if card.isVisible()]


def test_did_you_mean_is_a_real_button_and_a_tap_opens_what_was_meant(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    type_and_wait(qtbot, window, "trigerpoint")
    page = window.page("search")
    button = page.did_you_mean
    assert isinstance(button, QPushButton) and button.isVisible()
    assert button.label.text() == "Did you mean “trigger point”?"
    assert button.accessibleName() == button.label.text()
    assert button.height() >= 48 and button.width() >= page.results.viewport().width() * 0.9
    assert page.hits and visible_cards(page)  # the results are already for what was meant
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_location() == "term:trigger-point"


def test_no_did_you_mean_when_the_words_were_found(window, qtbot):
    type_and_wait(qtbot, window, "trig")
    assert not window.page("search").did_you_mean.isVisible()


@pytest.mark.parametrize("scale", [100, 200])
def test_results_are_full_width_touch_cards_with_title_and_one_line(window, qtbot, scale):
    from PySide6.QtWidgets import QPushButton

    window.session.set_text_scale(scale)
    type_and_wait(qtbot, window, "trig")
    page = window.page("search")
    qtbot.wait(20)
    cards = visible_cards(page)
    assert len(cards) == len(page.hits) >= 2
    viewport = page.results.viewport().width()
    for card, hit in zip(cards, page.hits, strict=True):
        assert isinstance(card, QPushButton) and card.focusPolicy() != Qt.FocusPolicy.NoFocus
        assert card.height() >= 48
        assert card.width() >= viewport * 0.9
        assert card.title.text() == hit.title
        assert card.snippet.full_text == hit.snippet
        # One line: the snippet label is one text line tall, cut to its width when longer.
        metrics = card.snippet.fontMetrics()
        assert card.snippet.height() < metrics.lineSpacing() * 2
        assert metrics.horizontalAdvance(card.snippet.text()) <= card.snippet.width() + 1
        assert card.accessibleName().startswith(hit.title)


def test_a_tap_on_a_card_opens_its_page(window, qtbot):
    type_and_wait(qtbot, window, "knots")
    page = window.page("search")
    card = visible_cards(page)[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_location() == page.hits[0].location


def test_markup_in_a_query_or_in_content_is_shown_as_typed(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from clinicapp.content.search import SearchHit, SearchResults, Suggestion

    marked = '<img src="/dev/zero"><b>bold</b> & co'
    hit = SearchHit("topic", "knots", marked, marked + " snippet", -1.0)
    monkeypatch.setattr(
        window.context.search_index,
        "search",
        lambda text, limit=20: SearchResults([hit], Suggestion(marked, "topic:knots")),
    )
    window.search_field.setText(marked)
    window.search(marked)
    page = window.page("search")
    labels = page.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    card = visible_cards(page)[0]
    assert card.title.text() == marked and card.snippet.full_text == marked + " snippet"
    assert page.did_you_mean.label.text() == f"Did you mean “{marked}”?"
    assert marked in page.heading.text()


def test_reset_leaves_no_search_on_the_page(window, qtbot):
    type_and_wait(qtbot, window, "trigerpoint")
    page = window.page("search")
    page.reset()
    assert page.hits == [] and not visible_cards(page) and not page.did_you_mean.isVisible()
    assert "trigerpoint" not in page.heading.text()


# -- the topic screen before a topic is chosen ---------------------------------------------


def test_topics_open_on_a_start_not_a_blank_half(window, qtbot):
    window.go("topics")
    page = window.page("topics")
    qtbot.wait(20)
    start = page.placeholder
    assert start.isVisible() and not page.article.isVisible()
    assert start.heading.text() == "Choose a topic"
    library = window.context.library
    firsts = [library.topics_in(c.id)[0].id for c in library.categories if library.topics_in(c.id)]
    assert [card.location for card in start.cards] == [f"topic:{t}" for t in firsts[:4]]
    for card in start.cards:
        assert card.isVisible() and card.height() >= 48
    qtbot.mouseClick(start.cards[0], Qt.MouseButton.LeftButton)
    assert window.current_location() == start.cards[0].location
    assert page.article.isVisible() and not start.isVisible()
    page.reset()
    assert start.isVisible() and not page.article.isVisible()
