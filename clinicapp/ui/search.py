"""One search field for the whole app, and the page that lists what it finds.

The field lives in the top bar so it is reachable from every area; typing
updates the results after a short pause (so each key press does not run a
query), Enter opens the best hit and Esc clears.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from clinicapp.ui.context import AppContext
from clinicapp.ui.theme import role_label, shorten

if TYPE_CHECKING:
    from clinicapp.content.search import SearchHit

log = logging.getLogger(__name__)

DEBOUNCE_MS = 200
MAX_QUERY_CHARS = 200  # longer than any real search; a 30,000-character paste is cut here
MAX_RESULTS = 20


class SearchField(QLineEdit):
    """Emits `searchRequested` after typing pauses, `openTopHit` on Enter."""

    searchRequested = Signal(str)
    openTopHit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()
        self.setClearButtonEnabled(True)
        self.setMaxLength(MAX_QUERY_CHARS)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.searchRequested.emit(self.text()))
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._on_return)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search topics and words"))
        self.setAccessibleName(self.tr("Search"))
        self.setAccessibleDescription(self.tr("Type a word. Results show as you type. Enter opens the first one."))

    def _on_return(self) -> None:
        self._timer.stop()
        self.searchRequested.emit(self.text())
        self.openTopHit.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._timer.stop()
            self.setText("")  # not clear(): that is an undoable step, and Ctrl+Z would bring the text back
            self.searchRequested.emit("")
            return
        super().keyPressEvent(event)


class SearchPage(QWidget):
    """Results for the current search text, best first, with the match in bold."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.hits: list[SearchHit] = []
        self.heading = role_label(role="title")
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.results.setOpenExternalLinks(False)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.anchorClicked.connect(self._on_anchor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.results)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() in ("topic", "therapy", "term", "topics"):
            location = url.toString()
            self.context.navigate("topics" if location == "topics:" else location)

    def run(self, text: str) -> list[SearchHit]:
        self.hits = self.context.search_index.query(text, limit=MAX_RESULTS) if text.strip() else []
        if text.strip():  # never the words: only how many, for IT
            log.debug("search: %d characters, %d results", len(text), len(self.hits))
        kinds = {"topic": self.tr("Topic"), "therapy": self.tr("Treatment"), "term": self.tr("Word")}
        if not text.strip():
            self.heading.setText(self.tr("Search"))
            self.results.setHtml(html.escape(self.tr("Type a word in the search box above.")))
        elif not self.hits:
            self.heading.setText(self.tr("No results for “{text}”").format(text=shorten(text)))
            hint = html.escape(self.tr("Try a shorter or different word, or"))
            browse = html.escape(self.tr("browse all topics"))
            self.results.setHtml(f"<p>{hint} <a href='topics:'>{browse}</a>.</p>")
        else:
            count = len(self.hits)
            heading = self.tr("Results for “{text}”: {count}").format(text=shorten(text), count=count)
            self.heading.setText(heading)
            rows = []
            for hit in self.hits:
                title = html.escape(hit.title)
                rows.append(
                    f"<p><a href='{hit.kind}:{hit.id}'><b>{title}</b></a> "
                    f"<span>({html.escape(kinds.get(hit.kind, hit.kind))})</span><br>{hit.snippet}</p>"
                )
            self.results.setHtml("".join(rows))
        return self.hits

    def open_top_hit(self) -> bool:
        if not self.hits:
            return False
        top = self.hits[0]
        self.context.navigate(f"{top.kind}:{top.id}")
        return True
