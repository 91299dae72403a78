"""Run something once the window's first frame is painted: the rest of start-up, or quitting (timing).

Start-up shows the home screen from the clinic profile and reads the rest of
the library only after that frame is on screen (app.run); `--exit-after-paint`
quits at the same moment, which is what the start-up benchmark times.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.callback = callback
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.fire()
        return False

    def fire(self) -> None:
        if self.done:
            return
        self.done = True
        self.window.removeEventFilter(self)
        # Once this paint has been delivered and flushed: the next turn of the event loop.
        QTimer.singleShot(0, self.callback)


def after_first_paint(window: QWidget, callback: Callable[[], object], *, fallback_ms: int | None = None) -> None:
    """Call `callback` on the turn of the event loop after the window's first paint.

    fallback_ms: call it after that long anyway (a window that is never painted,
    e.g. started minimised, still gets the rest of its start-up).
    """
    hook = _FirstPaint(window, callback)
    window.installEventFilter(hook)
    if fallback_ms is not None:
        QTimer.singleShot(fallback_ms, hook, hook.fire)


def quit_after_first_paint(app: QApplication, window: QWidget) -> None:
    after_first_paint(window, app.quit)
