"""Text from outside the code (typed, settings, content) is shown as plain text, never as markup.

A QLabel in auto format renders what looks like HTML: an <img> on a local file
shows it, on /dev/zero it aborts the process. These tests feed markup in
through every door and walk every label and button of every area.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from types import MappingProxyType

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from clinicapp.app import apply_clinic_settings
from clinicapp.config import Config

HEADING_MAX_CHARS = 80  # the heading keeps one short line of what was typed

IMG = '<img src="/nonexistent/patient.png">'  # harmless if rendered: the walk must fail, not crash
MARKUP = ("<b>x</b>", IMG, '<a href="http://example.invalid/">link</a>')
INJECTED = "".join(MARKUP)
# Fields shown as text (Markdown bodies are rendered by their own safe view and are not touched).
TEXT_FIELDS = {"title", "summary", "publisher", "term", "definition", "text", "label", "low_label",
               "high_label", "intro", "warning_message", "name", "contact", "disclaimer", "funding"}  # fmt: skip


def _inject(record: object) -> object:
    """Every text field of a content record (and those inside it) with markup prepended."""
    named = hasattr(record, "_fields")  # a NamedTuple record (Clinic): a record, not a tuple of records
    if isinstance(record, tuple) and not named:
        return tuple(_inject(r) for r in record)
    if named:
        names = list(record._fields)
    elif dataclasses.is_dataclass(record):
        names = [f.name for f in dataclasses.fields(record) if f.init]
    else:
        return record
    changes: dict[str, object] = {}
    for name in names:
        value = getattr(record, name)
        if isinstance(value, str) and name in TEXT_FIELDS:
            changes[name] = INJECTED + value
        elif name == "ask_care_team":
            changes[name] = tuple(INJECTED + q for q in value)
        elif name == "answers" and isinstance(value, Mapping):
            changes[name] = MappingProxyType({k: INJECTED + v for k, v in value.items()})
        elif isinstance(value, tuple) or dataclasses.is_dataclass(value):
            changes[name] = _inject(value)
    return record._replace(**changes) if named else dataclasses.replace(record, **changes)


@pytest.fixture
def marked_window(qapp, fixture_result, show_window):
    from clinicapp.ui.common.context import AppContext

    config = Config(clinic_name=INJECTED + "Elm Street", clinic_contact=INJECTED + "555 0100")
    library, _notes = apply_clinic_settings(_inject(fixture_result.library), config)
    context = AppContext(library, [], config=config)
    window = show_window(context)
    yield window
    context.session.reset()
    window.apply_appearance()


def _open_everything(window, qtbot) -> None:
    """Every area built and shown, with its panels open, so every label exists."""
    library = window.context.library
    window.session.set_item(library.checklist.sections[0].items[0].id, True)
    window.session.set_warning_sign(library.checklist.warning_signs[0].id, True)
    for location in window.areas:
        window.go(location)
        qtbot.wait(5)
    window.go(f"topic:{library.topics[0].id}")
    window.page("topics").show_term(library.glossary[0].id)
    window.go(f"therapy:{library.therapies[0].id}")
    if "compare" in window.areas:
        window.go("compare")
        grid = window.page("compare").grid
        grid.show_sources(grid.therapies[0].id)
    window.page("checklist").show_summary()
    qtbot.wait(10)


def _rendered_markup(window) -> list[str]:
    """Every label, button or tooltip that would render injected markup."""
    bad = []
    for label in window.findChildren(QLabel):
        text = label.text()
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        )
        if rich and any(m in text for m in MARKUP):
            bad.append(f"label {label.objectName() or type(label).__name__}: {text[:80]!r}")
    for widget in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
        tip = widget.toolTip()
        if any(m in tip for m in MARKUP) and QtGui.Qt.mightBeRichText(tip):
            bad.append(f"tooltip of {type(widget).__name__}: {tip[:80]!r}")
    return bad


def _type_search(window, qtbot, text: str) -> None:
    window.search_field.setText(text)
    window.search(text)
    qtbot.wait(5)


def test_markup_from_content_settings_and_search_is_never_rendered(marked_window, qtbot):
    window = marked_window
    _open_everything(window, qtbot)
    assert _rendered_markup(window) == []
    shown = [label.text() for label in window.findChildren(QLabel)]
    assert any(text == INJECTED + "Elm Street" for text in shown)  # the name is shown, literally
    for query in MARKUP:
        _type_search(window, qtbot, query)
        heading = window.page("search").heading
        assert query in heading.text() and heading.textFormat() == Qt.TextFormat.PlainText
        assert _rendered_markup(window) == []
    # Only now the one that aborted the process: it must never reach a rich-text label.
    _type_search(window, qtbot, '<img src="/dev/zero">')
    window.page("search").heading.repaint()
    assert _rendered_markup(window) == []


def test_a_huge_paste_is_cut_for_the_heading_and_the_field_has_a_limit(window, qtbot):
    field = window.search_field
    assert 0 < field.maxLength() <= 200
    field.setText("knots " * 5000)
    assert len(field.text()) == field.maxLength()
    window.search("muscle " * 5000)  # however it arrives, the heading stays one short line
    heading = window.page("search").heading.text()
    assert len(heading) <= HEADING_MAX_CHARS + 40 and "…" in heading


def _rendered_in(document) -> list[str]:
    """Images and outside links a rich-text document would show."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(f"image {fmt.toImageFormat().name()}")
            if fmt.isAnchor() and fmt.anchorHref().startswith("http"):
                found.append(f"link {fmt.anchorHref()}")
            if fmt.fontWeight() > 600 and it.fragment().text() == "x":
                found.append("bold x")
            it += 1
        block = block.next()
    return found


def test_titles_summaries_and_answers_in_articles_are_shown_literally(marked_window, qtbot):
    """Only Markdown bodies are Markdown; a title, summary or answer from content is text."""
    window = marked_window
    library = window.context.library
    article = window.page("topics").article
    for location in (f"therapy:{library.therapies[0].id}", f"topic:{library.topics[0].id}"):
        assert window.go(location)
        assert _rendered_in(article.document()) == [], location
        assert INJECTED in article.toPlainText(), location
