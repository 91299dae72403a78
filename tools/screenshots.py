"""Save PNGs of each screen at 100% and 200% text, normal and high contrast.

Run under a real (virtual) X screen: `make screenshots`. The images are for a
person to look at; nothing compares them automatically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from clinicapp.app import load_content
from clinicapp.ui.areas import default_areas
from clinicapp.ui.context import AppContext
from clinicapp.ui.i18n import Translators
from clinicapp.ui.main_window import MainWindow

# (file stem, location, search text)
SCREENS = [
    ("home", "home", ""),
    ("topics", "topics", ""),
    ("topic", "topic:{topic}", ""),
    ("therapy", "therapy:{therapy}", ""),
    ("glossary", "glossary", ""),
    ("search", "search", "trig"),
    ("search-none", "search", "zzzqqq"),
    ("checklist", "checklist", ""),
    ("compare", "compare", ""),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--content", type=Path, default=None)
    parser.add_argument("--only", nargs="*", default=None, help="file stems to take")
    parser.add_argument("--lang", default="en", help="interface and content language, e.g. es")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    Translators(app).switch(args.lang)  # before any widget exists, so every tr() sees it
    result, _notes = load_content(args.content, args.lang)
    context = AppContext(result.library, result.problems)
    window = MainWindow(context, default_areas())
    window.resize(1280, 800)
    window.show()
    library = result.library
    fill = {
        "topic": library.topics[0].id if library.topics else "",
        "therapy": library.therapies[0].id if library.therapies else "",
    }
    for scale, contrast in ((100, False), (200, False), (100, True)):
        context.session.set_text_scale(scale)
        context.session.set_high_contrast(contrast)
        for stem, location, query in SCREENS:
            if args.only and stem not in args.only:
                continue
            location = location.format(**fill)
            if location.partition(":")[0] not in ("topic", "therapy") and location not in ("home", *window.areas):
                continue
            if query:
                window.search_field.setText(query)
                window.search(query)
            if not window.go(location) and window.current_location() != location:
                continue
            for _ in range(5):
                app.processEvents()
            name = f"{stem}-{scale}{'-hc' if contrast else ''}.png"
            window.grab().save(str(args.out / name))
            print(args.out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
