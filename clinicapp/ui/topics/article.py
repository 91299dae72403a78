"""The reading view: an article, a therapy fact sheet or a term, as rich text.

Bodies are Markdown rendered by Qt itself (QTextDocument.setMarkdown). Links
are only ever internal: a click emits the location and the main window moves
there. QTextBrowser is told never to follow links or load resources, so an
address that slipped into content can neither open a browser nor fetch
anything from the network.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from clinicapp.content.model import (
    COMPARISON_QUESTION_IDS,
    Diagram,
    GlossaryTerm,
    Library,
    Source,
    Therapy,
    Topic,
)
from clinicapp.ui.common.i18n import format_long_date
from clinicapp.ui.common.speech import Segment, sentences

# Content may link to topic/therapy/term; the app adds compare: links of its own.
INTERNAL_SCHEMES = ("topic", "therapy", "term", "compare")
_PROTECTED = re.compile(r"\[[^\]]*\]\([^)]*\)|^#.*$|`[^`]*`", re.MULTILINE)
# Markdown and inline HTML that a title, summary or answer must not start (bodies are Markdown, these are text).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&~|!])")
_MD_LINE_START = re.compile(r"^(\s*\d*)([#>+\-=.)])", re.MULTILINE)  # headings, quotes, list markers


def md_text(text: str) -> str:
    """Plain text for a Markdown document: every character shows as itself, nothing becomes markup."""
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), _MD_SPECIAL.sub(r"\\\1", text))


def mark_terms(body: str, terms: list[GlossaryTerm]) -> str:
    """Link the first use of each glossary term in a Markdown body.

    Existing links, headings and code are left alone so a term is never
    linked twice or inside a heading.
    """
    pieces: list[tuple[bool, str]] = []  # (editable, text)
    last = 0
    for match in _PROTECTED.finditer(body):
        pieces.append((True, body[last : match.start()]))
        pieces.append((False, match.group()))
        last = match.end()
    pieces.append((True, body[last:]))

    already_linked = set(re.findall(r"\]\(term:([^)\s]+)\)", body))
    for term in terms:
        if term.id in already_linked:
            continue
        pattern = re.compile(
            r"(?<![\w-])(" + "|".join(re.escape(s) for s in term.spellings) + r")(?![\w-])",
            re.IGNORECASE,
        )
        for i, (editable, text) in enumerate(pieces):
            if not editable:
                continue
            found = pattern.search(text)
            if found:
                before, word, after = text[: found.start()], found.group(), text[found.end() :]
                pieces[i : i + 1] = [(True, before), (False, f"[{word}](term:{term.id})"), (True, after)]
                break
    return "".join(text for _editable, text in pieces)


def _sources_html(sources: tuple[Source, ...], heading: str) -> str:
    items = []
    for s in sources:
        parts = [html.escape(s.title), html.escape(s.publisher)]
        if s.year:
            parts.append(str(s.year))
        line = ". ".join(parts)
        if s.link:  # shown as text only: the kiosk never opens a browser
            line += f"<br><span style='font-size:small'>{html.escape(s.link)}</span>"
        items.append(f"<li>{line}</li>")
    return f"<h3>{html.escape(heading)}</h3><ul>{''.join(items)}</ul>"


class ArticleView(QTextBrowser):
    """Shows one record; emits internal locations when a link is activated."""

    locationActivated = Signal(str)
    termActivated = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.location = ""
        self.diagram: Diagram | None = None  # the shown record's drawing; the page puts it beside the text
        self.spoken_end = 0  # the article's own text ends here; "Read next" and the sources are not read aloud
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setContextMenuPolicy(self.contextMenuPolicy().NoContextMenu)
        self.anchorClicked.connect(self._on_anchor)
        self.setAccessibleName(self.tr("Article"))

    # No resource is ever loaded: not images, not style sheets, not files.
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None

    def _on_anchor(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme not in INTERNAL_SCHEMES or not target:
            return  # external or malformed: nothing happens, by design
        if scheme == "term":
            self.termActivated.emit(target)
        else:
            self.locationActivated.emit(f"{scheme}:{target}")

    # -- rendering -------------------------------------------------------
    def show_location(self, location: str) -> bool:
        scheme, _, target = location.partition(":")
        if scheme == "topic" and (topic := self.library.topic(target)):
            self.diagram = topic.diagram
            self._render_topic(topic)
        elif scheme == "therapy" and (therapy := self.library.therapy(target)):
            self.diagram = therapy.diagram
            self._render_therapy(therapy)
        else:
            return False
        self.location = location
        self.verticalScrollBar().setValue(0)
        return True

    def _document(self, markdown: str) -> QTextDocument:
        document = QTextDocument(self)
        document.setMarkdown(markdown)
        return document

    def _append_html(self, document: QTextDocument, fragment: str) -> None:
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # A plain new block: otherwise it would inherit the list above and the
        # next heading would show as one more bullet.
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        if cursor.currentList() is not None:
            cursor.currentList().remove(cursor.block())
        cursor.insertHtml(fragment)

    def _render_topic(self, topic: Topic) -> None:
        terms = [t for t in (self.library.term(i) for i in topic.terms) if t]
        body = mark_terms(topic.body, terms)
        document = self._document(f"# {md_text(topic.title)}\n\n{self._caption(topic.diagram)}{body}")
        self.spoken_end = document.characterCount() - 1
        links = []
        for topic_id in topic.related_topics:
            if related := self.library.topic(topic_id):
                links.append(f"<li><a href='topic:{related.id}'>{html.escape(related.title)}</a></li>")
        for therapy_id in topic.related_therapies:
            if therapy := self.library.therapy(therapy_id):
                links.append(f"<li><a href='therapy:{therapy.id}'>{html.escape(therapy.name)}</a></li>")
        if links:
            read_next = self.tr("Read next")  # outside the f-string, where lupdate can see it
            self._append_html(document, f"<h3>{html.escape(read_next)}</h3><ul>{''.join(links)}</ul>")
        self._append_footer(document, topic.sources, topic.last_reviewed)
        self._style_term_links(document)
        self._replace_document(document)

    def _render_therapy(self, therapy: Therapy) -> None:
        comparison = self.library.comparison
        labels = {q.id: q.label for q in comparison.questions} if comparison else {}
        parts = [f"# {md_text(therapy.name)}", "", self._caption(therapy.diagram) + md_text(therapy.summary), ""]
        ask = self.tr("It varies. Ask your care team.")
        for question_id in COMPARISON_QUESTION_IDS:
            answer = therapy.answer(question_id)
            parts += [f"## {md_text(labels.get(question_id, question_id))}", "", md_text(answer) if answer else ask, ""]
        terms = [t for t in (self.library.term(i) for i in therapy.terms) if t]
        document = self._document(mark_terms("\n".join(parts), terms))
        self.spoken_end = document.characterCount() - 1
        compare_text = self.tr("Compare this with other options")  # lupdate cannot read tr() inside f-strings
        links = [f"<li><a href='compare:{therapy.id}'>{html.escape(compare_text)}</a></li>"]
        if therapy.topic and (topic := self.library.topic(therapy.topic)):
            links.append(f"<li><a href='topic:{topic.id}'>{html.escape(topic.title)}</a></li>")
        read_next = self.tr("Read next")
        self._append_html(document, f"<h3>{html.escape(read_next)}</h3><ul>{''.join(links)}</ul>")
        self._append_footer(document, therapy.sources, therapy.last_reviewed)
        self._style_term_links(document)
        self._replace_document(document)

    def _caption(self, diagram: Diagram | None) -> str:
        """The drawing's words in sight under the title (the picture itself sits beside the text)."""
        if diagram is None:
            return ""
        # In italics, as a caption; every alt text starts by saying it is a drawing ("Drawing of ...").
        return f"*{md_text(diagram.alt)}*\n\n"

    # -- read aloud ----------------------------------------------------------
    def reading(self) -> list[Segment]:
        """The article as the patient sees it, sentence by sentence (plain text, no markup, no link targets)."""
        text = self.document().toPlainText()[: self.spoken_end]
        return [Segment(text[start:end], self._marker(start, end)) for start, end in sentences(text)]

    def _marker(self, start: int, end: int) -> Callable[[bool], None]:
        def mark(on: bool) -> None:
            if on:
                self.highlight(start, end)
            else:
                self.setExtraSelections([])

        return mark

    def highlight(self, start: int, end: int) -> None:
        """Show the sentence being read: the selection colours, scrolled into view; the text is untouched."""
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
        selection.format.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
        self.setExtraSelections([selection])
        caret = QTextCursor(self.document())
        caret.setPosition(end)
        self.setTextCursor(caret)
        self.ensureCursorVisible()

    def highlighted_text(self) -> str:
        """The text highlighted as being read ("" when nothing is)."""
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def _replace_document(self, document: QTextDocument) -> None:
        """Show a new document and free the one it replaces.

        setDocument() does not delete the old document; a kiosk showing
        articles all day would keep every one of them.
        """
        old = self.document()
        ours = old is not document and old.parent() is self  # asked before: Qt may delete its own
        self.setDocument(document)
        if ours:
            old.deleteLater()

    def _append_footer(self, document: QTextDocument, sources: tuple[Source, ...], reviewed: dt.date) -> None:
        date = format_long_date(reviewed)
        reviewed_line = html.escape(self.tr("Last reviewed: {date}").format(date=date))
        self._append_html(document, _sources_html(sources, self.tr("Sources")) + f"<p><i>{reviewed_line}</i></p>")

    def _style_term_links(self, document: QTextDocument) -> None:
        """Glossary words get a dotted underline so they read as 'tap to explain'."""
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isAnchor() and fmt.anchorHref().startswith("term:"):
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    marked = QTextCharFormat()
                    marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                    cursor.mergeCharFormat(marked)
                it += 1
            block = block.next()
