"""Every glossary word and its plain meaning, A to Z."""

from __future__ import annotations

import html

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.page import scheme_of, target_of
from clinicapp.ui.common.theme import plain_label


class GlossaryPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("scrollsItself", True)  # the shell gives it the window's height (main_window.PageStack)
        self.context = context
        title = plain_label(self.tr("Words and what they mean"))
        title.setProperty("role", "title")
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.setAccessibleName(self.tr("Glossary: all words and their meanings"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.view)
        self._render()

    def _render(self) -> None:
        terms = sorted(self.context.library.glossary, key=lambda t: t.term.casefold())
        rows = []
        for term in terms:
            name = html.escape(term.term[:1].upper() + term.term[1:])
            rows.append(f"<h3><a name='{term.id}'></a>{name}</h3><p>{html.escape(term.definition)}</p>")
        self.view.setHtml("".join(rows))

    def show_location(self, location: str) -> bool:
        """Page protocol: "glossary" (the whole list) or "term:ID" (that word, selected)."""
        if location == "glossary":
            return True
        if scheme_of(location) == "term" and target_of(location):
            return self.show_term(target_of(location))
        return False

    def show_term(self, term_id: str) -> bool:
        """Scroll to a word and select its heading so it stands out."""
        if self.context.library.term(term_id) is None:
            return False
        self.view.scrollToAnchor(term_id)
        document = self.view.document()
        block = document.begin()
        while block.isValid():
            fragment_iter = block.begin()
            while not fragment_iter.atEnd():
                if term_id in fragment_iter.fragment().charFormat().anchorNames():
                    cursor = QTextCursor(block)
                    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                    self.view.setTextCursor(cursor)
                    return True
                fragment_iter += 1
            block = block.next()
        return True

    def reset(self) -> None:
        """Between patients: no word selected, back at the top."""
        self.view.setTextCursor(QTextCursor(self.view.document()))
        self.view.verticalScrollBar().setValue(0)
