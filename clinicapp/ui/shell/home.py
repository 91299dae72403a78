"""The first screen: the clinic's name and one large button per area."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.enum_values import ALIGN_LEFT
from clinicapp.ui.common.i18n import LANGUAGE_NAMES
from clinicapp.ui.common.theme import plain_label, role_label


class AreaButton(QPushButton):
    """A large button whose title and description wrap at any text size.

    QPushButton text never wraps, so at 200% a description would be cut off;
    the text lives in labels inside the button instead, and the button takes
    the height they need. A tap on the words presses the button: a plain-text
    QLabel ignores the mouse, so Qt hands the press and release to its parent.
    """

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "area")
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.title = plain_label(title)
        self.title.setProperty("role", "area-title")
        self.description = plain_label(description)
        self.description.setProperty("role", "area-text")
        self.box = layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 8)
        layout.setSpacing(2)
        layout.addStretch(1)  # text centred in the button's height
        for label in (self.title, self.description):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:  # what tests and screen readers read
        return f"{self.title.text()}\n{self.description.text()}"

    def sizeHint(self) -> QSize:
        return self.box.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.box.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.box.heightForWidth(width)


class HomePage(QWidget):
    areaChosen = Signal(str)
    languageChosen = Signal(str)

    def __init__(self, context: AppContext, areas: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        """areas: (location, button text, one-line description) in display order."""
        super().__init__(parent)
        clinic = context.clinic  # the profile alone: home is painted before the library is read
        self.clinic_name = role_label(clinic.name or self.tr("Welcome"), "title")
        self.clinic_name.setAccessibleName(clinic.name or self.tr("Welcome"))
        welcome = plain_label(
            self.tr("Learn about long-lasting muscle pain and ways to treat it. Tap where you want to start.")
        )
        welcome.setProperty("role", "subtitle")
        welcome.setWordWrap(True)
        # Compact on purpose: at 200% text on a 1280x800 screen the three choices must all show
        # without scrolling, so the languages share the clinic name's row and margins stay small.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(self.clinic_name, 1)
        self.language_buttons: dict[str, QPushButton] = {}
        if len(context.languages) > 1:
            head.addLayout(self._language_row(context))
        layout.addLayout(head)
        layout.addWidget(welcome)
        self.buttons: dict[str, QPushButton] = {}
        for location, text, description in areas:
            button = AreaButton(text, description)
            button.clicked.connect(lambda _=False, loc=location: self.areaChosen.emit(loc))
            layout.addWidget(button)
            self.buttons[location] = button
        layout.addStretch(1)
        self.disclaimer = role_label(clinic.disclaimer, "muted")
        self.disclaimer.setProperty("alignment", ALIGN_LEFT)  # Qt.AlignmentFlag.AlignLeft (enum_values)
        layout.addWidget(self.disclaimer)

    def show_location(self, location: str) -> bool:
        """Page protocol: the one location "home"."""
        return location == "home"

    def reset(self) -> None:
        """Nothing to clear: the home screen shows nothing of a visit (the language buttons follow a switch)."""

    def _language_row(self, context: AppContext) -> QHBoxLayout:
        """One button per language, each named in its own language so anyone can find theirs."""
        row = QHBoxLayout()
        # Both languages on purpose: someone who cannot read the current one still finds this.
        label = plain_label("Language / Idioma:")
        label.setProperty("role", "muted")
        row.addWidget(label)
        for code in context.languages:
            name = LANGUAGE_NAMES.get(code, code)
            button = QPushButton(name)
            button.setCheckable(True)
            button.setChecked(code == context.language)
            button.setAccessibleName(name)
            button.setAccessibleDescription("Language / Idioma")
            button.clicked.connect(lambda _=False, c=code: self.languageChosen.emit(c))
            row.addWidget(button)
            self.language_buttons[code] = button
        return row
