"""Qt enum values as plain ints, for the code that runs before the first paint.

The first time a module names `PySide6.QtCore.Qt`, PySide6 builds a Python enum
for every enum of the Qt namespace (93 of them: about a fifth of a bare
window's start-up instructions). No pixel of the home screen needs them, so
code that runs before the first paint sets these values through Qt's property
system (`QObject.setProperty`, which takes the C++ value as an int, as a .ui
file does), and imports `Qt` only in functions that run later.
test_startup_imports checks each value against its enum and that the first
paint builds none of the namespace.
"""

from __future__ import annotations

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText: QLabel's "textFormat"
ALIGN_LEFT = 0x0001  # Qt.AlignmentFlag.AlignLeft: QLabel's "alignment"
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff: QAbstractScrollArea's scroll bar policies
