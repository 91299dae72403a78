"""clinicapp's first frame, painted by PySide6 alone: the home-screen floor of the start-up benchmark.

Run as `python -c "$(cat floor_home_replay.py)" frame.json [--grab out.png]`, where
frame.json is written by `benchmarks/floor_home.py dump` from the real app at its
first paint. Imports only PySide6, json and sys: the same widgets (nearest public
QtWidgets class), texts, fonts, properties, palette and style sheet, with absolute
geometry instead of layouts, so it is a lower bound for painting that frame.
Quits on the window's first Paint exactly as bare_window.py does.

It never touches the `Qt` namespace: enums and flags (alignment, text format,
frame shape...) are set as ints through Qt's property system, because PySide6
building the namespace's Python enums costs about a fifth of the bare window's
instructions (floor.py's "Qt namespace" row) and no pixel of the frame needs it.
"""

from __future__ import annotations

import json
import sys

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, grab: str) -> None:
        super().__init__(app)
        self.app = app
        self.grab = grab
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            if self.grab:  # the check only (floor_home.py check): queued before the quit, after this paint
                QTimer.singleShot(0, lambda: _save(watched, self.grab))
            QTimer.singleShot(0, self.app.quit)
        return False


def _save(window: QWidget, path: str) -> None:
    window.grab().toImage().save(path)
    if QApplication.platformName() == "xcb":
        shot = path[:-4] + "-screen.png"
        window.screen().grabWindow(window.winId()).toImage().save(shot)


def _font(text: str) -> QFont:
    font = QFont()
    font.fromString(text)
    return font


def _build(window: QMainWindow, items: list[dict]) -> None:
    made: list[QWidget | None] = []
    focus = None
    for item in items:
        parent = window if item["parent"] < 0 else made[item["parent"]]
        if parent is None:  # under a private widget that was not recreated
            made.append(None)
            continue
        name = item["name"]
        widget = None
        if name.startswith("qt_") or "privateClass" in item:  # made by its parent (a scroll area's viewport...)
            for child in parent.children():
                if isinstance(child, QWidget) and (
                    child.objectName() == name if name else child.metaObject().className() == item["privateClass"]
                ):
                    widget = child
                    break
            made.append(widget)
            if widget is None:
                continue
        else:
            cls = getattr(QtWidgets, item["cls"])
            if item.get("central"):
                widget = cls()
                window.setCentralWidget(widget)
            else:
                widget = cls(parent)
                widget.setGeometry(*item["geometry"])
            if name:
                widget.setObjectName(name)
            made.append(widget)
        for key, value in item["set"].items():  # Qt properties: no Python enums needed (see above)
            widget.setProperty(key, value)
        if item.get("menu"):
            widget.setMenu(QtWidgets.QMenu(widget))
        for key, value in item["props"].items():
            widget.setProperty(key, value)
        widget.setFont(_font(item["font"]))  # the app sets its window's fonts before the first paint
        if item["focus"]:
            focus = widget
    if focus is not None:
        focus.setFocus()


def main() -> int:
    args = sys.argv[1:]
    with open(args[0], encoding="utf-8") as file:
        frame = json.load(file)
    if frame["format"] != 1:
        raise SystemExit(f"{args[0]}: frame format {frame['format']}, this replay reads 1")
    grab = args[args.index("--grab") + 1] if "--grab" in args else ""
    QLocale.setDefault(QLocale(frame["locale"]))  # the shaping language (ligatures differ by language)
    app = QApplication(sys.argv[:1])
    if frame["rightToLeft"]:
        app.setProperty("layoutDirection", 1)  # Qt.RightToLeft
    app.setFont(_font(frame["font"]))
    palette = QPalette()
    for group, roles in frame["palette"].items():
        for role, colour in roles.items():
            palette.setColor(QPalette.ColorGroup[group], QPalette.ColorRole[role], QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(frame["styleSheet"])
    top = frame["window"]
    window = QMainWindow()
    window.setWindowTitle(top["title"])
    window.setAccessibleName(top["accessibleName"])
    if top["font"] != frame["font"]:
        window.setFont(_font(top["font"]))
    _build(window, frame["widgets"])
    window.installEventFilter(_FirstPaint(app, grab))
    window.resize(*top["size"])
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
