"""Kiosk soak: thousands of simulated patient visits in one process, looking for growth.

Each visit reads topics and a glossary word, fills the checklist, compares
therapies, searches, sometimes changes text size and contrast, then is
cleared the way the idle timer clears it (`window.reset_visit()` when the
shell has it, else `session.reset()` and Home). After a warm-up (which builds
every lazy page and the search index) the process's peak memory and its Qt
object counts are taken; after the last visit they are taken again. Prints
one JSON object.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import time
from collections import Counter
from pathlib import Path

WARM_UP_VISITS = 25
SEARCHES = ("trig", "neck pain", "muscle", "zzqxv", "pain?")


def _status_kib(field: str) -> int:
    """VmRSS (now) or VmHWM (peak so far) of this process, in KiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _snapshot(app, window, context) -> dict[str, object]:
    from PySide6.QtCore import QObject

    gc.collect()
    objects = window.findChildren(QObject) + context.findChildren(QObject)
    return {
        "rss_kib": _status_kib("VmRSS"),
        "peak_kib": _status_kib("VmHWM"),
        "all_widgets": len(app.allWidgets()),
        "window_qobjects": len(objects),
        "top_level_widgets": len(app.topLevelWidgets()),
        "python_objects": len(gc.get_objects()),
        "by_class": Counter(type(o).__name__ for o in objects),
    }


def drop_replaced_article_documents() -> None:
    """Diagnostic only: let ArticleView free the document it replaces (what a fix in article.py would do).

    ArticleView renders each topic into a new QTextDocument parented to itself
    and never deletes the previous one; this shows how the soak would look
    without that, so the report can say what closing the gap is worth.
    """
    from clinicapp.ui.topics.article import ArticleView

    original = ArticleView.setDocument

    def set_document(self, document):  # mirrors QTextEdit.setDocument
        old = self.document()
        ours = old is not None and old is not document and old.parent() is self
        original(self, document)
        if ours:
            old.deleteLater()

    ArticleView.setDocument = set_document


def soak(content: Path, visits: int, seed: int = 11) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from clinicapp.content.loader import load_library
    from clinicapp.ui.common.context import AppContext
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(["soak"])
    result = load_library(content)
    library = result.library
    context = AppContext(library, result.problems)
    window = MainWindow(context, default_areas())
    window.apply_appearance()
    window.resize(1280, 800)
    window.show()
    session = context.session
    rng = random.Random(seed)
    checklist, comparison = library.checklist, library.comparison
    item_ids = [i.id for s in checklist.sections for i in s.items] if checklist else []
    therapy_ids = [t.id for t in library.therapies]
    has_reset_visit = callable(getattr(window, "reset_visit", None))
    areas = set(window.areas)
    restyles: list[float] = []

    def settle() -> None:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def visit(n: int) -> None:
        window.go("topics")
        window.go(f"topic:{rng.choice(library.topics).id}")
        if library.glossary:
            window.go(f"term:{rng.choice(library.glossary).id}")
        window.go_back()
        settle()
        if "checklist" in areas:
            window.go("checklist")
        if checklist:
            for item_id in rng.sample(item_ids, k=max(1, len(item_ids) // 2)):
                session.set_item(item_id, True)
            session.set_duration(rng.choice(checklist.durations).id)
            session.set_region(rng.choice(checklist.regions).id, True)
            for question in checklist.peg:
                session.set_peg(question.id, rng.randint(0, 10))
            if n % 7 == 0:
                session.set_warning_sign(rng.choice(checklist.warning_signs).id, True)
        settle()
        if "compare" in areas:
            window.go("compare")
        session.set_picked_therapies(rng.sample(therapy_ids, k=min(len(therapy_ids), rng.randint(2, 4))))
        if comparison:
            for value in comparison.values:
                session.set_value(value.id, rng.randint(0, 3))
            for question in comparison.sure:
                session.set_sure(question.id, rng.random() < 0.5)
        window.go(f"compare:{rng.choice(therapy_ids)}")
        settle()
        window.search(rng.choice(SEARCHES))
        window.search("trigger point")
        if n % 25 == 0:
            started = time.perf_counter()
            session.set_text_scale(150)
            app.processEvents()
            restyles.append(time.perf_counter() - started)  # what a patient waits after tapping A+
            session.set_high_contrast(True)
        settle()
        if has_reset_visit:
            window.reset_visit()
        else:
            session.reset()
            window.go_home()
        settle()

    for n in range(WARM_UP_VISITS):
        visit(n)
    start = _snapshot(app, window, context)
    started = time.perf_counter()
    every = max(1, visits // 10)
    trajectory = []  # (visits done, VmRSS KiB): a leak climbs steadily, a cache levels off
    for n in range(visits):
        visit(n)
        if (n + 1) % every == 0:
            trajectory.append((n + 1, _status_kib("VmRSS")))
    elapsed = time.perf_counter() - started
    end = _snapshot(app, window, context)
    grown = {
        name: [start["by_class"].get(name, 0), count]  # type: ignore[union-attr]
        for name, count in end["by_class"].items()  # type: ignore[union-attr]
        if count > start["by_class"].get(name, 0)  # type: ignore[union-attr]
    }
    for snap in (start, end):
        snap.pop("by_class")
    return {
        "visits": visits,
        "warm_up_visits": WARM_UP_VISITS,
        "areas": sorted(areas),
        "reset": "window.reset_visit()" if has_reset_visit else "session.reset() + go_home()",
        "seconds": elapsed,
        "ms_per_visit": elapsed / visits * 1000,
        "start": start,
        "end": end,
        "grown_classes": grown,
        "trajectory": trajectory,
        "text_size_change_ms": statistics.median(restyles) * 1000 if restyles else None,
        "widgets_when_restyled": len(app.allWidgets()),
        "platform": os.environ.get("QT_QPA_PLATFORM", "xcb"),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("content", type=Path, help="a language folder, e.g. tests/fixtures/content/en")
    parser.add_argument("--visits", type=int, default=5000)
    parser.add_argument("--drop-replaced-documents", action="store_true", help="diagnostic: see drop_replaced_...")
    args = parser.parse_args()
    if args.drop_replaced_documents:
        drop_replaced_article_documents()
    print(json.dumps(soak(args.content, args.visits)))
