"""The "Summary for your visit" view: the patient's answers in plain words, to print or save.

It is rebuilt from the session every time it is shown and whenever the
session changes while it is visible, so going back to change an answer can
never leave an old summary on screen or on paper. The HTML comes from the
pure `clinicapp.summary`; this view only supplies translated wording, the
locale's date and the buttons. Saving a PDF is offered only outside kiosk mode.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinicapp.session import SessionChange
from clinicapp.summary import SummaryText, VisitSummary, build_summary, summary_html
from clinicapp.ui.common import printing
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.theme import role_label

PRINT_POINT_SIZE = 10.0
PRINT_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5)


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
        buttons.addStretch(1)
        self.status = role_label(role="muted")
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.browser, 1)
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
        return printing.Printout(
            html=lambda size: summary_html(summary, intro, size, columns=2),
            title=self.tr("Summary for your visit"),
            footer=f"{clinic} — {date_text}" if clinic else date_text,
            max_pages=1,
            sizes=PRINT_SIZES,
            overflow=lambda size: summary_html(summary, intro, size, columns=1),
        )

    def refresh(self) -> None:
        app = QApplication.instance()
        size = app.font().pointSizeF() if isinstance(app, QApplication) else PRINT_POINT_SIZE
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.html(size))
        self.browser.verticalScrollBar().setValue(scroll)

    def showEvent(self, event: QShowEvent) -> None:
        self._say("")
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.browser.clear()  # a hidden summary holds no answers for the next person to find
        super().hideEvent(event)

    def take_focus(self) -> None:
        """Focus "Change my answers": the first thing a keyboard user on the summary may want."""
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_session_changed(self, aspect: SessionChange) -> None:
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
        printing.save_pdf(self.printout(), path)
        self._say(self.tr("Saved as {name}").format(name=path.name))
        return True
