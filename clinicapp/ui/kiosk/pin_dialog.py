"""The staff PIN dialog: the only way out of kiosk mode.

A kiosk often has no keyboard, so the dialog has its own keypad. Every wrong
PIN is refused; after a few, the guard makes each next try wait longer and the
dialog says how long. With no PIN configured it says so plainly instead of
offering a field that can never work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinicapp.pin import MAX_PIN_LENGTH, Outcome, PinGuard
from clinicapp.ui.common.theme import role_label


class PinDialog(QDialog):
    def __init__(self, parent: QWidget | None, guard: PinGuard) -> None:
        super().__init__(parent)
        self.guard = guard
        self.setWindowTitle(self.tr("Staff only"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.box = layout = QVBoxLayout(self)
        layout.setSpacing(12)
        # Grow when the status line appears instead of squeezing the keypad (seen at 200% text).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        title = QLabel(self.tr("Staff only"))
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.field = QLineEdit()
        self.status = role_label(role="subtitle")
        self.ok_button = QPushButton(self.tr("Close the app"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel and go back"))
        self.cancel_button.clicked.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._refresh_wait)
        if guard.configured:
            self._build_entry(layout)
        else:
            self.message.setText(
                self.tr(
                    "No staff PIN is set on this computer, so the app cannot be closed from here. "
                    "IT can set one with “clinicapp hash-pin” (see the deployment guide)."
                )
            )
            self.cancel_button.setText(self.tr("OK"))
            self.cancel_button.setAccessibleName(self.tr("OK"))
            self.ok_button.hide()
        self.message.setAccessibleName(self.message.text())
        # Staff-only lines (e.g. why kiosk mode was forced). They quote settings
        # files (long paths that cannot wrap at words), so they go in plain
        # text in a small read-only box that wraps anywhere and scrolls: a
        # second wrapping label squeezed the other texts at 200% text.
        self.staff_note = QPlainTextEdit()
        self.staff_note.setReadOnly(True)
        self.staff_note.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.staff_note.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff_note.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.staff_note.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.staff_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if guard.staff_notes:
            heading = self.tr("Staff note: the settings could not be read, so the app started in kiosk mode.")
            self.staff_note.setPlainText("\n".join([heading, *guard.staff_notes]))
            self.staff_note.setAccessibleName(heading)
            layout.addWidget(self.staff_note)
        else:
            self.staff_note.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._refresh_wait()

    def showEvent(self, event: QShowEvent) -> None:
        # The style sheet (text size) is applied by now: three lines of it, the rest scrolls.
        if not self.staff_note.isHidden():
            metrics = self.staff_note.fontMetrics()
            self.staff_note.setFixedHeight(metrics.lineSpacing() * 3 + 12)
            self.staff_note.setMinimumWidth(metrics.averageCharWidth() * 40)  # a readable line of a path
            # Once laid out with the styled font, grow to fit every wrapped text (Qt does not
            # apply height-for-width to a top-level window by itself).
        # Every wrapped text, not only the staff note: at 200% Spanish the message lost its last lines.
        self.message.setMinimumWidth(min(self.message.fontMetrics().averageCharWidth() * 36, 900))
        QTimer.singleShot(0, self, self._fit_height)
        super().showEvent(event)

    def _fit_height(self) -> None:
        layout = self.box
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        if needed != self.height():  # the box's default height went into the first guess
            self.resize(self.width(), max(needed, self.minimumSizeHint().height()))

    def _build_entry(self, layout: QVBoxLayout) -> None:
        self.message.setText(self.tr("Enter the staff PIN to close the app."))
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_PIN_LENGTH)
        self.field.setValidator(QRegularExpressionValidator(r"\d*", self.field))
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.field.setAccessibleName(self.tr("Staff PIN"))
        self.field.returnPressed.connect(self.submit)
        layout.addWidget(self.field)
        keypad = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        for index, key in enumerate(keys):
            if key == "clear":
                button = QPushButton(self.tr("Clear"))
                button.setAccessibleName(self.tr("Clear the PIN"))
                button.clicked.connect(self.field.clear)
            elif key == "back":
                button = QPushButton(self.tr("⌫"))
                button.setAccessibleName(self.tr("Delete the last digit"))
                button.clicked.connect(self.field.backspace)
            else:
                button = QPushButton(key)
                button.setAccessibleName(key)
                button.clicked.connect(lambda _=False, digit=key: self.field.insert(digit))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing keeps going into the field
            keypad.addWidget(button, index // 3, index % 3)
        layout.addLayout(keypad)
        self.ok_button.setAccessibleName(self.tr("Close the app with this PIN"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.field.setFocus()

    def submit(self) -> Outcome:
        """Check what was typed; the field is always cleared so a PIN never lingers."""
        outcome = self.guard.attempt(self.field.text())
        self.field.clear()
        if outcome is Outcome.ACCEPTED:
            self.accept()
        elif outcome is Outcome.WRONG:
            self._say(self.tr("That PIN is not right."))
            self._refresh_wait()
        elif outcome is Outcome.WAIT:
            self._refresh_wait()
        return outcome

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        if self.isVisible():
            self.adjustSize()  # the wrapped status line needs room; never squeeze the keypad

    def _refresh_wait(self) -> None:
        if not self.guard.configured:
            return
        wait = self.guard.wait_remaining()
        self.ok_button.setEnabled(wait <= 0)
        self.field.setEnabled(wait <= 0)
        if wait > 0:
            self._say(
                self.tr("Too many wrong tries. Try again in {seconds} seconds.").format(seconds=int(wait + 0.999))
            )
            self._timer.start()
        elif self._timer.isActive():
            self._timer.stop()
            self._say(self.tr("You can try again now."))
            self.field.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, guard: PinGuard) -> bool:
        """True when the right PIN was entered; tests replace `exec` to drive it."""
        dialog = cls(parent, guard)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
