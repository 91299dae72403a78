"""The yardstick for start-up: the least a PySide6 app can do before its first frame.

A QApplication and one shown QMainWindow of the same size as the app's window,
quitting on the first Paint event exactly as clinicapp/ui/shell/first_paint.py does,
so the ratio clinicapp / bare is the cost of the app itself, not of Python or Qt.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.installEventFilter(_FirstPaint(app))
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
