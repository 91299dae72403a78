"""The topic browser: list by category, reading, links, glossary."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QAbstractItemModelTester

from clinicapp.ui.topics.article import mark_terms
from clinicapp.ui.topics.models import LocationRole, TopicTreeModel


def test_topic_model_passes_qt_model_tester(context, qtmodeltester):
    model = TopicTreeModel(context.library)
    qtmodeltester.check(model)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_topics_are_listed_by_category_with_title_and_summary(context):
    model = TopicTreeModel(context.library)
    assert model.rowCount() == 1  # the fixture's "treatment" category has no topics
    category = model.index(0, 0)
    assert category.data() == "Understanding pain"
    first = model.index(0, 0, category)
    assert first.data() == "What is muscle pain?\nA short look at long-lasting muscle pain."
    assert first.data(LocationRole) == "topic:muscle-pain"
    assert model.index_of("topic:knots").row() == 1


def test_activating_a_topic_in_the_list_opens_it(window, qtbot):
    window.go("topics")
    page = window.page("topics")
    index = page.model.index_of("topic:knots")
    page.tree.activated.emit(index)
    assert window.current_location() == "topic:knots"
    assert "Knots in a muscle" in page.article.toPlainText()


def test_article_has_related_links_sources_and_review_date(window):
    window.go("topic:muscle-pain")
    text = window.page("topics").article.toPlainText()
    assert "Read next" in text
    assert "Knots in a muscle" in text and "Stretching" in text
    assert "Sources" in text and "Mayo Clinic" in text
    assert "Last reviewed:" in text and "2026" in text


def test_internal_links_navigate_in_app(window):
    window.go("topic:muscle-pain")
    article = window.page("topics").article
    article.anchorClicked.emit(QUrl("topic:knots"))
    assert window.current_location() == "topic:knots"
    article.anchorClicked.emit(QUrl("therapy:stretching"))
    assert window.current_location() == "therapy:stretching"
    assert "How soon may it help?" in article.toPlainText()


class _UrlSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_external_links_do_nothing_outside_the_app(window):
    spy = _UrlSpy()
    for scheme in ("http", "https", "file", "mailto"):
        QDesktopServices.setUrlHandler(scheme, spy, "open")
    try:
        window.go("topic:muscle-pain")
        article = window.page("topics").article
        before = article.toPlainText()
        for url in ("https://example.com/", "http://x.test", "file:///etc/passwd", "mailto:a@b.c"):
            article.anchorClicked.emit(QUrl(url))
        assert spy.opened == []
        assert window.current_location() == "topic:muscle-pain"
        assert article.toPlainText() == before
        assert not article.openExternalLinks() and not article.openLinks()
        assert article.loadResource(0, QUrl("https://example.com/x.png")) is None
    finally:
        for scheme in ("http", "https", "file", "mailto"):
            QDesktopServices.unsetUrlHandler(scheme)


def test_glossary_terms_are_marked_once_and_not_inside_links(context):
    terms = [context.library.term("trigger-point"), context.library.term("referred-pain")]
    body = "## Trigger point basics\n\nA trigger point hurts. Another trigger point.\nSee [trigger points](topic:x)."
    marked = mark_terms(body, terms)
    assert marked.count("](term:trigger-point)") == 1
    assert "## Trigger point basics" in marked
    assert "[trigger points](topic:x)" in marked


def test_tapping_a_term_shows_its_meaning_in_place(window):
    window.go("topic:muscle-pain")
    page = window.page("topics")
    page.article.anchorClicked.emit(QUrl("term:trigger-point"))
    assert page.term_panel.isVisible()
    assert page.term_panel.definition.text() == "A tight, sore spot in a muscle."
    assert window.current_location() == "topic:muscle-pain"  # the reader kept their place
    page.term_panel.all_terms.click()
    assert window.current_location() == "glossary"


def test_glossary_page_lists_every_term(window, context):
    window.go("glossary")
    text = window.page("glossary").view.toPlainText()
    for term in context.library.glossary:
        assert term.definition in text
    assert window.go("term:referred-pain")
    assert "Referred pain" in window.page("glossary").view.textCursor().selectedText()


def test_a_topic_with_an_unknown_category_is_still_listed(context):
    import dataclasses

    library = context.library
    stray = dataclasses.replace(library.topic("knots"), id="stray", category="")
    model = TopicTreeModel(dataclasses.replace(library, topics=(*library.topics, stray)))
    assert model.index(model.rowCount() - 1, 0).data() == "More topics"
    assert model.index_of("topic:stray").isValid()


def test_footer_headings_are_not_swallowed_by_the_list_above(window):
    window.go("therapy:stretching")
    document = window.page("topics").article.document()
    block = document.begin()
    headings = {}
    while block.isValid():
        if block.text() in ("Sources", "Read next"):
            headings[block.text()] = block.textList() is None
        block = block.next()
    assert headings == {"Sources": True, "Read next": True}


def test_reading_many_articles_keeps_only_the_shown_document(window, qtbot):
    from PySide6.QtGui import QTextDocument

    article = window.page("topics").article
    for _ in range(15):
        for location in ("topic:muscle-pain", "topic:knots", "therapy:stretching"):
            window.go(location)
    qtbot.wait(10)  # let deleteLater run
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(article.findChildren(QTextDocument)) <= 2
