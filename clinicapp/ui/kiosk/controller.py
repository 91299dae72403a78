"""Kiosk mode for the waiting room, presentation mode for clinicians.

In kiosk mode the window fills the screen with no frame and stays on top;
nothing a patient can press closes it, opens a context menu or reaches the
rest of the machine. Staff leave through a small "Staff" button and the PIN.
An idle watcher clears the visit when nobody has touched the screen for a
while, after a "Still there?" card with a visible countdown (WCAG 2.2.1 asks
for at least 20 seconds to say "I'm still here"). The card is drawn inside
the window, not as a modal dialog, so any touch or key anywhere cancels it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QPushButton, QVBoxLayout, QWidget

from clinicapp.config import MIN_IDLE_WARNING
from clinicapp.session import SessionChange
from clinicapp.ui.common.theme import plain_label, role_label

if TYPE_CHECKING:
    from clinicapp.pin import PinGuard
    from clinicapp.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

_INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress,
    QEvent.Type.ShortcutOverride, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd, QEvent.Type.TabletPress,
})  # fmt: skip
_KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride})
_MOUSE_BUTTONS = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick}
)
_WATCHED = _INPUT | _MOUSE_BUTTONS | {
    QEvent.Type.MouseMove, QEvent.Type.ContextMenu, QEvent.Type.WindowStateChange, QEvent.Type.Show,
}  # fmt: skip
PRESENTATION_SCALE = 150
MAX_CARD_WIDTH = 720


def _app() -> QApplication:
    """The running application: the kiosk watches every event of it, so there must be one."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("kiosk and idle watching need a QApplication")
    return app


def is_quit_key(event: QKeyEvent) -> bool:
    """Alt+F4, Ctrl+F4, Ctrl+Q, Ctrl+W and the platform's own Quit/Close keys."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    if key == Qt.Key.Key_F4 and mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
        return True
    if key in (Qt.Key.Key_Q, Qt.Key.Key_W) and mods & Qt.KeyboardModifier.ControlModifier:
        return True
    return event.matches(QKeySequence.StandardKey.Quit) or event.matches(QKeySequence.StandardKey.Close)


class Overlay(QWidget):
    """A card over the dimmed window: one title, one message, one large button.

    The main window's `reset_visit` hides every widget with the "overlay"
    property, so a card never survives into the next visit.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.setProperty("overlay", True)
        self.card = QFrame(self)
        self.card.setProperty("role", "notice")
        self.title = role_label(role="title")
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.detail = role_label(role="subtitle")
        self.button = QPushButton()
        self.button.setProperty("role", "area")
        self.button.clicked.connect(self.hide)
        self.card_layout = inner = QVBoxLayout(self.card)
        inner.setContentsMargins(32, 24, 32, 24)
        inner.setSpacing(16)
        for widget in (self.title, self.message, self.detail, self.button):
            inner.addWidget(widget)
        window.installEventFilter(self)
        self.hide()

    def present(self, title: str, message: str, button: str, detail: str = "") -> None:
        self.title.setText(title)
        self.message.setText(message)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.button.setText(button)
        self.button.setAccessibleName(button)
        self.setAccessibleName(title)
        self.setAccessibleDescription(message)
        self.show()
        self._place()
        self.raise_()
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_detail(self, detail: str) -> None:
        self.detail.setText(detail)
        self.detail.setAccessibleName(detail)
        self._place()

    def _place(self) -> None:
        """Cover the window; centre the card at a readable width and the height its wrapped text needs.

        Placed by hand: a layout would size the card from its unwrapped hint and clip the button.
        """
        self.setGeometry(self._window.rect())
        margin = 24
        width = max(200, min(MAX_CARD_WIDTH * self.logicalDpiX() // 96, self.width() - 2 * margin))
        layout = self.card_layout
        layout.activate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        height = min(max(height, layout.totalMinimumSize().height()), self.height() - 2 * margin)
        self.card.setGeometry((self.width() - width) // 2, max(margin, (self.height() - height) // 2), width, height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self.isVisible():
            self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: object) -> None:
        colour = self.palette().color(QPalette.ColorRole.Window)  # the theme's own colour, dimmed
        colour.setAlpha(225)
        QPainter(self).fillRect(self.rect(), colour)


class IdleWatcher(QObject):
    """Clears the visit after a quiet spell, armed by what the app holds, not by who touched it.

    The timer runs whenever anything would need clearing (`MainWindow.visit_state`):
    an answer, a pick, a search, a page away from home, a larger text size or
    contrast, another language, an open dialog or card. Every touch, click,
    key or wheel restarts it, and so does every change of the visit itself,
    because switch access, voice control and a screen reader's "activate" act
    on controls directly and send no input event. When nothing needs clearing
    the timer rests until the next input or change.
    """

    expired = Signal()

    def __init__(self, window: MainWindow, timeout_s: int, warning_s: int, *, watch: bool = True) -> None:
        """watch=False: the caller feeds events to `observe` from its own filter (one Python filter, not two)."""
        super().__init__(window)
        self.window = window
        self.warning_s = max(MIN_IDLE_WARNING, warning_s)
        self.remaining = 0
        self._stopped = False
        self._last_pos = QPoint()
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(max(1, timeout_s) * 1000)
        self.idle_timer.timeout.connect(self._on_idle)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(1000)
        self.tick_timer.timeout.connect(self.count_down)
        self.prompt = Overlay(window)
        self.prompt.setObjectName("still-there")
        self.prompt.button.clicked.connect(self.still_here)
        self._watching = watch
        if watch:
            _app().installEventFilter(self)
        # State that changes with no input event: assistive technology, a page that opened itself.
        window.context.sessionChanged.connect(self._on_session_changed)
        window.pageChanged.connect(self.arm)
        window.retranslated.connect(self.arm)
        _app().focusChanged.connect(self.arm)  # a screen reader moving focus is someone there
        # A page being read aloud: someone is listening, not touching. Each sentence restarts the wait,
        # so "Still there?" never cuts into a reading; it comes a full timeout after the last one.
        window.context.speech.progressed.connect(self.arm)
        self.idle_timer.start()

    @property
    def resting(self) -> bool:
        """True when nothing needs clearing and the timer waits for the next input or change."""
        return not self.idle_timer.isActive() and not self.counting_down

    def needs_clearing(self) -> list[str]:
        """What the next person would find; a check that fails counts as something (fail closed)."""
        try:
            return self.window.visit_state()
        except Exception:
            log.exception("idle: could not read the visit state; clearing it to be safe")
            return ["unknown"]

    def arm(self, *_args: object) -> None:
        """Something may have changed: wait a full timeout from now (a countdown on screen carries on)."""
        if not self._stopped and not self.counting_down:
            self.idle_timer.start()

    def _on_session_changed(self, aspect: SessionChange) -> None:
        if self._stopped:
            return
        if self.counting_down and aspect not in (SessionChange.RESET, SessionChange.CLEARED):
            self.still_here()  # an answer given during the countdown: someone is there
        self.arm()

    @property
    def counting_down(self) -> bool:
        return self.tick_timer.isActive()

    def stop(self) -> None:
        self._stopped = True
        if self._watching:
            _app().removeEventFilter(self)
        _app().focusChanged.disconnect(self.arm)
        self.idle_timer.stop()
        self.tick_timer.stop()
        self.prompt.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.observe(event, event.type(), watched)
        return False

    def observe(self, event: QEvent, kind: QEvent.Type, watched: QObject | None = None) -> None:
        if kind == QEvent.Type.Show:
            # A dialog, menu or card opening is state to clear, whatever opened it (maybe no input at all).
            if isinstance(watched, QWidget) and (watched.isWindow() or watched.property("overlay")):
                self.arm()
        elif kind in _INPUT:
            self.poke()
        elif kind == QEvent.Type.MouseMove:
            # Qt sends synthetic moves when widgets appear under a still cursor; only real movement counts.
            pos = cast(QMouseEvent, event).globalPosition().toPoint()
            if pos != self._last_pos:
                self._last_pos = pos
                self.poke()

    def poke(self) -> None:
        """Someone is here: restart the wait and cancel a countdown."""
        if self.counting_down:
            self.still_here()
        self.idle_timer.start()

    def show_prompt(self) -> None:
        self.remaining = self.warning_s
        self.prompt.present(
            self.tr("Still there?"),
            self.tr("To keep your answers private, this screen will start over for the next person."),
            self.tr("I'm still here"),
            self._countdown_text(),
        )
        self.tick_timer.start()
        self.idle_timer.stop()  # the card's own showing and focus armed it: the countdown is in charge now
        log.info("idle: prompt shown")

    def _countdown_text(self) -> str:
        return self.tr("Starting over in {seconds} seconds. Tap anywhere to carry on.").format(seconds=self.remaining)

    def _on_idle(self) -> None:
        if self.counting_down:
            return
        if not self.needs_clearing():
            log.debug("idle: nothing to clear, resting")
            return  # single-shot: it rests until the next input or change
        self.show_prompt()

    def count_down(self) -> None:
        """One second of the countdown; at zero the visit is cleared."""
        self.remaining -= 1
        if self.remaining > 0:
            self.prompt.set_detail(self._countdown_text())
            return
        self.tick_timer.stop()
        self.prompt.hide()
        log.info("idle: visit cleared")
        try:
            self.expired.emit()
        finally:  # whatever the reset did, keep watching for the next visit
            self.idle_timer.start()

    def still_here(self) -> None:
        self.tick_timer.stop()
        self.prompt.hide()
        self.idle_timer.start()


class KioskController(QObject):
    """Locks the window down for the waiting room until staff enter the PIN."""

    def __init__(self, window: MainWindow, guard: PinGuard, *, idle_timeout: int, idle_warning: int) -> None:
        super().__init__(window)
        self.window = window
        self.guard = guard
        self.unlocked = False
        window.set_close_guard(self.may_close)
        window.setWindowFlags(
            window.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.staff_button = QPushButton()
        self._label_staff_button()
        window.retranslated.connect(self._label_staff_button)
        self.staff_button.clicked.connect(self.ask_to_leave)
        window.add_top_bar_control(self.staff_button, priority=50)  # staff find it under More
        self.idle = IdleWatcher(window, idle_timeout, idle_warning, watch=False)
        self.idle.expired.connect(window.reset_visit)
        _app().installEventFilter(self)
        log.info(
            "kiosk mode on (idle %d s, warning %d s, PIN %s)",
            idle_timeout,
            self.idle.warning_s,
            "set" if guard.configured else "not set",
        )

    def _label_staff_button(self) -> None:
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff: close the app"))
        self.staff_button.setToolTip(self.tr("For clinic staff: close the app with the staff PIN"))

    def start(self) -> None:
        self.window.showFullScreen()

    def may_close(self) -> bool:
        return self.unlocked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the app passes here: one type() call and one set lookup for most of them.
        # The casts below are what `kind` already says (PySide hands over the event's own class),
        # not a conversion: a cast costs nothing where isinstance would cost every event.
        kind = event.type()
        if kind not in _WATCHED:
            return False
        self.idle.observe(event, kind, watched)
        if kind == QEvent.Type.ContextMenu:
            return True  # no menu can open anything
        if kind in _MOUSE_BUTTONS and cast(QMouseEvent, event).button() == Qt.MouseButton.MiddleButton:
            return True  # middle-click pastes the X11 selection: the last patient's text. A kiosk has no use for it.
        if kind in _KEYS and is_quit_key(cast(QKeyEvent, event)):
            event.accept()
            return True
        if watched is self.window and kind == QEvent.Type.WindowStateChange and not self.window.isFullScreen():
            QTimer.singleShot(0, self._refill_screen)  # minimised or restored by the system: fill it again
        return False

    def _refill_screen(self) -> None:
        if not self.unlocked and not self.window.isFullScreen():
            self.window.showFullScreen()

    def ask_to_leave(self) -> bool:
        """The Staff button: the PIN closes the app; anything else changes nothing."""
        from clinicapp.ui.kiosk.pin_dialog import PinDialog  # only when staff ask to leave

        if not PinDialog.ask(self.window, self.guard):
            return False
        self.leave()
        return True

    def leave(self) -> None:
        log.info("kiosk: closed by staff")
        self.unlocked = True
        self.idle.stop()
        _app().removeEventFilter(self)
        self.window.close()


class PresentationMode(QObject):
    """F11 for clinicians: full screen and larger text for showing a patient, F11 again to undo."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.shortcut = QShortcut(QKeySequence(Qt.Key.Key_F11), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.toggle)

    @property
    def active(self) -> bool:
        """Presenting now: the session keeps it, with the text size to go back to."""
        return self.window.session.presenting

    def toggle(self) -> None:
        session = self.window.session
        if not session.presenting:
            session.start_presenting(PRESENTATION_SCALE)
            self.window.showFullScreen()
        else:
            session.stop_presenting()
            self.window.showNormal()


def show_calm_error(window: QWidget, *, kiosk: bool) -> Overlay:
    """The message after an unexpected error: no jargon, and what happens now."""
    overlay = window.findChild(Overlay, "error-message")
    if overlay is None:
        overlay = Overlay(window)
        overlay.setObjectName("error-message")
    if kiosk:  # literal translate calls: lupdate cannot see through an alias
        message = QApplication.translate(
            "Kiosk",
            "The screen has gone back to the start. Nothing you entered was kept. "
            "Please start again, or ask a member of staff.",
        )
    else:
        message = QApplication.translate(
            "Kiosk", "That did not work, but you can carry on. Details are in the log for IT."
        )
    overlay.present(
        QApplication.translate("Kiosk", "Sorry, something went wrong"), message, QApplication.translate("Kiosk", "OK")
    )
    return overlay


def recover_from_error(window: MainWindow, *, kiosk: bool) -> None:
    """What the exception hook does: in kiosk mode a new visit, then the calm message."""
    if kiosk:
        window.reset_visit()
    show_calm_error(window, kiosk=kiosk)
