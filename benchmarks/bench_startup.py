"""Start-up: clinicapp to first paint against a bare PySide6 window, and where the time goes.

Each run is a fresh process started with posix_spawn and reaped with
os.wait4, which hands back that child's own rusage, so ru_maxrss is the
child's peak resident set (KiB on Linux) and nothing else's.
"""

from __future__ import annotations

import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def app_argv(content: Path) -> list[str]:
    return [PYTHON, "-m", "clinicapp", "--exit-after-paint", "--content", str(content)]


def bare_argv() -> list[str]:
    return [PYTHON, str(REPO / "benchmarks" / "bare_window.py")]


class Run(NamedTuple):
    wall_s: float
    cpu_s: float  # user + system time of the child: far less disturbed by other load than wall time
    peak_kib: int
    exit_code: int


def spawn(argv: list[str], env: dict[str, str]) -> Run:
    """Wall and CPU seconds, peak RSS (KiB) and exit code of one child run to completion."""
    quiet = [
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ]
    started = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=quiet)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status))


def compile_bytecode() -> None:
    """Write clinicapp's .pyc files, as pip and PyInstaller do on every real install.

    Without them (PYTHONDONTWRITEBYTECODE, a fresh checkout) each timed run compiles
    every clinicapp module from source (~60-70 ms of CPU on 2026-11-30's machine),
    which no installed app pays and the bare window never does.
    """
    import compileall

    compileall.compile_dir(str(REPO / "clinicapp"), quiet=1)


def compare(content: Path, env: dict[str, str], runs: int = 9) -> dict[str, object]:
    """Alternate bare and app runs (after one untimed warm-up of each); medians and ratios."""
    bare, app = bare_argv(), app_argv(content)
    compile_bytecode()
    spawn(bare, env), spawn(app, env)  # warm the page cache and font cache
    bare_runs, app_runs = [], []
    for i in range(runs):
        order = (bare, app) if i % 2 == 0 else (app, bare)
        for argv in order:
            (bare_runs if argv is bare else app_runs).append(spawn(argv, env))
    failures = [r.exit_code for r in bare_runs + app_runs if r.exit_code != 0]
    bare_s = statistics.median(r.wall_s for r in bare_runs)
    app_s = statistics.median(r.wall_s for r in app_runs)
    bare_cpu = statistics.median(r.cpu_s for r in bare_runs)
    app_cpu = statistics.median(r.cpu_s for r in app_runs)
    bare_kib = statistics.median(r.peak_kib for r in bare_runs)
    app_kib = statistics.median(r.peak_kib for r in app_runs)
    return {
        "platform": env.get("QT_QPA_PLATFORM", "xcb"),
        "runs": runs,
        "bare_s": bare_s,
        "app_s": app_s,
        "time_ratio": app_s / bare_s,
        "bare_cpu_s": bare_cpu,
        "app_cpu_s": app_cpu,
        "cpu_ratio": app_cpu / bare_cpu,
        "bare_all_s": [r.wall_s for r in bare_runs],
        "app_all_s": [r.wall_s for r in app_runs],
        "bare_kib": bare_kib,
        "app_kib": app_kib,
        "memory_ratio": app_kib / bare_kib,
        "failures": failures,
    }


def importtime(argv: list[str], env: dict[str, str], top: int = 10) -> tuple[list[tuple[str, float]], float]:
    """Self import time summed by top-level package (ms), largest first, and the total."""
    run = subprocess.run([argv[0], "-X", "importtime", *argv[1:]], env=env, capture_output=True, text=True)
    totals: dict[str, float] = defaultdict(float)
    for line in run.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = line[len("import time:") :].split("|")
        totals[name.strip().split(".")[0]] += int(self_us) / 1000
    ranked = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)
    return ranked[:top], sum(totals.values())


def profile_first_paint(
    content: Path, env: dict[str, str], top: int = 15, only: str = ""
) -> list[tuple[float, float, int, str]]:
    """cProfile of `clinicapp --exit-after-paint` in a child: (cumulative ms, own ms, calls, function).

    `only` keeps functions whose file path contains it (e.g. "clinicapp/").
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "startup.prof"
        code = (
            "import cProfile, sys\n"
            f"sys.argv = ['clinicapp', '--exit-after-paint', '--content', {str(content)!r}]\n"
            "cProfile.run('from clinicapp.cli import main; main(sys.argv[1:])', "
            f"{str(out)!r})\n"
        )
        subprocess.run([PYTHON, "-c", code], env=env, capture_output=True, check=True, cwd=REPO)
        stats = pstats.Stats(str(out))
    rows = []
    for (filename, line, function), (_cc, calls, own, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if filename.startswith("<frozen") or (function == "<module>" and filename == "<string>"):
            continue
        if function in ("<built-in method builtins.exec>", "<built-in method builtins.__import__>"):
            continue
        if only and only not in filename:
            continue
        where = filename.replace(str(REPO) + os.sep, "")
        where = where.split("site-packages" + os.sep)[-1].split("lib" + os.sep + "python3")[-1]
        rows.append((cumulative * 1000, own * 1000, calls, f"{function} ({where}:{line})"))
    rows.sort(reverse=True)
    return rows[:top]
