"""The side-by-side grid: one column per option, one row per question.

Built from word-wrapping labels in a grid, because labels give each cell its
own accessible name ("Stretching: How soon may it help?: ...") and rows line
up across columns by construction. Every column is made by the same code with
the same widths and properties, so no option looks more important than another.
The therapy names sit in a separate header above the scrolling body, kept in
step horizontally, so they stay visible while the answers scroll.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinicapp.content.model import Library, Therapy, TherapyKind
from clinicapp.handout import certainty_lines, chosen_therapies
from clinicapp.session import MIN_COMPARE
from clinicapp.ui.common.i18n import format_long_date
from clinicapp.ui.common.pictures import Picture, pictogram
from clinicapp.ui.common.speech import ListenButton, Segment, SpeechService, mark_property
from clinicapp.ui.common.theme import BASE_POINT_SIZE, plain_label, role_label

OFFERED_ROW = "offered"
SPACING = 6
PAGED_FROM_SCALE = 150  # percent text size from which options are shown two at a time
PAGE_SIZE = 2


class CompareGrid(QWidget):
    """The comparison table with a sticky header and a sources panel."""

    locationActivated = Signal(str)  # "topic:ID", "therapy:ID", "term:ID"

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        speech: SpeechService | None = None,
        language: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        # Listen, option by option: each option's header reads its name and every answer down its column.
        self.speech = speech
        self.language = language or (lambda: library.language)
        self.listen_buttons: dict[str, ListenButton] = {}
        self.spoken: dict[tuple[str, str], str] = {}  # (therapy, question) -> "Question. Answer"
        self.speech_notice = plain_label()
        self.speech_notice.setWordWrap(True)
        self.speech_notice.setProperty("role", "muted")
        self.speech_notice.hide()
        self.therapies: list[Therapy] = []
        self.cells: dict[tuple[str, str], QLabel] = {}
        self.name_labels: dict[str, QLabel] = {}
        self.pictograms: dict[str, Picture] = {}  # therapy id -> its kind's pictogram in the header
        self.source_buttons: dict[str, QPushButton] = {}
        # Print / Add to pack for one option's card, made by the page (which knows the mode and settings).
        self.card_actions: Callable[[Therapy, QWidget], list[QPushButton]] | None = None
        self.action_buttons: dict[str, list[QPushButton]] = {}
        self.row_labels: dict[str, QLabel] = {}
        self._columns: list[list[QWidget]] = []
        self._relayout_pending = False
        # At large text four columns do not fit 1280 px: two at a time, with buttons to page.
        self.page_size = 0  # 0: every option at once
        self.first = 0  # index of the first option shown when paging

        self.header_area = QScrollArea()
        self.header_area.setFrameShape(QFrame.Shape.NoFrame)
        self.header_area.setWidgetResizable(True)
        self.header_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.header_grid = QGridLayout()
        self.header_area.setWidget(self._grid_holder(self.header_grid))
        self.header_spacer = QWidget()  # as wide as the body's scroll bar, so columns line up

        self.sources_panel = self._build_sources_panel()

        self.body = QScrollArea()
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setWidgetResizable(True)
        self.body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.body.setAccessibleName(self.tr("Comparison of the options you picked"))
        self.body_grid = QGridLayout()
        self.grid_widget = self._grid_holder(self.body_grid)
        self.message = role_label(self.tr("Pick at least two options to compare."), "subtitle")
        self.message.setAccessibleName(self.message.text())
        self.words_label = QLabel()
        self.words_label.setWordWrap(True)
        self.words_label.setTextFormat(Qt.TextFormat.RichText)
        self.words_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.words_label.linkActivated.connect(self.locationActivated)
        inner = QWidget()
        self.body_layout = QVBoxLayout(inner)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.message)
        self.body_layout.addWidget(self.grid_widget)
        self.body_layout.addWidget(self.words_label)
        self.body_layout.addStretch(1)
        self.body.setWidget(inner)
        self.body.horizontalScrollBar().valueChanged.connect(self.header_area.horizontalScrollBar().setValue)
        self.body.viewport().installEventFilter(self)

        header_row = QHBoxLayout()
        header_row.setContentsMargins(0, 0, 0, 0)
        header_row.setSpacing(0)
        header_row.addWidget(self.header_area, 1)
        header_row.addWidget(self.header_spacer)
        self.pager = self._build_pager()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.speech_notice)
        layout.addWidget(self.pager)
        layout.addLayout(header_row)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.sources_panel)  # outside the scrolling body: never scrolled out of sight

    # -- building --------------------------------------------------------
    @staticmethod
    def _grid_holder(grid: QGridLayout) -> QWidget:
        holder = QWidget()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(SPACING)
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        holder.setLayout(grid)
        return holder

    def _build_pager(self) -> QWidget:
        pager = QWidget()
        row = QHBoxLayout(pager)
        row.setContentsMargins(0, 0, 0, 0)
        self.previous_button = QPushButton(self.tr("‹ Previous"))
        self.previous_button.setAccessibleName(self.tr("Show the previous options"))
        self.previous_button.clicked.connect(lambda: self.show_page(self.first - self.page_size))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.setAccessibleName(self.tr("Show the next options"))
        self.next_button.clicked.connect(lambda: self.show_page(self.first + self.page_size))
        self.page_label = role_label(role="muted")
        self.page_label.setWordWrap(False)
        row.addWidget(self.previous_button)
        row.addWidget(self.page_label)
        row.addWidget(self.next_button)
        row.addStretch(1)
        pager.hide()
        return pager

    def set_page_size(self, size: int) -> None:
        """Show `size` options at a time (0: all of them), keeping the first shown one in view."""
        if size != self.page_size:
            self.page_size = size
            self.show_page(self.first)

    def shown_indexes(self) -> list[int]:
        """Which options (by position in the picks) are on screen."""
        n = len(self.therapies)
        if not self.page_size or n <= self.page_size:
            return list(range(n))
        return list(range(self.first, min(n, self.first + self.page_size)))

    def show_page(self, first: int) -> None:
        n = len(self.therapies)
        size = self.page_size or n or 1
        self.first = max(0, min(first, max(0, n - size)))
        paged = bool(self.page_size) and n > self.page_size
        self.pager.setVisible(paged)
        if paged:
            shown = self.shown_indexes()
            self.page_label.setText(
                self.tr("Options {first}–{last} of {count}").format(first=shown[0] + 1, last=shown[-1] + 1, count=n)
            )
            self.previous_button.setEnabled(self.first > 0)
            self.next_button.setEnabled(shown[-1] < n - 1)
        self.schedule_relayout()

    def _build_sources_panel(self) -> QFrame:
        panel = QFrame()
        panel.setProperty("role", "notice")
        panel.setAccessibleName(self.tr("Sources"))
        self.sources_label = QLabel()
        self.sources_label.setWordWrap(True)
        self.sources_label.setTextFormat(Qt.TextFormat.RichText)
        self.sources_close = QPushButton(self.tr("Close"))
        self.sources_close.setAccessibleName(self.tr("Close sources"))
        self.sources_close.clicked.connect(panel.hide)
        column = QVBoxLayout(panel)
        column.addWidget(self.sources_label)
        column.addWidget(self.sources_close, 0, Qt.AlignmentFlag.AlignLeft)
        panel.hide()
        return panel

    def add_footer(self, widget: QWidget) -> None:
        """Put a widget under the grid, inside the same scrolling body."""
        self.body_layout.insertWidget(self.body_layout.count() - 1, widget)

    def set_therapies(self, therapy_ids: list[str]) -> None:
        """Rebuild the grid for these therapies, in the order given (nothing to do if they are shown already)."""
        if self._columns and [t.id for t in chosen_therapies(self.library, therapy_ids)] == [
            t.id for t in self.therapies
        ]:
            self.sources_panel.hide()
            return
        for grid in (self.header_grid, self.body_grid):
            while grid.count():
                item = grid.takeAt(0)
                if item is None:
                    break
                widget = item.widget()
                if widget is not None:  # hidden now: deleteLater waits for the event loop
                    widget.hide()
                    widget.deleteLater()
                # takeAt() hands the layout item to the caller and PySide6 never frees it:
                # about 100 bytes a cell on every rebuild (benchmarks/layout_item_leak.py).
                shiboken6.delete(item)
        self.cells.clear()
        self.listen_buttons.clear()
        self.spoken.clear()
        self.name_labels.clear()
        self.pictograms.clear()
        self.source_buttons.clear()
        self.action_buttons.clear()
        self.row_labels.clear()
        self.sources_panel.hide()
        self.therapies = chosen_therapies(self.library, therapy_ids)
        enough = len(self.therapies) >= MIN_COMPARE
        self.message.setVisible(not enough)
        self.grid_widget.setVisible(enough)
        self.header_area.setVisible(enough)
        self.words_label.setVisible(enough)
        if not enough:
            self.therapies = []
            self._columns = []
            return
        questions = [(q.id, q.label) for q in self.library.comparison.questions] if self.library.comparison else []
        questions.append((OFFERED_ROW, self.tr("Offered at this clinic")))
        corner = QLabel()
        self._columns = [[corner]]
        self.header_grid.addWidget(corner, 0, 0)
        for row, (qid, label) in enumerate(questions):
            row_label = self._label(f"<b>{html.escape(label)}</b>", label)
            self.row_labels[qid] = row_label
            self.body_grid.addWidget(row_label, row, 0)
            self._columns[0].append(row_label)
        sources_title = self.tr("Where this comes from")
        sources_label = self._label(f"<b>{html.escape(sources_title)}</b>", sources_title)
        self.body_grid.addWidget(sources_label, len(questions), 0)
        self._columns[0].append(sources_label)
        for column, therapy in enumerate(self.therapies, start=1):
            header = self._header(therapy)
            self.header_grid.addWidget(header, 0, column)
            cells: list[QWidget] = [header]
            for row, (qid, label) in enumerate(questions):
                cell = self._cell(therapy, qid, label)
                self.cells[(therapy.id, qid)] = cell
                self.body_grid.addWidget(cell, row, column)
                cells.append(cell)
            sources = self._sources_cell(therapy)
            self.body_grid.addWidget(sources, len(questions), column)
            cells.append(sources)
            self._columns.append(cells)
        self._set_words()
        self.show_page(self.first)

    def _label(self, text: str, accessible: str, *, rich: bool = True) -> QLabel:
        """A word-wrapping cell label: `text` is markup made here (content escaped) or, with rich=False, plain text."""
        if rich:
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.RichText)
        else:
            label = plain_label(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setAccessibleName(accessible)
        return label

    def _cell(self, therapy: Therapy, question_id: str, question: str) -> QLabel:
        if question_id == OFFERED_ROW:
            offered = self.library.is_offered(therapy.id)
            answer = self.tr("Yes, offered here") if offered else self.tr("Not offered here — ask about a referral")
        else:
            answer = therapy.answer(question_id) or self.tr("Ask your care team")
        lines = self.certainty_lines(therapy) if question_id == "evidence" else ()
        if lines:  # the answer, then how sure the research is, its first line in bold
            shown = html.escape(answer)  # content is always escaped: plain text, never its own HTML
            shown += f"<br><br><b>{html.escape(lines[0])}</b>" + "".join(
                f"<br>{html.escape(line)}" for line in lines[1:]
            )
            answer = " ".join((answer, *lines))
            cell = self._label(shown, f"{therapy.name}: {question}: {answer}")
        else:
            # Plain text: it looks the same as the escaped rich text it was, and a label with rich
            # text lays out a whole text document (~12 ms of a tap that builds the page with two options).
            cell = self._label(answer, f"{therapy.name}: {question}: {answer}", rich=False)
        self.spoken[(therapy.id, question_id)] = f"{question}. {answer}"
        cell.setProperty("role", "cell")
        cell.setFrameShape(QFrame.Shape.Box)
        cell.setMargin(6)
        return cell

    def certainty_lines(self, therapy: Therapy) -> tuple[str, ...]:
        """The certainty of the evidence, shown the same way under every option's evidence answer."""
        return certainty_lines(
            self.library, therapy, self.tr("How sure the research is: {level}"), self.tr("Source: {title}")
        )

    @staticmethod
    def _box() -> tuple[QFrame, QVBoxLayout]:
        """A framed cell holding several widgets, styled exactly like a text cell."""
        box = QFrame()
        box.setProperty("role", "cell")
        box.setFrameShape(QFrame.Shape.Box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        return box, layout

    def _header(self, therapy: Therapy) -> QWidget:
        box, layout = self._box()
        target = f"topic:{therapy.topic}" if therapy.topic else f"therapy:{therapy.id}"
        name = self._label(f"<b><a href='{html.escape(target)}'>{html.escape(therapy.name)}</a></b>", "")
        name.setAccessibleName(self.tr("{name}: read more").format(name=therapy.name))
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        name.linkActivated.connect(self.locationActivated)
        name.setProperty("location", target)
        kind = self._label(html.escape(self._kind_name(therapy.kind)), self._kind_name(therapy.kind))
        kind.setProperty("role", "muted")
        # The kind as a picture too, the same for every option of that kind (read by screen readers).
        picture = pictogram(therapy.kind)
        self.pictograms[therapy.id] = picture
        kind_row = QHBoxLayout()
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        kind_row.addWidget(kind, 1)
        self.name_labels[therapy.id] = name
        layout.addLayout(kind_row)
        layout.addWidget(name)
        if self.speech is not None:
            listen = ListenButton(self.speech, self.language, partial(self.reading, therapy, box), therapy.name)
            listen.notice = self.speech_notice
            self.listen_buttons[therapy.id] = listen
            layout.addWidget(listen, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return box

    def reading(self, therapy: Therapy, header: QWidget | None = None) -> list[Segment]:
        """One option read down its column: its name and kind, then each question with its answer."""
        segments = [
            Segment(
                f"{therapy.name}. {self._kind_name(therapy.kind)}.",
                mark_property(header) if header is not None else None,
            )
        ]
        for (therapy_id, question_id), text in self.spoken.items():
            if therapy_id == therapy.id:
                segments.append(Segment(text, mark_property(self.cells[(therapy_id, question_id)])))
        return segments

    def _sources_cell(self, therapy: Therapy) -> QWidget:
        """The review date in plain sight, the full source list one tap away."""
        box, layout = self._box()
        reviewed = self.tr("Last reviewed {date}").format(date=format_long_date(therapy.last_reviewed))
        date = self._label(html.escape(reviewed), f"{therapy.name}: {reviewed}")
        sources = QPushButton(self.tr("Sources"))
        sources.setAccessibleName(self.tr("Sources for {name}").format(name=therapy.name))
        sources.clicked.connect(lambda _=False, t=therapy: self.show_sources(t.id))
        self.source_buttons[therapy.id] = sources
        layout.addWidget(date)
        layout.addWidget(sources, 0, Qt.AlignmentFlag.AlignLeft)
        if self.card_actions is not None:
            self.action_buttons[therapy.id] = self.card_actions(therapy, box)
            for button in self.action_buttons[therapy.id]:
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _kind_name(self, kind: TherapyKind) -> str:
        return {
            TherapyKind.INJECTION: self.tr("Injection"),
            TherapyKind.MEDICINE: self.tr("Medicine"),
            TherapyKind.NON_DRUG: self.tr("Non-drug care"),
            TherapyKind.SELF_CARE: self.tr("Self-care"),
        }[kind]

    def _set_words(self) -> None:
        term_ids = dict.fromkeys(tid for t in self.therapies for tid in t.terms)
        terms = [term for term in (self.library.term(tid) for tid in term_ids) if term is not None]
        links = ", ".join(f"<a href='term:{html.escape(t.id)}'>{html.escape(t.term)}</a>" for t in terms)
        words_used = self.tr("Words used:")  # outside the f-string, where lupdate can see it
        self.words_label.setText(f"{html.escape(words_used)} {links}" if terms else "")
        self.words_label.setAccessibleName(
            self.tr("Words used: {words}").format(words=", ".join(t.term for t in terms))
        )
        self.words_label.setVisible(bool(terms))

    # -- sources ---------------------------------------------------------
    def show_sources(self, therapy_id: str) -> None:
        """Show one option's sources and review date beside the grid, without a dialog."""
        therapy = self.library.therapy(therapy_id)
        if therapy is None:
            return
        items = []
        for source in therapy.sources:
            bits = [source.title, source.publisher, str(source.year) if source.year else "", source.link]
            items.append("<li>" + html.escape(", ".join(b for b in bits if b)) + "</li>")
        reviewed = self.tr("Last reviewed {date}").format(date=format_long_date(therapy.last_reviewed))
        title = self.tr("Where the answers about {name} come from").format(name=therapy.name)
        self.sources_label.setText(f"<b>{html.escape(title)}</b><ul>{''.join(items)}</ul>{html.escape(reviewed)}")
        self.sources_label.setAccessibleName(f"{title}. {self.sources_label.text()}")
        self.sources_panel.setProperty("therapy", therapy_id)
        self.sources_panel.show()

    def hide_sources(self) -> None:
        """Close the sources panel (a new visit, or new options to compare)."""
        self.sources_panel.hide()

    def hide_speech_notice(self) -> None:
        """Take away "no voice for this language" (a new visit starts without it)."""
        self.speech_notice.hide()

    # -- layout ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body.viewport() and event.type() == QEvent.Type.Resize:
            self.schedule_relayout()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._follow_text_size()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self.schedule_relayout()
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):  # a text size keeps the colours
            QTimer.singleShot(0, self, self._refresh_links)

    def showEvent(self, event: QShowEvent) -> None:
        # A grid first built at large text (A+ tapped before Compare was ever opened) gets its fonts
        # before it can hear of a change: read the size it has when it shows.
        self._follow_text_size()
        super().showEvent(event)

    def _follow_text_size(self) -> None:
        """Two options at a time from 150% text: wider columns than a sideways scroll would give."""
        scale = self.font().pointSizeF() / BASE_POINT_SIZE * 100
        self.set_page_size(PAGE_SIZE if scale >= PAGED_FROM_SCALE - 1 else 0)

    def _refresh_links(self) -> None:
        """Labels keep the link colour of the theme they were made in: set their text again."""
        for label in (*self.name_labels.values(), self.words_label):
            text = label.text()
            label.setText("")
            label.setText(text)

    def schedule_relayout(self) -> None:
        if not self._relayout_pending:
            self._relayout_pending = True
            QTimer.singleShot(0, self, self.relayout)

    def column_widths(self) -> list[int]:
        """Question column first, then one equal width for every option."""
        n = len(self.shown_indexes())
        if not n:
            return []
        em = max(1, self.message.fontMetrics().averageCharWidth())
        available = max(1, self.body.viewport().width() - SPACING * n)
        question = max(min(max(12 * em, 120), available // 4), self._longest_word(self._columns[:1]))
        # Every option gets the same width (none looks bigger), and never less than its
        # longest word: a word cannot wrap, so a narrower column would cut it off.
        option = max(11 * em, (available - question) // n, self._longest_word(self._columns[1:]))
        return [question] + [option] * n

    @staticmethod
    def _longest_word(columns: list[list[QWidget]]) -> int:
        """Width of the widest single word shown in these columns, padding included."""
        widest = 0
        for column in columns:
            for widget in column:
                for button in widget.findChildren(QPushButton):
                    widest = max(widest, button.sizeHint().width() + 24)  # the cell's margins and frame
                for label in [widget, *widget.findChildren(QLabel)]:
                    if isinstance(label, QLabel) and label.text():
                        text = label.text()
                        if label.textFormat() == Qt.TextFormat.PlainText:
                            # Measured as the escaped markup these cells once were (`"` as `&quot;`):
                            # the columns keep exactly the widths they had.
                            text = html.escape(text)
                        plain = re.sub(r"<[^>]+>", " ", text)
                        metrics = label.fontMetrics()
                        margins = label.contentsMargins()
                        pad = margins.left() + margins.right() + 2 * label.margin() + 12
                        widest = max(
                            widest, max((metrics.horizontalAdvance(w) for w in plain.split()), default=0) + pad
                        )
        return widest

    def relayout(self) -> None:
        """Give every column its width and every cell the height its wrapped text needs."""
        self._relayout_pending = False
        self.header_spacer.setFixedWidth(self.body.verticalScrollBar().sizeHint().width())
        shown = {0, *(i + 1 for i in self.shown_indexes())}
        for index, column in enumerate(self._columns):
            for widget in column:
                widget.setVisible(index in shown)
        widths = self.column_widths()
        header_height = 0
        for width, column in zip(widths, [c for i, c in enumerate(self._columns) if i in shown], strict=False):
            for widget in column:
                widget.setFixedWidth(width)
                widget.setMinimumHeight(0)  # QLabel's heightForWidth never goes below its minimum
                if widget.hasHeightForWidth():
                    widget.setMinimumHeight(widget.heightForWidth(width))
                else:
                    widget.setMinimumHeight(widget.sizeHint().height())
            header_height = max(header_height, column[0].minimumHeight())
        if self._columns:
            self.header_area.setFixedHeight(header_height)
        self.header_area.horizontalScrollBar().setValue(self.body.horizontalScrollBar().value())

    def scroll_to_therapy(self, therapy_id: str) -> None:
        """Bring an option's column into view (after the grid is laid out)."""
        self.relayout()
        self._reveal(therapy_id)
        # The scroll range is only right once the new widths are laid out: repeat after that.
        QTimer.singleShot(0, self, lambda: self._reveal(therapy_id))

    def _reveal(self, therapy_id: str) -> None:
        ids = [t.id for t in self.therapies]
        if therapy_id in ids and ids.index(therapy_id) not in self.shown_indexes():
            self.show_page(ids.index(therapy_id))
            self.relayout()
        if therapy_id in ids:
            for _ in range(3):  # each pass lets the next level up take the new column widths
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.body.ensureWidgetVisible(self._columns[ids.index(therapy_id) + 1][1], 0, 0)

    def scroll_to_top(self) -> None:
        self.body.verticalScrollBar().setValue(0)
        self.body.horizontalScrollBar().setValue(0)
