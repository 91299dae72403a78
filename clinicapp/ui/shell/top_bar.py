"""The top bar: always one row; what does not fit goes into a "More" menu.

At 200% text in Spanish the bar's buttons need more than 1280 px. Wrapping
them onto a second row took over a quarter of the screen's height, so the bar
keeps one row and moves its least-needed controls (in the order given by each
widget's priority) into a menu behind a "More" button, where each keeps its
own name and does the same thing. Home, Back and the search field never move.

Like flow_layout.WrappingBar it places its children itself (no Python
QLayout), and re-arranges whenever a child asks for a new size: a language
switch changes every button's text, and a bar that only listened to resizes
kept the English widths ("Adelant", "Compara").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QFrame, QPushButton, QSizePolicy, QWidget

if TYPE_CHECKING:  # annotations only: each Qt class made ready costs start-up time
    from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
    from PySide6.QtWidgets import QMenu

KEEP = 1000  # priority of what never leaves the bar
MIN_SEARCH_EM = 9  # the search field keeps room for about this many characters


class _Slot:
    """One control of the bar, and whether it is in the row or in the More menu now."""

    __slots__ = ("action", "action_text", "expanding", "priority", "shown", "widget")

    def __init__(self, widget: QWidget, priority: int, expanding: bool, action_text: Callable[[], str] | None) -> None:
        self.widget = widget
        self.priority = priority  # higher stays longer
        self.expanding = expanding
        self.action_text = action_text  # the menu entry's text; None: may leave the row, not in the menu
        self.shown = True
        self.action: QAction | None = None


class TopBar(QFrame):
    """One row of controls; the overflow is reached through `more_button`."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, margin: int = 6) -> None:
        super().__init__(parent)
        self._slots: list[_Slot] = []
        self._spacing = spacing
        self._margin = margin
        self._menu: QMenu | None = None  # made when a control first leaves the row (see more_menu)
        self.more_button = QPushButton(self)
        self.more_button.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add_widget(
        self,
        widget: QWidget,
        *,
        expanding: bool = False,
        priority: int = 500,
        action_text: Callable[[], str] | None = None,
    ) -> None:
        """Add a widget at the end; an expanding one takes the rest of the row.

        A button that may move into the menu is listed there as `action_text()`
        (default: its accessible name, else its text).
        """
        widget.setParent(self)
        if action_text is None and isinstance(widget, QAbstractButton):
            action_text = lambda w=widget: w.accessibleName() or w.text()  # noqa: E731
        self._slots.append(_Slot(widget, priority, expanding, action_text))
        self.more_button.raise_()
        self.relayout()

    def set_more_text(self, text: str, accessible: str) -> None:
        self.more_button.setText(text)
        self.more_button.setAccessibleName(accessible)
        self.relayout()

    @property
    def more_menu(self) -> QMenu:
        """The menu of the controls that left the row; made the first time one leaves it.

        At 100% text nothing leaves the row, so the first paint makes no QMenu (PySide6
        sets up its class and QAction's the first time either is used).
        """
        if self._menu is None:
            from PySide6.QtWidgets import QMenu

            self._menu = QMenu(self)
            self._menu.aboutToShow.connect(self._sync_menu)
            self.more_button.setMenu(self._menu)  # the button measures its menu arrow from here on
        return self._menu

    def _more_width(self) -> int:
        """The More button's width with its menu arrow, and the gap before it."""
        self.more_menu  # noqa: B018 - made now: the button is measured with its arrow
        return self.more_button.sizeHint().width() + self._spacing

    def hidden_widgets(self) -> list[QWidget]:
        """The controls that are in the menu now (tests and screen-reader notes)."""
        return [slot.widget for slot in self._slots if not slot.shown]

    # -- size ------------------------------------------------------------
    def _hint(self, slot: _Slot) -> QSize:
        hint = slot.widget.sizeHint().expandedTo(slot.widget.minimumSizeHint())
        if slot.expanding:
            hint.setWidth(max(hint.width(), slot.widget.fontMetrics().averageCharWidth() * MIN_SEARCH_EM + 40))
        return hint

    def _row_height(self) -> int:
        heights = [self._hint(s).height() for s in self._slots] + [self.more_button.sizeHint().height()]
        return max(heights) + 2 * self._margin

    def sizeHint(self) -> QSize:
        return QSize(max(self.width(), 400), self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._row_height())

    # -- arranging -------------------------------------------------------
    def _fit(self, width: int, hints: dict[int, QSize]) -> None:
        """Decide which slots stay in the row at this width (hints: each slot's, by id)."""
        inner = width - 2 * self._margin

        def needed(shown: list[_Slot], with_more: bool) -> int:
            total = sum(hints[id(s)].width() for s in shown) + self._spacing * max(0, len(shown) - 1)
            return total + (self._more_width() if with_more else 0)

        shown = [s for s in self._slots if not s.widget.property("barHidden")]
        if needed(shown, False) > inner:
            # Drop the lowest priority first; among equals, the last one in the row.
            for slot in sorted(shown, key=lambda s: (s.priority, -self._slots.index(s))):
                if slot.priority >= KEEP:
                    continue
                shown.remove(slot)
                if needed(shown, True) <= inner:
                    break
        for slot in self._slots:
            slot.shown = slot in shown

    def relayout(self) -> None:
        width = self.width()
        # A hidden bar is placed when it shows (showEvent): before the first paint, each control
        # added and each style change re-measured every control already in (~120 size hints).
        if width <= 0 or not self.isVisible():
            return
        hints = {id(s): self._hint(s) for s in self._slots}
        self._fit(width, hints)
        height = self._row_height() - 2 * self._margin
        in_row = [s for s in self._slots if s.shown]
        overflow = len(in_row) < len([s for s in self._slots if not s.widget.property("barHidden")])
        spare = width - 2 * self._margin - sum(hints[id(s)].width() for s in in_row)
        spare -= self._spacing * max(0, len(in_row) - 1)
        if overflow:
            spare -= self._more_width()
        x = self._margin
        for slot in self._slots:
            if not slot.shown:
                slot.widget.hide()
                continue
            hint = hints[id(slot)]
            w = hint.width() + (max(0, spare) if slot.expanding else 0)
            slot.widget.setGeometry(QRect(x, self._margin + (height - hint.height()) // 2, w, hint.height()))
            if slot.widget.isHidden() and not slot.widget.property("barHidden"):
                slot.widget.show()
            x += w + self._spacing
        if overflow:
            hint = self.more_button.sizeHint()
            top = self._margin + (height - hint.height()) // 2
            self.more_button.setGeometry(QRect(x, top, hint.width(), hint.height()))
            self.more_button.show()
        else:
            self.more_button.hide()
        if self.height() != self._row_height():
            self.updateGeometry()

    def _sync_menu(self) -> None:
        """The menu lists exactly what is not in the row, in row order, in the current language and state."""
        self.more_menu.clear()
        for slot in self._slots:
            if slot.shown or slot.action_text is None or slot.widget.property("barHidden"):
                continue
            widget = slot.widget
            action = self.more_menu.addAction(slot.action_text())
            action.setEnabled(widget.isEnabled())
            if isinstance(widget, QAbstractButton):
                action.setCheckable(widget.isCheckable())
                action.setChecked(widget.isChecked())
                action.triggered.connect(lambda _=False, w=widget: w.click())

    # -- events ----------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.relayout()

    def event(self, event: QEvent) -> bool:
        # A child's text or font changed (language switch, text size): its size hint did too.
        if event.type() == QEvent.Type.LayoutRequest:
            self.relayout()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self.relayout()
