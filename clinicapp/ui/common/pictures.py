"""Pictograms and diagrams: the project's own SVG drawings, in the colours of the theme.

The drawings (resources/pictograms/<kind>.svg, resources/diagrams/<id>.svg) are
written with a few fixed colours, the normal theme's, each standing for a role
(ink, paper, accent, mark, the body's fill and outline). They are recoloured
as they are drawn, so one file serves both themes and high contrast never
shows dark ink on black. Tests check that every file uses only these colours
and that both themes draw them with enough contrast.

`Picture` is a QLabel holding a rendered pixmap: Qt gives screen readers a
label with a pixmap as a graphic named by the label's accessible name, which
is always the drawing's alt text here.
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy, QWidget

from clinicapp.content.model import TherapyKind
from clinicapp.paths import resource
from clinicapp.ui.common.theme import HIGH_CONTRAST, NORMAL, Theme

# The colours a drawing may use, by role; the file's colour is the normal theme's.
TOKENS: dict[str, str] = {
    "ink": "#1b1f24",  # lines and outlines of the drawing itself
    "paper": "#ffffff",  # inside shapes that must read as empty (a tablet, a bag)
    "accent": "#1f5f99",  # a second tone (liquid, a pill half, one of two people)
    "mark": "#b8005c",  # what the picture is about: the knot, where pain is felt, the urgent sign
    "figure": "#dde3ea",  # the body outline's fill (as in the body map)
    "outline": "#3d4752",  # the body outline's edge (as in the body map)
}
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
log = logging.getLogger(__name__)


def colours(theme: Theme) -> dict[str, str]:
    """Each role's colour in a theme."""
    dark = QColor(theme.window).lightness() < 128
    return {
        "ink": theme.text,
        "paper": theme.base,
        "accent": theme.accent,
        "mark": theme.focus,
        "figure": "#303030" if dark else TOKENS["figure"],  # a body shape still shows on black
        "outline": theme.text if dark else TOKENS["outline"],
    }


def theme_of(widget: QWidget) -> Theme:
    """The theme a widget is drawn in, read from its palette (the app has exactly two)."""
    window = widget.palette().color(widget.backgroundRole())
    return HIGH_CONTRAST if window == QColor(HIGH_CONTRAST.window) else NORMAL


@lru_cache(maxsize=64)
def svg_source(path: Path, theme: Theme) -> bytes:
    """The drawing's SVG text with the theme's colours in place of the file's.

    A drawing that cannot be read (a damaged install, a file IT removed) is
    empty: the picture draws nothing and keeps its alt text, and the page
    around it (the whole comparison) still builds.
    """
    by_token = {TOKENS[role].lower(): colour for role, colour in colours(theme).items()}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("picture %s cannot be read: %s", path.name, type(exc).__name__)
        return b""
    return _HEX.sub(lambda m: by_token.get(m.group().lower(), m.group()), text).encode("utf-8")


def aspect(path: Path) -> float:
    """Height over width of a drawing's view box."""
    box = QSvgRenderer(QByteArray(svg_source(path, NORMAL))).viewBoxF()
    return box.height() / box.width() if box.width() else 1.0


SMALL_PX = 128  # drawings this size or smaller (pictograms) are drawn once per file, theme and size


def render(path: Path, theme: Theme, size: QSize, ratio: float = 1.0) -> QPixmap:
    """The drawing at `size` logical pixels (aspect kept, centred), sharp at this device pixel ratio.

    A pictogram is drawn once per file, theme and size and then copied: the compare page shows 20
    of four kinds, and drawing each (~0.3-0.7 ms) was a good part of a tap that builds the page.
    """
    if max(size.width(), size.height()) * ratio <= SMALL_PX:
        image = _small_image(path, theme, size.width(), size.height(), ratio)
    else:  # diagrams: drawn at whatever size their page gives them, not kept
        image = _image(path, theme, size, ratio)
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@lru_cache(maxsize=64)
def _small_image(path: Path, theme: Theme, width: int, height: int, ratio: float) -> QImage:
    # A QImage, not a QPixmap: it may outlive the application (a QPixmap needs one to be freed).
    return _image(path, theme, QSize(width, height), ratio)


def _image(path: Path, theme: Theme, size: QSize, ratio: float) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg_source(path, theme)))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(
        max(1, round(size.width() * ratio)),
        max(1, round(size.height() * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)  # into the whole image: a view box that crops a figure is clipped here
    painter.end()
    return image


@cache  # four kinds; resource() resolves the path on disk (~0.25 ms a call)
def pictogram_path(kind: TherapyKind) -> Path:
    return resource(f"pictograms/{kind.value}.svg")


def diagram_path(diagram_id: str) -> Path:
    return resource(f"diagrams/{diagram_id}.svg")


def kind_alt(kind: TherapyKind) -> str:
    """What a screen reader says for a kind's pictogram, in the interface language."""
    translate = QCoreApplication.translate
    if kind is TherapyKind.INJECTION:
        return translate("Pictures", "Picture of a syringe: a shot (injection)")
    if kind is TherapyKind.MEDICINE:
        return translate("Pictures", "Picture of pills: a medicine")
    if kind is TherapyKind.NON_DRUG:
        return translate("Pictures", "Picture of two people: care someone gives you")
    return translate("Pictures", "Picture of a person stretching: care you do yourself")


class Picture(QLabel):
    """A drawing as a named graphic, redrawn when the theme or text size changes.

    `lines` sets its height in text lines, between min_px and max_px, so it
    grows with the text; a diagram is given its size by its page instead
    (`set_box`). A tap on it clicks `target` (the check box it stands beside).
    """

    clicked = Signal()

    def __init__(
        self,
        path: Path,
        alt: str,
        *,
        lines: float = 2.0,
        min_px: int = 32,
        max_px: int = 64,
        target: QAbstractButton | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.lines, self.min_px, self.max_px = lines, min_px, max_px
        self.target = target
        self.box: QSize | None = None  # set by the page for diagrams; None: square, from the text size
        self.drawn_theme: Theme | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_alt(alt)
        self.redraw()

    def set_alt(self, alt: str) -> None:
        self.alt = alt
        self.setAccessibleName(alt)
        self.setAccessibleDescription(alt)

    def set_drawing(self, path: Path, alt: str) -> None:
        self.path = path
        self.set_alt(alt)
        self.redraw()

    def side(self) -> int:
        """A pictogram's edge in pixels at the current text size."""
        return max(self.min_px, min(self.max_px, round(self.fontMetrics().height() * self.lines)))

    def set_box(self, size: QSize) -> None:
        """Draw at this size (a diagram's page decides how much room it has)."""
        if size != self.box:
            self.box = QSize(size)
            self.redraw()

    def redraw(self) -> None:
        size = self.box if self.box is not None else QSize(self.side(), self.side())
        self.drawn_theme = theme_of(self)
        self.setPixmap(render(self.path, self.drawn_theme, size, self.devicePixelRatioF()))
        self.setFixedSize(size)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.FontChange or (
            kind in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and theme_of(self) != self.drawn_theme
        ):
            self.redraw()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            if self.target is not None and self.target.isEnabled():
                self.target.click()
            event.accept()
            return
        super().mouseReleaseEvent(event)


def pictogram(kind: TherapyKind, *, target: QAbstractButton | None = None, lines: float = 2.0) -> Picture:
    """The kind's pictogram, named for screen readers in the interface language."""
    picture = Picture(pictogram_path(kind), kind_alt(kind), lines=lines, target=target)
    picture.setProperty("kind", kind.value)
    return picture
