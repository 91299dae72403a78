"""A QR code drawn as vectors: one filled rectangle per run of dark modules, on its own white quiet zone.

Drawn, not an image: crisp at any size on screen, and vector in a PDF or on
a printer (`paint_symbol` is shared with the printed summary). Dark on white
whatever the theme (a scanner expects dark modules on light, also in high
contrast). The module size is a whole number of pixels, never below
`MIN_MODULE_PX`, so the code is never scaled away at large text sizes: the
widget asks for its full size and the layout keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPicture
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from clinicapp.handoff.qr import QrSymbol

MIN_MODULE_PX = 3  # about 0.7 mm on a 1280x800 screen of 13 to 15 inches: a scanner's imager reads it
MAX_MODULE_PX = 8


def module_px(symbol: QrSymbol, target_px: int) -> int:
    """Whole pixels a module for a code about target_px wide, never below the readable minimum."""
    return max(MIN_MODULE_PX, min(MAX_MODULE_PX, target_px // symbol.size))


def paint_symbol(painter: QPainter, symbol: QrSymbol, rect: QRectF) -> None:
    """The symbol (quiet zone included) in rect's top-left square of side min(width, height)."""
    side = min(rect.width(), rect.height())
    unit = side / symbol.size
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(rect.left(), rect.top(), side, side), QColor("white"))
    black = QColor("black")
    for y, row in enumerate(symbol.rows):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            painter.fillRect(QRectF(rect.left() + start * unit, rect.top() + y * unit, (x - start) * unit, unit), black)
    painter.restore()


class QrCodeView(QLabel):
    """Shows one QrSymbol at a fixed, whole-pixel module size; shows nothing without one.

    A label holding the code as a QPicture (vector, recorded by `paint_symbol`): Qt gives
    screen readers a label with a picture as a graphic named by its accessible name. A
    plain painted QWidget was announced as a "client" area, not as an image.
    """

    def __init__(self, target_px: int, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = target_px
        self._symbol: QrSymbol | None = None
        self.setAccessibleName(accessible_name)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(0, 0)

    @property
    def symbol(self) -> QrSymbol | None:
        return self._symbol

    def set_symbol(self, symbol: QrSymbol | None) -> None:
        """Show symbol; None forgets the last one (its text is the patient's answers)."""
        self._symbol = symbol
        side = symbol.size * module_px(symbol, self._target) if symbol is not None else 0
        picture = QPicture()
        if symbol is not None:
            painter = QPainter(picture)
            try:
                paint_symbol(painter, symbol, QRectF(0, 0, side, side))
            finally:
                painter.end()
        self.setPicture(picture)  # an empty picture when forgotten: nothing of the code is kept
        self.setFixedSize(side, side)
        self.update()

    def sizeHint(self) -> QSize:
        return self.size()
