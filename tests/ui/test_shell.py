"""The shell: areas, Back/Forward/Home, shortcuts and the staff notice."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clinicapp.content.model import Problem, Severity


def test_home_shows_clinic_name_and_one_button_per_area(window, context):
    assert window.stack.currentWidget() is window.home
    assert window.home.clinic_name.text() == context.library.clinic.name
    assert "topics" in window.home.buttons


def test_each_area_opens_with_one_tap_and_home_returns(window, qtbot):
    qtbot.mouseClick(window.home.buttons["topics"], Qt.MouseButton.LeftButton)
    assert window.current_location() == "topics"
    assert window.stack.currentWidget() is window.page("topics")
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def test_a_tap_on_a_home_choice_s_words_opens_it(window, context):
    """The title and description are labels inside the button; a tap on them reaches the button."""
    from PySide6.QtTest import QTest

    for location, part in (("topics", "title"), ("checklist", "description"), ("compare", "title")):
        window.go_home()
        label = getattr(window.home.buttons[location], part)
        centre = label.mapTo(window, label.rect().center())
        QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        assert window.current_location() == location, part


def test_what_the_first_paint_sets_as_ints_is_what_qt_reads(window):
    """Before the first paint enums are set through Qt's properties (ui/common/enum_values.py)."""
    assert window.home.disclaimer.alignment() == Qt.AlignmentFlag.AlignLeft
    assert window.home.disclaimer.textFormat() == Qt.TextFormat.PlainText
    assert window.notice_label.textFormat() == Qt.TextFormat.PlainText
    assert window.reset_cover.title.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.page_scroller.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert window.shortcuts and {s.context() for s in window.shortcuts} == {Qt.ShortcutContext.ApplicationShortcut}


def test_back_and_forward_walk_the_history(window):
    window.go("topics")
    window.go("topic:muscle-pain")
    window.go("glossary")
    window.go_back()
    assert window.current_location() == "topic:muscle-pain"
    assert window.page("topics").article.location == "topic:muscle-pain"
    window.go_back()
    window.go_back()
    assert window.stack.currentWidget() is window.home
    assert not window.back_button.isEnabled()
    window.go_forward()
    assert window.current_location() == "topics"
    assert window.forward_button.isEnabled()


def test_keyboard_shortcuts_reach_areas_from_anywhere(window, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_location() == "topics"
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.current_location() == "glossary"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_location() == "topics"
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.current_location() == "home"


def test_unknown_location_is_refused_and_changes_nothing(window):
    window.go("topics")
    assert not window.go("topic:does-not-exist")
    assert not window.go("nowhere")
    assert window.current_location() == "topics"


def test_no_notice_when_content_is_clean(window):
    assert not window.notice.isVisible()


def test_content_problems_show_a_small_staff_notice_not_a_dialog(show_window, fixture_result, qapp):
    from clinicapp.ui.common.context import AppContext

    problems = [
        Problem("en/topics/x.yaml", 3, 1, Severity.ERROR, "broken"),
        Problem("en/topics/y.yaml", 1, 1, Severity.ERROR, "broken too"),
    ]
    win = show_window(AppContext(fixture_result.library, problems))
    assert win.notice.isVisible()
    assert "content problems found: 2" in win.notice_label.text()
    assert qapp.activeModalWidget() is None
    # everything that loaded still works
    assert win.go("topic:muscle-pain")


def test_text_size_steps_to_200_percent_and_reflows(window, qapp):
    base = qapp.font().pointSizeF()
    for _ in range(10):
        window.step_text(+1)
    assert window.session.text_scale == 200
    assert not window.larger_button.isEnabled()
    assert qapp.font().pointSizeF() == base * 2
    assert window.text_size_label.text() == "200%"
    window.go("topic:muscle-pain")
    article = window.page("topics").article
    assert article.font().pointSizeF() >= base * 2 - 0.1
    for _ in range(10):
        window.step_text(-1)
    assert window.session.text_scale == 100
    assert not window.smaller_button.isEnabled()


def test_high_contrast_is_one_tap(window, qtbot, qapp):
    normal = qapp.palette().window().color().name()
    qtbot.mouseClick(window.contrast_button, Qt.MouseButton.LeftButton)
    assert window.session.high_contrast
    assert window.contrast_button.isChecked()
    assert qapp.palette().window().color().name() == "#000000"
    qtbot.mouseClick(window.contrast_button, Qt.MouseButton.LeftButton)
    assert qapp.palette().window().color().name() == normal
