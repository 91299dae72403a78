"""Compare therapies: the same plain questions answered side by side.

Modelled on patient decision aids (Option Grid tables, IPDAS): every option
gets the same rows, the same room and the same look, in the order the patient
picked them. The page holds no state of its own: the picks, values and SURE
answers live in the visit session, and the page rebuilds whenever they change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinicapp.content.model import Therapy
from clinicapp.handout import HandoutText, build_handout
from clinicapp.session import MAX_COMPARE, SessionChange
from clinicapp.ui.common import printing, takehome
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.flow_layout import WrappingBar
from clinicapp.ui.common.i18n import format_long_date
from clinicapp.ui.common.page import scheme_of, target_of
from clinicapp.ui.common.speech import SpeedToggle
from clinicapp.ui.common.theme import plain_label, role_label
from clinicapp.ui.compare.grid import CompareGrid
from clinicapp.ui.compare.picker import TherapyPicker
from clinicapp.ui.compare.values_panel import ValuesPanel

LIST_HIDDEN_FROM_SCALE = 150  # percent text size from which the page is one column: the list or the grid


VALUES_AFTER_SHOW_MS = 150  # the values panel is made this long after the page is first shown
HANDOUT_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)  # points: two pages at most, never smaller than 7 pt


class ComparePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("scrollsItself", True)  # the shell gives it the window's height (main_window.PageStack)
        self.context = context
        self._fresh = True  # never shown nor focused yet: the first open fills in the whole default pair
        library = context.library

        # Built from the top down: the page's layout and each container join the page (and its
        # style sheet) before their contents are made, so a widget is styled once where it will
        # stay. Made the other way round, every level of containers added to the next restyled
        # its whole subtree again (the picker's check boxes five times): ~35 ms of a tap that
        # builds this page. Widgets join in the order they are shown, which keeps the tab order.
        layout = QVBoxLayout(self)
        title = plain_label(self.tr("Compare treatment options"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout.addWidget(title)
        top = WrappingBar(margin=0)
        layout.addWidget(top)
        intro = plain_label(
            self.tr("The same questions answered for each option. No option is shown as better than another.")
        )
        intro.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print handout"))
        self.print_button.setAccessibleName(self.tr("Print a handout of this comparison"))
        self.print_button.clicked.connect(self.print_handout)
        self.pdf_button: QPushButton | None = None
        if not context.kiosk:  # a kiosk never offers the file system
            self.pdf_button = QPushButton(self.tr("Save handout as PDF"))
            self.pdf_button.setAccessibleName(self.tr("Save a handout of this comparison as a PDF file"))
            self.pdf_button.clicked.connect(self.save_pdf)
        # At large text the list can be put away so the grid gets the whole width.
        self.list_toggle = QPushButton(self.tr("Show the list of options"))
        self.list_toggle.setAccessibleName(self.tr("Show the list of options"))
        self.list_toggle.setCheckable(True)
        self.list_toggle.toggled.connect(lambda shown: self.set_list_hidden(not shown))
        top.add_widget(self.list_toggle)
        if context.config.printing:  # IT may turn printing off: no dead button
            top.add_widget(self.print_button)
        else:
            self.print_button.setParent(self)
            self.print_button.hide()
        if self.pdf_button is not None:
            top.add_widget(self.pdf_button)
        self.pack_button: QPushButton | None = None
        if takehome.pack_allowed(context):  # the clinician's take-home pack, from here too
            self.pack_button = QPushButton()
            self.pack_button.setObjectName("takehome-pack")
            self.pack_button.clicked.connect(lambda: takehome.TakeHomeDialog.open_for(self.window(), context))
            top.add_widget(self.pack_button)
            self._label_pack_button()
        # The speed for the Listen buttons in each option's heading.
        self.speed = SpeedToggle(context.speech, lambda: context.language)
        top.add_widget(self.speed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(self.splitter, 1)
        # The intro and the picker share one scrolling column so the grid gets the full height.
        picker_scroll = QScrollArea()
        picker_scroll.setWidgetResizable(True)
        picker_scroll.setFrameShape(QFrame.Shape.NoFrame)
        picker_scroll.setAccessibleName(self.tr("Options to compare"))
        picker_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter.addWidget(picker_scroll)
        self.picker_scroll = picker_scroll
        side = QWidget()
        picker_scroll.setWidget(side)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(intro)
        self.picker = TherapyPicker(context, side)
        side_layout.addWidget(self.picker)
        side_layout.addStretch(1)
        self.side = side
        self.picker.installEventFilter(self)

        self.grid = CompareGrid(library, speech=context.speech, language=lambda: context.language)
        self.splitter.addWidget(self.grid)
        self.grid.card_actions = self._card_actions
        self.grid.locationActivated.connect(context.navigate)
        self.funding = role_label(library.clinic.funding, "muted")
        self.funding.setAccessibleName(library.clinic.funding)
        self.funding.setVisible(bool(library.clinic.funding))
        self.grid.add_footer(self.funding)
        self.grid.add_footer(self._ask_care_team())
        # "What matters to you" is below the grid, out of sight when the page opens, and is
        # 79 of the page's 276 widgets: it is made after the first show (VALUES_AFTER_SHOW_MS)
        # or when asked for, in a holder that keeps its place under the grid.
        self._values: ValuesPanel | None = None
        self._values_holder = QWidget()
        holder_layout = QVBoxLayout(self._values_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.grid.add_footer(self._values_holder)
        disclaimer = role_label(library.clinic.disclaimer, "muted")
        self.grid.add_footer(disclaimer)

        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self._show_list_state()

        context.sessionChanged.connect(self._session_changed)
        # The default pair is filled in when the page is shown (showEvent), not here: a page built
        # in the background must not change the visit (a kiosk would see something to clear).
        self.rebuild()

    @property
    def values(self) -> ValuesPanel:
        """The values and SURE panel, made now if the page has not made it yet."""
        if self._values is None:
            self._values = ValuesPanel(self.context)
            layout = self._values_holder.layout()
            assert layout is not None
            layout.addWidget(self._values)
            if self._values_holder.isVisible():
                # Shown now, not on the layout's queued show: whoever asked for it can use it at once.
                self._values.show()
        return self._values

    @property
    def values_made(self) -> bool:
        return self._values is not None

    def _make_values(self) -> None:
        self.values  # noqa: B018  # the property makes it

    def _ask_care_team(self) -> QWidget:
        comparison = self.context.library.comparison
        questions = comparison.ask_care_team if comparison else ()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 8)
        heading = role_label(self.tr("Questions to ask your care team"), "subtitle")
        layout.addWidget(heading)
        self.ask_labels = []
        for question in questions:
            label = plain_label("• " + question)
            label.setWordWrap(True)
            label.setAccessibleName(question)
            layout.addWidget(label)
            self.ask_labels.append(label)
        box.setVisible(bool(questions))
        return box

    def set_list_hidden(self, hidden: bool) -> None:
        """Put the list of options away (or back) so the grid can use the whole width.

        The person's choice is kept in the session (until the text size changes or the visit ends).
        """
        self.context.session.set_compare_list_shown(not hidden)
        self._show_list_state()

    def list_hidden(self) -> bool:
        """The person's choice, or by default: put away from LIST_HIDDEN_FROM_SCALE text size."""
        session = self.context.session
        if session.compare_list_shown is None:
            return session.text_scale >= LIST_HIDDEN_FROM_SCALE
        return not session.compare_list_shown

    def _show_list_state(self) -> None:
        """Show the list as the session says. At large text the page is one column: the list takes the grid's place."""
        hidden = self.list_hidden()
        self.picker_scroll.setVisible(not hidden)
        self.grid.setVisible(hidden or self.context.session.text_scale < LIST_HIDDEN_FROM_SCALE)
        self.list_toggle.blockSignals(True)
        self.list_toggle.setChecked(not hidden)
        self.list_toggle.blockSignals(False)

    # -- session ---------------------------------------------------------
    def _default_pair(self) -> list[str]:
        library = self.context.library
        pair = [tid for tid in (library.comparison.default_pair if library.comparison else ()) if library.therapy(tid)]
        for therapy in library.therapies:  # content without a usable default pair: take the first ones
            if len(pair) >= 2:
                break
            if therapy.id not in pair:
                pair.append(therapy.id)
        return pair[:MAX_COMPARE]

    def _ensure_default_pair(self) -> None:
        """Never open on an empty panel: a sensible pair when nothing is picked yet."""
        session = self.context.session
        if not session.picked_therapies:
            session.set_picked_therapies(self._default_pair())

    def _session_changed(self, aspect: SessionChange) -> None:
        if aspect in (SessionChange.RESET, SessionChange.CLEARED):  # the kiosk's reset and Start over
            if self._values is not None:
                self._values.sync()
            self.grid.scroll_to_top()
            self.rebuild()
            self._show_list_state()
            if self.isVisible():
                self._ensure_default_pair()
        elif aspect == SessionChange.COMPARE:
            self.rebuild()
        elif aspect == SessionChange.VALUES and self._values is not None:
            self._values.sync()
        elif aspect in (SessionChange.APPEARANCE, SessionChange.COMPARE_LIST):
            self._show_list_state()
        if aspect in (SessionChange.TAKE_HOME, SessionChange.CLEARED, SessionChange.RESET):
            self._label_pack_button()
            self.grid.schedule_relayout()  # "Add to pack" became "Remove from pack": columns as wide as it

    def _label_pack_button(self) -> None:
        if self.pack_button is not None:
            count = len(self.context.session.take_home)
            self.pack_button.setText(self.tr("Take-home pack ({count})").format(count=count))
            self.pack_button.setAccessibleName(self.tr("Open the take-home pack: {count} handouts").format(count=count))

    def _card_actions(self, therapy: Therapy, parent: QWidget) -> list[QPushButton]:
        """Print this option's card (where IT allows it) and, in clinician mode, add it to the pack."""
        actions = takehome.HandoutActions(self.context, parent, pack_button=False)  # one pack button, at the top
        actions.set_location(f"therapy:{therapy.id}")
        return actions.buttons()

    def rebuild(self) -> None:
        """Show exactly what the session holds: picks in the order picked.

        Before the first open (built in the background, nothing picked) the grid already shows
        the default pair, without writing it to the session: the first tap then finds it built.
        """
        self.picker.sync()
        picked = list(self.context.session.picked_therapies)
        if not picked and self._fresh:
            picked = self._default_pair()
        self.grid.set_therapies(picked)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._values is None:  # after the tap has been answered: nobody scrolls that far so soon
            QTimer.singleShot(VALUES_AFTER_SHOW_MS, self, self._make_values)
        self._fresh = False
        self._show_list_state()
        self._ensure_default_pair()
        self._fit_picker()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_picker)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The picker's size hint is only right once its layout has taken the new text size.
        if watched is self.picker and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._fit_picker)
        return super().eventFilter(watched, event)

    def _fit_picker(self) -> None:
        """Wide enough that no option's name is cut off, at any text size."""
        bar = self.picker_scroll.verticalScrollBar().sizeHint().width()
        width = self.picker.sizeHint().width() + bar + 8
        if width == self.picker_scroll.minimumWidth():
            return
        self.picker_scroll.setMinimumWidth(width)
        if self.splitter.width() > width:  # give the grid back what a larger text size took
            self.splitter.setSizes([width, self.splitter.width() - width])

    def reset(self) -> None:
        """Kiosk idle: answers cleared (the session's reset), no sources or filter left, back to the top.

        The session holds the picks (empty: the default pair comes on the next open) and the list's state.
        """
        self._show_list_state()
        self.grid.hide_sources()
        self.grid.hide_speech_notice()
        self.picker.set_filter("")
        if self._values is not None:
            self._values.sync()
        self.grid.scroll_to_top()

    def show_location(self, location: str) -> bool:
        """Page protocol: "compare", or "compare:ID" to make sure that option is in the comparison."""
        if location == "compare":
            return True
        if scheme_of(location) == "compare" and target_of(location):
            return self.focus_therapy(target_of(location))
        return False

    def focus_therapy(self, therapy_id: str) -> bool:
        """Make sure a therapy is compared (replacing the last pick when full) and show its column."""
        if self.context.library.therapy(therapy_id) is None:
            return False
        session = self.context.session
        picked = list(session.picked_therapies)
        if not picked:
            others = [tid for tid in self._default_pair() if tid != therapy_id]
            picked = others if self._fresh else others[:1]
        self._fresh = False
        if therapy_id not in picked:
            if len(picked) >= MAX_COMPARE:
                picked[-1] = therapy_id
            else:
                picked.append(therapy_id)
            session.set_picked_therapies(picked)
        self.grid.scroll_to_therapy(therapy_id)
        return True

    # -- handout ---------------------------------------------------------
    def handout_text(self) -> HandoutText:
        """The handout's fixed wording, translated."""
        return HandoutText(
            title=self.tr("Comparing treatment options"),
            intro=self.tr(
                "The same questions answered for each option you chose. No option is shown as better than "
                "another: talk them over with your care team."
            ),
            printed_on=self.tr("Printed on {date}"),
            question=self.tr("Question"),
            offered=self.tr("Offered at this clinic"),
            offered_yes=self.tr("Yes, offered here"),
            offered_no=self.tr("Not offered here — ask about a referral"),
            missing_answer=self.tr("Ask your care team"),
            ask_heading=self.tr("Questions to ask your care team"),
            values_heading=self.tr("What matters to you"),
            values_note=self.tr("Your own answers, to talk over with your care team. They do not score the options."),
            sure_heading=self.tr("How sure do you feel? (SURE check)"),
            yes=self.tr("Yes"),
            no=self.tr("No"),
            certainty=self.tr("How sure the research is: {level}"),
            certainty_source=self.tr("Source: {title}"),
            sources_heading=self.tr("Where this information comes from"),
            reviewed=self.tr("Last reviewed {date}"),
            source_numbers=self.tr("Sources {numbers} (listed below)."),
            format_date=format_long_date,
            value_labels=self.values.scale,
        )

    def handout_html(self, point_size: float = HANDOUT_SIZES[0]) -> str:
        session = self.context.session
        return build_handout(
            self.context.library, session.picked_therapies, session.values, session.sure, dt.date.today(),
            self.handout_text(), point_size,
        )  # fmt: skip

    def handout_printout(self) -> printing.Printout:
        """The handout for paper: A4 landscape, at most two pages (one sheet, both sides), 9 pt down to 7 pt."""
        clinic = self.context.library.clinic.name
        date = format_long_date(dt.date.today())
        return printing.Printout(
            html=self.handout_html,
            title=self.tr("Comparing treatment options"),
            footer=f"{clinic} — {date}" if clinic else date,
            landscape=True,
            max_pages=2,
            sizes=HANDOUT_SIZES,
        )

    def print_handout(self) -> bool:
        return printing.print_html(self, self.handout_printout(), kiosk=self.context.kiosk)

    def save_pdf(self) -> bool:
        """Write the handout only where the person chose; never in kiosk mode."""
        if self.context.kiosk:
            return False
        path = printing.ask_pdf_path(self, self.tr("treatment-options.pdf"))
        if path is None:
            return False
        return printing.save_pdf_where_asked(self, self.handout_printout(), path)
