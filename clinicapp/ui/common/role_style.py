"""The style that gives each widget its role's font as Qt polishes it.

Its own module: defining a QProxyStyle subclass sets up QStyle's enums (~9 ms),
which start-up does only after the first paint (theme.apply's `first_paint`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

from clinicapp.ui.common.theme import role_font


class RoleStyle(QProxyStyle):
    """Gives each widget its role's font when it is polished (first shown, or after a theme change).

    With an application style sheet, neither QApplication.setFont nor a parent's
    font reaches widgets that already exist, and a style sheet font size cannot
    be relative; so fonts are set here and by `apply_fonts`.
    """

    def polish(self, arg):  # QWidget, QPalette or QApplication: one override for Qt's three overloads
        if isinstance(arg, QWidget):
            wanted = role_font(arg, QApplication.font())
            if arg.font() != wanted:
                arg.setFont(wanted)
        return super().polish(arg)
