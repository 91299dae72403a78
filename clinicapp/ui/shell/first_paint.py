"""Run something once the window's first frame is painted: the rest of start-up, or quitting (timing).

Start-up shows the home screen from the clinic profile and reads the rest of
the library only after that frame is on screen (app.run); `--exit-after-paint`
quits at the same moment, which is what the start-up benchmark times.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from clinicapp.ui.common.context import AppContext
    from clinicapp.ui.shell.main_window import MainWindow

PREBUILD_DELAY_MS = 50  # after the library is read: the areas are built before a first tap is likely
FALLBACK_MS = 2000  # a window that is never painted (started minimised) still reads its library
# Pieces of the library read (a file, an import) done per turn of the event loop: a piece
# is 1-25 ms of CPU, so a tap waits for about this plus one piece at most.
READ_BUDGET_S = 0.012


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


def finish_start_after_first_paint(
    window: MainWindow, context: AppContext, then: Callable[[], object] | None = None
) -> None:
    """The rest of start-up, once home is on screen: read the library, then build the areas in slices.

    The read is a few pieces a turn of the event loop (AppContext.load_library_step),
    and each build slice is its own turn, so a tap that comes meanwhile is answered
    between them (and an area it opens reads the rest of the library itself if needed).
    """

    def read_next() -> None:
        if context.load_library_step(READ_BUDGET_S):
            QTimer.singleShot(0, window, read_next)
            return
        # Read (by these steps, or by a tap that needed it first): build the areas next.
        window.prebuild_areas(delay_ms=PREBUILD_DELAY_MS)  # the first tap on an area finds it built
        if then is not None:
            then()

    after_first_paint(window, read_next, fallback_ms=FALLBACK_MS)


def quit_after_first_paint(app: QApplication, window: QWidget) -> None:
    after_first_paint(window, app.quit)
