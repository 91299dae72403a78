"""Guards against a Qt binding bug that crashed the app (PySide6 6.12.0).

That release dropped a reference to None on every Python override of a void
virtual such as resizeEvent; on Python 3.11 the interpreter then aborts with
"deallocating None" after a few thousand events.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


class _Overrides(QWidget):
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)


def test_void_virtual_overrides_keep_none_alive(qtbot):
    widget = _Overrides()
    qtbot.addWidget(widget)
    widget.show()
    before = sys.getrefcount(None)
    for step in range(200):
        widget.resize(200 + step % 40, 100)
        widget.setStyleSheet(f"QWidget {{ font-size: {10 + step % 5}pt; }}")
        qtbot.wait(0)
    assert sys.getrefcount(None) >= before - 20
