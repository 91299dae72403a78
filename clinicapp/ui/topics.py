"""The topic browser: topics by category beside the reading view.

A glossary word tapped in an article opens its definition in a panel beside
the text, so the reader keeps their place instead of being taken away.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from clinicapp.ui.article import ArticleView
from clinicapp.ui.context import AppContext
from clinicapp.ui.models import LocationRole, TopicTreeModel
from clinicapp.ui.theme import plain_label, role_label
from clinicapp.ui.topic_delegate import TopicDelegate
from clinicapp.ui.topic_start import TopicStart


class TermPanel(QFrame):
    """A glossary definition shown in place, beside the article."""

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
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_terms)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.definition)
        layout.addLayout(buttons)
        layout.addStretch(1)
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

        reader = QWidget()
        reader_layout = QHBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.placeholder, 3)
        reader_layout.addWidget(self.article, 3)
        reader_layout.addWidget(self.term_panel, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(reader)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.tree, self.article)
        self.setTabOrder(self.article, self.term_panel.all_terms)
        self.setTabOrder(self.term_panel.all_terms, self.term_panel.close_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Row heights depend on the width (summaries wrap): lay out again on resize.
        if watched is self.tree and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.tree.scheduleDelayedItemsLayout()
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        location = index.data(LocationRole)
        if location:
            self.context.navigate(location)

    def show_location(self, location: str) -> bool:
        """Show a topic or therapy; keeps the list in step with the article."""
        if not self.article.show_location(location):
            return False
        self.placeholder.hide()
        self.article.show()
        self.term_panel.hide()
        index = self.model.index_of(location)
        selection = self.tree.selectionModel()
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)
        else:
            selection.clearSelection()
        return True

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
        self.article.hide()
        self.placeholder.show()
