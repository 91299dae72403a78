"""`make bench`: every clinicapp benchmark in one run, as one table and benchmarks/RESULTS.md.

Start-up is measured on the X server the run was started under (`make bench`
wraps this in one xvfb-run) and offscreen; content scale and search run each
library size in a fresh process; the kiosk soak runs offscreen. Timings are
medians of alternated runs because other work may share the machine.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import bench_startup, floor, floor_home, report, synthetic
from benchmarks.report import format_table, mib

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GOAL_RATIO = 1.3
GOAL_P95_MS = 5.0
GOAL_SOAK_GROWTH_KIB = 5 * 1024
GOAL_TAP_P95_MS = 100.0  # issue 16: every tap answers within 100 ms at the 95th percentile


def startup_content() -> Path:
    """The bundled content when it has topics yet, else the test fixture library."""
    bundled = REPO / "content" / "en" / "topics"
    if bundled.is_dir() and any(bundled.glob("*.yaml")):
        return REPO / "content"
    return REPO / "tests" / "fixtures" / "content"


def run_child(argv: list[str], env: dict[str, str], allowed_exit: tuple[int, ...] = (0,)) -> tuple[dict, int]:
    """Run a benchmark child that prints one JSON line; its result and its own peak RSS (KiB)."""
    with tempfile.TemporaryFile() as out:
        pid = os.posix_spawn(
            argv[0], argv, env,
            file_actions=[(os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                          (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)],
        )  # fmt: skip
        _, status, usage = os.wait4(pid, 0)
        out.seek(0)
        text = out.read().decode()
    if os.waitstatus_to_exitcode(status) not in allowed_exit:
        raise RuntimeError(f"{' '.join(argv)} failed with {os.waitstatus_to_exitcode(status)}")
    return json.loads(text.strip().splitlines()[-1]), usage.ru_maxrss


def child_env(offscreen: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def ok(met: bool) -> str:
    return "yes" if met else "**no**"


def section_startup(args: argparse.Namespace, content: Path, summary: list[list[object]]) -> str:
    envs = []
    if os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM", "xcb") == "xcb":
        envs.append(("xcb (Xvfb)", child_env()))
    envs.append(("offscreen", child_env(offscreen=True)))
    rows, results = [], {}
    for name, env in envs:
        print(f"start-up on {name}: {args.runs} alternated runs each ...", flush=True)
        result = bench_startup.compare(content, env, runs=args.runs)
        results[name] = result
        rows.append([
            name, result["runs"], f"{result['bare_s'] * 1000:.0f} ms", f"{result['app_s'] * 1000:.0f} ms",
            f"{result['time_ratio']:.2f}", f"{result['bare_cpu_s'] * 1000:.0f} / {result['app_cpu_s'] * 1000:.0f} ms",
            f"{result['cpu_ratio']:.2f}", mib(result["bare_kib"]), mib(result["app_kib"]),
            f"{result['memory_ratio']:.2f}", len(result["failures"]),
        ])  # fmt: skip
    main_name = envs[0][0]
    main = results[main_name]
    summary.append([f"Start-up time ratio app/bare ({main_name})", f"{main['time_ratio']:.2f}",
                    f"≤ {GOAL_RATIO}", ok(main["time_ratio"] <= GOAL_RATIO)])  # fmt: skip
    summary.append([f"Start-up peak memory ratio ({main_name})", f"{main['memory_ratio']:.2f}",
                    f"≤ {GOAL_RATIO}", ok(main["memory_ratio"] <= GOAL_RATIO)])  # fmt: skip
    table = format_table(
        ["Display", "Runs each", "Bare window", "clinicapp", "Time ratio", "CPU bare / app", "CPU ratio", "Bare peak",
         "App peak", "Memory ratio",
         "Failed runs"],
        rows,
    )  # fmt: skip
    spread = "\n".join(
        f"- {name}: bare runs (ms) {', '.join(f'{s * 1000:.0f}' for s in r['bare_all_s'])}; "
        f"app runs (ms) {', '.join(f'{s * 1000:.0f}' for s in r['app_all_s'])}"
        for name, r in results.items()
    )
    return (
        "## Start-up to first paint\n\n"
        f"`clinicapp --exit-after-paint --content {content.relative_to(REPO)}` against `benchmarks/bare_window.py`"
        " (QApplication + QMainWindow 1280x800, quits on its first Paint event like `first_paint.py`); "
        "runs alternate, one untimed warm-up of each first, medians shown. Time is spawn to exit (wall clock); CPU is "
        "the child's user + system time and peak memory its `ru_maxrss`, both from `os.wait4`. CPU time barely "
        "moves when other work shares the machine, so it is the steadier of the two ratios.\n\n"
        f"{table}\n\n{spread}\n"
    )


def section_floor(args: argparse.Namespace, content: Path) -> str:
    print("start-up floor: bare window plus single dependencies, the app's first screen by PySide6 alone ...",
          flush=True)  # fmt: skip
    env = child_env() if os.environ.get("DISPLAY") else child_env(offscreen=True)
    rows = floor.measure(env, runs=args.runs, content=content, with_app=True)
    bare_wall, bare_cpu, bare_mib = rows[0][1:]
    table = format_table(
        ["Variant", "Wall", "vs bare", "CPU", "vs bare", "Peak", "vs bare"],
        [[name, f"{wall:.0f} ms", f"{wall / bare_wall:.2f}", f"{cpu:.0f} ms", f"{cpu / bare_cpu:.2f}",
          f"{peak:.1f} MiB", f"{peak / bare_mib:.2f}"] for name, wall, cpu, peak in rows],
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:  # is the home-screen row still the app's frame?
        same = floor_home.check(content, None, Path(tmp), env)["grab"]
    match = (
        "pixel-identical to the app's first frame in this run"
        if same["same_size"] and same["differing"] == 0
        else f"**not the app's frame in this run**: {same['differing']} pixels differ in box {same.get('box')}"
    )
    by_name = {name: (wall, cpu, peak) for name, wall, cpu, peak in rows}
    home, home_qt, app = by_name[floor.HOME], by_name[floor.HOME_QT], by_name[floor.APP]
    gap = (
        f"App / home-screen floor: wall {app[0] / home[0]:.2f}, CPU {app[1] / home[1]:.2f}, "
        f"peak memory {app[2] / home[2]:.2f}; app / home-screen floor with the Qt namespace: wall "
        f"{app[0] / home_qt[0]:.2f}, CPU {app[1] / home_qt[1]:.2f}, peak memory {app[2] / home_qt[2]:.2f}."
    )
    return (
        "## Start-up floor\n\n"
        "The bare window plus one thing clinicapp cannot start without (`benchmarks/floor.py`, same alternation, "
        f"{args.runs} runs each): how much of the ratio is set before any clinicapp code runs.\n\n"
        "The bare window paints an empty QMainWindow; clinicapp's first frame is a real screen (top bar, home "
        "screen, staff notice, one style sheet). The home-screen row paints *that* frame with PySide6 alone: "
        "`benchmarks/floor_home.py` describes the app's window at its first paint (every visible widget's class, "
        "geometry, text, font and style-sheet properties; the style sheet, palette, font and locale), once before "
        "timing, and `floor_home_replay.py` rebuilds it with absolute positions, no layouts and no clinicapp code "
        "(checked pixel by pixel against the app's frame in each run; `python -m benchmarks.floor_home check`). "
        "It is a lower bound for "
        "this screen: what the app costs above it is its own code (layouts, content and settings reading, "
        "translations, the shell's wiring). The replay sets Qt's enums as plain ints and so never loads PySide6's "
        "`Qt` namespace; the next row loads it too, as any code does that names `Qt.AlignmentFlag`, "
        "`Qt.TextFormat` or a key. clinicapp no longer does before its first paint (branch startup4: the few "
        "values it needs are set the same way, `ui/common/enum_values.py`), so the first home-screen row is "
        "its floor. The last row is the app in the same alternation.\n\n"
        f"{table}\n\n{gap} Home-screen replay: {match}.\n"
    )


def section_where(content: Path) -> str:
    env = child_env() if os.environ.get("DISPLAY") else child_env(offscreen=True)
    print("start-up: -X importtime and cProfile ...", flush=True)
    app_top, app_total = bench_startup.importtime(bench_startup.app_argv(content), env)
    bare_all, bare_total = bench_startup.importtime(bench_startup.bare_argv(), env, top=1000)
    bare_by_name = dict(bare_all)
    imports = format_table(
        ["Top-level package", "clinicapp run (ms)", "bare window (ms)"],
        [[name, f"{ms:.1f}", f"{bare_by_name.get(name, 0.0):.1f}"] for name, ms in app_top]
        + [["(all imports)", f"{app_total:.1f}", f"{bare_total:.1f}"]],
    )
    profile = format_table(
        ["Cumulative ms", "Own ms", "Calls", "Function"],
        [[f"{cum:.1f}", f"{own:.1f}", calls, name] for cum, own, calls, name in bench_startup.profile_first_paint(
            content, env)],
    )  # fmt: skip
    own_table = format_table(
        ["Cumulative ms", "Own ms", "Calls", "Function"],
        [[f"{cum:.1f}", f"{own:.1f}", calls, name] for cum, own, calls, name in bench_startup.profile_first_paint(
            content, env, only=str(REPO / "clinicapp"))],
    )  # fmt: skip
    return (
        "## Where start-up time goes\n\n"
        "`python -X importtime` of the same app run, self time summed by top-level package (top 10; importtime "
        "itself inflates the figures, so compare the columns with each other, not with the wall times above):\n\n"
        f"{imports}\n\n"
        "cProfile of `clinicapp --exit-after-paint` (top 15 by cumulative time; import machinery frames left out; "
        "cProfile slows Python code about 2x):\n\n"
        f"{profile}\n\nThe same profile, clinicapp's own functions only:\n\n{own_table}\n"
    )


def section_scale(args: argparse.Namespace, summary: list[list[object]]) -> str:
    rows, details = [], []
    env = child_env(offscreen=True)
    with tempfile.TemporaryDirectory(prefix="clinicapp-bench-") as tmp:
        for size in args.sizes:
            print(f"content scale: {size} topics ...", flush=True)
            folder = synthetic.generate(Path(tmp) / str(size), size)
            result, peak_kib = run_child([PYTHON, "-m", "benchmarks.bench_scale", str(folder)], env)
            topics = result["topics"]
            rows.append([
                f"{topics:,}", result["therapies"], result["problems"], f"{result['load_s']:.2f} s",
                f"{result['load_s'] / topics * 1000:.2f} ms", f"{result['index_s']:.3f} s",
                f"{result['index_s'] / topics * 1000:.3f} ms", mib(peak_kib),
                f"{(peak_kib - result['base_kib']) / topics:.1f} KiB",
                f"{result['p50_ms']:.2f} ms", f"{result['p95_ms']:.2f} ms", f"{result['max_ms']:.1f} ms",
                f"{result['cpu_p95_ms']:.2f} ms",
            ])  # fmt: skip
            details.append(result)
            if size == 2000:
                summary.append(["Search p95 at 2,000 topics", f"{result['p95_ms']:.2f} ms", f"< {GOAL_P95_MS} ms",
                                ok(result["p95_ms"] < GOAL_P95_MS)])  # fmt: skip
    if len(details) > 1:
        first, last = details[0], details[-1]
        growth = (last["load_s"] / last["topics"]) / (first["load_s"] / first["topics"])
        summary.append(["Load cost per topic, largest / smallest size", f"{growth:.2f}x", "≈ 1 (linear)",
                        ok(growth < 1.5)])  # fmt: skip
    table = format_table(
        ["Topics", "Therapies", "Problems", "Load + check", "per topic", "Index build", "per topic", "Peak memory",
         "Peak per topic", "Search p50", "Search p95", "Search max", "Search p95 CPU"],
        rows,
    )  # fmt: skip
    from benchmarks.bench_scale import QUERIES, REPEATS

    queries = ", ".join(f"`{q}`" for q in QUERIES)
    no_hits = ", ".join(f"`{q}`" for q in details[0]["no_hit_queries"]) if details else ""
    return (
        "## Content scale and search\n\n"
        "Synthetic libraries from `benchmarks/synthetic.py` (the fixture library's files plus generated topics "
        "of about 200 words with headings, lists and internal links, and up to 40 therapies), each size in a "
        "fresh process. Load + check is `load_library` (YAML, field checks, Markdown rules, references); index "
        "build is `SearchIndex.build`; peak memory is the child's `ru_maxrss`, and 'peak per topic' is its growth "
        "over the interpreter with the modules imported, divided by the topic count.\n\n"
        f"{table}\n\n"
        "Search latency is `SearchIndex.search` (full text, misspelling correction, snippets) over "
        f"{len(QUERIES)} queries x {REPEATS} rounds after one untimed "
        f"round: {queries}. Queries with no hits (at the smallest size): {no_hits}. p50/p95/max are wall clock "
        "(what a patient waits); 'p95 CPU' is the thread's CPU time per query, which other load does not inflate.\n"
    )


def section_soak(args: argparse.Namespace, summary: list[list[object]]) -> str:
    print(f"kiosk soak: {args.visits} visits ...", flush=True)
    content = REPO / "tests" / "fixtures" / "content" / "en"
    result, _ = run_child(
        [PYTHON, "-m", "benchmarks.bench_soak", str(content), "--visits", str(args.visits)], child_env(offscreen=True)
    )
    start, end = result["start"], result["end"]
    growth = end["peak_kib"] - start["peak_kib"]
    summary.append([f"Kiosk soak peak memory growth ({args.visits:,} visits)", mib(growth), "< 5 MiB",
                    ok(growth < GOAL_SOAK_GROWTH_KIB)])  # fmt: skip
    grown = result["grown_classes"]
    summary.append(["Qt object classes that grew during the soak", len(grown), "0", ok(not grown)])
    rows = [
        [name, f"{start[key]:,}" if "kib" not in key else mib(start[key]),
         f"{end[key]:,}" if "kib" not in key else mib(end[key])]
        for key, name in (("peak_kib", "Peak memory (VmHWM)"), ("rss_kib", "Resident memory (VmRSS)"),
                          ("all_widgets", "QApplication.allWidgets()"),
                          ("window_qobjects", "QObjects under window + context (findChildren)"),
                          ("top_level_widgets", "Top-level widgets"), ("python_objects", "Python objects (gc)"))
    ]  # fmt: skip
    table = format_table(["Measure", f"After {result['warm_up_visits']} warm-up visits",
                          f"After {result['visits']:,} more"], rows)  # fmt: skip
    grown_text = (
        ", ".join(f"{name} {a:,} → {b:,}" for name, (a, b) in sorted(grown.items(), key=lambda kv: -kv[1][1])) or "none"
    )
    every = result["trajectory"][0][0] if result["trajectory"] else 0
    climb = ", ".join(f"{(kib - start['rss_kib']) / 1024:.1f}" for _, kib in result["trajectory"])
    diagnostic = ""
    if args.diagnostic_visits:
        print(f"kiosk soak, diagnostic (article documents freed): {args.diagnostic_visits} visits ...", flush=True)
        fixed, _ = run_child(
            [PYTHON, "-m", "benchmarks.bench_soak", str(content), "--visits", str(args.diagnostic_visits),
             "--drop-replaced-documents"], child_env(offscreen=True),
        )  # fmt: skip
        f_start, f_end = fixed["start"], fixed["end"]
        f_growth = f_end["peak_kib"] - f_start["peak_kib"]
        diagnostic = (
            f"\nDiagnostic, not the app as shipped: the same soak for {fixed['visits']:,} visits with ArticleView "
            "freeing the document it replaces (`--drop-replaced-documents`, a monkeypatch in the benchmark only): "
            f"peak memory {mib(f_start['peak_kib'])} → {mib(f_end['peak_kib'])} "
            f"(+{f_growth / fixed['visits']:.1f} KiB per visit), QObjects {f_start['window_qobjects']:,} → "
            f"{f_end['window_qobjects']:,}, Python objects {f_start['python_objects']:,} → "
            f"{f_end['python_objects']:,}, classes that grew: "
            f"{', '.join(fixed['grown_classes']) or 'none'}; {fixed['ms_per_visit']:.1f} ms per visit.\n"
        )
    layout, _ = run_child([PYTHON, "-m", "benchmarks.layout_item_leak"], child_env(offscreen=True))
    diagnostic += (
        f"\nRebuilding a {layout['cells']}-label grid with `QLayout.takeAt()` as CompareGrid.set_therapies does "
        f"(`benchmarks/layout_item_leak.py`, {layout['rebuilds']} rebuilds, after malloc_trim): "
        f"{layout['kib_per_rebuild_takeAt_only']:.2f} KiB per rebuild when the taken items are left alone, "
        f"{layout['kib_per_rebuild_items_deleted']:.2f} KiB when each is deleted with `shiboken6.delete(item)`.\n"
    )
    return (
        "## Kiosk soak\n\n"
        f"`benchmarks/bench_soak.py` on the fixture library, offscreen, one process: each visit opens Topics, a "
        "topic and a glossary word, goes Back, fills the checklist through the session setters, picks therapies "
        "and rates values, opens the comparison, runs two searches, every 25th visit enlarges text and turns on "
        f"high contrast, then clears with `{result['reset']}`. Areas present: {', '.join(result['areas'])}. "
        f"{result['ms_per_visit']:.1f} ms per visit.\n\n"
        f"{table}\n\nQt classes whose count grew: {grown_text}.\n\n"
        f"Resident memory above the start, MiB, every {every:,} visits: {climb} "
        f"({growth / result['visits']:.1f} KiB per visit).\n\n"
        f"Text size change (A+ to 150%, until the events are processed) with every area built "
        f"({result['widgets_when_restyled']} widgets): median {result['text_size_change_ms']:.0f} ms.\n{diagnostic}"
    )


def section_responsiveness(args: argparse.Namespace, summary: list[list[object]]) -> str:
    """Issue 16 item 8: text size change, language switch and first open of each area (bench_responsiveness.py)."""
    print("responsiveness: text size, language switch, first open of each area ...", flush=True)
    env = child_env() if os.environ.get("DISPLAY") else child_env(offscreen=True)
    content = startup_content()
    result, _ = run_child(
        [PYTHON, "-m", "benchmarks.bench_responsiveness", str(content), "--runs", str(args.tap_runs)], env
    )
    rows = []
    for name, key in (("Text size change (every area built)", "text_size"), ("Language switch EN <-> ES", "language")):
        s = result[key]
        rows.append([name, s["n"], f"{s['median_ms']:.0f} ms", f"{s['p95_ms']:.0f} ms", f"{s['max_ms']:.0f} ms"])
        summary.append([f"{name}, p95", f"{s['p95_ms']:.0f} ms", f"≤ {GOAL_TAP_P95_MS:.0f} ms",
                        ok(s["p95_ms"] <= GOAL_TAP_P95_MS)])  # fmt: skip
    for label, key in (("first open, built in the background", "first_open_prebuilt"),
                       ("first open, cold (built by the tap)", "first_open")):  # fmt: skip
        for area, s in result.get(key, {}).items():
            rows.append([f"{area}: {label}", s["n"], f"{s['median_ms']:.0f} ms", f"{s['p95_ms']:.0f} ms",
                         f"{s['max_ms']:.0f} ms"])  # fmt: skip
    for key, how in (("early_tap", "wall clock"), ("early_tap_model", "quiet one-core model from CPU times")):
        for area, s in result.get(key, {}).items():
            rows.append([f"{area}: tapped in the first {result['early_window_ms'] / 1000:.1f} s ({how})", s["n"],
                         f"{s['median_ms']:.0f} ms", f"{s['p95_ms']:.0f} ms", f"{s['max_ms']:.0f} ms"])  # fmt: skip
        if result.get(key):
            worst = max(s["p95_ms"] for s in result[key].values())
            summary.append([f"Tap on a home choice in the first second, worst p95 ({how})", f"{worst:.0f} ms",
                            f"≤ {GOAL_TAP_P95_MS:.0f} ms", ok(worst <= GOAL_TAP_P95_MS)])  # fmt: skip
    if result.get("background_slice_cpu"):
        s = result["background_slice_cpu"]
        rows.append(["(background step after the paint, CPU: the most a tap waits for)", s["n"],
                     f"{s['median_ms']:.0f} ms", f"{s['p95_ms']:.0f} ms", f"{s['max_ms']:.0f} ms"])  # fmt: skip
    if result.get("first_open_prebuilt"):
        worst = max(s["p95_ms"] for s in result["first_open_prebuilt"].values())
        summary.append(["First open of an area, worst p95 (as the app runs)", f"{worst:.0f} ms",
                        f"≤ {GOAL_TAP_P95_MS:.0f} ms", ok(worst <= GOAL_TAP_P95_MS)])  # fmt: skip
    table = format_table(["Tap", "Samples", "Median", "p95", "Max"], rows)
    return (
        "## Responsiveness (issue 16)\n\n"
        f"`benchmarks/bench_responsiveness.py` on `{Path(result['content']).name}`, 1280x800, wall time from the "
        "call a tap makes until every posted event is processed. Text size: 100 -> 200 -> 100% one step a tap on "
        "five areas in turn; language: the home screen's switch, content read ahead as the app does once idle; "
        "first open: each area on a new window, built in the background first (as the app runs) and cold; "
        "tapped in the first second: a window started as app.run starts it (home from the clinic profile, the "
        "library read after the first paint, areas built in slices), each home choice tapped at moments spread "
        "over that time and timed from when the tap was due, so waiting for a background step counts (the model "
        "replays the same on a virtual clock of CPU times and timer gaps, which other load does not inflate).\n\n"
        f"{table}\n"
    )


def section_kiosk_soak(args: argparse.Namespace, summary: list[list[object]]) -> str:
    """The kiosk engineer's soak (benchmarks/kiosk_soak.py, kiosk mode and idle-reset path), when it exists."""
    script = REPO / "benchmarks" / "kiosk_soak.py"
    if not script.is_file():
        return ""
    print(f"kiosk-mode soak (kiosk_soak.py): {args.kiosk_visits} visits ...", flush=True)
    argv = [PYTHON, str(script), "--visits", str(args.kiosk_visits), "--json"]
    try:
        result, _ = run_child(argv, child_env(offscreen=True), allowed_exit=(0, 1))
    except (RuntimeError, ValueError) as exc:  # someone else's script: report, do not stop the run
        return f"## Kiosk-mode soak\n\n`benchmarks/kiosk_soak.py` did not run: {exc}\n"
    start, end = result["start"], result["end"]
    growth = end["peak_kib"] - start["peak_kib"]
    summary.append([f"Kiosk-mode soak peak memory growth ({args.kiosk_visits:,} visits, kiosk_soak.py)", mib(growth),
                    "< 5 MiB", ok(growth < GOAL_SOAK_GROWTH_KIB)])  # fmt: skip
    rows = [
        [key, mib(start[key]) if key.endswith("kib") else f"{start[key]:,}",
         mib(end[key]) if key.endswith("kib") else f"{end[key]:,}"]
        for key in start
    ]  # fmt: skip
    table = format_table(["Measure", "After warm-up", f"After {result['visits']:,} more"], rows)
    return (
        "## Kiosk-mode soak\n\n"
        f"`benchmarks/kiosk_soak.py` (written by the kiosk engineer; real KioskController, PIN dialog, error "
        f"recovery and the idle countdown) on `{Path(result['content']).relative_to(REPO)}`, offscreen, "
        f"{result['ms_per_visit']:.1f} ms per visit; failed resets: {result['failed_reset_count']}; "
        f"counts that grew: {result['grew'] or 'none'}.\n\n{table}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="start-up runs of each command (at least 7)")
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=[200, 2000, 20000])
    parser.add_argument("--visits", type=int, default=5000, help="visits of the shell soak (bench_soak.py)")
    parser.add_argument(
        "--diagnostic-visits", type=int, default=0, help="soak visits with article documents freed (0: skip)"
    )
    parser.add_argument(
        "--kiosk-visits", type=int, default=500, help="visits of kiosk_soak.py (about 10x slower per visit)"
    )
    parser.add_argument("--tap-runs", type=int, default=15, help="runs of bench_responsiveness.py")
    parser.add_argument(
        "--only",
        choices=("startup", "floor", "where", "scale", "soak", "kiosk-soak", "responsiveness"),
        action="append",
    )
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "RESULTS.md")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    # An installed app runs from bytecode; compile once so no run pays for compiling sources.
    compileall.compile_dir(REPO / "clinicapp", quiet=1)
    compileall.compile_dir(REPO / "benchmarks", quiet=1)
    started = time.perf_counter()
    load_at_start = " ".join(f"{x:.2f}" for x in os.getloadavg())
    content = startup_content()
    summary: list[list[object]] = []
    sections = []
    wanted = set(args.only or ("startup", "floor", "where", "scale", "soak", "kiosk-soak", "responsiveness"))
    if "startup" in wanted:
        sections.append(section_startup(args, content, summary))
    if "floor" in wanted:
        sections.append(section_floor(args, content))
    if "where" in wanted:
        sections.append(section_where(content))
    if "scale" in wanted:
        sections.append(section_scale(args, summary))
    if "soak" in wanted:
        sections.append(section_soak(args, summary))
    if "kiosk-soak" in wanted:
        sections.append(section_kiosk_soak(args, summary))
    if "responsiveness" in wanted:
        sections.append(section_responsiveness(args, summary))
    info = report.machine()
    info.pop("Load average (1, 5, 15 min)", None)
    info["Load average at start"] = load_at_start
    info["Load average at end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    head = (
        "# clinicapp benchmarks\n\n"
        f"Generated by `make bench` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC at commit "
        f"{report.git_revision(REPO)} in {time.perf_counter() - started:.0f} s. Command: `{report.command_line()}`"
        f" (under `{os.environ.get('BENCH_WRAPPER', 'no X wrapper')}`).\n\n"
        + format_table(["Machine", ""], list(info.items()))
        + "\n\n## Summary\n\n"
        + format_table(["Measure", "Value", "Goal", "Met"], summary)
        + "\n"
    )
    text = "\n".join([head, *sections])
    print(text)
    if not args.no_write:
        report.write_results(args.out, text)
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
