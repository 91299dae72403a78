"""Start-up paints the home screen from the clinic profile and reads the rest of the library afterwards.

Each test runs the real `app.run()`; only `QApplication.exec` is replaced by a
short loop of the test's own, so the test sees the window as a person would
in its first moments: painted, with the library still to be read.
"""

from __future__ import annotations

import logging
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from clinicapp.content import yamlsafe

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "content"


class PaintSpy(QObject):
    """What the window held when its first frame was painted."""

    def __init__(self, window, files_read: list[Path]) -> None:
        super().__init__(window)
        self.window = window
        self.files_read = files_read
        self.at_first_paint: dict[str, object] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at_first_paint is None:
            self.at_first_paint = {
                "library_loaded": self.window.context.library_loaded,
                "files": list(self.files_read),
                "home": home_texts(self.window),
                "fonts": home_fonts(self.window),
                "role_style": bool(QApplication.instance().property("clinicapp-role-style")),
                "shortcuts": len(self.window.shortcuts),
            }
        return False


def home_texts(window) -> dict[str, object]:
    """Everything the patient reads on the home screen, and where the three choices sit."""
    home = window.home
    return {
        "title": window.windowTitle(),
        "labels": [label.text() for label in home.findChildren(QLabel) if label.isVisibleTo(home)],
        "buttons": {loc: (b.text(), b.geometry().getRect()) for loc, b in home.buttons.items()},
        "languages": list(home.language_buttons),
    }


def home_fonts(window) -> list[tuple[str, float, bool]]:
    """Every label's and the search box's font on the first screen: (text, point size, bold)."""
    labels = [(w.text(), w.font()) for part in (window.top_bar, window.home) for w in part.findChildren(QLabel)]
    fields = [(w.placeholderText(), w.font()) for w in window.top_bar.findChildren(QLineEdit)]
    return [(text, font.pointSizeF(), font.bold()) for text, font in labels + fields]


@pytest.fixture
def started(qapp, qtbot, tmp_path, monkeypatch):
    """started(during, *argv, content=FIXTURE) -> (window, log messages, content files read).

    `during(window)` runs in place of the event loop, right after the window was shown.
    """
    import clinicapp.app as app_module
    from clinicapp.app import run
    from clinicapp.cli import build_parser
    from clinicapp.logging_setup import remove_handlers
    from clinicapp.ui.kiosk.controller import KioskController
    from clinicapp.ui.shell.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    files_read: list[Path] = []
    real_load = yamlsafe.load

    def load(path, *args, **kwargs):
        files_read.append(Path(path))
        return real_load(path, *args, **kwargs)

    monkeypatch.setattr(yamlsafe, "load", load)
    reads: list[str] = []
    real_load_content = app_module.load_content

    def load_content(requested, language="en"):
        reads.append(language)
        return real_load_content(requested, language)

    monkeypatch.setattr(app_module, "load_content", load_content)
    real_load_content_steps = app_module.load_content_steps

    def load_content_steps(requested, language="en"):
        reads.append(language)
        return (yield from real_load_content_steps(requested, language))

    monkeypatch.setattr(app_module, "load_content_steps", load_content_steps)
    windows: list[MainWindow] = []
    real_show = MainWindow.show

    def show(self) -> None:
        windows.append(self)
        self.spy = PaintSpy(self, files_read)
        self.installEventFilter(self.spy)
        real_show(self)

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(KioskController, "start", lambda self: windows.append(self.window))  # never shown: no paint
    during_exec: list[Callable] = []
    monkeypatch.setattr(type(qapp), "exec", lambda self: during_exec[0](windows[0]) or 0)
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    def go(during: Callable, *argv: str, content: Path = FIXTURE):
        during_exec.append(during)
        keep = Keep()
        logging.getLogger("clinicapp").addHandler(keep)
        root_level = logging.getLogger().level
        try:
            assert run(build_parser().parse_args([*argv, "--content", str(content)])) == 0
        finally:
            logging.getLogger("clinicapp").removeHandler(keep)
            remove_handlers()
            logging.getLogger().setLevel(root_level)
        window = windows[0]
        window.reads = reads
        return window, records

    yield go
    for window in windows:
        window.close_guard = None
        window.deleteLater()


def test_home_is_painted_from_the_clinic_profile_before_the_library_is_read(started, qtbot):
    seen: dict[str, object] = {}

    def during(window) -> None:
        qtbot.waitUntil(lambda: window.spy.at_first_paint is not None, timeout=5000)
        qtbot.waitUntil(lambda: window.context.library_loaded, timeout=5000)
        qtbot.wait(50)  # the pass after the read: anything that would move on screen has moved
        seen["after"] = home_texts(window)

    window, _ = started(during, "--clinician")
    first = window.spy.at_first_paint
    assert first["library_loaded"] is False
    # Only the clinic profile was read for the first frame, then everything else.
    assert [p.name for p in first["files"] if FIXTURE in p.parents] == ["clinic.yaml"]
    assert "Riverside" in first["home"]["title"] or first["home"]["title"] == window.context.clinic.name
    assert any(window.context.clinic.name == text for text in first["home"]["labels"])
    # Nothing the patient sees changes once the library is in: same words, same places.
    assert seen["after"] == first["home"]
    assert window.context.library.topics and window.reads == ["en"]


@pytest.fixture
def no_role_style_yet(qapp):
    """The application as a new process has it: without the role style (another test may have installed it)."""
    from PySide6.QtWidgets import QStyleFactory

    from clinicapp.ui.common import theme

    qapp.setStyleSheet("")
    qapp.setStyle(QStyleFactory.create("Fusion"))
    qapp.setProperty("clinicapp-role-style", False)
    yield
    theme.install_style(qapp)


def test_the_first_paint_has_every_role_font_without_the_role_style_which_comes_right_after(
    started, qtbot, no_role_style_yet
):
    """The role style (a Python QProxyStyle) costs ~35 ms before the first paint; the fonts must not show it."""
    from clinicapp.ui.common.theme import role_label

    seen: dict[str, object] = {}

    def during(window) -> None:
        qtbot.waitUntil(lambda: window.spy.at_first_paint is not None, timeout=5000)
        qtbot.waitUntil(lambda: bool(QApplication.instance().property("clinicapp-role-style")), timeout=5000)
        qtbot.wait(50)
        seen["after"] = home_fonts(window)
        late = role_label("Made after the paint", "title", window.home)  # a page built in the background
        late.show()
        seen["late"] = (late.font().pointSizeF(), late.font().bold(), window.home.clinic_name.font().pointSizeF())

    window, _ = started(during, "--clinician")
    first = window.spy.at_first_paint
    assert first["role_style"] is False  # not installed before the paint...
    title = window.home.clinic_name.text()
    sizes = {text: (size, bold) for text, size, bold in first["fonts"]}
    base = sizes["Search topics and words"][0]
    assert sizes[title] == (base * 2, True)  # ...yet the title already has its role font
    assert seen["after"] == first["fonts"]  # and installing it afterwards changes no font on screen
    late_size, late_bold, title_size = seen["late"]
    assert (late_size, late_bold) == (title_size, True)  # widgets made later get their role font from it


def test_presentation_mode_is_ready_right_after_the_first_paint_and_not_in_a_kiosk(started, qtbot):
    """F11's module waits for the paint (it is not needed to show home), then works as before."""
    from PySide6.QtCore import Qt

    from clinicapp.ui.kiosk.controller import PresentationMode

    seen: dict[str, object] = {}

    def during(window) -> None:
        qtbot.waitUntil(lambda: window.spy.at_first_paint is not None, timeout=5000)
        qtbot.waitUntil(lambda: bool(window.findChildren(PresentationMode)), timeout=5000)
        qtbot.keyClick(window, Qt.Key.Key_F11)
        seen["presenting"] = window.session.presenting
        qtbot.keyClick(window, Qt.Key.Key_F11)

    window, _ = started(during, "--clinician")
    assert seen["presenting"] is True and not window.session.presenting
    assert len(window.findChildren(PresentationMode)) == 1


def test_the_keyboard_shortcuts_are_made_right_after_the_first_paint(started, qtbot):
    """QKeySequence and QShortcut wait for the paint (nobody can press a key before it), then work."""
    from PySide6.QtCore import Qt

    seen: dict[str, object] = {}

    def during(window) -> None:
        qtbot.waitUntil(lambda: window.spy.at_first_paint is not None, timeout=5000)
        qtbot.waitUntil(lambda: bool(window.shortcuts), timeout=5000)
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Compare, from anywhere
        seen["after"] = window.current_location()

    window, _ = started(during, "--clinician")
    assert window.spy.at_first_paint["shortcuts"] == 0
    assert seen["after"] == "compare"
    window.build_shortcuts()  # a second call makes none twice
    assert len({s.key().toString() for s in window.shortcuts}) == len(window.shortcuts)


def test_an_area_tapped_before_the_library_is_read_waits_for_it_and_shows_its_page(started, qtbot):
    from clinicapp.ui.checklist.page import ChecklistPage

    shown: dict[str, object] = {}

    def during(window) -> None:
        assert not window.context.library_loaded  # the tap comes first
        assert window.go("checklist")
        shown["page"] = window.stack.currentWidget()
        shown["loaded"] = window.context.library_loaded
        qtbot.wait(700)  # the after-paint read and the background builds run: nothing is read twice

    window, _ = started(during, "--clinician")
    page = shown["page"]
    assert shown["loaded"] and isinstance(page, ChecklistPage)
    section = window.context.library.checklist.sections[0].title
    assert any(label.text() == section for label in page.findChildren(QLabel))
    assert window.reads == ["en"]


def test_content_errors_read_after_the_first_paint_still_reach_staff(started, qtbot, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    broken = sorted((content / "en" / "topics").glob("*.yaml"))[0]
    broken.write_text(broken.read_text(encoding="utf-8").replace("title:", "title: [unclosed", 1), encoding="utf-8")
    lines: dict[str, list[str]] = {}

    def during(window) -> None:
        lines["at_start"] = window.staff_lines()
        qtbot.waitUntil(lambda: window.context.library_loaded, timeout=5000)
        lines["after"] = window.staff_lines()
        lines["strip"] = [window.notice_label.text()] if window.notice.isVisible() else []

    window, records = started(during, "--clinician", content=content)
    assert not any("content problems found" in line for line in lines["at_start"])
    notice = f"content problems found: {window.context.error_count}"
    assert window.context.error_count >= 1 and any(notice in line for line in lines["after"])
    assert notice in lines["strip"][0]
    assert any(m.startswith("content: ") and f"{broken}:2:" in m for m in records), records


def test_a_kiosk_in_doubt_starts_locked_before_the_library_is_read(started, qtbot, tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text("kiosk: ture\n", encoding="utf-8")
    state: dict[str, object] = {}

    def during(window) -> None:
        state["loaded"] = window.context.library_loaded
        state["closed"] = window.close()
        qtbot.waitUntil(lambda: window.context.library_loaded, timeout=5000)  # no paint: the fallback reads it
        state["closed_after"] = window.close()

    window, _ = started(during, "--config", str(config))
    assert window.context.kiosk
    assert state == {"loaded": False, "closed": False, "closed_after": False}


def test_the_read_after_the_first_paint_takes_several_turns_and_a_tap_midway_gets_a_whole_page(
    started, qtbot, monkeypatch
):
    """No single turn reads the whole library; a tap that comes between two pieces finishes it."""
    from clinicapp.ui.checklist.page import ChecklistPage
    from clinicapp.ui.shell import first_paint

    monkeypatch.setattr(first_paint, "READ_BUDGET_S", 0.0)  # one piece a turn: the count does not hang on speed
    seen: dict[str, object] = {"turns": 0, "loaded_signals": 0}

    def during(window) -> None:
        context = window.context
        context.libraryLoaded.connect(lambda: seen.__setitem__("loaded_signals", seen["loaded_signals"] + 1))
        real_step = context.load_library_step

        def step(budget: float = 0.0) -> bool:
            seen["turns"] += 1
            if seen["turns"] == 6:  # some files read, most not: the patient taps the checklist
                seen["files_before_tap"] = len(window.spy.files_read)
                assert not context.library_loaded
                assert window.go("checklist")
                seen["page"] = window.stack.currentWidget()
                seen["loaded_at_tap"] = context.library_loaded
            return real_step(budget)

        context.load_library_step = step
        qtbot.waitUntil(lambda: "page" in seen and context.library_loaded, timeout=5000)
        qtbot.wait(300)  # the background builds run: nothing is read twice

    window, _ = started(during, "--clinician")
    page = seen["page"]
    assert seen["loaded_at_tap"] and isinstance(page, ChecklistPage)
    section = window.context.library.checklist.sections[0].title
    assert any(label.text() == section for label in page.findChildren(QLabel))
    assert 2 <= seen["files_before_tap"] < len(window.spy.files_read)  # the tap came mid-read
    assert seen["turns"] == 6  # the tap read the rest: no more turns of reading after it
    assert seen["loaded_signals"] == 1 and window.reads == ["en"]


def test_the_home_page_is_laid_out_once_its_fonts_are_final(qapp, qtbot, context, no_role_style_yet):
    """Placing home in the page stack shows it, which polishes it and measures every label: not
    before the style sheet and role fonts (that work was thrown away, ~18 M instructions)."""
    from PySide6.QtCore import Qt

    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.main_window import MainWindow

    window = MainWindow(context, default_areas())
    qtbot.addWidget(window)
    polished = Qt.WidgetAttribute.WA_WState_Polished
    assert window.stack.indexOf(window.home) < 0 and not window.home.testAttribute(polished)
    window.apply_appearance(first_paint=True)
    assert window.stack.currentWidget() is window.home
    title = window.home.clinic_name.font()
    assert title.bold() and title.pointSizeF() == 2 * qapp.font().pointSizeF()  # its role font came first


def test_a_window_shown_without_its_appearance_still_shows_home(qtbot, context):
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.main_window import MainWindow

    window = MainWindow(context, default_areas())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.home and window.home.isVisible()
    assert window.current_location() == "home"
