"""The "Summary for your visit" view: the patient's answers in plain words, to print or save.

It is rebuilt from the session every time it is shown and whenever the
session changes while it is visible, so going back to change an answer can
never leave an old summary on screen or on paper. The HTML comes from the
pure `clinicapp.summary`; this view only supplies translated wording, the
locale's date and the buttons. Saving a PDF is offered only outside kiosk mode.

The hand-off (docs/HANDOFF.md): beside the summary, a QR code of the visit
note for staff to scan into the record, and in clinician mode a second one
with the compact FHIR form and a button to save the QuestionnaireResponse.
The codes are made from the session each time the summary is shown and
dropped when it is hidden or the visit ends; nothing goes to disk, the
clipboard or the log unless a clinician saves the response. IT turns the QR
codes off with `qr_handoff: false`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QHideEvent, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinicapp.handoff import compact, fhir
from clinicapp.handoff.note import visit_note
from clinicapp.handoff.qr import QrSymbol, make_symbol
from clinicapp.session import SessionChange
from clinicapp.summary import SummaryText, VisitSummary, build_summary, summary_html
from clinicapp.ui.checklist.qr_code import QrCodeView, paint_symbol
from clinicapp.ui.common import printing
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.theme import role_label

PRINT_POINT_SIZE = 10.0
PRINT_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5)
NOTE_QR_PX = 330  # about the width of the note's code on screen (whole-pixel modules, at least 3 px)
FHIR_QR_PX = 150
HANDOFF_SPACING = 12
MIN_HANDOFF_WIDTH = 360
HELP_LINE_CHARS = 27  # about 500 px at 200% text: the explanation in six lines, Spanish too
# On paper: modules of 0.35 mm at least (a 2-D imager reads 0.25 mm), about 30 mm across.
PRINT_QR_MM, PRINT_MODULE_MM = 30.0, (0.35, 0.6)
# The session's aspects that end a visit: the codes go at once, shown or not.
VISIT_ENDED = (SessionChange.RESET, SessionChange.CLEARED)

log = logging.getLogger(__name__)


def _print_module_mm(symbol: QrSymbol) -> float:
    low, high = PRINT_MODULE_MM
    return max(low, min(high, PRINT_QR_MM / symbol.size))


class SummaryView(QWidget):
    backRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Summary for your visit"))
        self.back_button = QPushButton(self.tr("‹ Change my answers"))
        self.back_button.setAccessibleName(self.tr("Go back and change my answers"))
        self.back_button.clicked.connect(self.backRequested.emit)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setAccessibleName(self.tr("Print the summary"))
        self.print_button.clicked.connect(self.print_summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.print_button)
        self.print_button.setVisible(context.config.printing)  # IT may turn printing off: no dead button
        self.pdf_button: QPushButton | None = None
        if not context.kiosk:  # a kiosk never offers a way to the file system
            self.pdf_button = QPushButton(self.tr("Save as PDF"))
            self.pdf_button.setAccessibleName(self.tr("Save the summary as a PDF file"))
            self.pdf_button.clicked.connect(self.save_pdf)
            buttons.addWidget(self.pdf_button)
        self.fhir_button: QPushButton | None = None
        if not context.kiosk:  # a file dialog is a way out of a kiosk, and a file is something stored
            self.fhir_button = QPushButton(self.tr("Save FHIR"))
            self.fhir_button.setAccessibleName(self.tr("Save the answers as a FHIR file for the health record"))
            self.fhir_button.clicked.connect(self.save_fhir)
            buttons.addWidget(self.fhir_button)
        buttons.addStretch(1)
        self.status = role_label(role="muted")
        self.status.hide()
        self.handoff_time: dt.datetime | None = None  # when the codes on screen were made
        self.note_qr = QrCodeView(NOTE_QR_PX, self.tr("QR code with your answers, for staff to scan"))
        self.note_help = role_label(
            self.tr("Staff can scan this to copy your answers into your record. Nothing is saved on this computer.")
        )
        self.fhir_qr = QrCodeView(FHIR_QR_PX, self.tr("QR code with the answers in FHIR form, for staff"))
        self.fhir_help = role_label(self.tr("FHIR code for the record system"), role="muted")
        self.handoff = QWidget()
        self.handoff.setObjectName("handoff")
        # The note's code first, the FHIR code beside it (not below: at 200% text the
        # explanation takes six lines and a code under it would need scrolling).
        side = QGridLayout(self.handoff)
        side.setContentsMargins(0, 0, 0, 0)
        side.setHorizontalSpacing(HANDOFF_SPACING)
        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        side.addWidget(self.note_qr, 0, 0, top)
        form = QVBoxLayout()
        form.addWidget(self.fhir_qr, 0, top)
        form.addWidget(self.fhir_help)
        form.addStretch(1)
        side.addLayout(form, 0, 1)
        side.addWidget(self.note_help, 1, 0, 1, 2)
        side.setRowStretch(2, 1)
        self.fhir_help.setWordWrap(True)
        self.handoff.hide()
        body = QHBoxLayout()
        body.addWidget(self.browser, 1)
        body.addWidget(self.handoff, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        context.sessionChanged.connect(self._on_session_changed)

    def text(self) -> SummaryText:
        """The summary's fixed wording in the current language."""
        return SummaryText(
            title=self.tr("Summary for your visit"),
            date=self.tr("Date: {date}"),
            clinic=self.tr("Clinic: {clinic}"),
            intro=self.tr("Your own answers, to show your care team. You can change them before you print."),
            emergency_heading=self.tr("Emergency"),
            today_heading=self.tr("Tell the staff today"),
            warning_signs=self.tr("You ticked:"),
            regions_heading=self.tr("Where it hurts"),
            duration_heading=self.tr("How long it has been going on"),
            peg_heading=self.tr("Pain and how it affects your life (PEG)"),
            peg_score=self.tr("PEG score: {score} out of 10 (the average of your three answers)"),
            peg_incomplete=self.tr("Incomplete: answer all three"),
            peg_part=self.tr("{question} — {value} out of 10"),
            peg_unanswered=self.tr("{question} — not answered"),
            peg_scale=self.tr("(0 = {low}, 10 = {high})"),
            nothing_yet=self.tr("You have not answered any questions yet."),
            therapies_heading=self.tr("Treatments you want to compare"),
            values_heading=self.tr("What matters to you"),
            sure_heading=self.tr("How sure do you feel? (SURE check)"),
            yes=self.tr("Yes"),
            no=self.tr("No"),
            value_labels=(
                self.tr("Not important"),
                self.tr("A little important"),
                self.tr("Quite important"),
                self.tr("Very important"),
            ),
        )

    def _summary(self) -> tuple[VisitSummary, str, str]:
        text = self.text()
        date_text = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        summary = build_summary(self.context.session, self.context.library, dt.date.today(), text, date_text)
        return summary, text.warning_signs, date_text

    def html(self, point_size: float = PRINT_POINT_SIZE) -> str:
        """The summary as it stands in the session now, in one column (the screen's layout)."""
        summary, intro, _date = self._summary()
        return summary_html(summary, intro, point_size, columns=1)

    def printout(self) -> printing.Printout:
        """The summary for paper: two columns on one A4 page (10 pt, down to 7.5 pt for a full checklist).

        Should a summary ever need more, it prints in one column over two
        pages with every section kept whole.
        """
        summary, intro, date_text = self._summary()
        clinic = self.context.library.clinic.name
        symbol = self._note_symbol(self._now())
        reserve, paint = 0.0, None
        if symbol is not None:
            module = _print_module_mm(symbol)
            reserve = symbol.size * module + 2.0
            explanation = self.note_help.text()

            def paint(painter: QPainter, strip: QRectF, px_per_mm: float) -> None:
                side = symbol.size * module * px_per_mm
                top = strip.top() + 1.0 * px_per_mm
                paint_symbol(painter, symbol, QRectF(strip.right() - side, top, side, side))
                font = QFont()
                font.setPointSizeF(9.0)
                painter.setFont(font)
                text_box = QRectF(strip.left(), top, strip.width() - side - 4 * px_per_mm, side)
                flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(text_box, int(flags), explanation)

        return printing.Printout(
            html=lambda size: summary_html(summary, intro, size, columns=2),
            title=self.tr("Summary for your visit"),
            footer=f"{clinic} — {date_text}" if clinic else date_text,
            max_pages=1,
            sizes=PRINT_SIZES,
            overflow=lambda size: summary_html(summary, intro, size, columns=1),
            reserve_mm=reserve,
            paint_reserved=paint,
        )

    # -- the hand-off --------------------------------------------------------
    @staticmethod
    def _now() -> dt.datetime:
        return dt.datetime.now().astimezone().replace(second=0, microsecond=0)

    def _handoff_on(self) -> bool:
        """QR codes only where IT allows them, and only for a visit with checklist answers.

        Not for Compare's "what matters to you" alone: the note carries the checklist
        only, so a code there would tell staff "No answers given" under a line that
        says it copies the patient's answers.
        """
        session = self.context.session
        checklist = session.checked_items or session.duration or session.regions or session.peg
        return self.context.config.qr_handoff and bool(checklist or session.warning_signs)

    def _note_symbol(self, when: dt.datetime) -> QrSymbol | None:
        if not self._handoff_on() or self.context.library.checklist is None:
            return None
        note = visit_note(self.context.session, self.context.library, when)
        try:
            return make_symbol(note)
        except ValueError:  # segno's DataOverflowError: a clinic's checklist far longer than ours, all ticked
            # No code rather than no summary (in a kiosk the crash handler would end the visit).
            log.warning("visit note too long for a QR code (%d bytes): no code shown", len(note.encode()))
            return None

    def _fhir_symbol(self, when: dt.datetime) -> QrSymbol | None:
        if self.context.kiosk or not self._handoff_on() or self.context.library.checklist is None:
            return None
        try:
            return make_symbol(compact.encode(self.context.session, self.context.library, when))
        except ValueError:  # a language the compact form does not know: the note's code still shows
            return None

    def refresh_handoff(self) -> None:
        """Make the codes from the session as it is now (or drop them when there is nothing to hand off)."""
        when = self._now()
        note, form = self._note_symbol(when), self._fhir_symbol(when)
        self.handoff_time = when if note is not None else None
        self.note_qr.set_symbol(note)
        self.fhir_qr.set_symbol(form)
        self.fhir_qr.setVisible(form is not None)
        self.fhir_help.setVisible(form is not None)
        # The FHIR column is as wide as its code or the longest word of its caption, whichever is wider
        # ("expedientes" at 200%): counting only the code let the grid squeeze the note's column, and
        # the FHIR code then covered the note code's right edge and quiet zone.
        second = max(self.fhir_qr.width(), self.fhir_help.minimumSizeHint().width())
        width = self.note_qr.width() + (second + HANDOFF_SPACING if form is not None else 0)
        text_width = HELP_LINE_CHARS * self.note_help.fontMetrics().averageCharWidth()
        self.handoff.setFixedWidth(max(width, MIN_HANDOFF_WIDTH, text_width))
        self.handoff.setVisible(note is not None)

    def clear_handoff(self) -> None:
        """Forget the codes: they hold the patient's answers."""
        self.handoff_time = None
        self.note_qr.set_symbol(None)
        self.fhir_qr.set_symbol(None)
        self.handoff.hide()

    def fhir_response(self) -> dict[str, object]:
        """The visit as a FHIR QuestionnaireResponse, made now (never kept)."""
        return fhir.questionnaire_response(self.context.session, self.context.library, self._now())

    def save_fhir(self) -> bool:
        """Clinician mode only: ask where, then write the QuestionnaireResponse there and nowhere else."""
        if self.context.kiosk or self.context.library.checklist is None:
            return False
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save for the record (FHIR)"),
            self.tr("visit-questionnaire-response.json"),
            self.tr("FHIR JSON files (*.json)"),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".json":
            path = path.with_suffix(".json")
        try:
            path.write_text(json.dumps(self.fhir_response(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            # A read-only folder, a full disk, a share that went away: say so here, not through the
            # crash handler. The log gets the reason only: a file name a clinician types may name the patient.
            log.warning("FHIR save failed: %s", exc.strerror or type(exc).__name__)
            self._say(self.tr("Could not save the file there. Choose another folder."))
            return False
        self._say(self.tr("Saved as {name}").format(name=path.name))
        return True

    def refresh(self) -> None:
        app = QApplication.instance()
        size = app.font().pointSizeF() if isinstance(app, QApplication) else PRINT_POINT_SIZE
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.html(size))
        self.browser.verticalScrollBar().setValue(scroll)
        self.refresh_handoff()

    def showEvent(self, event: QShowEvent) -> None:
        self._say("")
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.browser.clear()  # a hidden summary holds no answers for the next person to find
        self.clear_handoff()
        super().hideEvent(event)

    def take_focus(self) -> None:
        """Focus "Change my answers": the first thing a keyboard user on the summary may want."""
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_session_changed(self, aspect: SessionChange) -> None:
        if aspect in VISIT_ENDED:
            self.clear_handoff()
        # Not on search: the box writes every key press to the session, and the summary holds no search.
        if self.isVisible() and aspect not in (SessionChange.SEARCH, SessionChange.COMPARE_LIST):
            self.refresh()

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.setAccessibleName(message)
        self.status.setVisible(bool(message))

    def print_summary(self) -> bool:
        done = printing.print_html(self, self.printout(), kiosk=self.context.kiosk)
        if not done:
            self._say("")
        elif self.context.kiosk:
            self._say(printing.kiosk_printed_message())
        else:
            self._say(self.tr("Sent to the printer."))
        return done

    def save_pdf(self) -> bool:
        """Ask where, then write the PDF there and nowhere else."""
        if self.context.kiosk:
            return False
        path = printing.ask_pdf_path(self, self.tr("visit-summary.pdf"))
        if path is None:
            return False
        if not printing.save_pdf_where_asked(self, self.printout(), path):
            self._say("")
            return False
        self._say(self.tr("Saved as {name}").format(name=path.name))
        return True
