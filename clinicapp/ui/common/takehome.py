"""Take-home reading on paper: Print a topic or therapy card, and (clinician mode) a pack of several.

The HTML comes from the pure `clinicapp.takehome`; this module supplies the
translated wording, the locale's dates and the controls. Printing goes
through `printing.print_html`, so a kiosk prints straight to the default
printer (or says there is none) and IT's `printing: false` hides every Print
button. The pack is visit state (`VisitSession.take_home`): Start over and
the kiosk's reset empty it, and nothing of it is written anywhere except
the one PDF a clinician asks for. A kiosk never shows the pack, its buttons
or a save dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from clinicapp.session import SessionChange
from clinicapp.takehome import BASE_POINT_SIZE, TakeHomeText, build_handout, build_pack, record_title
from clinicapp.ui.common import printing
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.flow_layout import WrappingBar
from clinicapp.ui.common.i18n import format_long_date
from clinicapp.ui.common.theme import plain_label, role_label

HANDOUT_SIZES = (BASE_POINT_SIZE, 11.5, 11.0)  # one sheet printed both sides, never below 11 pt
HANDOUT_PAGES = 2
# What changes the pack's buttons and list: the pack itself, and the two ways a visit's state is emptied.
PACK_CHANGES = (SessionChange.TAKE_HOME, SessionChange.CLEARED, SessionChange.RESET)


def takehome_text() -> TakeHomeText:
    """The handout's fixed wording in the interface language (literal calls: lupdate reads them)."""
    return TakeHomeText(
        printed_on=QCoreApplication.translate("TakeHome", "Printed on {date}"),
        reviewed=QCoreApplication.translate("TakeHome", "Last reviewed {date}"),
        sources_heading=QCoreApplication.translate("TakeHome", "Where this information comes from"),
        missing_answer=QCoreApplication.translate("TakeHome", "It varies. Ask your care team."),
        offered=QCoreApplication.translate("TakeHome", "Offered at this clinic"),
        offered_yes=QCoreApplication.translate("TakeHome", "Yes, offered here"),
        offered_no=QCoreApplication.translate("TakeHome", "Not offered here — ask about a referral"),
        certainty=QCoreApplication.translate("TakeHome", "How sure the research is: {level}"),
        certainty_source=QCoreApplication.translate("TakeHome", "Source: {title}"),
        pack_title=QCoreApplication.translate("TakeHome", "Your take-home reading"),
        format_date=format_long_date,
    )


def _footer(context: AppContext) -> str:
    clinic = context.library.clinic.name
    date = format_long_date(dt.date.today())
    return f"{clinic} — {date}" if clinic else date


def handout_printout(context: AppContext, location: str) -> printing.Printout | None:
    """One topic or therapy card for paper: 12 pt, down to 11 pt so it fits one sheet printed both sides."""
    title = record_title(context.library, location)
    if title is None:
        return None
    text, library, today = takehome_text(), context.library, dt.date.today()
    return printing.Printout(
        html=lambda size: build_handout(library, location, today, text, size) or "",
        title=title,
        footer=_footer(context),
        max_pages=HANDOUT_PAGES,
        sizes=HANDOUT_SIZES,
    )


def pack_printout(context: AppContext) -> printing.Printout:
    """Every handout in the pack, in the pack's order, each from a new page, numbered across the pack."""
    text, library, today = takehome_text(), context.library, dt.date.today()
    locations = tuple(context.session.take_home)
    return printing.Printout(
        html=lambda size: build_pack(library, locations, today, text, size),
        title=text.pack_title,
        footer=_footer(context),
        sizes=(BASE_POINT_SIZE,),  # as large as a handout printed alone; a long one may take three pages
    )


def pack_allowed(context: AppContext) -> bool:
    """The take-home pack is for clinicians: never on a kiosk."""
    return not context.kiosk


class HandoutActions(QWidget):
    """Print (where IT allows it) and, in clinician mode, Add to pack and the pack's own button.

    Owns no layout of its own: the buttons go into whatever bar the page has
    (`buttons()`), so they wrap with the page's other controls at large text.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, pack_button: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.location = ""
        self.hide()  # a holder, never shown itself
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("takehome-print")
        self.print_button.clicked.connect(self.print_handout)
        self.add_button: QPushButton | None = None
        self.pack_button: QPushButton | None = None
        if pack_allowed(context):
            self.add_button = QPushButton()
            self.add_button.setObjectName("takehome-add")
            self.add_button.clicked.connect(self.toggle_in_pack)
        if pack_allowed(context) and pack_button:
            self.pack_button = QPushButton()
            self.pack_button.setObjectName("takehome-pack")
            self.pack_button.clicked.connect(lambda: TakeHomeDialog.open_for(self.window(), context))
        context.sessionChanged.connect(self._session_changed)

    def buttons(self) -> list[QPushButton]:
        """The controls to place: Print only when IT allows printing (no dead button)."""
        shown = [self.print_button] if self.context.config.printing else []
        return shown + [b for b in (self.add_button, self.pack_button) if b is not None]

    def set_location(self, location: str) -> None:
        self.location = location
        self._sync()

    def _session_changed(self, aspect: SessionChange) -> None:
        if aspect in PACK_CHANGES:
            self._sync()

    def _sync(self) -> None:
        title = record_title(self.context.library, self.location) or ""
        self.print_button.setAccessibleName(self.tr("Print a handout of {title}").format(title=title))
        if self.add_button is not None:
            inside = self.location in self.context.session.take_home
            self.add_button.setText(self.tr("Remove from pack") if inside else self.tr("Add to pack"))
            self.add_button.setAccessibleName(
                (
                    self.tr("Remove {title} from the take-home pack")
                    if inside
                    else self.tr("Add {title} to the take-home pack")
                ).format(title=title)
            )
        if self.pack_button is not None:
            count = len(self.context.session.take_home)
            self.pack_button.setText(self.tr("Take-home pack ({count})").format(count=count))
            self.pack_button.setAccessibleName(self.tr("Open the take-home pack: {count} handouts").format(count=count))

    def print_handout(self) -> bool:
        printout = handout_printout(self.context, self.location)
        if printout is None:
            return False
        return printing.print_html(self.window(), printout, kiosk=self.context.kiosk)

    def toggle_in_pack(self) -> None:
        if not pack_allowed(self.context) or record_title(self.context.library, self.location) is None:
            return
        session = self.context.session
        if self.location in session.take_home:
            session.remove_from_take_home(self.location)
        else:
            session.add_to_take_home(self.location)


class TakeHomeDialog(QDialog):
    """The pack: what is in it, in order, to reorder, remove, print or save as one PDF. Clinician mode only."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("takehome-dialog")
        # Window-modal: the pack is closed before the screen behind it changes (a language switch
        # rebuilds the pages), so it never shows a stale list or stale wording.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Take-home pack"))
        self.setAccessibleName(self.tr("Take-home pack"))
        self.title = role_label(self.tr("Take-home pack"), "title")
        self.count = role_label(role="subtitle")
        self.intro = plain_label(
            self.tr("Handouts print in this order, each on a new page. Nothing here is saved unless you save a PDF.")
        )
        self.intro.setWordWrap(True)
        self.empty = plain_label(self.tr('The pack is empty. Open a topic or a treatment and tap "Add to pack".'))
        self.empty.setWordWrap(True)
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.row_widgets: dict[str, dict[str, QWidget]] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.rows)
        scroll.setAccessibleName(self.tr("Handouts in the pack"))
        self.list_area = scroll
        self.print_button = QPushButton(self.tr("Print pack"))
        self.print_button.setAccessibleName(self.tr("Print every handout in the pack"))
        self.print_button.clicked.connect(self.print_pack)
        self.pdf_button = QPushButton(self.tr("Save pack as PDF"))
        self.pdf_button.setAccessibleName(self.tr("Save every handout in the pack as one PDF file"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the take-home pack"))
        self.close_button.clicked.connect(self.accept)
        bar = WrappingBar(margin=0)
        if context.config.printing:  # IT may turn printing off: no dead button
            bar.add_widget(self.print_button)
        else:
            self.print_button.setParent(self)
            self.print_button.hide()
        bar.add_widget(self.pdf_button)
        bar.add_widget(self.close_button)
        self.status = role_label(role="muted")
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.count)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(bar)
        context.sessionChanged.connect(self._session_changed)
        self.refresh()

    @classmethod
    def open_for(cls, window: QWidget, context: AppContext) -> TakeHomeDialog | None:
        """Show the window's one pack dialog (made on first use); never in kiosk mode."""
        if not pack_allowed(context):
            return None
        dialog = window.findChild(cls, "takehome-dialog")
        if dialog is None:
            dialog = cls(context, window)
        dialog.refresh()
        dialog._say("")
        available = window.size()
        dialog.resize(min(1000, available.width() - 40), available.height() - 40)  # room for the list at 200%
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _session_changed(self, aspect: SessionChange) -> None:
        if aspect in PACK_CHANGES:
            self.refresh()

    def _button(self, text: str, accessible: str, slot: Callable[..., object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        """Rows for what the pack holds now, in its order."""
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.row_widgets.clear()
        session, library = self.context.session, self.context.library
        items = [(loc, record_title(library, loc)) for loc in session.take_home]
        items = [(loc, title) for loc, title in items if title is not None]
        for number, (location, title) in enumerate(items, 1):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            kind = self.tr("Treatment") if location.startswith("therapy:") else self.tr("Topic")
            label = plain_label(f"{number}. {title} ({kind})")
            label.setWordWrap(True)
            label.setAccessibleName(f"{number}. {title}, {kind}")
            up = self._button(
                self.tr("↑ Up"),
                self.tr("Move {title} up").format(title=title),
                lambda _=False, loc=location: session.move_in_take_home(loc, -1),
            )
            down = self._button(
                self.tr("↓ Down"),
                self.tr("Move {title} down").format(title=title),
                lambda _=False, loc=location: session.move_in_take_home(loc, +1),
            )
            remove = self._button(
                self.tr("Remove"),
                self.tr("Remove {title} from the pack").format(title=title),
                lambda _=False, loc=location: session.remove_from_take_home(loc),
            )
            up.setEnabled(number > 1)
            down.setEnabled(number < len(items))
            line.addWidget(label, 1)
            for button in (up, down, remove):
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.rows_layout.addWidget(row)
            self.row_widgets[location] = {"label": label, "up": up, "down": down, "remove": remove}
        self.rows_layout.addStretch(1)
        self.count.setText(self.tr("Handouts in the pack: {count}").format(count=len(items)))
        self.count.setAccessibleName(self.count.text())
        self.empty.setVisible(not items)
        self.list_area.setVisible(bool(items))
        self.print_button.setEnabled(bool(items))
        self.pdf_button.setEnabled(bool(items))

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.setAccessibleName(message)
        self.status.setVisible(bool(message))

    def print_pack(self) -> bool:
        if not self.context.session.take_home:
            return False
        done = printing.print_html(self, pack_printout(self.context), kiosk=self.context.kiosk)
        self._say(self.tr("Sent to the printer.") if done else "")
        return done

    def save_pdf(self) -> bool:
        """Ask where, then write the whole pack as one PDF there and nowhere else."""
        if not pack_allowed(self.context) or not self.context.session.take_home:
            return False
        path = printing.ask_pdf_path(self, self.tr("take-home-pack.pdf"))
        if path is None:
            return False
        if not printing.save_pdf_where_asked(self, pack_printout(self.context), path):
            self._say("")
            return False
        self._say(self.tr("Saved as {name}").format(name=path.name))
        return True
