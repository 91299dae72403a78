"""Tap-to-settled times (issue 16, item 8): text size change, language switch, first open of each area.

"Early" taps come as the app starts: home painted from the clinic profile, the
library read on the next turn and the areas built in slices after it (app.run,
first_paint.finish_start_after_first_paint); the tap lands at a moment spread
over the first `EARLY_WINDOW_MS` after the first paint, and is timed from the
moment it was due, so waiting for a background slice under way counts.

Each figure is the wall time from the call a tap makes until Qt has processed
every event it posted (layout, polish, paint on the X server or offscreen),
which is what a patient waits before the screen answers. The goal is a p95 of
100 ms or less for each. Prints one JSON object; `python -m benchmarks.run
--only responsiveness` puts it into RESULTS.md.

Run alone: `xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m
benchmarks.bench_responsiveness content --runs 15`.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from pathlib import Path

AREAS = ("topics", "topic", "glossary", "checklist", "compare", "search")
EARLY_AREAS = ("topics", "checklist", "compare")  # the home screen's three choices
EARLY_WINDOW_MS = 1200


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation: with 15 runs the p95 is the slowest but one)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def stats(samples: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in samples]
    return {"n": len(ms), "median_ms": statistics.median(ms), "p95_ms": percentile(ms, 95), "max_ms": max(ms)}


def measure(content: Path, runs: int, early_only: bool = False) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from clinicapp.app import load_content
    from clinicapp.ui.common.context import AppContext
    from clinicapp.ui.common.i18n import Translators
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.language import LanguageSwitcher
    from clinicapp.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(["bench"])
    translators = Translators(app)
    translators.switch("en")

    def load(code: str):
        result, _notes = load_content(content, code)
        return result.library, result.problems

    stepwise = hasattr(AppContext, "load_library_step")  # the start-up read spread over turns

    def load_steps(code: str):
        from clinicapp.app import load_content_steps

        result, _notes = yield from load_content_steps(content, code)
        return result.library, result.problems

    result, _ = load_content(content, "en")
    context = AppContext(result.library, result.problems)
    context.languages = ("en", "es")

    def settle() -> None:
        for _ in range(2):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()

    def timed(action) -> float:
        settle()
        started = time.perf_counter()
        action()
        settle()
        return time.perf_counter() - started

    def new_window() -> MainWindow:
        window = MainWindow(context, default_areas())
        LanguageSwitcher(context, window, translators, load, default_areas)
        window.apply_appearance()
        window.resize(1280, 800)
        window.show()
        settle()
        return window

    topic = f"topic:{result.library.topics[0].id}"

    slices: list[float] = []  # CPU seconds of each background step after the paint: the most a tap waits for

    def early_tap(area: str, after_ms: float, *, model: bool) -> float:
        """Seconds from a tap being due `after_ms` after the first paint until its page has settled.

        model=False: wall clock, the tap sent by a timer (what this machine, shared or not, gives).
        model=True: a quiet one-core machine from CPU times: a virtual clock from the paint where each
        background step starts after its timer gap and lasts its CPU time; the tap waits for the step
        under way when it is due, then costs its own CPU time. Other load on the machine barely moves it.
        """
        from clinicapp.content.model import Library
        from clinicapp.content.profile import read_clinic
        from clinicapp.ui.common import theme
        from clinicapp.ui.shell import first_paint, main_window

        # As app.run does at the first paint: what exists now lives on (here: this harness, its own
        # library and the earlier runs' leftovers), so it is frozen and collections skip it. Left
        # unfrozen, a full collection over the harness's ~100,000 objects (~30-75 ms of CPU, which the
        # app with its ~10,000 young objects after the read never pays) landed in a random tap.
        gc.collect()
        gc.freeze()
        clinic, _ = read_clinic(content / "en" if (content / "en").is_dir() else content)
        start_context = AppContext(
            Library("en", clinic), load=(lambda: load_steps("en")) if stepwise else (lambda: load("en"))
        )
        # As a new process starts (app.run): no role style yet, fonts set directly for the first
        # paint, the role style installed on the turn after it (a background step of its own).
        app.setStyleSheet("")
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setProperty("clinicapp-role-style", False)
        window = MainWindow(start_context, default_areas())
        window.apply_appearance(first_paint=True)
        window.resize(1280, 800)
        due = after_ms / 1000
        marks: dict[str, float] = {"end": 0.0}  # model: the virtual clock at the end of the last step

        def tap(wait: float = 0.0) -> None:
            started = time.process_time()
            window.go(area)
            settle()
            marks["done"] = time.perf_counter()
            marks["taken"] = wait + time.process_time() - started

        def painted() -> None:
            marks["due"] = time.perf_counter() + due
            # Precise: a coarse timer may fire up to 5% early, and the tap then looked faster than it was.
            timer = QTimer(window)
            timer.setSingleShot(True)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(tap)
            timer.start(round(after_ms))

        def step(run, gap: float) -> None:
            begin = marks["end"] + gap
            if model and "taken" not in marks and due < begin:
                tap()  # due in the gap before this step: nothing to wait for
            started = time.process_time()
            run()
            cpu = time.process_time() - started
            slices.append(cpu)
            marks["end"] = begin + cpu
            if model and "taken" not in marks and begin <= due < marks["end"]:
                tap(marks["end"] - due)  # due while this step ran: it waited for the rest of it

        prebuild_next, load_library = window._prebuild_next, start_context.load_library
        gaps = iter([first_paint.PREBUILD_DELAY_MS / 1000])

        def prebuild_step() -> None:
            step(prebuild_next, next(gaps, main_window.PREBUILD_GAP_MS / 1000))

        window._prebuild_next = prebuild_step  # the background build, one slice a call
        if stepwise:  # the read a few pieces a turn: each call is a background step
            load_step = start_context.load_library_step

            def timed_load_step(budget: float = 0.0) -> bool:
                more: list[bool] = []
                step(lambda: more.append(load_step(budget)), 0.0)
                return more[0]

            start_context.load_library_step = timed_load_step
        else:
            start_context.load_library = lambda: step(load_library, 0.0)
        if not model:
            first_paint.after_first_paint(window, painted)
        scale = start_context.session.text_scale

        def role_style() -> None:
            step(lambda: theme.install_style_after_first_paint(app, scale), 0.0)

        first_paint.after_first_paint(window, role_style)
        first_paint.finish_start_after_first_paint(window, start_context)
        window.show()
        deadline = time.perf_counter() + 30
        while "done" not in marks and not (model and not set(window.areas) - set(window.pages)):
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError(f"early tap on {area} never answered")
        if "taken" not in marks:
            tap()  # model: due after every step
        while set(window.areas) - set(window.pages) and time.perf_counter() < deadline:
            app.processEvents()  # let the background finish before the window goes
        window.close()
        window.deleteLater()
        start_context.session.reset()
        settle()
        start_context.deleteLater()
        return marks["taken"] if model else marks["done"] - marks["due"]

    def open_each_area(window: MainWindow, times: dict[str, list[float]]) -> None:
        """Time the tap that opens each area from home, then discard the window and the visit."""
        for area in AREAS:
            if area == "search":
                context.session.set_search_text("trigger")
            times[area].append(timed(lambda loc=(topic if area == "topic" else area): window.go(loc)))
            window.go("home")
        window.close()
        window.deleteLater()
        context.session.reset()
        settle()

    first_open: dict[str, list[float]] = {area: [] for area in AREAS}
    warm_open: dict[str, list[float]] = {area: [] for area in AREAS}
    prebuilt = hasattr(MainWindow, "prebuild_areas")
    for _run in range(0 if early_only else runs):
        # As the app runs: the areas were built in the background after the first paint.
        if prebuilt:
            window = new_window()
            window.prebuild_areas(delay_ms=0)
            deadline = time.perf_counter() + 30
            while set(window.areas) - set(window.pages) and time.perf_counter() < deadline:
                app.processEvents()
            open_each_area(window, warm_open)
        # Cold: each area built by the tap itself.
        open_each_area(new_window(), first_open)

    # Early taps: each home choice at moments spread over the first EARLY_WINDOW_MS after the first paint.
    early: dict[str, list[float]] = {area: [] for area in EARLY_AREAS}
    early_model: dict[str, list[float]] = {area: [] for area in EARLY_AREAS}
    if hasattr(AppContext, "load_library"):
        for run in range(runs):
            for area in EARLY_AREAS:
                after_ms = (run + 0.5) * EARLY_WINDOW_MS / runs
                early[area].append(early_tap(area, after_ms, model=False))
                early_model[area].append(early_tap(area, after_ms, model=True))
    early_result = {
        "early_tap": {area: stats(samples) for area, samples in early.items() if samples},
        "early_tap_model": {area: stats(samples) for area, samples in early_model.items() if samples},
        "background_slice_cpu": stats(slices) if slices else {},
        "early_window_ms": EARLY_WINDOW_MS,
    }
    if early_only:
        return {"content": str(content), "runs": runs, **early_result}

    # Text size with every area built, on each area in turn (100 -> 200 and back, one step a tap).
    window = new_window()
    for area in AREAS:
        window.go(topic if area == "topic" else area)
    settle()
    text_size: list[float] = []
    steps = [125, 150, 175, 200, 175, 150, 125, 100]
    for run in range(runs):
        window.go((topic, "compare", "checklist", "home", "glossary")[run % 5])
        for scale in steps:
            text_size.append(timed(lambda s=scale: context.session.set_text_scale(s)))
        context.session.set_text_scale(100)
        settle()

    # Language switch on the home screen (where the language buttons are), English <-> Spanish.
    window.go("home")
    switcher = window.findChild(LanguageSwitcher)
    if hasattr(switcher, "preload"):
        switcher.preload()  # as the app does once idle after start-up
    language: list[float] = []
    for run in range(runs * 2):
        code = "es" if run % 2 == 0 else "en"
        language.append(timed(lambda c=code: switcher.switch(c)))
    return {
        "content": str(content),
        "runs": runs,
        "widgets": len(app.allWidgets()),
        "first_open": {area: stats(samples) for area, samples in first_open.items()},
        "first_open_prebuilt": {area: stats(samples) for area, samples in warm_open.items() if samples},
        **early_result,
        "text_size": stats(text_size),
        "language": stats(language),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("content", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--early-only", action="store_true", help="only the taps in the first second after start")
    args = parser.parse_args()
    print(json.dumps(measure(args.content, args.runs, args.early_only)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
