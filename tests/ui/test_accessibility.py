"""Every control is named for screen readers, reachable, and big enough to tap.

Walks the QAccessible tree Qt gives to AT-SPI (Linux), UIA (Windows) and
NSAccessibility (macOS), so what is checked is what a screen reader gets.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget

INTERACTIVE_ROLES = {
    QAccessible.Role.PushButton,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.EditableText,
    QAccessible.Role.ComboBox,
    QAccessible.Role.Slider,
    QAccessible.Role.SpinBox,
    QAccessible.Role.Link,
    QAccessible.Role.Tree,
    QAccessible.Role.List,
    QAccessible.Role.Table,
    QAccessible.Role.ButtonMenu,
    QAccessible.Role.ToolBar,
}
AREAS = ["home", "topics", "topic:muscle-pain", "therapy:stretching", "glossary", "search"]


def unnamed_interactive(root: QWidget) -> list[str]:
    """Describe every visible interactive accessible object that has no name."""
    missing = []
    stack = [QAccessible.queryAccessibleInterface(root)]
    seen = 0
    while stack and seen < 5000:
        iface = stack.pop()
        seen += 1
        if iface is None or not iface.isValid():
            continue
        state = iface.state()
        if iface.role() in INTERACTIVE_ROLES and not state.invisible and not iface.text(QAccessible.Text.Name).strip():
            obj = iface.object()
            missing.append(f"{iface.role().name} {type(obj).__name__} {obj.objectName() if obj else ''}")
        stack.extend(iface.child(i) for i in range(iface.childCount()))
    return missing


@pytest.mark.parametrize("location", AREAS)
def test_every_interactive_element_has_an_accessible_name(window, location):
    window.search("pain")
    assert window.go(location)
    assert unnamed_interactive(window) == []


@pytest.mark.parametrize("location", AREAS)
def test_buttons_are_at_least_44_px_at_100_percent(window, qtbot, location):
    window.go(location)
    qtbot.wait(10)
    small = [
        (b.accessibleName() or b.text(), b.width(), b.height())
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and (b.width() < 44 or b.height() < 44)
    ]
    assert small == []


def test_tab_order_of_the_top_bar_follows_reading_order(window):
    order, widget = [], window.home_button
    while widget not in order and len(order) < 200:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible():
            order.append(widget)
        widget = widget.nextInFocusChain()
    bar = [
        window.home_button,
        window.back_button,
        window.forward_button,
        *window.area_buttons.values(),
        window.search_field,
        window.smaller_button,
        window.larger_button,
        window.contrast_button,
    ]
    assert [w for w in order if w in bar] == bar


def test_the_walk_finds_an_unnamed_control(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(QLineEdit())
    root.show()
    assert len(unnamed_interactive(root)) == 1


FULL_AREAS = [*AREAS, "checklist", "compare"]


def clipped_widgets(window) -> list[str]:
    """Visible labels and buttons whose text needs more room than they were given."""
    from PySide6.QtWidgets import QLabel

    clipped = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed_h, needed_w = widget.heightForWidth(widget.width()), 0
            else:
                needed_h, needed_w = widget.sizeHint().height(), widget.sizeHint().width()
            if needed_h > widget.height() + 2 or needed_w > widget.width() + 2:
                clipped.append(
                    f"label {widget.text()[:40]!r}: needs {needed_w}x{needed_h}, has {widget.size().toTuple()}"
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint()
            if hint.width() > widget.width() + 2 or hint.height() > widget.height() + 2:
                clipped.append(f"button {widget.text()[:40]!r}: needs {hint.toTuple()}, has {widget.size().toTuple()}")
    return clipped


@pytest.mark.parametrize("location", FULL_AREAS)
def test_nothing_is_clipped_and_targets_stay_44px_at_200_percent(window, qtbot, location):
    window.session.set_text_scale(200)
    window.search("pain")
    assert window.go(location)
    qtbot.wait(50)
    assert window.size().toTuple() == (1280, 800), "the window must not grow past the screen"
    assert clipped_widgets(window) == []
    small = [
        (b.accessibleName() or b.text(), b.width(), b.height())
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and (b.width() < 44 or b.height() < 44)
    ]
    assert small == []
