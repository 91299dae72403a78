"""The drawing beside an article: where it goes and how big, at every text size.

The picture sits to the right of the text when both fit (the text keeps at
least READ_CHARS characters a line), and above it otherwise, shorter, so the
text still has most of the height. Its size follows the text size (a width of
WIDTH_LINES text lines) within the room there is. Its words are the article's
first lines (ArticleView adds them), so the caption scrolls with the text and
is never cut off; the picture itself is a named graphic for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from clinicapp.content.model import Diagram
from clinicapp.ui.common.pictures import Picture, aspect, diagram_path

WIDTH_LINES = 14  # the picture's width in text line heights: 266 px at 100%, twice that at 200%
READ_CHARS = 40  # the text beside it keeps at least this many average characters a line
ABOVE_MAX_SHARE = 0.4  # above the text, the picture takes at most this share of the height
BESIDE_MAX_SHARE = 0.36  # beside it, at most this share of the width: the text keeps most of the room
MIN_SIDE_PX = 120


class DiagramPanel(QWidget):
    """Holds the shown record's drawing; hidden when the record has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diagram: Diagram | None = None
        self.ratio = 1.0
        self.picture: Picture | None = None  # made on first use: most articles have no drawing
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 8, 8, 8)
        self.hide()

    def show_diagram(self, diagram: Diagram | None) -> None:
        self.diagram = diagram
        if diagram is None:
            self.hide()
            return
        path = diagram_path(diagram.id)
        self.ratio = aspect(path)
        if self.picture is None:
            self.picture = Picture(path, diagram.alt, parent=self)
            self.column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.column.addStretch(1)
        else:
            self.picture.set_drawing(path, diagram.alt)
        self.show()

    def place(self, row: QBoxLayout, room: QSize, line: int, char: int) -> None:
        """Beside or above the text in `row` (article first, panel second), sized for this room."""
        if self.diagram is None or self.picture is None:
            return
        margins = self.column.contentsMargins()
        pad_w, pad_h = margins.left() + margins.right(), margins.top() + margins.bottom()
        width = min(WIDTH_LINES * line, BESIDE_MAX_SHARE * room.width())
        if room.width() - width - pad_w >= READ_CHARS * char:
            row.setDirection(QBoxLayout.Direction.LeftToRight)
            height = width * self.ratio
            limit: float = max(MIN_SIDE_PX, room.height() - pad_h)
        else:
            row.setDirection(QBoxLayout.Direction.BottomToTop)  # the panel (added last) on top
            width = WIDTH_LINES * line
            height = width * self.ratio
            limit = max(MIN_SIDE_PX, room.height() * ABOVE_MAX_SHARE - pad_h)
        if height > limit:
            height, width = limit, limit / self.ratio
        width = min(width, max(MIN_SIDE_PX, room.width() - pad_w))
        height = min(height, width * self.ratio)
        self.picture.set_box(QSize(round(width), round(height)))
