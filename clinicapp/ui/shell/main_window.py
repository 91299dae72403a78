"""The shell: a top bar that is the same everywhere, and one page per area.

Every move goes through `go(location)`, which records it in the visit
session's history, so Back, Forward and Home behave the same whichever area
asked for the move. The shell finds the area by the location's scheme, as
declared in `areas.py`, and asks its page (a `ui.common.page.Page`) to show
it; it names no area itself. Area pages are built the first time they are
opened (or in the background after the first paint), so start-up pays only
for the home screen.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicapp.session import APPEARANCE_FIELDS, TEXT_SCALES, SessionChange
from clinicapp.ui.common import theme
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.enum_values import ALIGN_CENTER, SCROLL_BAR_ALWAYS_OFF
from clinicapp.ui.common.page import Page, scheme_of
from clinicapp.ui.common.theme import plain_label, role_label
from clinicapp.ui.shell.areas import Area
from clinicapp.ui.shell.top_bar import KEEP, TopBar

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut

log = logging.getLogger(__name__)
PREBUILD_GAP_MS = 10  # between background build slices: taps and paints go first
# After a tap has changed the page, the background build waits at least this long: the
# page the tap opened is laid out and painted first, not after a build slice that fell due.
TAP_PAUSE_MS = 150

HOME = "home"  # the shell's own first screen, not an area
SEARCH = "search"  # where the top bar's search box shows its results (the area serving it is in areas.py)


def clear_clipboards() -> None:
    """Empty the clipboard, the X11 selection (middle-click paste) and the macOS find buffer.

    Whatever the last patient copied or selected must not paste for the next one.
    """
    from PySide6.QtGui import QClipboard  # a reset needs it, the first paint does not

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    clipboard = app.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        clipboard.clear(QClipboard.Mode.FindBuffer)


class ResetCover(QWidget):
    """An opaque card over the whole window while a visit is reset (and while a failed one restarts).

    Opaque, not dimmed: nothing of the last visit may show through while it is cleared.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("reset-cover")
        self.setAutoFillBackground(True)
        self.title = role_label(role="title")
        self.message = role_label(role="subtitle")
        for label in (self.title, self.message):
            label.setProperty("alignment", ALIGN_CENTER)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addStretch(1)
        window.installEventFilter(self)
        self.hide()

    def cover(self, *, restarting: bool = False) -> None:
        """Show at once (painted now: the reset runs without returning to the event loop)."""
        self.title.setText(self.tr("One moment, please"))
        if restarting:
            self.message.setText(self.tr("The screen is starting again. This takes a few seconds."))
        else:
            self.message.setText(self.tr("Getting the screen ready for the next person."))
        self.setAccessibleName(f"{self.title.text()} {self.message.text()}")
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()
        self.repaint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._window.rect())
        return super().eventFilter(watched, event)


class PageStack(QStackedWidget):
    """A stack that asks only for the room its current page needs.

    QStackedWidget sizes itself for its largest page, so one tall page at
    200% text would make every page scroll. Width always follows the window
    (pages wrap their text); height may exceed it, and then the page scrolls.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is not None and page.property("scrollsItself"):
            return QSize(page.sizeHint().width(), 0)
        return page.sizeHint() if page is not None else super().sizeHint()

    def heightForWidth(self, width: int) -> int:
        # QStackedLayout answers the tallest page's height (every page, shown or not): ask the current one.
        page = self.currentWidget()
        if page is None or page.property("scrollsItself"):
            return 0
        return page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()

    def minimumSizeHint(self) -> QSize:
        # A page that scrolls its own content (a list, an article, the comparison grid) takes
        # exactly the window's height: scrolling it inside the page scroller would stack two
        # vertical scroll bars, and a finger would not know which one it drags.
        page = self.currentWidget()
        if page is not None and page.property("scrollsItself"):
            return QSize(page.minimumSizeHint().width(), 0)
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


def index_areas(areas: list[Area]) -> dict[str, Area]:
    """Areas by location; a scheme served twice (or the home screen claimed) is a wiring mistake, said at once."""
    by_location: dict[str, Area] = {}
    owner: dict[str, str] = {HOME: "the shell"}
    for area in areas:
        for scheme in (area.location, *area.schemes):
            if scheme in owner:
                raise ValueError(f"areas: {scheme!r} is served by both {owner[scheme]} and {area.location}")
            owner[scheme] = area.location
        by_location[area.location] = area
    return by_location


class MainWindow(QMainWindow):
    retranslated = Signal()  # after a language switch: anything added to the window relabels itself
    pageChanged = Signal()  # another page is on screen (the kiosk's idle watch re-arms on it)

    def __init__(self, context: AppContext, areas: list[Area], *, defer_shortcuts: bool = False) -> None:
        """defer_shortcuts: app.run makes the keyboard shortcuts on the turn after the first paint
        (`build_shortcuts`): nobody can press a key before the window shows, and QKeySequence and
        QShortcut are two more classes for PySide6 to set up first (~8 M instructions)."""
        super().__init__()
        self.context = context
        self.session = context.session
        self.areas = index_areas(areas)
        self.pages: dict[str, QWidget] = {}
        self._applied_style: tuple[tuple[bool, int], str] | None = None  # see apply_appearance
        self._close_guard: Callable[[], bool] | None = None  # kiosk mode: refuses to close until unlocked
        self._resetting = False
        self._prebuild = False  # see prebuild_areas
        self._made: tuple[str, QWidget] | None = None  # a page made in the background, not yet in the stack
        self._unrendered: QWidget | None = None  # added in the background, its layout and text not yet worked out
        self._import_failed: set[str] = set()  # Area.modules that could not be imported in the background
        self._prebuild_timer = QTimer(self)  # the next background build slice (one timer: one chain of slices)
        self._prebuild_timer.setSingleShot(True)
        self._prebuild_timer.timeout.connect(self._prebuild_tick)
        self.setWindowTitle(context.clinic.name or "clinicapp")  # the profile: the library may come later
        self.setAccessibleName(self.windowTitle())

        self.stack = PageStack()
        self.stack.currentChanged.connect(lambda _index: self.pageChanged.emit())
        self._build_home(place=False)  # placed once its fonts are final: see _place_home

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top_bar = self._build_top_bar()
        layout.addWidget(self.top_bar)
        # At 200% text a page can need more height than a small screen has;
        # the page area then scrolls instead of pushing the window off screen.
        self.page_scroller = QScrollArea()
        self.page_scroller.setWidgetResizable(True)
        self.page_scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroller.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.page_scroller.setWidget(self.stack)
        layout.addWidget(self.page_scroller, 1)
        self.staff_notes: list[str] = []
        layout.addWidget(self._build_notice())
        self.setCentralWidget(central)
        self.shortcuts: list[QShortcut] = []
        if not defer_shortcuts:
            self.build_shortcuts()
        self.reset_cover = ResetCover(self)

        context.navigateRequested.connect(self.go)
        context.appearanceChanged.connect(self.apply_appearance)
        context.sessionChanged.connect(self._on_session_changed)
        context.libraryLoaded.connect(self._show_staff_notes)  # its problems count for staff
        self._update_buttons()

    def _build_home(self, *, place: bool = True) -> None:
        from clinicapp.ui.shell.home import HomePage  # small; built now because it is shown first

        home_areas = [(a.location, a.title, a.description) for a in self.areas.values() if a.on_home]
        self.home = HomePage(self.context, home_areas)
        self.home.areaChosen.connect(self.go)
        self.home.languageChosen.connect(self.context.request_language)
        self.pages[HOME] = self.home
        if place:
            self._place_home()

    def _place_home(self) -> None:
        """Put the home page in the page stack, once its style sheet and fonts are final.

        Adding the first page to the stack shows it, and showing a widget polishes it and
        lays it out, measuring every wrapped label at up to four widths. Done in the
        constructor, before the style sheet and role fonts, all of that was thrown away
        and done again at the first show (18 M instructions, RESULTS.md "startup4").
        apply_appearance places it; a window shown without that places it when polished.
        """
        if self.stack.indexOf(self.home) < 0:
            self.stack.addWidget(self.home)

    # -- chrome ----------------------------------------------------------
    def _button(self, slot: Callable[[], object]) -> QPushButton:
        """A top-bar button; its texts are set by _label_top_bar."""
        button = QPushButton()
        button.clicked.connect(lambda _=False: slot())
        return button

    def _build_top_bar(self) -> TopBar:
        from clinicapp.ui.topics.search_field import SearchField

        bar = row = TopBar()
        bar.setProperty("role", "toolbar")
        self.home_button = self._button(self.go_home)
        self.back_button = self._button(self.go_back)
        self.forward_button = self._button(self.go_forward)
        self.area_buttons: dict[str, QPushButton] = {}
        for area in self.areas.values():
            if area.on_home:
                self.area_buttons[area.location] = self._button(partial(self.go, area.location))
        # The session holds the search text; the box writes every edit there at once (only the
        # query waits for a pause in typing) and shows whatever the session holds (see _on_session_changed).
        self.search_field = SearchField()
        self.search_field.textChanged.connect(self.session.set_search_text)
        self.search_field.searchRequested.connect(self.search)
        self.search_field.openTopHit.connect(self._open_top_hit)
        self.smaller_button = self._button(lambda: self.step_text(-1))
        self.text_size_label = plain_label()
        self.text_size_label.setProperty("role", "muted")
        self.larger_button = self._button(lambda: self.step_text(+1))
        self.contrast_button = self._button(lambda: self.session.set_high_contrast(not self.session.high_contrast))
        self.contrast_button.setCheckable(True)
        # One row at every size: what does not fit moves into "More", lowest priority first.
        row.add_widget(self.home_button, priority=KEEP)
        row.add_widget(self.back_button, priority=KEEP)
        row.add_widget(self.forward_button, priority=100)
        for rank, button in enumerate(self.area_buttons.values()):
            row.add_widget(button, priority=400 - 10 * rank)
        row.add_widget(self.search_field, expanding=True, priority=KEEP)
        size = self.text_size_label
        row.add_widget(
            self.smaller_button,
            priority=200,
            action_text=lambda: f"{self.smaller_button.accessibleName()} ({size.text()})",
        )
        row.add_widget(size, priority=180)
        row.add_widget(
            self.larger_button,
            priority=210,
            action_text=lambda: f"{self.larger_button.accessibleName()} ({size.text()})",
        )
        row.add_widget(self.contrast_button, priority=150)  # fmt: skip
        self.top_bar = bar
        self._label_top_bar()
        return bar

    def _label_top_bar(self) -> None:
        """Texts of the top bar, in the current language (again after a switch)."""
        labels = [
            (self.home_button, self.tr("Home"), self.tr("Home"), self.tr("Home (Alt+Home)")),
            (self.back_button, self.tr("‹ Back"), self.tr("Back"), self.tr("Back (Alt+Left)")),
            (self.forward_button, self.tr("Forward ›"), self.tr("Forward"), self.tr("Forward (Alt+Right)")),
            (self.smaller_button, self.tr("A−"), self.tr("Smaller text"), self.tr("Smaller text (Ctrl+-)")),
            (self.larger_button, self.tr("A+"), self.tr("Larger text"), self.tr("Larger text (Ctrl+=)")),
            (
                self.contrast_button,
                self.tr("Contrast"),
                self.tr("High contrast"),
                self.tr("High contrast (Ctrl+Shift+C)"),
            ),
        ]
        for location, button in self.area_buttons.items():
            area = self.areas[location]
            labels.append((button, area.short_title or area.title, area.title, f"{area.title} ({area.shortcut})"))
        for button, text, accessible, tip in labels:
            button.setText(text)
            button.setAccessibleName(accessible)
            button.setToolTip(tip)
        self.search_field.retranslate()
        self.top_bar.set_more_text(self.tr("More ▾"), self.tr("More controls"))

    def _build_notice(self) -> QFrame:
        """A small staff-facing line when content had problems; never a blocking dialog."""
        self.notice = QFrame()
        self.notice.setProperty("role", "notice")
        row = QHBoxLayout(self.notice)
        row.setContentsMargins(8, 2, 8, 2)
        self.notice_label = role_label(role="muted")
        row.addWidget(self.notice_label)
        self._show_staff_notes()
        return self.notice

    def staff_lines(self) -> list[str]:
        """Everything staff should know about this start (content problems, settings fallbacks)."""
        errors = self.context.error_count
        return ([self._problem_notice(errors)] if errors else []) + self.staff_notes

    def _show_staff_notes(self) -> None:
        """The strip at the bottom, in clinician mode only.

        A kiosk's screen belongs to patients: there the notes go to the log
        (app.run logs each) and to the staff PIN dialog, never onto the screen.
        """
        text = "\n".join(self.staff_lines())
        self.notice_label.setText(text)
        self.notice_label.setAccessibleName(text)
        self.notice.setVisible(bool(text) and not self.context.kiosk)

    def retranslate(self, areas: list[Area]) -> None:
        """Show every area in the language just installed, keeping the visit.

        Pages are rebuilt (lazily, as before) from the context's new library and
        the unchanged session, so answers, picks and history carry over.
        """
        location = self.session.history.current
        self.areas = index_areas(areas)
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        if self._made is not None:  # made in the background for the language left behind
            self._made[1].deleteLater()
            self._made = None
        self._unrendered = None
        self._build_home()
        self._label_top_bar()
        self.top_bar.relayout()
        self.setWindowTitle(self.context.clinic.name or "clinicapp")
        self._show_staff_notes()  # in the new language, with every note added since start
        if not self._show(location):
            self._show(HOME)
        self._update_buttons()
        self.apply_appearance()
        self.retranslated.emit()
        if self._prebuild:
            self.prebuild_areas()

    def _problem_notice(self, errors: int) -> str:
        return self.tr(
            "Staff: content problems found: {count}. Some pages may be missing. Details are in the log."
        ).format(count=errors)

    def sign_off_notice(self) -> str:
        """Staff line shown until the clinic records its medical sign-off of the content."""
        return self.tr(
            "Staff: this content has not been signed off by the clinic yet. "
            "See docs/CLINICAL-REVIEW.md, then set approved_by and approved_on."
        )

    def add_top_bar_control(self, widget: QWidget, priority: int) -> None:
        """A control another part of the app adds to the top bar (the kiosk's Staff button).

        Low priorities are the first to move into the "More" menu when the row is full.
        """
        self.top_bar.add_widget(widget, priority=priority)

    def set_close_guard(self, guard: Callable[[], bool] | None) -> None:
        """Asked before the window closes; False keeps it open (kiosk mode until the staff PIN)."""
        self._close_guard = guard

    def add_staff_notice(self, text: str) -> None:
        """Add a line for staff (config or content fallbacks); see _show_staff_notes for where it shows."""
        self.staff_notes.append(text)
        self._show_staff_notes()

    def build_shortcuts(self) -> None:
        """The window's keyboard shortcuts, once (see __init__'s defer_shortcuts)."""
        if self.shortcuts:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        bindings: list[tuple[str | QKeySequence.StandardKey, Callable[[], object]]] = [
            ("Alt+Left", self.go_back),
            ("Alt+Right", self.go_forward),
            ("Alt+Home", self.go_home),
            ("Ctrl+F", self.focus_search),
            ("Ctrl+K", self.focus_search),
            ("Ctrl+=", lambda: self.step_text(+1)),
            ("Ctrl++", lambda: self.step_text(+1)),
            ("Ctrl+-", lambda: self.step_text(-1)),
            ("Ctrl+Shift+C", lambda: self.session.set_high_contrast(not self.session.high_contrast)),
        ]
        for area in self.areas.values():
            bindings.append((area.shortcut, partial(self.go, area.location)))
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    # -- navigation ------------------------------------------------------
    def prebuild_areas(self, delay_ms: int = 400) -> None:
        """Build the areas not yet built in the background, one per pass of the event loop.

        Building an area takes 100-300 ms on a clinic's 2-core machine (mostly Qt polishing
        a few hundred widgets); a patient's first tap should not pay it. Started once the
        window has painted, again after a language switch (pages are rebuilt then). A page
        built here holds nothing of the visit: pages read the session when shown.
        """
        self._prebuild = True
        self._prebuild_timer.start(delay_ms)

    def _prebuild_tick(self) -> None:
        self._prebuild_next()  # looked up on each call: the responsiveness bench times each slice

    def _pause_prebuild(self) -> None:
        """A tap changed the page: its layout and paint go before the next background slice."""
        if self._prebuild_timer.isActive():
            self._prebuild_timer.start(max(self._prebuild_timer.remainingTime(), TAP_PAUSE_MS))

    def _prebuild_next(self) -> None:
        """One slice per pass: make the next page; on the pass after, put it in the stack and polish
        it; on the next, render it once off screen.

        Shorter slices rather than one build: a tap that comes while the background works
        waits only for the slice under way (issue 16: a tap in the first second waited for a
        whole build of the compare page, 120-250 ms). The off-screen render lays the page out
        at the stack's size and shapes its text, which its first show otherwise does (a built
        compare page's show 58-75 -> 49-64 ms of CPU, the checklist's 46 -> 17).
        """
        if self._resetting:
            self._prebuild_timer.start(200)
            return
        made, self._made = self._made, None
        unrendered, self._unrendered = self._unrendered, None
        try:
            if unrendered is not None and unrendered is not self.stack.currentWidget():
                unrendered.resize(self.stack.size())
                unrendered.grab()  # the picture is dropped: the layout and text caches stay
            elif made is not None and made[0] not in self.pages:
                # Polished now too: a hidden widget is otherwise polished (style sheet matched)
                # on its first show, which was most of what was left of a first tap.
                self._add_page(*made).ensurePolished()
                self._unrendered = made[1]
            else:
                key = next((key for key in self._build_order() if key not in self.pages), None)
                if key is None:
                    return
                modules = self.areas[key].modules
                module = next((m for m in modules if m not in sys.modules and m not in self._import_failed), None)
                if module is not None:
                    self._import_piece(module)
                else:
                    self._made = (key, self._make_page(key))
        except Exception:  # never let a background build take the app down: it is built on use
            log.exception("building an area in the background failed")
            return
        self._prebuild_timer.start(PREBUILD_GAP_MS)  # let taps and paints in between

    def _import_piece(self, module: str) -> None:
        """One of an area's modules, imported as a background slice of its own (see `Area.modules`)."""
        try:
            importlib.import_module(module)
        except Exception:  # a stale name in areas.py: the factory still imports what it needs
            log.exception("importing %s in the background failed", module)
        if module not in sys.modules:
            self._import_failed.add(module)

    def _build_order(self) -> list[str]:
        """Areas in the order the background builds them: `Area.build_first` highest first, then home order."""
        return sorted(self.areas, key=lambda key: -self.areas[key].build_first)  # sorted() keeps ties in order

    def _make_page(self, key: str) -> QWidget:
        """A new page for an area; a factory that makes no `Page` is a TypeError."""
        area = self.areas.get(key)
        if area is None:
            raise KeyError(key)
        page = area.factory(self.context, self.stack)  # its final parent: polished once, as it will be shown
        if not isinstance(page, Page):
            page.deleteLater()
            raise TypeError(f"area {key}: {type(page).__name__} is not a Page (show_location, reset)")
        return page

    def _add_page(self, key: str, page: QWidget) -> QWidget:
        self.pages[key] = page
        self.stack.addWidget(page)
        return page

    def page(self, key: str) -> QWidget:
        """The page for an area, built on first use (or taken from the background build)."""
        if key not in self.pages:
            if self._made is not None and self._made[0] == key:
                made, self._made = self._made, None
                return self._add_page(*made)
            self._add_page(key, self._make_page(key))
        return self.pages[key]

    def current_page(self) -> QWidget:
        """The page on screen (the home screen or an area's page)."""
        return self.stack.currentWidget() or self.home

    def area_for(self, location: str) -> Area | None:
        """The area whose page shows this location, by its scheme; None for home or an unknown scheme."""
        scheme = scheme_of(location)
        return next((area for area in self.areas.values() if area.serves(scheme)), None)

    def go(self, location: str) -> bool:
        """Move to a location and remember it for Back; False if it does not exist."""
        if not self._show(location):
            log.warning("no such location: %s", location)
            return False
        self.session.history.visit(location)
        self._update_buttons()
        return True

    def go_back(self) -> None:
        location = self.session.history.back()
        if location is not None:
            self._show(location)
        self._update_buttons()

    def go_forward(self) -> None:
        location = self.session.history.forward()
        if location is not None:
            self._show(location)
        self._update_buttons()

    def go_home(self) -> None:
        self.go(HOME)

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def current_location(self) -> str:
        return self.session.history.current

    def _show(self, location: str) -> bool:
        """Put the page for a location on screen; False when no area serves it or its page cannot show it."""
        if location == HOME:
            page: QWidget = self.home
        else:
            area = self.area_for(location)
            if area is None:
                return False
            page = self.page(area.location)
        if not isinstance(page, Page):  # page() builds only Pages: this narrows the type
            raise TypeError(f"{type(page).__name__} is not a Page")
        if not page.show_location(location):
            return False
        if page is not self.stack.currentWidget():
            self._pause_prebuild()
        self.stack.setCurrentWidget(page)
        return True

    def _update_buttons(self) -> None:
        history = self.session.history
        self.back_button.setEnabled(history.can_go_back)
        self.forward_button.setEnabled(history.can_go_forward)
        current = self.area_for(history.current)
        for location, button in self.area_buttons.items():
            button.setCheckable(True)
            button.setChecked(current is not None and current.location == location)

    def _on_session_changed(self, aspect: SessionChange) -> None:
        """The search box shows the session's text; Start over also clears the pages not on screen."""
        if self.search_field.text() != self.session.search_text:
            self.search_field.setText(self.session.search_text)  # setText: no undo back to the old search
        if aspect != SessionChange.CLEARED:
            return
        for key, page in list(self.pages.items()):
            if page is not self.stack.currentWidget():
                try:
                    self._reset_page(key, page)
                except Exception:
                    log.exception("clearing page %s failed", key)
        self._update_buttons()

    # -- search ----------------------------------------------------------
    def search(self, text: str) -> None:
        """Show the results for this text (the box calls it after a pause in typing, and on Enter)."""
        self.session.set_search_text(text)
        if text.strip() or self.current_location() == SEARCH:
            self.go(SEARCH)  # on the results already: go() shows them again for the new text

    def _open_top_hit(self) -> None:
        if self.session.search_text.strip():
            self.context.request_top_hit()

    # -- appearance ------------------------------------------------------
    def step_text(self, step: int) -> None:
        index = TEXT_SCALES.index(self.session.text_scale) + step
        if 0 <= index < len(TEXT_SCALES):
            self.session.set_text_scale(TEXT_SCALES[index])

    def apply_appearance(self, *, first_paint: bool = False) -> None:
        """The session's theme and text size on every widget.

        first_paint: the window has never been shown; the caller installs the role
        style after its first paint (`theme.apply`). The home page goes into the window
        here, after its fonts (`_place_home`).
        """
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Restyling re-polishes every widget (~50-90 ms with all areas open). A visit
            # reset asks twice and mostly changes nothing, so restyle only on a change.
            wanted = (self.session.high_contrast, self.session.text_scale)
            if self._applied_style != (wanted, app.styleSheet()):
                theme.apply(app, *wanted, first_paint=self if first_paint else None)
                self._applied_style = (wanted, app.styleSheet())
            if first_paint:  # not in the window yet, so not found by apply's walk: its role fonts, then its place
                theme.apply_role_fonts(self.home, app.font())
        self._place_home()
        scale = self.session.text_scale
        self.text_size_label.setText(f"{scale}%")
        self.text_size_label.setAccessibleName(self.tr("Text size {scale} percent").format(scale=scale))
        self.smaller_button.setEnabled(scale > TEXT_SCALES[0])
        self.larger_button.setEnabled(scale < TEXT_SCALES[-1])
        self.contrast_button.setChecked(self.session.high_contrast)

    # -- a new visit ---------------------------------------------------------
    def reset_visit(self) -> None:
        """Clear everything the last person left: answers, pages, dialogs, typed text and the shell.

        The screen is covered until the reset is done. Each step is guarded on
        its own, so one that raises cannot skip the others. If the visit is
        still not clear afterwards (say the session could not reset), a kiosk
        keeps the cover up and restarts the app: a new process holds nothing.
        """
        if self._resetting:  # an error handler asked again from inside a step
            return
        self._resetting = True
        failed: list[str] = []
        try:
            self.reset_cover.cover()
            for name, step in self._reset_steps():
                try:
                    step()
                except Exception:
                    log.exception("visit reset: %s failed", name)
                    failed.append(name)
            left = self.visit_leftovers()
            from clinicapp.ui.kiosk import restart  # QProcess: only a kiosk that must start again needs it

            if left and self.context.kiosk:
                self.reset_cover.cover(restarting=True)
                restart.restart_app(f"visit reset left {', '.join(left)} (failed steps: {', '.join(failed) or 'none'})")
                return
            if left:
                log.error("visit reset left %s", ", ".join(left))
            self.reset_cover.hide()
        except Exception:  # the guard itself failed: the last resort, in a kiosk
            log.exception("visit reset failed")
            if self.context.kiosk:
                from clinicapp.ui.kiosk import restart

                restart.restart_app("visit reset failed")
        finally:
            self._resetting = False
        log.info("visit reset%s", f" with failed steps: {', '.join(failed)}" if failed else "")

    def visit_leftovers(self) -> list[str]:
        """What of the last visit the app still holds after a reset; empty when the visit is clear."""
        left = [
            name if name == "history" else f"session {name}"
            for name in self.session.leftovers()
            if name not in APPEARANCE_FIELDS  # a look, not a visit: visit_state counts it
        ]
        if any(e.text() or e.isUndoAvailable() for e in self.findChildren(QLineEdit) if e.isVisibleTo(self)):
            left.append("typed text")
        # Not the clipboard: it belongs to the system (a clipboard manager may refill it, and on
        # Windows it outlives the app), so a restart would not empty it and could loop. The
        # clipboard step's failure is in the log.
        if self.stack.currentWidget() is not self.home:
            left.append("first screen")
        return left

    def visit_state(self) -> list[str]:
        """Everything a next person would find: leftovers, a changed look or language, an open dialog or card.

        Empty on a fresh screen. The kiosk's idle timer runs while this is not empty.
        """
        from PySide6.QtWidgets import QDialog  # imported here: the first paint needs none

        state = self.visit_leftovers()
        if set(APPEARANCE_FIELDS) & set(self.session.leftovers()):
            state.append("appearance")
        if self.context.language != self.context.start_language:
            state.append("language")
        app = QApplication.instance()
        tops = app.topLevelWidgets() if isinstance(app, QApplication) else []
        if any(isinstance(w, (QDialog, QMenu)) and w.isVisible() for w in [*tops, *self.findChildren(QDialog)]):
            state.append("dialog")
        cards = (w for w in self.findChildren(QWidget) if w.property("overlay") and w.isVisible())
        if any(card.objectName() != "still-there" for card in cards):
            state.append("card")
        return state

    def _reset_steps(self) -> list[tuple[str, Callable[[], object]]]:
        steps: list[tuple[str, Callable[[], object]]] = [
            ("dialogs", self._close_dialogs),
            # Home first: a page still on screen may treat the reset as "opened empty" and fill in defaults.
            ("first screen", lambda: self.stack.setCurrentWidget(self.home)),
            ("session", self.session.reset),
            ("language", self._back_to_start_language),
        ]
        for key, page in list(self.pages.items()):
            steps.append((f"page {key}", partial(self._reset_page, key, page)))
        steps += [
            ("text fields", self._wipe_text_fields),
            ("clipboard", clear_clipboards),
            ("scroll positions", self._scroll_to_top),
            ("appearance", self.apply_appearance),
            ("shell", self._show_first_screen),
        ]
        return steps

    def _close_dialogs(self) -> None:
        from PySide6.QtWidgets import QDialog  # imported here: the first paint needs none

        app = QApplication.instance()
        popups = [
            w
            for w in (app.topLevelWidgets() if isinstance(app, QApplication) else [])
            if isinstance(w, (QDialog, QMenu)) and w.isVisible()
        ]
        for popup in [*self.findChildren(QDialog), *popups]:
            if isinstance(popup, QDialog):
                popup.reject()
            else:
                popup.close()
        for widget in self.findChildren(QWidget):
            if widget.property("overlay"):
                widget.hide()

    def _back_to_start_language(self) -> None:
        """The language IT set (or the app started in), not the one the last patient chose."""
        self.context.request_language(self.context.start_language)

    def _reset_page(self, key: str, page: QWidget) -> None:
        if not isinstance(page, Page):  # page() builds only Pages: this narrows the type
            raise TypeError(f"page {key} is not a Page")
        page.reset()

    def _wipe_text_fields(self) -> None:
        """Empty every editable text field with its undo history, so Ctrl+Z brings nothing back.

        QLineEdit.clear() is an undoable step; setText("") and setPlainText("") clear the history.
        """
        # Imported here: the first paint needs none of them.
        from PySide6.QtWidgets import QDoubleSpinBox, QPlainTextEdit, QSpinBox, QTextEdit

        for edit in self.findChildren(QLineEdit):
            edit.setText("")
        # Setting the value sets the inner text afresh, which clears its history.
        for spin in self.findChildren(QSpinBox):
            spin.setValue(spin.minimum())
        for double_spin in self.findChildren(QDoubleSpinBox):
            double_spin.setValue(double_spin.minimum())
        editors: list[QTextEdit | QPlainTextEdit] = [*self.findChildren(QTextEdit), *self.findChildren(QPlainTextEdit)]
        for editor in editors:
            if not editor.isReadOnly():  # article views are read-only QTextBrowsers: leave them
                editor.setPlainText("")
                editor.document().clearUndoRedoStacks()

    def _scroll_to_top(self) -> None:
        from PySide6.QtWidgets import QAbstractScrollArea  # imported here: the first paint needs none

        for area in self.findChildren(QAbstractScrollArea):
            for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
                bar.setValue(bar.minimum())

    def _show_first_screen(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self._update_buttons()
        self.home.setFocus()  # Qt.FocusReason.OtherFocusReason

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish:  # shown without apply_appearance: home goes in now
            self._place_home()
        handled = super().event(event)
        if event.type() == QEvent.Type.ParentChange:
            # New window flags (the kiosk's frameless, on-top window) re-parent the window,
            # and the style sheet's re-polish puts back fonts it saved: every role font again.
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply_fonts(app, self.session.text_scale)
        return handled

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_guard is not None and not self._close_guard():
            log.info("close refused (kiosk mode)")
            event.ignore()
            return
        log.info("window closed")
        super().closeEvent(event)
