"""The page that lists what the top bar's search field (search_field.py) finds.

Results are touch cards: full width, at least 48 px tall, the title and one
line of the sentence that matched, all plain text (a query or content is never
read as markup). When the words had to be corrected, a "Did you mean …?"
button above them opens the best match for what was meant.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.theme import role_label, shorten

if TYPE_CHECKING:
    from clinicapp.content.search import SearchHit, Suggestion

log = logging.getLogger(__name__)
_Label = TypeVar("_Label", bound=QLabel)

MAX_RESULTS = 20
MIN_CARD_PX = 48  # touch target of a result card and of "Did you mean", at 100% text


class OneLineLabel(QLabel):
    """Plain text on one line, cut with "…" to the width it is given (it never asks for more)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.full_text = ""

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # a text-size change re-measures the cut
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._elide()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 8, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


class CardButton(QPushButton):
    """A full-width touch button whose words wrap: labels laid out inside a real, focusable QPushButton.

    A QPushButton measures only its own (here empty) text, so the size hints
    come from the layout; the labels let clicks through to the button.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(14, 8, 14, 8)
        self.box.setSpacing(2)

    def add(self, label: _Label) -> _Label:
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def _at_least(self, size: QSize) -> QSize:
        return size.expandedTo(QSize(0, MIN_CARD_PX))

    def sizeHint(self) -> QSize:
        return self._at_least(self.box.sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._at_least(QSize(self.box.minimumSize().width(), self.box.minimumSize().height()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.box.totalHeightForWidth(width), self._at_least(QSize()).height())


class ResultCard(CardButton):
    """One search result: title and kind on the first line, one line of the matching sentence below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = ""
        self.title = self.add(role_label(role="card-title"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.kind = self.add(role_label(role="muted"))
        self.kind.setWordWrap(False)
        self.snippet = self.add(OneLineLabel())
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignTop)
        self.box.addLayout(top)
        self.box.addWidget(self.snippet)

    def show_hit(self, hit: SearchHit, kind: str) -> None:
        self.show_item(hit.location, hit.title, kind, hit.snippet)

    def show_item(self, location: str, title: str, kind: str, line: str) -> None:
        """Point the card at a location, with its title, what kind of page it is and one line of text."""
        self.location = location
        self.title.setText(title)
        self.kind.setText(kind)
        self.kind.setVisible(bool(kind))
        self.snippet.set_full_text(line)
        self.snippet.setVisible(bool(line))
        self.setAccessibleName(f"{title} ({kind})" if kind else title)
        self.setAccessibleDescription(line)


class SuggestionButton(CardButton):
    """ "Did you mean “trigger point”?": opens the best match for the corrected words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = ""
        self.label = self.add(role_label(role="card-title"))
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.box.addWidget(self.label)

    def show_suggestion(self, text: str, location: str) -> None:
        self.location = location
        self.label.setText(text)
        self.setAccessibleName(text)


class SearchPage(QWidget):
    """Results for the current search text, best first, as touch cards."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.hits: list[SearchHit] = []
        self.suggestion: Suggestion | None = None
        self.heading = role_label(role="title")
        self.message = role_label(role="subtitle")
        self.browse_button = QPushButton(self.tr("Browse all topics"))
        self.browse_button.setAccessibleName(self.tr("Browse all topics"))
        self.browse_button.clicked.connect(lambda: self.context.navigate("topics"))
        self.did_you_mean = SuggestionButton()
        self.did_you_mean.clicked.connect(lambda: self._open(self.did_you_mean.location))
        self.cards: list[ResultCard] = []

        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 8, 0)
        self.list_layout.setSpacing(8)
        self.list_layout.addWidget(self.message)
        self.list_layout.addWidget(self.browse_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list_layout.addWidget(self.did_you_mean)
        self.list_layout.addStretch(1)
        self.results = QScrollArea()
        self.results.setWidgetResizable(True)
        self.results.setFrameShape(QFrame.Shape.NoFrame)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setWidget(self.list)
        self.results.setAccessibleName(self.tr("Search results"))
        # The list scrolls inside the page: asking for its full height would make
        # the page scroll around it too (two nested scroll bars at 200%).
        self.results.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 1)
        self.run("")
        context.topHitRequested.connect(self.open_top_hit)

    def _open(self, location: str) -> None:
        if location:
            self.context.navigate(location)

    def _card(self, index: int) -> ResultCard:
        while len(self.cards) <= index:  # cards are kept and reused: a key press only changes their text
            card = ResultCard()
            card.clicked.connect(lambda _checked=False, c=card: self._open(c.location))
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            self.cards.append(card)
        return self.cards[index]

    def run(self, text: str) -> list[SearchHit]:
        results = self.context.search_index.search(text, limit=MAX_RESULTS) if text.strip() else None
        self.hits = results.hits if results else []
        self.suggestion = results.suggestion if results else None
        if text.strip():  # never the words: only how many, for IT
            log.debug("search: %d characters, %d results", len(text), len(self.hits))
        kinds = {"topic": self.tr("Topic"), "therapy": self.tr("Treatment"), "term": self.tr("Word")}
        if not text.strip():
            self.heading.setText(self.tr("Search"))
            self.message.setText(self.tr("Type a word in the search box above."))
        elif not self.hits:
            self.heading.setText(self.tr("No results for “{text}”").format(text=shorten(text)))
            self.message.setText(self.tr("Try a shorter or different word, or browse all topics."))
        else:
            count = len(self.hits)
            self.heading.setText(self.tr("Results for “{text}”: {count}").format(text=shorten(text), count=count))
        self.message.setVisible(not self.hits)
        self.browse_button.setVisible(bool(text.strip()) and not self.hits)
        if self.suggestion is not None:
            meant = self.tr("Did you mean “{text}”?").format(text=shorten(self.suggestion.text))
            self.did_you_mean.show_suggestion(meant, self.suggestion.location)
        self.did_you_mean.setVisible(self.suggestion is not None)
        for i, hit in enumerate(self.hits):
            card = self._card(i)
            card.show_hit(hit, kinds.get(hit.kind, hit.kind))
            card.show()
        for card in self.cards[len(self.hits) :]:
            card.hide()
        self.results.verticalScrollBar().setValue(0)
        return self.hits

    def show_location(self, location: str) -> bool:
        """Page protocol: "search" shows the results for the session's search text."""
        if location != "search":
            return False
        self.run(self.context.session.search_text)
        return True

    def reset(self) -> None:
        """Nothing of the last search stays on the page: no query in the heading, no cards."""
        self.run("")

    def open_top_hit(self) -> bool:
        if not self.hits:
            return False
        self._open(self.hits[0].location)
        return True
