"""Start the window: load content, build the context, show the shell.

Kept separate from cli.py so `clinicapp validate` never imports Qt.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from clinicapp.content.loader import LoadResult, load_library
from clinicapp.paths import bundled_content_dir

log = logging.getLogger("clinicapp")
DEFAULT_LANGUAGE = "en"


def language_folder(root: Path, language: str) -> Path:
    """root may be a content root (holding en/, es/) or one language folder."""
    if (root / language).is_dir():
        return root / language
    return root


def load_content(requested: Path | None, language: str = DEFAULT_LANGUAGE) -> tuple[LoadResult, list[str]]:
    """Load the requested content, falling back to the bundled library if it is unusable.

    Returns the result and staff-facing notes about any fallback.
    """
    notes: list[str] = []
    bundled = language_folder(bundled_content_dir(), language)
    if requested is not None:
        folder = language_folder(requested, language)
        if not folder.is_dir():
            notes.append(f"Content folder {requested} not found; showing the bundled content.")
        else:
            result = load_library(folder)
            if result.library.topics:
                return result, notes
            notes.append(f"Content folder {requested} has no usable topics; showing the bundled content.")
            for problem in result.problems:
                log.warning("content (not used): %s", problem)
    return load_library(bundled), notes


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("clinicapp")
    result, notes = load_content(args.content)
    for problem in result.problems:
        log.warning("content: %s", problem)
    for note in notes:
        log.warning("%s", note)

    from clinicapp.ui.areas import default_areas
    from clinicapp.ui.context import AppContext
    from clinicapp.ui.main_window import MainWindow

    context = AppContext(result.library, result.problems)
    window = MainWindow(context, default_areas())
    for note in notes:
        window.add_staff_notice(note)
    window.apply_appearance()

    if args.self_test:
        from clinicapp.selftest import run_self_test

        return run_self_test(app, context, window, result, started)  # type: ignore[arg-type]
    if args.exit_after_paint:
        from clinicapp.ui.first_paint import quit_after_first_paint

        quit_after_first_paint(app, window)  # type: ignore[arg-type]
    window.resize(1280, 800)
    window.show()
    return app.exec()
