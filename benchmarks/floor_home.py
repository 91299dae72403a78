"""The home-screen floor: the least a PySide6 program can do to paint clinicapp's exact first frame.

The bare window (bare_window.py) paints an empty QMainWindow; clinicapp's first
frame is a real screen (top bar, home screen, staff notice, one style sheet).
This measures what Qt and PySide alone cost to paint *that* frame:

1. `dump`: start the real app as `clinicapp --exit-after-paint` does and, at its
   window's first Paint, write every visible widget (nearest public QtWidgets
   class, parent, geometry, texts, fonts, the properties the style sheet matches
   on...) with the application's style sheet, palette and font, as JSON.
2. `floor_home_replay.py` (run as `python -c CODE frame.json`, like floor.py's
   variants): imports only PySide6, json and sys, rebuilds those widgets with
   absolute geometry (no layouts, no clinicapp code) and quits on its first Paint.
3. `check`: grab both frames just after their first paint and compare them pixel by pixel.

    python -m benchmarks.floor_home check --content content --lang es --shots /tmp/shots
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
REPLAY_PATH = REPO / "benchmarks" / "floor_home_replay.py"
FORMAT = 1  # of the JSON frame description; the replay refuses another
TIMEOUT_S = 30  # a child that never paints never quits: fail instead of waiting for ever


def replay_argv(frame: Path, grab: Path | None = None, *, with_qt_namespace: bool = False) -> list[str]:
    """The timed command: the replay's text run with `-c` (as floor.py runs its variants).

    with_qt_namespace: also load PySide6's `Qt` namespace first, as any code that names
    an alignment, a text format or a key through `Qt.` does (the replay itself never does).
    """
    code = REPLAY_PATH.read_text(encoding="utf-8")
    if with_qt_namespace:
        code = code.replace("import sys\n", "import sys\n\nfrom PySide6.QtCore import Qt  # noqa: F401\n", 1)
    argv = [sys.executable, "-c", code, str(frame)]
    return [*argv, "--grab", str(grab)] if grab is not None else argv


def dump_argv(content: Path, frame: Path, lang: str | None = None, grab: Path | None = None) -> list[str]:
    argv = [sys.executable, "-m", "benchmarks.floor_home", "dump", "--content", str(content), "--out", str(frame)]
    if lang:
        argv += ["--lang", lang]
    if grab is not None:
        argv += ["--grab", str(grab)]
    return argv


def child_env(env: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ if env is None else env)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    return env


def make_frame(content: Path, frame: Path, env: dict[str, str], lang: str | None = None) -> dict[str, Any]:
    """Run the dump in a child (the app as the bench starts it) and return the frame it wrote."""
    done = subprocess.run(
        dump_argv(content, frame, lang), env=child_env(env), cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    if done.returncode != 0 or not frame.is_file():
        raise RuntimeError(f"floor_home dump failed ({done.returncode}): {done.stderr[-2000:]}")
    data: dict[str, Any] = json.loads(frame.read_text(encoding="utf-8"))
    return data


# -- the dump (runs inside the app's process) ---------------------------------------------------------


# The widget properties the replay sets (when they differ from a new widget's), in the order it sets
# them: text format before text (text from outside is never parsed as markup), checkable before checked.
SETTABLE = (
    "textFormat",
    "text",
    "placeholderText",
    "wordWrap",
    "alignment",
    "margin",
    "indent",
    "frameShape",
    "frameShadow",
    "lineWidth",
    "midLineWidth",
    "checkable",
    "checked",
    "flat",
    "enabled",
    "clearButtonEnabled",
    "maxLength",
    "horizontalScrollBarPolicy",
    "verticalScrollBarPolicy",
    "autoFillBackground",
    "accessibleName",
)


def describe(window: Any, app: Any) -> dict[str, Any]:
    """The window's visible widget tree and the application-wide look, as plain JSON data."""
    from PySide6 import QtWidgets
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtGui import QColor, QPalette

    widgets: list[dict[str, Any]] = []
    focus = app.focusWidget()
    defaults: dict[str, Any] = {}

    def default_widget(cls: str) -> Any:
        if cls not in defaults:
            defaults[cls] = getattr(QtWidgets, cls)()
        return defaults[cls]

    def public_class(widget: Any) -> tuple[str, bool]:
        """Nearest public QtWidgets class, and whether the widget is one of Qt's private ones."""
        meta = widget.metaObject()
        own = meta.className()
        while meta is not None and not hasattr(QtWidgets, meta.className()):
            meta = meta.superClass()
        private = type(widget).__module__.startswith("PySide6") and not hasattr(QtWidgets, own)
        return (meta.className() if meta is not None else "QWidget"), private

    def visit(widget: Any, parent: int) -> None:
        cls, private = public_class(widget)
        geometry = widget.geometry()
        item: dict[str, Any] = {
            "cls": cls,
            "parent": parent,
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            "name": widget.objectName(),
            "props": {},
            "font": widget.font().toString(),
            "ownFont": widget.testAttribute(Qt.WidgetAttribute.WA_SetFont),
            "focus": widget is focus,
            "styledBackground": widget.testAttribute(Qt.WidgetAttribute.WA_StyledBackground),
        }
        if private:  # made by its parent (a line edit's clear button...): the replay finds it there
            item["privateClass"] = widget.metaObject().className()
        for name in widget.dynamicPropertyNames():
            key = bytes(name.data()).decode()
            if key.startswith(("_q_", "_PySide")):
                continue
            try:
                value = widget.property(key)
            except RuntimeError:  # a value PySide cannot convert (Qt's own bookkeeping): not styled on
                item.setdefault("unreadableProps", []).append(key)
                continue
            if isinstance(value, (str, bool, int, float)):
                item["props"][key] = value
        if parent >= 0 and isinstance(widget.parentWidget(), QtWidgets.QMainWindow):
            item["central"] = widget is widget.parentWidget().centralWidget()
        # Qt properties that differ from a new widget of the class, read through Qt (so AreaButton's
        # Python text() does not answer for QPushButton's); enums and flags as ints.
        fresh = default_widget(cls)
        item["set"] = {}
        for key in SETTABLE:
            if widget.metaObject().indexOfProperty(key) < 0:
                continue
            value, default = widget.property(key), fresh.property(key)
            if value != default:
                item["set"][key] = value if isinstance(value, (str, bool, int)) else value.value
        if isinstance(widget, QtWidgets.QPushButton) and widget.menu() is not None:
            item["menu"] = True
        margins = widget.contentsMargins()
        item["margins"] = [margins.left(), margins.top(), margins.right(), margins.bottom()]
        index = len(widgets)
        widgets.append(item)
        for child in widget.children():
            if isinstance(child, QtWidgets.QWidget) and not child.isWindow() and child.isVisible():
                visit(child, index)

    size = window.size()
    top = {
        "cls": public_class(window)[0],
        "title": window.windowTitle(),
        "accessibleName": window.accessibleName(),
        "size": [size.width(), size.height()],
        "font": window.font().toString(),
        "ownFont": window.testAttribute(Qt.WidgetAttribute.WA_SetFont),
    }
    for child in window.children():
        if isinstance(child, QtWidgets.QWidget) and not child.isWindow() and child.isVisible():
            visit(child, -1)
    palette = app.palette()
    groups = {
        group.name: {
            role.name: palette.color(group, role).name(QColor.NameFormat.HexArgb)
            for role in QPalette.ColorRole
            if role not in (QPalette.ColorRole.NColorRoles, QPalette.ColorRole.NoRole)
        }
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
    }
    return {
        "format": FORMAT,
        "platform": app.platformName(),
        # The default locale picks the text shaping language: DejaVu Sans joins "fi" in English,
        # not in Spanish, so a replay without it differs by a few glyphs.
        "locale": QLocale().bcp47Name(),
        "rightToLeft": app.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        "style": app.style().name(),
        "font": app.font().toString(),
        "styleSheet": app.styleSheet(),
        "palette": groups,
        "window": top,
        "widgets": widgets,
    }


def dump_main(content: Path, out: Path, lang: str | None, grab: Path | None) -> int:
    """Start the app as `clinicapp --exit-after-paint` does; describe (and grab) its first frame."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])  # app.run uses the existing instance; its filter sees every event

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__(app)
            self.done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done and isinstance(watched, QMainWindow):
                self.done = True
                out.write_text(json.dumps(describe(watched, app), indent=1, ensure_ascii=False), encoding="utf-8")
                if grab is not None:
                    # Queued before the app's own quit (same turn, made earlier): the frame just painted.
                    QTimer.singleShot(0, lambda w=watched: save_grab(w, grab))
            return False

    app.installEventFilter(FirstPaint())
    from clinicapp.cli import main

    argv = ["--exit-after-paint", "--content", str(content)] + (["--lang", lang] if lang else [])
    code = main(argv)
    if not out.is_file():
        print("floor_home dump: the window was never painted", file=sys.stderr)
        return 1
    return code


def save_grab(window: Any, path: Path) -> None:
    """What the window shows: rendered again with QWidget.grab, and (on X) read back from the screen."""
    from PySide6.QtWidgets import QApplication

    window.grab().toImage().save(str(path))
    if QApplication.platformName() == "xcb":
        screen = window.screen().grabWindow(window.winId()).toImage()
        screen.save(str(path.with_name(path.stem + "-screen.png")))


# -- the pixel check ----------------------------------------------------------------------------------


def compare_images(first: Path, second: Path) -> dict[str, Any]:
    """Pixels that differ between two PNGs and the box around them (QImage, no numpy)."""
    from PySide6.QtGui import QImage

    a = QImage(str(first)).convertToFormat(QImage.Format.Format_ARGB32)
    b = QImage(str(second)).convertToFormat(QImage.Format.Format_ARGB32)
    if a.isNull() or b.isNull():
        raise RuntimeError(f"cannot read {first if a.isNull() else second}")
    if a.size() != b.size():
        return {"same_size": False, "sizes": [[a.width(), a.height()], [b.width(), b.height()]], "differing": -1}
    width, height = a.width(), a.height()
    row_bytes = width * 4
    pa, pb = a.constBits(), b.constBits()
    stride_a, stride_b = a.bytesPerLine(), b.bytesPerLine()
    differing = 0
    xs: list[int] = []
    ys: list[int] = []
    for y in range(height):
        ra = bytes(pa[y * stride_a : y * stride_a + row_bytes])
        rb = bytes(pb[y * stride_b : y * stride_b + row_bytes])
        if ra == rb:
            continue
        row = [x for x in range(width) if ra[x * 4 : x * 4 + 4] != rb[x * 4 : x * 4 + 4]]
        differing += len(row)
        xs += (row[0], row[-1])
        ys.append(y)
    box = [min(xs), ys[0], max(xs), ys[-1]] if ys else None
    return {"same_size": True, "size": [width, height], "differing": differing, "box": box}


def check(content: Path, lang: str | None, shots: Path, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Grab the app's and the replay's first frames and compare them; PNGs go to `shots`."""
    shots.mkdir(parents=True, exist_ok=True)
    tag = lang or "default"
    env = child_env(env)
    frame = shots / f"frame-{tag}.json"
    app_png, replay_png = shots / f"app-{tag}.png", shots / f"replay-{tag}.png"
    done = subprocess.run(
        dump_argv(content, frame, lang, app_png), env=env, cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    if done.returncode != 0:
        raise RuntimeError(f"dump failed: {done.stderr[-2000:]}")
    done = subprocess.run(
        replay_argv(frame, replay_png), env=env, cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    if done.returncode != 0:
        raise RuntimeError(f"replay failed: {done.stderr[-2000:]}")
    result = {"lang": tag, "widgets": len(json.loads(frame.read_text(encoding="utf-8"))["widgets"])}
    result["grab"] = compare_images(app_png, replay_png)
    app_screen, replay_screen = (p.with_name(p.stem + "-screen.png") for p in (app_png, replay_png))
    if app_screen.is_file() and replay_screen.is_file():
        result["screen"] = compare_images(app_screen, replay_screen)
        result["app_grab_vs_screen"] = compare_images(app_png, app_screen)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    dump = sub.add_parser("dump", help="describe the app's first frame as JSON (in the app's own process)")
    dump.add_argument("--content", type=Path, required=True)
    dump.add_argument("--lang")
    dump.add_argument("--out", type=Path, required=True)
    dump.add_argument("--grab", type=Path, help="also save the first frame as PNG")
    chk = sub.add_parser("check", help="dump, replay, grab both first frames and compare them")
    chk.add_argument("--content", type=Path, default=REPO / "content")
    chk.add_argument("--lang", action="append", help="repeatable; default: the content's default language")
    chk.add_argument("--shots", type=Path, default=Path(tempfile.gettempdir()) / "floor_home")
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump_main(args.content, args.out, args.lang, args.grab)
    same = True
    for lang in args.lang or [None]:
        result = check(args.content, lang, args.shots)
        print(json.dumps(result))
        same = same and all(r["differing"] == 0 for k, r in result.items() if isinstance(r, dict))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
