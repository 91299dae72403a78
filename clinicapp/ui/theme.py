"""Palettes, text size and the application style sheet.

One style sheet for the whole app is rebuilt whenever the text size or theme
changes, so every area reflows at once and no widget carries its own colours.
Both themes keep text contrast at 4.5:1 or more (7:1 in high contrast).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from clinicapp.paths import resource

BASE_POINT_SIZE = 12.0
MIN_TARGET_PX = 44  # WCAG 2.5.5 / platform touch guidance, at 100% text


@dataclass(frozen=True, slots=True)
class Theme:
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


def style_sheet(theme: Theme, scale: int) -> str:
    """The whole app's style sheet for a theme at a text size (percent)."""
    pt = BASE_POINT_SIZE * scale / 100
    marks = _indicator_marks(theme)
    target = MIN_TARGET_PX * scale // 100
    t = theme
    return f"""
    QWidget {{ font-size: {pt:.1f}pt; color: {t.text}; }}
    QMainWindow, QDialog, QStackedWidget > QWidget {{ background: {t.window}; }}
    QPushButton, QToolButton {{
        min-height: {target}px; min-width: {target}px; padding: 4px 12px;
        background: {t.button}; color: {t.button_text};
        border: 2px solid {t.border}; border-radius: 6px;
    }}
    QPushButton:checked, QToolButton:checked {{ background: {t.accent}; color: {t.accent_text}; }}
    QPushButton:disabled, QToolButton:disabled {{ color: {t.muted}; border-style: dashed; }}
    QPushButton:focus, QToolButton:focus, QLineEdit:focus, QTreeView:focus, QListView:focus,
    QTextBrowser:focus, QComboBox:focus, QCheckBox:focus, QRadioButton:focus, QSlider:focus,
    QSpinBox:focus {{ border: 3px solid {t.focus}; }}
    QPushButton[role="area"] {{
        font-size: {pt * 1.5:.1f}pt; font-weight: bold; text-align: left;
        padding: 16px 24px; min-height: {target * 2}px;
        background: {t.accent}; color: {t.accent_text}; border-color: {t.accent};
    }}
    QPushButton[role="area"]:focus {{ border: 4px solid {t.focus}; }}
    QLabel[role="area-title"] {{ font-size: {pt * 1.5:.1f}pt; font-weight: bold; color: {t.accent_text}; }}
    QLabel[role="area-text"] {{ font-size: {pt * 1.2:.1f}pt; color: {t.accent_text}; }}
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
        width: {target // 2}px; height: {target // 2}px;
        background: {t.base}; border: 2px solid {t.border};
    }}
    QCheckBox::indicator {{ border-radius: 3px; }}
    QRadioButton::indicator {{ border-radius: {target // 4 + 1}px; }}
    QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; image: url({marks["check"]}); }}
    QRadioButton::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; image: url({marks["dot"]}); }}
    QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 3px solid {t.focus}; }}
    QLabel[role="title"] {{ font-size: {pt * 2:.1f}pt; font-weight: bold; }}
    QLabel[role="subtitle"] {{ font-size: {pt * 1.2:.1f}pt; color: {t.muted}; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QFrame[role="notice"] {{ background: {t.notice_bg}; border: 2px solid {t.border}; border-radius: 6px; }}
    QFrame[role="notice"] QLabel {{ color: {t.notice_text}; }}
    QFrame[role="warning"] {{ background: {t.warning_bg}; border: 3px solid {t.warning_text}; border-radius: 6px; }}
    QFrame[role="warning"] QLabel {{ color: {t.warning_text}; font-weight: bold; }}
    QFrame[role="emergency"] {{
        background: {t.emergency_bg}; border: 5px double {t.emergency_text}; border-radius: 2px;
    }}
    QFrame[role="emergency"] QLabel {{ color: {t.emergency_text}; font-weight: bold; }}
    QLabel[role="banner-title"] {{ font-size: {pt * 1.3:.1f}pt; font-weight: bold; }}
    QFrame[role="toolbar"] {{ background: {t.window}; border-bottom: 2px solid {t.border}; }}
    """


def apply(app: QApplication, high_contrast: bool, scale: int) -> Theme:
    """Apply a theme and text size to the whole application; returns the theme."""
    theme = theme_for(high_contrast)
    app.setPalette(palette_for(theme))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme, scale))
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
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows text literally: tooltips render rich text whenever it looks like HTML."""
    return f"<p>{html.escape(text)}</p>" if QtGui.Qt.mightBeRichText(text) else text


def shorten(text: str, limit: int = HEADING_MAX_CHARS) -> str:
    """One line of at most `limit` characters, with "…" when cut (a 30,000-character paste stays readable)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
