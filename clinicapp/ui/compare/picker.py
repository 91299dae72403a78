"""Choosing 2 to 4 treatment options to compare, grouped by kind.

The picker writes the choice straight into the visit session (so a clinician
can set it up and the visit summary sees it) and only mirrors the session
back into its check boxes, so it never disagrees with the grid.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QGridLayout, QGroupBox, QLayout, QVBoxLayout, QWidget

from clinicapp.content.model import Therapy, TherapyKind
from clinicapp.session import MAX_COMPARE
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.pictures import Picture, pictogram
from clinicapp.ui.common.theme import plain_label, role_label

ALL_USES = ""


class TherapyPicker(QWidget):
    """Check boxes per therapy kind, a "used for" filter and a polite limit message."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        library = context.library
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = role_label(self.tr("Choose 2 to 4 options"), "subtitle")
        layout.addWidget(heading)

        filter_label = plain_label(self.tr("Show options used for:"))
        filter_label.setWordWrap(True)
        self.use_filter = QComboBox()
        self.use_filter.setAccessibleName(self.tr("Show options used for"))
        self.use_filter.addItem(self.tr("All uses"), ALL_USES)
        for use in library.comparison.uses if library.comparison else ():
            self.use_filter.addItem(use.label, use.id)
        filter_label.setBuddy(self.use_filter)
        self.use_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        layout.addWidget(filter_label)
        layout.addWidget(self.use_filter)

        self.limit_message = QFrame()
        self.limit_message.setProperty("role", "notice")
        message_layout = QVBoxLayout(self.limit_message)
        self.limit_label = plain_label(
            self.tr("You can compare up to {n} options at a time. Untick one to choose another.").format(n=MAX_COMPARE)
        )
        self.limit_label.setWordWrap(True)
        self.limit_label.setAccessibleName(self.limit_label.text())
        message_layout.addWidget(self.limit_label)
        self.limit_message.hide()
        layout.addWidget(self.limit_message)
        self._message_holder: QLayout = layout  # the limit message moves under the refused box
        # Therapy id -> its group's grid and its row there; the row below it is kept for the limit message.
        self._grid_rows: dict[str, tuple[QGridLayout, int]] = {}

        self.boxes: dict[str, QCheckBox] = {}
        self.pictograms: dict[str, Picture] = {}
        self.groups: dict[TherapyKind, QGroupBox] = {}
        titles = {
            TherapyKind.INJECTION: self.tr("Injections"),
            TherapyKind.MEDICINE: self.tr("Medicines"),
            TherapyKind.NON_DRUG: self.tr("Non-drug care"),
            TherapyKind.SELF_CARE: self.tr("Self-care"),
        }
        # Each group and row joins the picker before it is filled: with the picker made in its
        # page, a widget is styled once, where it stays (see ComparePage).
        for kind in TherapyKind:
            therapies = [t for t in library.therapies if t.kind is kind]
            if not therapies:
                continue
            group = QGroupBox(titles[kind])
            group.setAccessibleName(titles[kind])
            layout.addWidget(group)
            # One grid per group, pictures in the first column and boxes in the second: no widget
            # per row (18 fewer widgets to make, style and lay out on a tap that builds the page).
            # Rows with nothing shown take no room and no spacing, as hidden rows of a column did.
            grid = QGridLayout(group)
            grid.setColumnStretch(1, 1)
            for index, therapy in enumerate(therapies):
                self._row(therapy, grid, 2 * index)
            self.groups[kind] = group
        layout.addStretch(1)
        self.sync()

    def _row(self, therapy: Therapy, grid: QGridLayout, row: int) -> None:
        """The option's kind as a pictogram beside its check box; a tap on the picture ticks the box."""
        box = self._box(therapy)
        picture = pictogram(therapy.kind, target=box, lines=1.6)
        grid.addWidget(picture, row, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(box, row, 1)
        self._grid_rows[therapy.id] = (grid, row)
        self.pictograms[therapy.id] = picture

    def _box(self, therapy: Therapy) -> QCheckBox:
        box = QCheckBox(therapy.name)
        box.setAccessibleName(self.tr("Compare {name}").format(name=therapy.name))
        box.setProperty("therapy", therapy.id)
        box.toggled.connect(lambda checked, tid=therapy.id: self._toggled(tid, checked))
        self.boxes[therapy.id] = box
        return box

    def _toggled(self, therapy_id: str, checked: bool) -> None:
        accepted = self.context.session.pick_therapy(therapy_id, checked)
        if accepted:
            self.limit_message.hide()
            return
        box = self.boxes[therapy_id]
        box.blockSignals(True)
        box.setChecked(False)
        box.blockSignals(False)
        # Shown right under the refused box, where the person is looking.
        self._message_holder.removeWidget(self.limit_message)
        grid, row = self._grid_rows[therapy_id]
        grid.addWidget(self.limit_message, row + 1, 0, 1, 2)
        self._message_holder = grid
        self.limit_message.show()

    def sync(self) -> None:
        """Mirror the session's picks into the check boxes without writing back."""
        picked = set(self.context.session.picked_therapies)
        for therapy_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(therapy_id in picked)
            box.blockSignals(False)
        if len(picked) < MAX_COMPARE:
            self.limit_message.hide()
        self.apply_filter()

    def apply_filter(self) -> None:
        """Hide options not used for the chosen purpose; picked ones and self-care always stay."""
        use = self.use_filter.currentData() or ALL_USES
        for therapy in self.context.library.therapies:
            box = self.boxes[therapy.id]
            keep = (
                use == ALL_USES
                or use in therapy.uses
                or therapy.kind is TherapyKind.SELF_CARE
                or box.isChecked()
            )  # fmt: skip
            box.setVisible(keep)
            self.pictograms[therapy.id].setVisible(keep)
        for kind, group in self.groups.items():
            members = [self.boxes[t.id] for t in self.context.library.therapies if t.kind is kind]
            group.setVisible(any(not b.isHidden() for b in members))

    def set_filter(self, use_id: str) -> None:
        index = self.use_filter.findData(use_id)
        self.use_filter.setCurrentIndex(max(0, index))
