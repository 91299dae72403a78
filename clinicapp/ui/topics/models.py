"""Qt item models over content records (read-only; the Library never changes)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from clinicapp.content.model import Category, Library, Topic

LocationRole = Qt.ItemDataRole.UserRole + 1  # "topic:ID" for topics, "" for categories
SummaryRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0  # internalId of a category row; a topic row stores its category row + 1


class TopicTreeModel(QAbstractItemModel):
    """Categories at the top level, their topics beneath, in content order."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories = [c for c in library.categories if library.topics_in(c.id)]
        self._topics: list[tuple[Topic, ...]] = [library.topics_in(c.id) for c in self._categories]
        # A topic whose category is missing from the content still gets listed.
        known = {c.id for c in library.categories}
        strays = tuple(sorted((t for t in library.topics if t.category not in known), key=lambda t: (t.order, t.title)))
        if strays:
            self._categories.append(Category("", QCoreApplication.translate("TopicTreeModel", "More topics")))
            self._topics.append(strays)

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._categories):
                return self.createIndex(row, 0, _NO_PARENT)
            return QModelIndex()
        if parent.internalId() == _NO_PARENT and row < len(self._topics[parent.row()]):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    # Qt's parent() is two overloads (QObject.parent() and the model's parent(child)); one Python
    # override cannot match both, so the override check is waived here and only here.
    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, _NO_PARENT)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._categories)
        if parent.column() == 0 and parent.internalId() == _NO_PARENT:
            return len(self._topics[parent.row()])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            category = self._categories[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return category.title
            if role == LocationRole:
                return ""
            return None
        topic = self._topics[int(index.internalId()) - 1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{topic.title}\n{topic.summary}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return topic.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole, SummaryRole):
            return topic.summary
        if role == LocationRole:
            return f"topic:{topic.id}"
        return None

    def index_of(self, location: str) -> QModelIndex:
        """The row showing a topic location, or an invalid index."""
        for c_row, topics in enumerate(self._topics):
            for t_row, topic in enumerate(topics):
                if f"topic:{topic.id}" == location:
                    return self.index(t_row, 0, self.index(c_row, 0))
        return QModelIndex()
