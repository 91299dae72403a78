"""Text and UI contrast in both themes, computed from what the app applies.

WCAG 2.2: 4.5:1 for text, 3:1 for large text and for UI parts such as
borders and the focus ring. The colours are read back from the application
palette and the generated style sheet, not from constants, so a theme edit
that only changes the style sheet is caught too.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from clinicapp.ui.common import theme


def luminance(colour: str) -> float:
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


TEXT_PAIRS = [
    ("text", "window"), ("text", "base"), ("muted", "window"), ("muted", "base"),
    ("button_text", "button"), ("accent_text", "accent"), ("link", "base"),
    ("warning_text", "warning_bg"), ("notice_text", "notice_bg"), ("emergency_text", "emergency_bg"),
]  # fmt: skip
UI_PAIRS = [("focus", "window"), ("focus", "base"), ("focus", "button"), ("border", "window"), ("border", "base")]


@pytest.mark.parametrize("high_contrast", [False, True])
def test_contrast_of_the_theme_in_use(qapp, high_contrast):
    applied = theme.apply(qapp, high_contrast, 100)
    palette = qapp.palette()
    sheet = qapp.styleSheet()
    # what is applied is what the theme says
    assert palette.color(QPalette.ColorRole.WindowText).name() == applied.text
    assert palette.color(QPalette.ColorRole.Window).name() == applied.window
    for name in ("text", "window", "accent", "focus", "warning_bg", "emergency_bg", "emergency_text"):
        assert getattr(applied, name) in sheet
    minimum_text = 7.0 if high_contrast else 4.5
    failures = [
        (f, b, round(ratio(getattr(applied, f), getattr(applied, b)), 2))
        for f, b in TEXT_PAIRS
        if ratio(getattr(applied, f), getattr(applied, b)) < minimum_text
    ]
    failures += [
        (f, b, round(ratio(getattr(applied, f), getattr(applied, b)), 2))
        for f, b in UI_PAIRS
        if ratio(getattr(applied, f), getattr(applied, b)) < 3.0
    ]
    assert failures == []


def test_every_colour_in_the_style_sheet_comes_from_the_theme(qapp):
    for high_contrast in (False, True):
        applied = theme.apply(qapp, high_contrast, 150)
        colours = set(re.findall(r"#[0-9a-fA-F]{6}", qapp.styleSheet()))
        known = {getattr(applied, name) for name in applied._fields if name != "name"}
        assert colours <= known


def test_ratio_formula_matches_wcag_examples():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
