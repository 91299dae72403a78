"""What matters to you, and the four-question SURE check.

Answers go into the visit session for the handout and the visit summary. They
are the patient's own words for the conversation with their care team: they
never score, rank or reorder the options in the grid.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWidget

from clinicapp.content.model import Choice
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.flow_layout import WrappingBar
from clinicapp.ui.common.theme import plain_label, role_label

NO = 0
YES = 1


class ValuesPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        comparison = context.library.comparison
        self.value_groups: dict[str, QButtonGroup] = {}
        self.sure_groups: dict[str, QButtonGroup] = {}
        self.scale = (
            self.tr("Not important"),
            self.tr("A little important"),
            self.tr("Quite important"),
            self.tr("Very important"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = role_label(self.tr("What matters to you"), "subtitle")
        note = plain_label(
            self.tr(
                "Your answers help you talk with your care team. They go on the handout if you print it. "
                "They do not score the options or change the table."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(note)
        for item in comparison.values if comparison else ():
            layout.addWidget(self._question(item, self.scale, self.value_groups, self._value_chosen))
        if comparison and comparison.sure:
            sure_title = role_label(self.tr("How sure do you feel? (SURE check)"), "subtitle")
            layout.addWidget(sure_title)
            for item in comparison.sure:
                answers = (self.tr("No"), self.tr("Yes"))
                layout.addWidget(self._question(item, answers, self.sure_groups, self._sure_chosen))
        self.sync()

    def _question(
        self,
        item: Choice,
        answers: tuple[str, ...],
        groups: dict[str, QButtonGroup],
        slot: Callable[[str, int], object],
    ) -> QGroupBox:
        box = QGroupBox()
        box.setAccessibleName(item.label)
        box_layout = QVBoxLayout(box)
        label = plain_label(item.label)
        label.setWordWrap(True)
        box_layout.addWidget(label)
        bar = WrappingBar(margin=0, spacing=16)
        group = QButtonGroup(box)
        for index, answer in enumerate(answers):
            radio = QRadioButton(answer)
            radio.setAccessibleName(f"{item.label}: {answer}")
            group.addButton(radio, index)
            bar.add_widget(radio)
        group.idToggled.connect(lambda index, on, item_id=item.id: on and slot(item_id, index))
        groups[item.id] = group
        box_layout.addWidget(bar)
        return box

    def _value_chosen(self, value_id: str, rating: int) -> None:
        if self.context.session.values.get(value_id) != rating:
            self.context.session.set_value(value_id, rating)

    def _sure_chosen(self, question_id: str, answer: int) -> None:
        if self.context.session.sure.get(question_id) != (answer == YES):
            self.context.session.set_sure(question_id, answer == YES)

    def sync(self) -> None:
        """Show the session's answers; clears the buttons after a reset."""
        session = self.context.session
        for value_id, group in self.value_groups.items():
            _check(group, session.values.get(value_id))
        for question_id, group in self.sure_groups.items():
            answer = session.sure.get(question_id)
            _check(group, None if answer is None else (YES if answer else NO))


def _check(group: QButtonGroup, button_id: int | None) -> None:
    """Check one button, or none (an exclusive group cannot be cleared directly)."""
    group.blockSignals(True)
    group.setExclusive(False)
    for button in group.buttons():
        button.blockSignals(True)
        button.setChecked(group.id(button) == button_id)
        button.blockSignals(False)
    group.setExclusive(True)
    group.blockSignals(False)
