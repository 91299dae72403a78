"""Draws a topic row as its title in bold over its one-line summary, wrapped.

Item views elide long text by default; at 200% text the summary would be cut
off, so this delegate wraps both lines to the view's width and asks for the
height that takes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from clinicapp.ui.topics.models import SummaryRole

_PAD = 8
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class TopicDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def _width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The text width the row will really get: the viewport less the tree's indentation.

        option.rect in sizeHint() still holds the width from before a resize or
        before the scroll bar appeared; measuring with it cut off the last line.
        """
        depth = 1 if index.parent().isValid() else 0
        width = self.view.viewport().width() - self.view.indentation() * (depth + 1)
        return max(120, width - 2 * _PAD)

    def _parts(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[str, str, QFont]:
        title = str(index.data(Qt.ItemDataRole.AccessibleTextRole) or "")
        summary = str(index.data(SummaryRole) or "")
        bold = QFont(option.font)
        bold.setBold(True)
        return title, summary, bold

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, summary, bold = self._parts(option, index)
        width = self._width(index)
        height = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10_000), _WRAP, title).height()
        if summary:
            height += QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 10_000), _WRAP, summary).height()
        return QSize(width + 2 * _PAD, height + 2 * _PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        title, summary, bold = self._parts(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        painter.save()
        if selected:
            painter.fillRect(option.rect, palette.highlight())
        colour = palette.highlightedText().color() if selected else palette.text().color()
        painter.setPen(colour)
        rect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.setFont(bold)
        used = painter.boundingRect(rect, _WRAP, title)
        painter.drawText(rect, _WRAP, title)
        if summary:
            painter.setFont(option.font)
            painter.drawText(rect.adjusted(0, used.height(), 0, 0), _WRAP, summary)
        painter.restore()
