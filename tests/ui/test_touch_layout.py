"""Issue 16: layouts that reflow with the text size, and a text size change that does not re-polish the app."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from clinicapp.ui import theme


def test_text_size_change_keeps_the_style_sheet_and_scales_role_fonts(window, qtbot):
    app = QApplication.instance()
    sheet = app.styleSheet()
    title = window.home.clinic_name
    base_before = app.font().pointSizeF()
    assert title.font().pointSizeF() == base_before * 2 and title.font().bold()
    window.session.set_text_scale(200)
    qtbot.wait(10)
    # One app-wide setStyleSheet re-polishes every widget (over a second with every area built):
    # the sheet must not depend on the text size.
    assert app.styleSheet() == sheet
    base = app.font().pointSizeF()
    assert base == theme.BASE_POINT_SIZE * 2
    assert title.font().pointSizeF() == base * 2 and title.font().bold()
    assert window.search_field.font().pointSizeF() == base
    # A label made after the change starts at the new size, with its role's size once polished.
    late = theme.role_label("late", "subtitle", window.home)
    window.home.layout().addWidget(late)
    qtbot.wait(10)
    assert late.isVisible() and late.font().pointSizeF() == base * 1.2


def test_contrast_change_sets_the_sheet_and_keeps_the_fonts(window, qtbot):
    app = QApplication.instance()
    window.session.set_text_scale(150)
    sheet = app.styleSheet()
    window.session.set_high_contrast(True)
    qtbot.wait(10)
    assert app.styleSheet() != sheet
    assert window.home.clinic_name.font().pointSizeF() == theme.BASE_POINT_SIZE * 1.5 * 2
    plain = [w for w in window.home.findChildren(QLabel) if w.property("role") == "muted" and w.isVisible()]
    assert plain and all(w.font().pointSizeF() == theme.BASE_POINT_SIZE * 1.5 for w in plain)
