"""Quit as soon as the first frame has been painted (start-up measurement)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            # Quit once this paint has been delivered and flushed.
            QTimer.singleShot(0, self.app.quit)
        return False


def quit_after_first_paint(app: QApplication, window: QWidget) -> None:
    window.installEventFilter(_FirstPaint(app))
