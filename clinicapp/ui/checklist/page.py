"""The symptom checklist: where it hurts, what the patient notices, how long, the PEG and warning signs.

Every control writes straight to the VisitSession and every control is redrawn
from it when `sessionChanged` fires, so "Start over", the kiosk's reset and
another area's changes all show here without this page being told. Nothing is
written anywhere; the summary is printed or saved only when the patient asks.
The page never says what condition anyone has: it only points to reading.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from clinicapp.content.model import PegQuestion, Topic, WarningTier
from clinicapp.session import SessionChange
from clinicapp.ui.checklist.body_map import BodyMap
from clinicapp.ui.checklist.summary_view import SummaryView
from clinicapp.ui.common import theme
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.speech import ListenButton, Segment, SpeedToggle, mark_property
from clinicapp.ui.common.theme import plain_label, role_label, set_plain

# The changes the checklist redraws on: its own answers, and the session emptied.
_CHECKLIST_CHANGES = frozenset({
    SessionChange.CHECKLIST, SessionChange.REGIONS, SessionChange.PEG, SessionChange.WARNINGS,
    SessionChange.RESET, SessionChange.CLEARED,
})  # fmt: skip


class ConfirmStartOver(QMessageBox):
    """Asks before every answer is cleared; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        translate = QCoreApplication.translate  # lupdate reads this context; box.tr() it would not
        box = cls(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ConfirmStartOver", "Start over"))
        box.setText(translate("ConfirmStartOver", "Clear all your answers, choices and searches, and start again?"))
        role = QMessageBox.ButtonRole
        yes = box.addButton(translate("ConfirmStartOver", "Clear my answers"), role.AcceptRole)
        keep = box.addButton(translate("ConfirmStartOver", "Keep my answers"), role.RejectRole)
        for button in (yes, keep):
            button.setAccessibleName(button.text())
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is yes


class _WrapLabel(QLabel):
    """The text of a check row: it wraps (QCheckBox text does not) and a tap on it toggles."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def _check_column(into: QBoxLayout, spacing: int = -1) -> QGridLayout:
    """A column of check rows (see `_check_row`), added to `into` before it is filled.

    One grid, buttons in the first column and texts in the second, rather than a widget per row:
    ~40 fewer widgets to make, style and lay out when a tap builds the page (~15% of it).
    """
    column = QWidget()
    into.addWidget(column)
    grid = QGridLayout(column)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setColumnStretch(1, 1)
    if spacing >= 0:
        grid.setVerticalSpacing(spacing)
    return grid


def _check_row(button: QAbstractButton, text: str, grid: QGridLayout) -> QLabel:
    """A check box or radio button with a word-wrapping label beside it, on the next row of a check column.

    Returns the label: what Listen highlights while this choice is read.
    """
    row = grid.count() // 2
    button.setAccessibleName(text)
    label = _WrapLabel()
    set_plain(label, text)  # content text: never parsed as markup
    label.setWordWrap(True)
    label.setBuddy(button)
    label.clicked.connect(button.click)
    grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(label, row, 1)
    return label


class PegChoice(QPushButton):
    """One PEG answer: a big touch button that screen readers know as a radio button.

    A checkable, auto-exclusive QPushButton is what Qt's accessibility layer
    reports as RadioButton (a checkable one without auto-exclusive reads as a
    check box: 33 unrelated check boxes). Arrow keys move through the 0-10
    scale in order whatever the grid's wrapping (Qt's own move is geometric
    and stops at the end of a row), Home and End go to 0 and 10.
    """

    def __init__(self, value: int, row: PegQuestionRow) -> None:
        super().__init__(str(value))
        self.value = value
        self.row = row
        self.setCheckable(True)
        self.setAutoExclusive(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps: dict[int, int] = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        ends: dict[int, int] = {Qt.Key.Key_Home: 0, Qt.Key.Key_End: 10}
        key = event.key()
        if key in steps or key in ends:
            target = ends.get(key, self.value + steps.get(key, 0))
            if 0 <= target <= 10 and target != self.value:
                self.row.move_to(target)
            event.accept()
            return
        super().keyPressEvent(event)


class PegQuestionRow(QWidget):
    """One PEG question: a radio group of eleven big buttons 0-10; tapping the chosen one again clears it.

    The buttons sit in a group box named with the question's text (verbatim),
    so a screen reader says the question once and then "7, radio button, 8 of
    11". The group is exclusive, like any radio group; "not answered" must
    stay a real state, so a second tap on the chosen number clears it.
    Answers are read from `toggled`, not `clicked`: switch access and a
    screen reader's toggle action check a button without clicking it.
    Tab stops once per question (on the chosen number, else on 0); arrows move within.
    """

    answered = Signal(str, object)  # question id, int or None

    def __init__(self, question: PegQuestion, parent: QWidget | None = None, *, listen: QWidget | None = None) -> None:
        super().__init__(parent)
        # Made from the top down (each part joins the row before it is filled; see ChecklistPage),
        # in the order Tab reaches them: Listen, the question, the numbers, the two ends.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        self.question = question
        self.value: int | None = None  # what set_value last showed: the session's answer
        self._showing = False
        self._just_checked: int | None = None
        # Listen, then the question: the button sits where the eye starts reading, not at the far right
        # edge (up to 1,100 px from a short question's last word on a 1280 px screen).
        self.title_row = QHBoxLayout()
        layout.addLayout(self.title_row)
        if listen is not None:
            self.title_row.addWidget(listen, 0, Qt.AlignmentFlag.AlignTop)
        self.text = plain_label(question.text)
        self.text.setWordWrap(True)
        self.title_row.addWidget(self.text, 1)
        self.box = QGroupBox()
        self.box.setFlat(True)
        self.box.setAccessibleName(question.text)  # the question, verbatim: what a screen reader says for the group
        layout.addWidget(self.box)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        for value in range(11):
            button = PegChoice(value, self)
            end_label = {0: question.low_label, 10: question.high_label}.get(value, "")
            name = self.tr("{value} out of 10").format(value=value)
            button.setAccessibleName(f"{name}: {end_label}" if end_label else name)
            self.group.addButton(button, value)
        self.columns = 0
        self.set_columns(11)
        ends = QHBoxLayout()
        layout.addLayout(ends)
        low, high = plain_label(f"0 = {question.low_label}"), plain_label(f"10 = {question.high_label}")
        for label in (low, high):
            label.setWordWrap(True)
            label.setProperty("role", "muted")
        high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        ends.addWidget(low, 1)
        ends.addWidget(high, 1)
        self.group.idToggled.connect(self._toggled)
        self.group.idClicked.connect(self._clicked)
        self.group.idPressed.connect(self._pressed)
        self.low, self.high = low, high
        self._set_tab_stop()

    def one_row_width(self) -> int:
        """Width the eleven buttons need side by side at the current text size."""
        widest = max(b.sizeHint().width() for b in self.group.buttons())
        return 11 * widest + 10 * self.grid.spacing()

    def set_columns(self, columns: int) -> None:
        """One row of 0–10, or 0–5 over 6–10 when large text would not fit (never a sideways scroll)."""
        if columns == self.columns:
            return
        self.columns = columns
        for value in range(11):
            self.grid.addWidget(self.group.button(value), value // columns, value % columns)

    def _pressed(self, _value: int) -> None:
        self._just_checked = None  # a new press: whatever a programmatic check left behind is stale

    def _toggled(self, value: int, checked: bool) -> None:
        if self._showing or not checked:
            return  # redrawing from the session, or the one the group unchecked for this one
        self._just_checked = value
        self.answered.emit(self.question.id, value)

    def _clicked(self, value: int) -> None:
        if self._just_checked == value:  # this click chose it
            self._just_checked = None
            return
        if self.value == value:  # a tap on the chosen number: no answer again
            self.answered.emit(self.question.id, None)

    def move_to(self, value: int) -> None:
        """Arrow keys: focus the neighbour and, as in any radio group with an answer, choose it."""
        button = self.group.button(value)
        if self.value is not None:
            button.setChecked(True)
        button.setFocus(Qt.FocusReason.TabFocusReason)

    def _set_tab_stop(self) -> None:
        stop = self.value if self.value is not None else 0
        for button in self.group.buttons():
            wanted = Qt.FocusPolicy.StrongFocus if self.group.id(button) == stop else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(wanted)

    def set_value(self, value: int | None) -> None:
        """Show the session's answer (None: every number unchosen, which an exclusive group allows only so)."""
        self.value = value
        self._showing = True
        try:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(self.group.id(button) == value)
            self.group.setExclusive(True)
        finally:
            self._showing = False
        self._set_tab_stop()


class ChecklistPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.checklist = context.library.checklist
        self.item_boxes: dict[str, QCheckBox] = {}
        self.region_boxes: dict[str, QCheckBox] = {}
        self.sign_boxes: dict[str, QCheckBox] = {}
        self.duration_buttons: dict[str, QRadioButton] = {}
        self.peg_rows: list[PegQuestionRow] = []
        self.listen_buttons: list[ListenButton] = []  # one per question, in order
        self.reading_ids: list[str] = []
        self.body_map: BodyMap | None = None

        # Built from the top down: each container joins the page (and its style sheet) before it
        # is filled, so a widget is styled once where it stays (made bottom-up, each level of
        # containers added to the next restyled its whole subtree again). Widgets join in the
        # order they are shown, which keeps the tab order.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        form_page = QWidget()
        self.stack.addWidget(form_page)
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)

        # Two banners, most urgent on top: "emergency" (call the emergency number
        # now) and "today" (tell the staff today). They differ in icon shape,
        # heading, border and colour, so colour is never the only cue.
        # At large text both banners together could fill the page and squeeze the
        # checklist to nothing: they scroll inside at most half the page instead.
        # Pinned above the scrolling answers: a warning ticked at the bottom is seen at once at the top.
        self.banner = QScrollArea()
        self.banner.setFrameShape(QFrame.Shape.NoFrame)
        self.banner.setWidgetResizable(True)
        self.banner.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.banner.setAccessibleName(self.tr("Warning signs you ticked"))
        form_layout.addWidget(self.banner)
        self.banner_body = banner_body = QWidget()
        self.banner.setWidget(banner_body)
        self.banner_layout = banners = QVBoxLayout(banner_body)
        banners.setContentsMargins(0, 0, 0, 0)
        banners.setSpacing(6)
        self.emergency_banner, self.emergency_icon, self.emergency_heading, self.emergency_label = self._banner(
            "emergency", QStyle.StandardPixmap.SP_MessageBoxCritical, self.tr("Emergency"), banners
        )
        self.today_banner, self.today_icon, self.today_heading, self.today_label = self._banner(
            "warning", QStyle.StandardPixmap.SP_MessageBoxWarning, self.tr("Tell the staff today"), banners
        )
        self.banner.hide()

        self.scroller = QScrollArea()  # not "scroll": that would hide QWidget.scroll()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        form_layout.addWidget(self.scroller, 1)
        self.form = QWidget()
        self.scroller.setWidget(self.form)
        self.body = QVBoxLayout(self.form)
        self.body.setSpacing(12)
        self.scroller.viewport().installEventFilter(self)

        self.summary = SummaryView(context, self.stack)
        self.summary.backRequested.connect(self.show_form)
        self.stack.addWidget(self.summary)

        self._build_form()
        context.sessionChanged.connect(self._on_session_changed)
        context.appearanceChanged.connect(self._apply_appearance)
        self._apply_appearance()
        self.refresh()

    # -- building ----------------------------------------------------------
    def _banner(
        self, role: str, icon: QStyle.StandardPixmap, heading: str, into: QBoxLayout
    ) -> tuple[QFrame, QLabel, QLabel, QLabel]:
        """A framed banner: icon, heading and the content's instruction (always plain text)."""
        frame = QFrame()
        frame.setProperty("role", role)
        frame.setProperty("standard_icon", icon)
        frame.hide()
        into.addWidget(frame)
        icon_label = QLabel()
        icon_label.setAccessibleName(heading)
        title = QLabel(heading)
        title.setProperty("role", "banner-title")
        title.setWordWrap(True)
        message = QLabel()
        message.setTextFormat(Qt.TextFormat.PlainText)  # content text: never rendered as HTML
        message.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(message)
        row = QHBoxLayout(frame)
        row.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        return frame, icon_label, title, message

    def _heading(self, text: str, role: str = "subtitle") -> QLabel:
        label = plain_label(text)
        label.setWordWrap(True)
        label.setProperty("role", role)
        self.body.addSpacing(10 if role == "subtitle" else 0)
        self.body.addWidget(label)
        return label

    def _question(self, text: str) -> tuple[QLabel, list[tuple[str, QWidget]]]:
        """A question heading with its Listen button; fill the returned list with (text, widget) of its choices."""
        label = plain_label(text)
        label.setWordWrap(True)
        label.setProperty("role", "subtitle")
        choices: list[tuple[str, QWidget]] = []
        row = QHBoxLayout()  # Listen beside the question's first word (see PegQuestionRow)
        self.body.addSpacing(10)
        self.body.addLayout(row)
        row.addWidget(self._listen_button(text, [(text, label)], choices), 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label, 1)
        return label, choices

    def _listen_button(
        self, what: str, head: list[tuple[str, QWidget]], choices: list[tuple[str, QWidget]]
    ) -> ListenButton:
        """Listen for one question: the question, then each choice, each highlighted while it is read."""
        context = self.context

        def reading() -> list[Segment]:
            return [Segment(text, mark_property(widget)) for text, widget in [*head, *choices]]

        button = ListenButton(context.speech, lambda: context.language, reading, what)
        button.notice = self.speech_notice
        self.listen_buttons.append(button)
        return button

    def _checks(
        self,
        entries: list[tuple[str, str]],
        boxes: dict,
        write: Callable,
        spoken: list[tuple[str, QWidget]] | None = None,
        *,
        into: QBoxLayout,
    ) -> QWidget:
        """A column of check rows, added to `into` before it is filled (see __init__)."""
        grid = _check_column(into)
        for entry_id, text in entries:
            box = QCheckBox()
            box.toggled.connect(lambda on, eid=entry_id: write(eid, on))
            boxes[entry_id] = box
            label = _check_row(box, text, grid)
            if spoken is not None:
                spoken.append((text, label))
        column = grid.parentWidget()
        assert column is not None
        return column

    def _build_form(self) -> None:
        context = self.context
        title_row = QHBoxLayout()
        title = plain_label(self.tr("Symptom checklist"))
        title.setWordWrap(True)
        title.setProperty("role", "title")
        title_row.addWidget(title, 1)
        self.speed = SpeedToggle(context.speech, lambda: context.language)
        title_row.addWidget(self.speed, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(title_row)
        # Where a missing voice is explained, once (each question has its own Listen button).
        self.speech_notice = plain_label()
        self.speech_notice.setWordWrap(True)
        self.speech_notice.setProperty("role", "muted")
        self.speech_notice.hide()
        self.body.addWidget(self.speech_notice)
        checklist = self.checklist
        if checklist is None:
            self._heading(self.tr("The checklist is not available yet. Please ask the staff."), "")
            self.body.addStretch(1)
            return
        self._heading(checklist.intro, "")

        _label, region_choices = self._question(self.tr("Where does it hurt?"))
        regions = [(r.id, r.label) for r in checklist.regions]
        row = QHBoxLayout()
        self.body.addLayout(row)
        self.body_map = BodyMap(regions, self.form)
        self.body_map.regionToggled.connect(self.session.set_region)
        row.addWidget(self.body_map, 0, Qt.AlignmentFlag.AlignTop)
        listing = QVBoxLayout()
        row.addLayout(listing, 1)
        hint = plain_label(self.tr("Tap the map, or tick the places in this list:"))
        hint.setWordWrap(True)
        listing.addWidget(hint)
        self._checks(regions, self.region_boxes, self.session.set_region, region_choices, into=listing)
        listing.addStretch(1)

        for section in checklist.sections:
            _label, spoken = self._question(section.title)
            items = [(i.id, i.text) for i in section.items]
            self._checks(items, self.item_boxes, self.session.set_item, spoken, into=self.body)

        _label, duration_choices = self._question(self.tr("How long has it been going on?"))
        self.duration_group = QButtonGroup(self)
        durations = _check_column(self.body, self.body.spacing())  # spaced as the form's own rows were
        for choice in checklist.durations:
            radio = QRadioButton()
            radio.toggled.connect(partial(self._duration_toggled, choice.id))
            self.duration_group.addButton(radio)
            self.duration_buttons[choice.id] = radio
            duration_choices.append((choice.label, _check_row(radio, choice.label, durations)))

        self._heading(self.tr("Pain and how it affects your life (PEG)"))
        self._heading(self.tr("Choose a number from 0 to 10 for each question."), "muted")
        for question in checklist.peg:
            ends: list[tuple[str, QWidget]] = []
            head: list[tuple[str, QWidget]] = []
            peg_row = PegQuestionRow(question, self.form, listen=self._listen_button(question.text, head, ends))
            head.append((question.text, peg_row.text))
            ends += [(peg_row.low.text(), peg_row.low), (peg_row.high.text(), peg_row.high)]
            peg_row.answered.connect(self.session.set_peg)
            self.peg_rows.append(peg_row)
            self.body.addWidget(peg_row)
        self.peg_score = role_label(role="subtitle")
        self.body.addWidget(self.peg_score)
        self.peg_note: QLabel | None = None
        if checklist.peg_note:  # where the PEG wording comes from
            self.peg_note = role_label(checklist.peg_note, "muted")
            self.peg_note.setTextFormat(Qt.TextFormat.PlainText)
            self.body.addWidget(self.peg_note)

        _label, sign_choices = self._question(self.tr("Do you have any of these?"))
        signs = [(s.id, s.text) for s in checklist.warning_signs]
        self._checks(signs, self.sign_boxes, self.session.set_warning_sign, sign_choices, into=self.body)

        self.reading = QFrame()
        self.reading.setProperty("role", "notice")
        self.body.addWidget(self.reading)
        self.reading_layout = QVBoxLayout(self.reading)
        reading_title = plain_label(self.tr("You may want to read"))
        reading_title.setProperty("role", "subtitle")
        self.reading_layout.addWidget(reading_title)

        buttons = QHBoxLayout()
        self.summary_button = QPushButton(self.tr("See summary"))
        self.summary_button.setAccessibleName(self.tr("See the summary for your visit"))
        self.summary_button.clicked.connect(self.show_summary)
        self.start_over_button = QPushButton(self.tr("Start over"))
        self.start_over_button.setAccessibleName(self.tr("Start over: clear all answers, choices and searches"))
        self.start_over_button.clicked.connect(self.start_over)
        buttons.addWidget(self.summary_button)
        buttons.addWidget(self.start_over_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.body.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_peg()
            self._fit_banner()
        return super().eventFilter(watched, event)

    def _fit_peg(self) -> None:
        margins = self.body.contentsMargins()
        room = self.scroller.viewport().width() - margins.left() - margins.right()
        for peg_row in self.peg_rows:
            peg_row.set_columns(11 if peg_row.one_row_width() <= room else 6)

    # -- session to widgets ------------------------------------------------
    def _on_session_changed(self, aspect: SessionChange) -> None:
        if aspect in _CHECKLIST_CHANGES:
            self.refresh()

    def _apply_appearance(self) -> None:
        size = 2 * self.emergency_label.fontMetrics().height()  # grows with the text size
        for frame, icon in ((self.emergency_banner, self.emergency_icon), (self.today_banner, self.today_icon)):
            standard = self.style().standardIcon(frame.property("standard_icon"))
            icon.setPixmap(standard.pixmap(size, size))
            icon.setFixedSize(size, size)
        if self.body_map is not None:
            self.body_map.focus_colour = QColor(theme.theme_for(self.session.high_contrast).focus)
            self.body_map.updateGeometry()
            self.body_map.update()
        self._fit_peg()
        self._fit_banner()

    def refresh(self) -> None:
        """Show exactly what the session holds (also after Start over and the kiosk's reset)."""
        checklist, session = self.checklist, self.session
        if checklist is None:
            return
        for boxes, chosen in (
            (self.item_boxes, session.checked_items),
            (self.region_boxes, session.regions),
            (self.sign_boxes, session.warning_signs),
        ):
            for key, box in boxes.items():
                box.blockSignals(True)
                box.setChecked(key in chosen)
                box.blockSignals(False)
        self.duration_group.setExclusive(False)  # lets "no answer" show again
        for key, radio in self.duration_buttons.items():
            radio.blockSignals(True)
            radio.setChecked(key == session.duration)
            radio.blockSignals(False)
        self.duration_group.setExclusive(True)
        if self.body_map is not None:
            self.body_map.set_chosen(session.regions)
        for peg_row in self.peg_rows:
            peg_row.set_value(session.peg.get(peg_row.question.id))
        score = session.peg_score(tuple(q.id for q in checklist.peg))
        if score.complete:
            text = self.tr("PEG score: {score} out of 10 (the average of your three answers)").format(
                score=f"{score.value:.1f}"
            )
        else:
            text = self.tr("Incomplete: answer all three")
        self.peg_score.setText(text)
        self.peg_score.setAccessibleName(text)
        self._refresh_banners()
        self._refresh_reading()

    def _duration_toggled(self, duration_id: str, on: bool) -> None:
        if on:
            self.session.set_duration(duration_id)

    def _refresh_banners(self) -> None:
        """One banner per ticked tier, emergency first, with the clinic's numbers and each sign's action."""
        checklist, clinic = self.checklist, self.context.library.clinic
        if checklist is None:
            return
        ticked = dict(checklist.ticked_by_tier(self.session.warning_signs))
        self.banner.setVisible(bool(ticked))
        for tier, frame, heading, label in (
            (WarningTier.EMERGENCY, self.emergency_banner, self.emergency_heading, self.emergency_label),
            (WarningTier.TODAY, self.today_banner, self.today_heading, self.today_label),
        ):
            signs = ticked.get(tier, ())
            # A sign's own instruction comes first: it is the most specific (the
            # crisis line for thoughts of self-harm) and at large text the banner
            # may scroll, so what is first is what is surely on screen.
            lines = [clinic.fill(s.action) for s in signs if s.action]
            lines += [clinic.fill(checklist.warning_messages.for_tier(tier))]
            text = "\n\n".join(lines) if signs else ""
            changed = text != label.text()
            label.setText(text)
            label.setAccessibleName(f"{heading.text()}: {text}" if text else "")
            was_hidden = frame.isHidden()
            frame.setVisible(bool(signs))
            if signs and (was_hidden or changed):  # screen readers announce it at once too
                QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))
        self._fit_banner()

    def _fit_banner(self) -> None:
        """As tall as the banners need, but never more than half the page (the rest scrolls)."""
        if self.banner.isHidden():
            return
        body, layout = self.banner_body, self.banner_layout
        width = self.banner.viewport().width() if self.banner.isVisible() else self.width()
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else body.sizeHint().height()
        self.banner.setFixedHeight(max(1, min(need, self.height() // 2)))

    def _refresh_reading(self) -> None:
        """Topics the content links to the ticked items; none while a warning sign is ticked."""
        library = self.context.library
        topics: dict[str, Topic] = {}  # in the order the ticked items name them
        for item in self.checklist.items if self.checklist else ():
            if item.id in self.session.checked_items:
                for topic_id in item.topics:
                    topic = library.topic(topic_id)
                    if topic is not None and topic_id not in topics:
                        topics[topic_id] = topic
        wanted = list(topics)
        if wanted != self.reading_ids:
            for button in self.reading_links():
                self.reading_layout.removeWidget(button)
                button.hide()
                button.deleteLater()  # never setParent(None): that would make it a stray top-level window
            for topic_id, topic in topics.items():
                title = topic.title
                button = QPushButton(title)
                button.setAccessibleName(self.tr("Read: {title}").format(title=title))
                button.clicked.connect(lambda _=False, t=topic_id: self.context.navigate(f"topic:{t}"))
                self.reading_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.reading_ids = wanted
        self.reading.setVisible(bool(wanted) and not self.session.has_warning_signs)

    def reading_links(self) -> list[QPushButton]:
        """The "You may want to read" buttons, in order (for tests and the summary)."""
        return [b for b in self.reading.findChildren(QPushButton) if not b.isHidden()]  # not those being deleted

    # -- actions -----------------------------------------------------------
    def show_summary(self) -> None:
        self.summary.refresh()
        self.stack.setCurrentWidget(self.summary)
        self.summary.take_focus()

    def show_form(self) -> None:
        self.stack.setCurrentIndex(0)
        if self.checklist is not None:
            self.summary_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_over(self) -> None:
        if ConfirmStartOver.ask(self):
            self.session.clear_answers()
            self.scroller.verticalScrollBar().setValue(0)

    def show_location(self, location: str) -> bool:
        """Page protocol: the one location "checklist"; the page shows what the session holds."""
        return location == "checklist"

    def reset(self) -> None:
        """Between patients: empty widgets, summary closed, back at the top."""
        self.stack.setCurrentIndex(0)
        self.speech_notice.hide()
        self.refresh()
        if self.body_map is not None:
            self.body_map.make_current(0, focus=False)
        self.scroller.verticalScrollBar().setValue(0)
        self.scroller.horizontalScrollBar().setValue(0)
