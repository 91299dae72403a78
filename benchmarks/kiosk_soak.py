"""Kiosk soak: many patient visits in one kiosk-mode process, each ended by the idle reset.

Unlike bench_soak.py (the shell alone), this runs the real KioskController:
every visit navigates, searches through the search field, fills the checklist
and comparison through the session, sometimes changes text size and contrast,
sometimes leaves the staff PIN dialog open or hits the error message, and is
then cleared through the idle watcher's own countdown path (`show_prompt` and
`count_down` to zero) instead of waiting for the timers. After every visit it
checks that the visit really is gone. Memory (ru_maxrss, VmRSS, VmHWM) and
live Qt object counts are taken before the first visit, after a warm-up that
builds every lazy page, and after the last visit.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/kiosk_soak.py --visits 1000

Exits 1 if a visit was not cleared or Qt objects / top-level windows grew.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 25
SEARCHES = ("trig", "neck pain", "muscle", "zzqxv", "okonkwo", "injection")


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def measure(app, window, context) -> dict[str, object]:
    from PySide6.QtCore import QObject

    gc.collect()
    objects = [window, *window.findChildren(QObject), *context.findChildren(QObject), *app.findChildren(QObject)]
    return {
        "by_class": Counter(o.metaObject().className() for o in objects),
        "ru_maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "rss_kib": _status_kib("VmRSS"),
        "peak_kib": _status_kib("VmHWM"),
        "qobjects": len(objects),
        "widgets": len(app.allWidgets()),
        "top_level_widgets": len(app.topLevelWidgets()),
        "python_objects": len(gc.get_objects()),
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visits", type=int, default=1000)
    parser.add_argument("--content", type=Path, default=ROOT / "content" / "en")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--warm-up", type=int, default=WARM_UP, help="visits before the first measurement")
    parser.add_argument("--json", action="store_true", help="print only the JSON result")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from clinicapp.config import Config
    from clinicapp.content.loader import load_library
    from clinicapp.pin import PinGuard, hash_pin
    from clinicapp.ui.common.context import AppContext
    from clinicapp.ui.kiosk.controller import KioskController, recover_from_error
    from clinicapp.ui.kiosk.pin_dialog import PinDialog
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(["kiosk-soak"])
    result = load_library(args.content)
    library = result.library
    if not library.topics:
        print(f"no topics in {args.content}", file=sys.stderr)
        return 2
    config = Config(kiosk=True)
    context = AppContext(library, result.problems, kiosk=True, config=config)
    window = MainWindow(context, default_areas())
    window.apply_appearance()
    # A kiosk PIN of the allowed length at a low cost: the soak measures resets, not scrypt.
    guard = PinGuard(hash_pin("246813", cost=(2**10, 8, 1)))
    kiosk = KioskController(window, guard, idle_timeout=config.idle_timeout, idle_warning=config.idle_warning_seconds)
    kiosk.start()
    session = context.session
    rng = random.Random(args.seed)
    checklist, comparison = library.checklist, library.comparison
    item_ids = [i.id for s in checklist.sections for i in s.items] if checklist else []
    therapy_ids = [t.id for t in library.therapies]
    failures: list[str] = []
    reset_ms: list[float] = []

    def settle() -> None:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def visit(n: int) -> None:
        window.go(rng.choice([a for a in ("topics", "compare", "checklist") if a in window.areas] or ["topics"]))
        window.go(f"topic:{rng.choice(library.topics).id}")
        if library.glossary:
            window.go(f"term:{rng.choice(library.glossary).id}")
        window.go_back()
        text = rng.choice(SEARCHES)
        window.search_field.setText(text)
        window.search(text)
        if checklist:
            for item_id in rng.sample(item_ids, k=max(1, len(item_ids) // 2)):
                session.set_item(item_id, True)
            session.set_duration(rng.choice(checklist.durations).id)
            session.set_region(rng.choice(checklist.regions).id, True)
            for question in checklist.peg:
                session.set_peg(question.id, rng.randint(0, 10))
            if n % 7 == 0 and checklist.warning_signs:
                session.set_warning_sign(rng.choice(checklist.warning_signs).id, True)
        if len(therapy_ids) >= 2:
            session.set_picked_therapies(rng.sample(therapy_ids, k=min(len(therapy_ids), rng.randint(2, 4))))
            window.go(f"compare:{rng.choice(therapy_ids)}")
        if comparison:
            for value in comparison.values:
                session.set_value(value.id, rng.randint(0, 3))
        if n % 25 == 0:
            session.set_text_scale(rng.choice((150, 200)))
            session.set_high_contrast(True)
        settle()
        if n % 10 == 0:
            # Staff button pressed, then the patient walks away: the reset closes the open dialog.
            QTimer.singleShot(0, window.reset_visit)
            PinDialog.ask(window, guard)
        if n % 20 == 0:
            recover_from_error(window, kiosk=True)  # what the exception hook does
        # The idle timer's path, without waiting for it.
        kiosk.idle.poke()
        kiosk.idle.show_prompt()
        for _ in range(kiosk.idle.warning_s - 1):
            kiosk.idle.count_down()
        begun = time.perf_counter()
        kiosk.idle.count_down()  # the last second: the visit is cleared
        reset_ms.append((time.perf_counter() - begun) * 1000)
        settle()
        left = session.leftovers()
        if left or window.current_location() != "home" or window.search_field.text() or window.isHidden():
            failures.append(f"visit {n}: left {left} at {window.current_location()}")

    before = measure(app, window, context)
    for n in range(args.warm_up):
        visit(n)
    start = measure(app, window, context)
    reset_ms.clear()
    started = time.perf_counter()
    for n in range(args.visits):
        visit(n)
    elapsed = time.perf_counter() - started
    end = measure(app, window, context)
    grew = {k: end[k] - start[k] for k in ("qobjects", "widgets", "top_level_widgets") if end[k] > start[k]}
    grown_classes = {
        name: [start["by_class"].get(name, 0), count]  # type: ignore[union-attr]
        for name, count in end["by_class"].items()  # type: ignore[union-attr]
        if count > start["by_class"].get(name, 0)  # type: ignore[union-attr]
    }
    for snap in (before, start, end):
        snap.pop("by_class")
    report = {
        "visits": args.visits,
        "warm_up_visits": args.warm_up,
        "content": str(args.content),
        "areas": sorted(window.areas),
        "seconds": round(elapsed, 2),
        "ms_per_visit": round(elapsed / args.visits * 1000, 2),
        "reset_ms_median": round(statistics.median(reset_ms), 1),
        "reset_ms_p95": round(statistics.quantiles(reset_ms, n=20)[-1], 1),
        "before_first_visit": before,
        "start": start,
        "end": end,
        "grew": grew,
        "grown_classes": grown_classes,
        "failed_resets": failures[:10],
        "failed_reset_count": len(failures),
        "platform": os.environ.get("QT_QPA_PLATFORM", ""),
    }
    kiosk.leave()
    print(json.dumps(report, indent=None if args.json else 2))
    return 1 if failures or grew else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
