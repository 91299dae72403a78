"""The body map: a front and back outline where the patient marks where it hurts.

The outline is drawn from `resources/body-map.svg` with QSvgRenderer; the same
file's shapes are parsed into QPainterPaths for hit-testing and highlighting,
so what is drawn and what is clickable can never drift apart. Each region side
also gets an invisible, named, checkable button: screen readers see a named
toggle per region and keyboard focus lands on it, while the map itself paints
the highlight and the focus ring. Tab enters the map once; the arrow keys move
between regions (nearest in that direction); Space or Enter toggles.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from clinicapp.paths import resource
from clinicapp.ui.common.theme import MIN_TARGET_PX, plain_tooltip

SIDES = ("front", "back")
_SHAPE_ID = re.compile(r"^(?P<region>[a-z0-9-]+)-(?P<side>front|back)$")
_PATH_TOKEN = re.compile(r"[A-Za-z]|-?\d*\.?\d+(?:[eE][-+]?\d+)?")
MAP_SCALE = 1.3  # widget pixels per SVG unit at least: keeps hands and feet near 44 px at 100%
HIT_SLOP_PX = 10  # a tap this close to a region still counts (fingers are wide)


def _path_from_d(d: str) -> QPainterPath:
    """The M/L/H/V/Z subset of SVG path data: enough for straight-edged shapes."""
    path = QPainterPath()
    tokens = _PATH_TOKEN.findall(d)
    command, x, y, i = "M", 0.0, 0.0, 0
    start = (0.0, 0.0)  # where the subpath began: Z returns there, and relative moves count from it
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "Zz":
                path.closeSubpath()
                x, y = start
                continue
        rel = command.islower()
        op = command.upper()
        if op in "ML":
            nx, ny = float(tokens[i]), float(tokens[i + 1])
            i += 2
            x, y = (x + nx, y + ny) if rel else (nx, ny)
            if op == "M":
                path.moveTo(x, y)
                start = (x, y)
            else:
                path.lineTo(x, y)
            command = "l" if rel else "L"  # further pairs after M are line-tos
        elif op == "H":
            x = x + float(tokens[i]) if rel else float(tokens[i])
            i += 1
            path.lineTo(x, y)
        elif op == "V":
            y = y + float(tokens[i]) if rel else float(tokens[i])
            i += 1
            path.lineTo(x, y)
        else:
            raise ValueError(f"unsupported path command {command!r}")
    return path


def _shape_path(element: ET.Element) -> QPainterPath | None:
    tag = element.tag.rpartition("}")[2]
    a = {k: v for k, v in element.attrib.items()}
    path = QPainterPath()
    if tag == "rect":
        path.addRect(float(a["x"]), float(a["y"]), float(a["width"]), float(a["height"]))
    elif tag == "ellipse":
        cx, cy = float(a["cx"]), float(a["cy"])
        path.addEllipse(QPointF(cx, cy), float(a["rx"]), float(a["ry"]))
    elif tag == "circle":
        path.addEllipse(QPointF(float(a["cx"]), float(a["cy"])), float(a["r"]), float(a["r"]))
    elif tag == "polygon":
        numbers = [float(n) for n in re.split(r"[\s,]+", a["points"].strip())]
        path.moveTo(numbers[0], numbers[1])
        for j in range(2, len(numbers) - 1, 2):
            path.lineTo(numbers[j], numbers[j + 1])
        path.closeSubpath()
    elif tag == "path":
        path = _path_from_d(a["d"])
    else:
        return None
    return path


def load_shapes(svg: Path) -> dict[tuple[str, str], QPainterPath]:
    """(region id, side) -> its outline in SVG units, for every `<region>-front|back` id."""
    shapes: dict[tuple[str, str], QPainterPath] = {}
    for element in ET.parse(svg).iter():
        match = _SHAPE_ID.match(element.attrib.get("id", ""))
        if match:
            path = _shape_path(element)
            if path is not None:
                shapes[(match["region"], match["side"])] = path
    return shapes


class _RegionButton(QAbstractButton):
    """A region side as screen readers and the keyboard see it; the map does the painting."""

    def __init__(self, body_map: BodyMap, region_id: str, side: str) -> None:
        super().__init__(body_map)
        self.body_map = body_map
        self.region_id = region_id
        self.side = side
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the map hit-tests real shapes

    def paintEvent(self, event: QPaintEvent) -> None:
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.body_map.move_focus(self, Qt.Key(key))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.body_map.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.body_map.update()


class BodyMap(QWidget):
    """Front and back outline; emits regionToggled(region id, chosen) when the patient marks one."""

    regionToggled = Signal(str, bool)

    def __init__(self, regions: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        svg = resource("body-map.svg")
        self.renderer = QSvgRenderer(str(svg), self)
        self.shapes = load_shapes(svg)
        self.labels = dict(regions)
        self.chosen: set[str] = set()
        self.focus_colour = QColor("#b8005c")  # the page passes the theme's focus colour
        self.buttons: list[_RegionButton] = []
        for region_id, _label in regions:  # the content's order is the reading order
            for side in SIDES:
                if (region_id, side) in self.shapes:
                    button = _RegionButton(self, region_id, side)
                    button.clicked.connect(lambda checked, b=button: self._toggle(b.region_id, checked))
                    self.buttons.append(button)
        if self.buttons:
            self.buttons[0].setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.side_names = {"front": self.tr("Front"), "back": self.tr("Back")}
        self._retitle()
        self.setAccessibleName(self.tr("Body map: where it hurts"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # -- geometry --------------------------------------------------------
    def _label_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        box = self.renderer.viewBoxF()
        return QSize(math.ceil(box.width() * MAP_SCALE), math.ceil(box.height() * MAP_SCALE) + self._label_height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _transform(self) -> QTransform:
        """SVG units to widget pixels: the view box scaled to fit, centred, below the labels.

        "Front" and "Back" sit above the figures, where they are read before a tap.
        """
        box = self.renderer.viewBoxF()
        area = QRectF(self.rect()).adjusted(0, self._label_height(), 0, 0)
        scale = min(area.width() / box.width(), area.height() / box.height())
        dx = area.x() + (area.width() - box.width() * scale) / 2 - box.x() * scale
        dy = area.y() + (area.height() - box.height() * scale) / 2 - box.y() * scale
        return QTransform(scale, 0, 0, scale, dx, dy)

    def _widget_path(self, region_id: str, side: str) -> QPainterPath:
        return self._transform().map(self.shapes[(region_id, side)])

    def region_centre(self, region_id: str, side: str = "") -> QPointF:
        """Where a region side sits on screen (tests tap here)."""
        side = side or next(s for s in SIDES if (region_id, s) in self.shapes)
        path = self._widget_path(region_id, side)
        polygon = path.toSubpathPolygons()[0]  # the first part of a two-part shape (left hand, ...)
        centre = polygon.boundingRect().center()
        return centre if path.contains(centre) else path.pointAtPercent(0.5)

    def target_at(self, pos: QPointF) -> _RegionButton | None:
        """The region button under a point, or the nearest within a finger's slop."""
        best, best_distance = None, float(HIT_SLOP_PX)
        for button in self.buttons:
            path = self._widget_path(button.region_id, button.side)
            if path.contains(pos):
                return button
            rect = path.boundingRect()
            dx = max(rect.left() - pos.x(), 0.0, pos.x() - rect.right())
            dy = max(rect.top() - pos.y(), 0.0, pos.y() - rect.bottom())
            if math.hypot(dx, dy) < best_distance:
                best, best_distance = button, math.hypot(dx, dy)
        return best

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for button in self.buttons:
            rect = self._widget_path(button.region_id, button.side).boundingRect().toAlignedRect()
            grow_w, grow_h = max(0, MIN_TARGET_PX - rect.width()), max(0, MIN_TARGET_PX - rect.height())
            button.setGeometry(rect.adjusted(-grow_w // 2, -grow_h // 2, grow_w - grow_w // 2, grow_h - grow_h // 2))

    # -- state -----------------------------------------------------------
    def set_chosen(self, region_ids: set[str]) -> None:
        """Show the session's regions; emits nothing."""
        self.chosen = set(region_ids)
        for button in self.buttons:
            button.setChecked(button.region_id in self.chosen)
        self._retitle()
        self.update()

    def _retitle(self) -> None:
        chosen = self.tr("marked")
        for button in self.buttons:
            name = f"{self.labels[button.region_id]}, {self.side_names[button.side]}"
            button.setAccessibleName(name)
            button.setAccessibleDescription(chosen if button.region_id in self.chosen else "")
            button.setToolTip(plain_tooltip(name))

    def _toggle(self, region_id: str, chosen: bool) -> None:
        if chosen:
            self.chosen.add(region_id)
        else:
            self.chosen.discard(region_id)
        self.set_chosen(self.chosen)
        self.regionToggled.emit(region_id, chosen)

    # -- input -----------------------------------------------------------
    def make_current(self, index: int, *, focus: bool = True) -> None:
        """Roving tab stop: only the current region is in the Tab chain (index into buttons)."""
        if not self.buttons:
            return
        button = self.buttons[index]
        for other in self.buttons:
            other.setFocusPolicy(Qt.FocusPolicy.TabFocus if other is button else Qt.FocusPolicy.NoFocus)
        if focus:
            button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update()

    def move_focus(self, current: _RegionButton, key: Qt.Key) -> None:
        """Go to the nearest region in the arrow's direction (or the next one in reading order)."""
        directions = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        ux, uy = directions[key]
        here = QRectF(current.geometry()).center()
        best, best_cost = None, math.inf
        for button in self.buttons:
            if button is current:
                continue
            there = QRectF(button.geometry()).center()
            along = (there.x() - here.x()) * ux + (there.y() - here.y()) * uy
            across = abs((there.x() - here.x()) * uy) + abs((there.y() - here.y()) * ux)
            if along > 1 and along + 2 * across < best_cost:
                best, best_cost = button, along + 2 * across
        if best is None:  # at an edge: wrap in reading order so every region stays reachable
            step = 1 if (ux, uy) in ((1, 0), (0, 1)) else -1
            best = self.buttons[(self.buttons.index(current) + step) % len(self.buttons)]
        self.make_current(self.buttons.index(best))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.target_at(event.position()):
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        target = self.target_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if target is None:
            super().mouseReleaseEvent(event)
            return
        self.make_current(self.buttons.index(target))
        target.click()

    # -- painting ----------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        transform = self._transform()
        box = self.renderer.viewBoxF()
        self.renderer.render(painter, transform.mapRect(QRectF(box)))
        highlight = QColor(palette.highlight().color())
        text = palette.windowText().color()
        for button in self.buttons:
            if button.region_id not in self.chosen:
                continue
            path = transform.map(self.shapes[(button.region_id, button.side)])
            fill = QColor(highlight)
            fill.setAlpha(190)
            painter.fillPath(path, fill)
            # A hatch and a heavy outline as well, so a marked region does not rely on colour alone.
            painter.fillPath(path, QBrush(palette.highlightedText().color(), Qt.BrushStyle.BDiagPattern))
            painter.strokePath(path, QPen(text, 3.5))
        for button in self.buttons:
            if button.hasFocus():
                path = transform.map(self.shapes[(button.region_id, button.side)])
                painter.strokePath(path, QPen(self.focus_colour, 7, Qt.PenStyle.SolidLine))
                painter.strokePath(path, QPen(text, 2, Qt.PenStyle.DashLine))
        painter.setPen(text)
        label_top = 0
        half = QRectF(transform.mapRect(QRectF(box))).width() / 2
        left = transform.mapRect(QRectF(box)).left()
        for i, side in enumerate(SIDES):
            rect = QRect(round(left + i * half), label_top, round(half), self._label_height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.side_names[side])
        painter.end()
