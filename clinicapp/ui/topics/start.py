"""What the topic screen's reading pane shows before a topic is chosen: a start, not a blank half.

A short "Choose a topic" card and the first topic of each category (in the
content's own order) as touch cards. Nothing is counted or remembered to pick
them: what one patient read must not shape what the next one sees.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from clinicapp.content.model import Library, Topic
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.theme import role_label
from clinicapp.ui.topics.search import ResultCard

MAX_STARTS = 4  # fits beside the list at 200% text on 1280x800 without scrolling far


def starting_points(library: Library, limit: int = MAX_STARTS) -> list[Topic]:
    """The first topic of each category, in category order: where the content itself starts each subject."""
    starts = []
    for category in library.categories:
        topics = library.topics_in(category.id)
        if topics:
            starts.append(topics[0])
        if len(starts) == limit:
            break
    return starts


class TopicStart(QScrollArea):
    """The reading pane's placeholder: a heading, one line of help and a few topics to start with."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Takes the room the pane has rather than asking for its full height (no scroll around a scroll).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setAccessibleName(self.tr("Start here"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        self.heading = role_label(self.tr("Choose a topic"), role="title")
        self.help = role_label(self.tr("Tap a topic in the list, or start with one of these:"), role="subtitle")
        layout.addWidget(self.heading)
        layout.addWidget(self.help)
        self.cards: list[ResultCard] = []
        for topic in starting_points(context.library):
            card = ResultCard()
            card.show_item(f"topic:{topic.id}", topic.title, "", topic.summary)
            card.clicked.connect(lambda _checked=False, c=card: context.navigate(c.location))
            layout.addWidget(card)
            self.cards.append(card)
        layout.addStretch(1)
        self.setWidget(body)

    def sizeHint(self) -> QSize:
        # As small as the article it stands in for, so the splitter gives the
        # topic list the same width with or without a topic open.
        return QSize(256, 192)
