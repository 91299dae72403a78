"""A bar that wraps its widgets onto new rows when the window is too narrow.

The top bar must never clip a button or squeeze the search field to nothing
at 200% text; wrapping keeps every control full size. It places its children
itself rather than subclassing QLayout: a Python QLayout must return None from
itemAt(), which trips a reference-count bug in some PySide6 releases.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

MIN_EXPANDING_WIDTH = 240


class WrappingBar(QFrame):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8, margin: int = 8, *, hug: bool = False) -> None:
        super().__init__(parent)
        self._widgets: list[tuple[QWidget, bool]] = []
        # hug: asks for no more width than its widgets in one row (a bar placed inside another bar:
        # with the default hint, its own width or 400 px, it kept whatever width it was once given,
        # pushed Print and Add to pack away from Listen and the pack button onto a row of its own).
        self._hug = hug
        self._spacing = spacing
        self._margin = margin
        # Heights by width: layouts ask heightForWidth many times a pass (hundreds of times when a
        # page is built), and each answer asks every child for its size hint. Cleared when a child
        # or the font changes.
        self._heights: dict[int, int] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add_widget(self, widget: QWidget, *, expanding: bool = False) -> None:
        """Add a widget; an expanding one takes the rest of its row."""
        widget.setParent(self)
        self._widgets.append((widget, expanding))
        self._heights.clear()
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._arrange(width, apply=False)
        return self._heights[width]

    def sizeHint(self) -> QSize:
        width = max(self.width(), 400)
        if self._hug:
            width = self.one_row_width()
        return QSize(width, self.heightForWidth(width))

    def one_row_width(self) -> int:
        """The width its shown widgets take side by side on one row."""
        hints = [w.sizeHint().expandedTo(w.minimumSizeHint()).width() for w, _ in self._widgets if not w.isHidden()]
        return sum(hints) + self._spacing * max(0, len(hints) - 1) + 2 * self._margin

    def minimumSizeHint(self) -> QSize:
        widest = max((w.sizeHint().width() for w, _ in self._widgets), default=0)
        return QSize(widest + 2 * self._margin, self.heightForWidth(self.width() or 400))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        """Place the children, unless the bar is hidden: showEvent places them when it shows.

        A page built in the background adds, polishes and resizes its bars many times
        before anyone sees it; placing children each time was a fifth of building a page.
        """
        if self.isVisible():
            self._arrange(self.width(), apply=True)

    def showEvent(self, event: QShowEvent) -> None:
        # Children may have changed size while the bar was hidden (no LayoutRequest reaches a hidden parent).
        super().showEvent(event)
        self._heights.clear()
        self.updateGeometry()
        self._arrange(self.width(), apply=True)

    def event(self, event: QEvent) -> bool:
        # A child's size hint changed (its text after a language switch): place them again.
        if event.type() == event.Type.LayoutRequest:
            self._heights.clear()
            self.updateGeometry()
            self._place()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        # The text size changed the buttons' sizes: ask the parent for a new height.
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._heights.clear()
            self.updateGeometry()
            self._place()

    def _arrange(self, width: int, *, apply: bool) -> int:
        margin, spacing = self._margin, self._spacing
        inner = max(1, width - 2 * margin)
        rows: list[list[tuple[QWidget, bool, QSize]]] = [[]]
        used = 0
        for widget, expanding in self._widgets:
            if widget.isHidden() and apply:
                continue
            hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
            if expanding:
                hint = QSize(max(hint.width(), MIN_EXPANDING_WIDTH), hint.height())
            if widget.hasHeightForWidth() and not expanding:
                # As tall as it needs at the width it gets here, not at the width it had when its hint
                # was last cached (a nested bar was left two rows tall after a text size change).
                fitted = widget.heightForWidth(min(inner, hint.width()))
                if fitted > 0:
                    hint = QSize(hint.width(), fitted)
            if rows[-1] and used + hint.width() > inner:
                rows.append([])
                used = 0
            rows[-1].append((widget, expanding, hint))
            used += hint.width() + spacing
        y = margin
        for row in rows:
            if not row:
                continue
            height = max(h.height() for _w, _e, h in row)
            spare = max(0, inner - sum(h.width() for _w, _e, h in row) - spacing * (len(row) - 1))
            x = margin
            for widget, expanding, hint in row:
                w = min(inner, hint.width() + (spare if expanding else 0))
                if apply:
                    widget.setGeometry(QRect(x, y + (height - hint.height()) // 2, w, hint.height()))
                x += w + spacing
            y += height + spacing
        return y - spacing + margin
