"""Palettes, text size and the application style sheet.

One style sheet for the whole app carries the colours and the touch sizes; it
depends on the theme only, never on the text size. Setting an application
style sheet re-polishes every widget (over a second with every area built on
the clinic's 2-core machines), so a text size change must not touch it:
fonts are set directly instead (`apply_fonts`), and a role's larger font
("title", "subtitle"...) is given by `RoleStyle` when a widget is polished.
Both themes keep text contrast at 4.5:1 or more (7:1 in high contrast).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6 import QtGui
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from clinicapp.paths import resource
from clinicapp.ui.common.enum_values import PLAIN_TEXT

BASE_POINT_SIZE = 12.0
MIN_TARGET_PX = 48  # touch guidance (Material 48 dp; WCAG 2.5.5 asks 44): at every text size
INDICATOR_PX = 34  # check box and radio marks: with their spacing a text-less box is still 48 px wide

# A role's font relative to the text size, and whether it is bold. The style
# sheet cannot say "twice the text size", and fonts set on a widget override
# its style sheet's font-weight, so weight lives here too.
ROLE_FONTS: dict[str, tuple[float, bool]] = {
    "title": (2.0, True),
    "subtitle": (1.2, False),
    "area": (1.5, True),
    "area-title": (1.5, True),
    "area-text": (1.2, False),
    "banner-title": (1.3, True),
}
BOLD_INSIDE = ("warning", "emergency")  # labels in these frames are bold


class Theme(NamedTuple):
    """The colours of one appearance; the style sheet and the palette are made from them.

    A NamedTuple, not a frozen dataclass: as immutable, and made before the first paint
    for a quarter of the cost (a dataclass compiles six methods; see RESULTS.md, startup4).
    """

    name: str
    window: str
    text: str
    muted: str  # secondary text, still >= 4.5:1 on window
    base: str  # text fields, lists, articles
    button: str
    button_text: str
    accent: str  # primary buttons, selection
    accent_text: str
    link: str
    focus: str
    border: str
    warning_bg: str
    warning_text: str
    notice_bg: str
    notice_text: str
    emergency_bg: str
    emergency_text: str


NORMAL = Theme(
    name="normal",
    window="#f4f6f8", text="#1b1f24", muted="#4a5560", base="#ffffff",
    button="#e3e8ee", button_text="#1b1f24", accent="#1f5f99", accent_text="#ffffff",
    link="#0b57a4", focus="#b8005c", border="#6b7785",
    warning_bg="#fff4d6", warning_text="#5c3b00", notice_bg="#e8eef5", notice_text="#1b1f24",
    emergency_bg="#fde8e8", emergency_text="#8b0000",
)  # fmt: skip
HIGH_CONTRAST = Theme(
    name="high-contrast",
    window="#000000", text="#ffffff", muted="#f0f0f0", base="#000000",
    button="#000000", button_text="#ffff00", accent="#ffff00", accent_text="#000000",
    link="#66d9ff", focus="#ff9900", border="#ffffff",
    warning_bg="#000000", warning_text="#ffff00", notice_bg="#000000", notice_text="#ffffff",
    emergency_bg="#000000", emergency_text="#ff9b9b",
)  # fmt: skip


def theme_for(high_contrast: bool) -> Theme:
    return HIGH_CONTRAST if high_contrast else NORMAL


def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.window,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.button,
        QPalette.ColorRole.ButtonText: theme.button_text,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.LinkVisited: theme.link,
        QPalette.ColorRole.ToolTipBase: theme.base,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def _indicator_marks(theme: Theme) -> dict[str, str]:
    """Check mark and radio dot drawn in the colour that contrasts with the accent."""
    ink = "black" if QColor(theme.accent_text).lightness() < 128 else "white"
    return {mark: resource(f"{mark}-{ink}.svg").as_posix() for mark in ("check", "dot")}


def style_sheet(theme: Theme) -> str:
    """The whole app's style sheet for a theme: colours and touch sizes, the same at every text size.

    A focus ring is thicker than the border it replaces, so its padding is thinner by as
    much: focus never changes a control's size (a re-polish while a button had focus
    used to grow it 2 px and move the whole top bar).
    """
    marks = _indicator_marks(theme)
    target = MIN_TARGET_PX
    t = theme
    return f"""
    QWidget {{ color: {t.text}; }}
    QMainWindow, QDialog, QStackedWidget > QWidget {{ background: {t.window}; }}
    QPushButton, QToolButton {{
        min-height: {target}px; min-width: {target}px; padding: 4px 12px;
        background: {t.button}; color: {t.button_text};
        border: 2px solid {t.border}; border-radius: 6px;
    }}
    QPushButton::menu-indicator {{ image: none; width: 0px; }}
    QPushButton:checked, QToolButton:checked {{ background: {t.accent}; color: {t.accent_text}; }}
    QPushButton:disabled, QToolButton:disabled {{ color: {t.muted}; border-style: dashed; }}
    QPushButton:focus, QToolButton:focus, QLineEdit:focus, QTreeView:focus, QListView:focus,
    QTextBrowser:focus, QComboBox:focus, QCheckBox:focus, QRadioButton:focus, QSlider:focus,
    QSpinBox:focus {{ border: 3px solid {t.focus}; }}
    QPushButton:focus, QToolButton:focus {{ padding: 3px 11px; }}
    QLineEdit:focus, QComboBox:focus, QSpinBox:focus {{ padding: 1px 7px; }}
    QPushButton[role="area"] {{
        text-align: left; padding: 8px 16px; min-height: {target * 2}px;
        background: {t.accent}; color: {t.accent_text}; border-color: {t.accent};
    }}
    QPushButton[role="area"]:focus {{ border: 4px solid {t.focus}; padding: 6px 14px; }}
    QLabel[role="area-title"], QLabel[role="area-text"] {{ color: {t.accent_text}; }}
    QMenu {{ background: {t.base}; color: {t.text}; border: 2px solid {t.border}; }}
    QMenu::item {{ padding: 12px 32px 12px 16px; min-height: {target - 24}px; }}
    QMenu::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}
    QMenu::item:disabled {{ color: {t.muted}; }}
    QLineEdit, QComboBox, QSpinBox {{
        min-height: {target}px; padding: 2px 8px; background: {t.base}; color: {t.text};
        border: 2px solid {t.border}; border-radius: 4px;
    }}
    QTreeView, QListView, QTextBrowser, QTableView {{
        background: {t.base}; color: {t.text}; border: 2px solid {t.border};
        selection-background-color: {t.accent}; selection-color: {t.accent_text};
    }}
    QTreeView::item, QListView::item {{ min-height: {target}px; }}
    QCheckBox, QRadioButton {{ min-height: {target}px; spacing: 10px; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: {INDICATOR_PX}px; height: {INDICATOR_PX}px;
        background: {t.base}; border: 2px solid {t.border};
    }}
    QCheckBox::indicator {{ border-radius: 3px; }}
    QRadioButton::indicator {{ border-radius: {INDICATOR_PX // 2 + 1}px; }}
    QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; image: url({marks["check"]}); }}
    QRadioButton::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; image: url({marks["dot"]}); }}
    QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 3px solid {t.focus}; }}
    QLabel[role="subtitle"] {{ color: {t.muted}; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QFrame[role="notice"] {{ background: {t.notice_bg}; border: 2px solid {t.border}; border-radius: 6px; }}
    QFrame[role="notice"] QLabel {{ color: {t.notice_text}; }}
    QFrame[role="warning"] {{ background: {t.warning_bg}; border: 3px solid {t.warning_text}; border-radius: 6px; }}
    QFrame[role="warning"] QLabel {{ color: {t.warning_text}; }}
    QFrame[role="emergency"] {{
        background: {t.emergency_bg}; border: 5px double {t.emergency_text}; border-radius: 2px;
    }}
    QFrame[role="emergency"] QLabel {{ color: {t.emergency_text}; }}
    QFrame[role="toolbar"] {{ background: {t.window}; border-bottom: 2px solid {t.border}; }}
    QLabel[speaking="true"], QFrame[speaking="true"] {{ background: {t.accent}; color: {t.accent_text}; }}
    """


def role_font(widget: QWidget, base: QFont) -> QFont:
    """The font a widget should have at this base font: its role's size and weight."""
    font = QFont(base)
    role = widget.property("role")
    factor, bold = ROLE_FONTS.get(role, (1.0, False)) if isinstance(role, str) else (1.0, False)
    if not bold and isinstance(widget, QLabel):
        parent = widget.parentWidget()
        bold = parent is not None and parent.property("role") in BOLD_INSIDE
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def install_style_after_first_paint(app: QApplication, scale: int) -> None:
    """What `apply(first_paint=...)` left out: the role style, then every widget's font again.

    Installing a style re-polishes every widget, and the style sheet's re-polish puts
    back fonts saved before (as in `apply`), so the fonts are set once more after it.
    """
    install_style(app)
    apply_fonts(app, scale)


def install_style(app: QApplication) -> None:
    """Once per application: the style that gives role fonts to widgets made from now on.

    Start-up installs it only after the first paint (see `apply`'s `first_paint`).
    """
    # app.style() answers the style sheet's wrapper, not RoleStyle: remember by a property.
    if not app.property("clinicapp-role-style"):
        from clinicapp.ui.common.role_style import RoleStyle

        app.setStyle(RoleStyle())
        app.setProperty("clinicapp-role-style", True)


def apply_fonts(app: QApplication, scale: int) -> None:
    """Every existing widget takes the text size at once, without re-polishing any of them."""
    base = base_font(app, scale)
    app.setFont(base)  # widgets made from now on start from it
    _set_role_fonts(app.allWidgets(), base)


def _set_role_fonts(widgets: Iterable[QWidget], base: QFont) -> None:
    for widget in widgets:
        wanted = role_font(widget, base)
        if widget.font() != wanted:
            widget.setFont(wanted)


def base_font(app: QApplication, scale: int) -> QFont:
    """The application font at a text size."""
    base = QFont(app.font())
    base.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    return base


def apply_role_fonts(window: QWidget, base: QFont) -> None:
    """Role fonts for a window not yet shown, touching only the kinds of widget a role is given to.

    `app.allWidgets()` (apply_fonts) would hand Qt's private widgets to Python (see `apply`).
    """
    for kind in (QLabel, QAbstractButton, QLineEdit):
        _set_role_fonts(window.findChildren(kind), base)


def apply(app: QApplication, high_contrast: bool, scale: int, *, first_paint: QWidget | None = None) -> Theme:
    """Apply a theme and text size to the whole application; returns the theme.

    The style sheet is set only when the theme changes (it does not depend on the text size).
    first_paint: the window about to be painted for the first time. Its role fonts are
    set directly and `RoleStyle` is left for the caller to install after that paint:
    with a Python style every widget Qt polishes is handed to Python, and the first of
    Qt's own private widgets handed over (a scroll bar's container) makes PySide set up
    ~70 widget classes' enums to find its type, ~25 ms before anything is on screen.
    """
    theme = theme_for(high_contrast)
    if first_paint is None:
        install_style(app)
    else:  # before any style sheet, the application font still reaches every widget
        app.setFont(base_font(app, scale))
    sheet = style_sheet(theme)
    if app.styleSheet() != sheet:
        app.setPalette(palette_for(theme))
        app.setStyleSheet(sheet)  # its re-polish may put back fonts saved before: set them after
    if first_paint is None:
        apply_fonts(app, scale)
    else:
        apply_role_fonts(first_paint, app.font())
    return theme


def role_label(text: str = "", role: str = "subtitle", parent: QWidget | None = None) -> QLabel:
    """A wrapping plain-text label styled by the style sheet's role (title, subtitle, muted...).

    Colours and sizes live in one place, the style sheet; a page only names the role.
    Plain text because most of what these labels show comes from content or settings.
    """
    label = plain_label(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


# -- text from outside the code ------------------------------------------------------
# A QLabel in its default (auto) format renders anything that looks like HTML,
# including <img> on local files: "/dev/zero" aborts the process and a named
# pipe hangs it. Every label that carries text from content, settings or a
# person goes through these helpers, which fix the format to plain text.
HEADING_MAX_CHARS = 80


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text literally, never as markup."""
    label = QLabel(parent)
    set_plain(label, text)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Show text literally in a label (format fixed first, so markup is never parsed)."""
    label.setProperty("textFormat", PLAIN_TEXT)  # Qt.TextFormat.PlainText, without the Qt namespace
    label.setText(text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows text literally: tooltips render rich text whenever it looks like HTML."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    import html  # here: html.entities' table is not needed for the first paint

    return f"<p>{html.escape(text)}</p>"


def shorten(text: str, limit: int = HEADING_MAX_CHARS) -> str:
    """One line of at most `limit` characters, with "…" when cut (a 30,000-character paste stays readable)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
