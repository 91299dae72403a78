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


def whole_page(window, qtbot) -> None:
    """Wait for what a page makes just after its first show (the compare page's values panel)."""
    page = window.stack.currentWidget()
    if hasattr(page, "values_made"):
        qtbot.waitUntil(lambda: page.values_made, timeout=2000)


@pytest.mark.parametrize("location", AREAS)
def test_every_interactive_element_has_an_accessible_name(window, qtbot, location):
    window.search("pain")
    assert window.go(location)
    whole_page(window, qtbot)
    assert unnamed_interactive(window) == []


@pytest.mark.parametrize("location", AREAS)
def test_buttons_are_at_least_44_px_at_100_percent(window, qtbot, location):
    window.go(location)
    whole_page(window, qtbot)
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
    whole_page(window, qtbot)
    qtbot.wait(50)
    assert window.size().toTuple() == (1280, 800), "the window must not grow past the screen"
    assert clipped_widgets(window) == []
    small = [
        (b.accessibleName() or b.text(), b.width(), b.height())
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and (b.width() < 44 or b.height() < 44)
    ]
    assert small == []


# -- the new controls (issues 18 and 20): Listen, pictograms, the QR hand-off, the pack, the PIN pad -----
def _named_everywhere(window, qtbot) -> dict[str, list[str]]:
    """Open every screen with a new control on it; what a screen reader finds unnamed there."""
    from clinicapp.ui.common.takehome import TakeHomeDialog

    found: dict[str, list[str]] = {}
    session, library = window.session, window.context.library
    checklist = library.checklist
    for question in checklist.peg:
        session.set_peg(question.id, 5)
    session.set_warning_sign(checklist.warning_signs[0].id, True)
    screens = ["checklist", "compare"]
    for location in screens:
        assert window.go(location)
        qtbot.wait(10)
        found[location] = unnamed_interactive(window)
    window.page("compare").set_list_hidden(False)  # the picker, with its pictograms
    qtbot.wait(10)
    found["picker"] = unnamed_interactive(window)
    window.go("checklist")
    window.page("checklist").show_summary()
    qtbot.wait(10)
    assert window.page("checklist").summary.handoff.isVisible()
    found["summary with QR"] = unnamed_interactive(window)
    window.go("topic:muscle-pain")
    window.page("topics").handout.toggle_in_pack()
    dialog = TakeHomeDialog.open_for(window, window.context)
    qtbot.wait(10)
    found["take-home pack"] = unnamed_interactive(dialog)
    dialog.accept()
    return {k: v for k, v in found.items() if v}


def test_new_controls_are_named_on_every_screen(window, qtbot):
    assert _named_everywhere(window, qtbot) == {}


def test_listen_buttons_are_push_buttons_named_for_what_they_read(window, qtbot):
    """Listen is a button (not a toggle the reader calls "checked"), named with what it reads."""
    from clinicapp.ui.common.speech import ListenButton

    buttons = []
    for location in ("checklist", "compare"):
        window.go(location)
        qtbot.wait(10)
        buttons += [b for b in window.findChildren(ListenButton) if b.isVisible()]
    assert len(buttons) >= 6  # every checklist question and each option in the grid
    for button in buttons:
        iface = QAccessible.queryAccessibleInterface(button)
        name = iface.text(QAccessible.Text.Name)
        assert iface.role() == QAccessible.Role.PushButton, name
        assert button.what and button.what in name, (name, button.what)


def test_the_qr_code_is_a_named_graphic_with_its_explanation(window, qtbot):
    checklist = window.context.library.checklist
    for question in checklist.peg:
        window.session.set_peg(question.id, 5)
    window.go("checklist")
    window.page("checklist").show_summary()
    qtbot.wait(10)
    summary = window.page("checklist").summary
    iface = QAccessible.queryAccessibleInterface(summary.note_qr)
    assert iface.role() in (QAccessible.Role.Graphic, QAccessible.Role.StaticText)
    assert "QR" in iface.text(QAccessible.Text.Name)
    assert "scan" in (iface.text(QAccessible.Text.Description) + summary.note_help.text())


def test_the_pin_pad_keys_are_named(window, qtbot):
    from clinicapp.pin import PinGuard, hash_pin
    from clinicapp.ui.kiosk.pin_dialog import PinDialog

    dialog = PinDialog(window, PinGuard(hash_pin("246810")))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_interactive(dialog) == []
    dialog.reject()
