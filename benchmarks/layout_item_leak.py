"""Why rebuilding a grid with QLayout.takeAt() grows memory under PySide6, and the fix.

CompareGrid.set_therapies empties its grids with `item = grid.takeAt(0)` and
deletes only `item.widget()`. takeAt hands the QLayoutItem to the caller, but
PySide6 does not make Python its owner, so nobody deletes it: about 100 bytes
per cell, every time the therapies change. This rebuilds a 40-label grid
repeatedly both ways and prints the resident-memory growth per rebuild (after
malloc_trim, so freed-but-cached heap is not counted).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.layout_item_leak
"""

from __future__ import annotations

import ctypes
import json

CELLS = 40
REBUILDS = 500


def _rss_kib() -> int:
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def growth_per_rebuild(free_items: bool) -> float:
    """KiB of resident memory gained per rebuild of the grid."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QWidget

    app = QApplication.instance() or QApplication(["layout-item-leak"])
    host = QWidget()
    grid = QGridLayout(host)
    host.show()

    def rebuild() -> None:
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget()
            if free_items:
                shiboken6.delete(item)  # the fix: the taken item is ours to delete
            widget.hide()
            widget.deleteLater()
        for i in range(CELLS):
            grid.addWidget(QLabel(f"<b>cell</b> {i}"), i // 4, i % 4)
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    for _ in range(50):
        rebuild()
    before = _rss_kib()
    for _ in range(REBUILDS):
        rebuild()
    host.deleteLater()
    return (_rss_kib() - before) / REBUILDS


if __name__ == "__main__":
    print(
        json.dumps(
            {
                "cells": CELLS,
                "rebuilds": REBUILDS,
                "kib_per_rebuild_takeAt_only": round(growth_per_rebuild(False), 2),
                "kib_per_rebuild_items_deleted": round(growth_per_rebuild(True), 2),
            }
        )
    )
