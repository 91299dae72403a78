"""The one search field of the whole app, in the top bar so it is reachable from every area.

Typing asks for results after a short pause (so each key press does not run a
query), Enter opens the best hit and Esc clears. The page that lists results
is `search.py`; this module is apart from it because the field is painted on
the first screen and the page is built later.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

DEBOUNCE_MS = 200
MAX_QUERY_CHARS = 200  # longer than any real search; a 30,000-character paste is cut here


class SearchField(QLineEdit):
    """Emits `searchRequested` after typing pauses, `openTopHit` on Enter."""

    searchRequested = Signal(str)
    openTopHit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.retranslate()
        self.setMaxLength(MAX_QUERY_CHARS)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.searchRequested.emit(self.text()))
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._on_return)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search topics and words"))
        self.setAccessibleName(self.tr("Search"))
        self.setAccessibleDescription(self.tr("Type a word. Results show as you type. Enter opens the first one."))
        # Qt's clear button (shown while there is text) has only an icon: name it for screen readers.
        for button in self.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
            button.setToolTip(self.tr("Clear the search"))

    def _on_return(self) -> None:
        self._timer.stop()
        self.searchRequested.emit(self.text())
        self.openTopHit.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # here: the first paint builds none of the Qt namespace (enum_values)

        if event.key() == Qt.Key.Key_Escape:
            self._timer.stop()
            self.setText("")  # not clear(): that is an undoable step, and Ctrl+Z would bring the text back
            self.searchRequested.emit("")
            return
        super().keyPressEvent(event)
