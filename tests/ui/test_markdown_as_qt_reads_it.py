"""Search text and the reading grade see the words Qt shows, for the bundled content and tricky text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from clinicapp.content import readability, search
from clinicapp.content.loader import load_library

REPO = Path(__file__).resolve().parents[2]
TRICKY = (REPO / "tests" / "fixtures" / "markdown" / "tricky.md").read_text()  # shared with test_markdown_reader


def qt_lines(markdown: str) -> list[str]:
    document = QTextDocument()
    document.setMarkdown(markdown)  # what ArticleView does with a body
    lines = document.toPlainText().replace("\u2028", "\n").splitlines()
    return [unicodedata.normalize("NFC", " ".join(line.split())) for line in lines if line.strip()]


def assert_reads_as_qt(markdown: str) -> None:
    shown = qt_lines(markdown)
    assert search.reader_text(markdown, markdown=True).splitlines() == shown, markdown[:80]
    # The grade ends each block with a full stop (a heading is a sentence); the words are the same.
    graded = readability.plain_text(markdown).splitlines()
    assert [line.rstrip(".") for line in graded] == [line.rstrip(".") for line in shown], markdown[:80]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_bundled_bodies_and_answers_read_as_qt_shows_them(qapp, lang: str) -> None:
    library = load_library(REPO / "content" / lang).library
    texts = [t.body for t in library.topics] + [a for t in library.therapies for a in t.answers.values()]
    assert len(texts) > 100
    for text in texts:
        assert_reads_as_qt(text)


def test_tricky_markdown_reads_as_qt_shows_it(qapp) -> None:
    assert_reads_as_qt(TRICKY)
