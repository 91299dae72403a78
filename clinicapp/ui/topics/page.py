"""The topic browser: topics by category beside the reading view.

A glossary word tapped in an article opens its definition in a sheet under
the text, so the reader keeps their place instead of being taken away. The
sheet spans the reading column: a side panel a quarter as wide cut off its
Spanish buttons even at 100% text.

At 150% text and above (or in a narrow window) the list and the article do
not fit side by side: the list becomes its own step, and the article gets an
"All topics" button back to it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.flow_layout import WrappingBar
from clinicapp.ui.common.page import scheme_of, target_of
from clinicapp.ui.common.speech import ListenBar
from clinicapp.ui.common.takehome import HandoutActions
from clinicapp.ui.common.theme import BASE_POINT_SIZE, plain_label, role_label
from clinicapp.ui.topics.article import ArticleView
from clinicapp.ui.topics.delegate import TopicDelegate
from clinicapp.ui.topics.diagram import DiagramPanel
from clinicapp.ui.topics.models import LocationRole, TopicTreeModel
from clinicapp.ui.topics.start import TopicStart

ONE_COLUMN_FROM_SCALE = 150  # percent text size from which the list is a step of its own
ONE_COLUMN_BELOW_CHARS = 90  # or when the page is narrower than this many average characters


class TermPanel(QFrame):
    """A glossary definition shown in place: a sheet under the article, as wide as it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.term_id = ""
        self.setProperty("role", "notice")
        self.setAccessibleName(self.tr("Word meaning"))
        self.title = role_label(role="subtitle")
        self.definition = plain_label()
        self.definition.setWordWrap(True)
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.all_terms = QPushButton(self.tr("All words"))
        self.all_terms.setAccessibleName(self.tr("Open the list of all words"))
        self.all_terms.clicked.connect(lambda: context.navigate("glossary"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close word meaning"))
        self.close_button.clicked.connect(self.hide)
        buttons = WrappingBar(margin=0)
        buttons.add_widget(self.all_terms)
        buttons.add_widget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.definition)
        layout.addWidget(buttons)
        self.hide()

    def show_term(self, term_id: str) -> bool:
        term = self.context.library.term(term_id)
        if term is None:
            return False
        self.term_id = term_id
        self.title.setText(term.term[:1].upper() + term.term[1:])
        self.definition.setText(term.definition)
        self.definition.setAccessibleName(f"{term.term}: {term.definition}")
        self.show()
        self.close_button.setFocus()
        return True


class TopicsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("scrollsItself", True)  # the shell gives it the window's height (main_window.PageStack)
        self.context = context
        self.model = TopicTreeModel(context.library, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(TopicDelegate(self.tree))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.installEventFilter(self)
        self.tree.setAccessibleName(self.tr("Topics by category"))
        self.tree.expandAll()
        self.tree.activated.connect(self._open_index)
        self.tree.clicked.connect(self._open_index)

        self.article = ArticleView(context.library)
        self.article.locationActivated.connect(context.navigate)
        self.article.termActivated.connect(self.show_term)
        self.term_panel = TermPanel(context)

        # Until a topic is chosen the reading pane shows where to start, not a blank half.
        self.placeholder = TopicStart(context)
        self.article.hide()

        self.list_button = QPushButton(self.tr("‹ All topics"))
        self.list_button.setAccessibleName(self.tr("Back to the list of all topics"))
        self.list_button.clicked.connect(lambda: context.navigate("topics"))
        self.list_button.hide()
        # Listen reads the article on screen (topic or therapy sheet) in the language on screen.
        self.listen_bar = ListenBar(context.speech, lambda: context.language, self.article.reading)
        self.listen_bar.listen.setAccessibleName(self.tr("Listen: read this page aloud"))
        self.listen_holder = QWidget()
        holder_layout = QVBoxLayout(self.listen_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.listen_bar)
        self.listen_holder.hide()
        # The way back, Listen, Print and in clinician mode Add to pack: one row, wrapping at large text.
        self.handout = HandoutActions(context, self)
        top = WrappingBar(margin=0)
        top.add_widget(self.list_button)
        top.add_widget(self.listen_holder)
        for button in self.handout.buttons():
            top.add_widget(button)
            button.hide()  # until an article is open
        self.top_bar = top
        reader = QWidget()
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(top)
        reader_layout.addWidget(self.placeholder, 1)
        # The record's drawing, if it has one, beside the text or above it (see topics/diagram.py).
        self.diagram_panel = DiagramPanel()
        self.article_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.article_row.setContentsMargins(0, 0, 0, 0)
        self.article_row.addWidget(self.article, 1)
        self.article_row.addWidget(self.diagram_panel, 0)
        reader_layout.addLayout(self.article_row, 1)
        reader_layout.addWidget(self.term_panel)
        self.reader = reader
        reader.installEventFilter(self)  # the drawing is sized for the reading column's room
        self.one_column = False
        self._showing_list = True
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(reader)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.tree, self.list_button)
        self.setTabOrder(self.list_button, self.listen_bar.listen)
        self.setTabOrder(self.listen_bar.listen, self.listen_bar.speed)
        last: QWidget = self.listen_bar.speed
        for button in self.handout.buttons():
            self.setTabOrder(last, button)
            last = button
        self.setTabOrder(last, self.article)
        self.setTabOrder(self.article, self.term_panel.all_terms)
        self.setTabOrder(self.term_panel.all_terms, self.term_panel.close_button)

    # -- one column or two ------------------------------------------------
    def _wants_one_column(self) -> bool:
        scale = self.font().pointSizeF() / BASE_POINT_SIZE * 100
        narrow = self.width() < ONE_COLUMN_BELOW_CHARS * self.fontMetrics().averageCharWidth()
        return scale >= ONE_COLUMN_FROM_SCALE - 1 or (self.isVisible() and narrow)

    def _apply_columns(self) -> None:
        """Side by side, or one step at a time: the list, or the article with a way back to the list."""
        self.one_column = self._wants_one_column()
        has_article = bool(self.article.location)
        if self.one_column:
            show_list = self._showing_list or not has_article
            self.tree.setVisible(show_list)
            self.reader.setVisible(not show_list)
            self.list_button.setVisible(not show_list)
        else:
            self.tree.show()
            self.reader.show()
            self.list_button.hide()
        self.place_diagram()

    def place_diagram(self) -> None:
        """Size the drawing for the reading column's room at this text size."""
        if self.diagram_panel.diagram is None:
            return
        reader = self.reader
        # Before the first layout the reader has no size yet: assume the page's.
        room = reader.size() if reader.width() > 0 and reader.isVisible() else self.size()
        room = QSize(room.width(), room.height() - self.list_button.sizeHint().height())
        metrics = self.fontMetrics()
        self.diagram_panel.place(self.article_row, room, metrics.height(), metrics.averageCharWidth())

    def show_list(self) -> None:
        """The "topics" location: in one column, the list is the whole page."""
        self._showing_list = True
        self._apply_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.one_column != self._wants_one_column():
            self._apply_columns()
        else:
            self.place_diagram()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Row heights depend on the width (summaries wrap): lay out again on resize.
        if watched is self.tree and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.tree.scheduleDelayedItemsLayout()
        if watched is self.reader and event.type() == QEvent.Type.Resize:
            self.place_diagram()
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        location = index.data(LocationRole)
        if location:
            self.context.navigate(location)

    def show_location(self, location: str) -> bool:
        """Page protocol: "topics" (the list), "topic:ID" or "therapy:ID" (the article)."""
        if location == "topics":
            self.show_list()  # in one column (large text), the list is a step of its own
            return True
        if scheme_of(location) in ("topic", "therapy") and target_of(location):
            return self.show_article(location)
        return False

    def show_article(self, location: str) -> bool:
        """Show a topic or therapy; keeps the list in step with the article."""
        if self.listen_bar.listen.active:
            self.context.speech.stop()  # another page: the old one is not read on over it
        if not self.article.show_location(location):
            return False
        self.placeholder.hide()
        self.article.show()
        self.handout.set_location(location)
        self._show_handout_buttons(True)
        self.diagram_panel.show_diagram(self.article.diagram)
        self.listen_holder.show()
        self.term_panel.hide()
        self._showing_list = False
        self._apply_columns()
        index = self.model.index_of(location)
        selection = self.tree.selectionModel()
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)
        else:
            selection.clearSelection()
        return True

    def _show_handout_buttons(self, shown: bool) -> None:
        for button in self.handout.buttons():
            button.setVisible(shown)

    def show_term(self, term_id: str) -> None:
        self.term_panel.show_term(term_id)

    def reset(self) -> None:
        """No topic open, no row current: the next person starts at the top of the list."""
        self.term_panel.hide()
        self.tree.selectionModel().clearSelection()
        self.tree.setCurrentIndex(QModelIndex())
        self.tree.scrollToTop()
        self.article.clear()
        self.article.location = ""
        self.article.diagram = None
        self.article.hide()
        self.handout.set_location("")
        self._show_handout_buttons(False)
        self.diagram_panel.show_diagram(None)
        self.listen_holder.hide()
        self.listen_bar.reset()
        self.placeholder.show()
        self.show_list()
