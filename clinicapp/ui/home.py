"""The first screen: the clinic's name and one large button per area."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from clinicapp.ui.context import AppContext


class HomePage(QWidget):
    areaChosen = Signal(str)

    def __init__(self, context: AppContext, areas: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        """areas: (location, button text, one-line description) in display order."""
        super().__init__(parent)
        clinic = context.library.clinic
        self.clinic_name = QLabel(clinic.name or self.tr("Welcome"))
        self.clinic_name.setProperty("role", "title")
        self.clinic_name.setWordWrap(True)
        self.clinic_name.setAccessibleName(clinic.name or self.tr("Welcome"))
        welcome = QLabel(
            self.tr("Learn about long-lasting muscle pain and ways to treat it. Tap where you want to start.")
        )
        welcome.setProperty("role", "subtitle")
        welcome.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.clinic_name)
        layout.addWidget(welcome)
        self.buttons: dict[str, QPushButton] = {}
        for location, text, description in areas:
            button = QPushButton(f"{text}\n{description}")
            button.setProperty("role", "area")
            button.setAccessibleName(text)
            button.setAccessibleDescription(description)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _=False, loc=location: self.areaChosen.emit(loc))
            layout.addWidget(button)
            self.buttons[location] = button
        layout.addStretch(1)
        disclaimer = QLabel(clinic.disclaimer)
        disclaimer.setWordWrap(True)
        disclaimer.setProperty("role", "muted")
        disclaimer.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(disclaimer)
