"""What a first frame costs before clinicapp does anything of its own.

Each variant is the bare window (benchmarks/bare_window.py) plus one thing the
app cannot start without, run in alternation like the start-up benchmark. The
differences show how much of clinicapp's start-up is set by its libraries
(PySide6 building the Python enums of the Qt namespace on first use, PyYAML,
dataclasses) rather than by its own code.

With a content folder, one more variant paints the app's own first frame with
PySide6 alone (benchmarks/floor_home.py: the frame is described once from the
real app before timing, then floor_home_replay.py is what is timed): the least
any PySide6 program pays for *that* screen, so app / this row is the part of
the ratio clinicapp's own code could still win back.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from benchmarks import floor_home
from benchmarks.bench_startup import PYTHON, REPO, Run, app_argv, compile_bytecode, spawn

BARE = (REPO / "benchmarks" / "bare_window.py").read_text(encoding="utf-8")
LABEL = BARE.replace(
    '    window.setWindowTitle("bare")\n',
    '    window.setWindowTitle("bare")\n'
    "    from PySide6.QtWidgets import QLabel\n"
    '    window.setCentralWidget(QLabel("Riverside Pain Clinic: learn about muscle pain"))\n',
)


def _with(code: str, extra: str) -> str:
    """The bare window with `extra` run right after its imports (after `from __future__`)."""
    return code.replace("import sys\n", f"import sys\n{extra}\n", 1)


VARIANTS: dict[str, str] = {
    "bare window": BARE,
    "+ the Qt namespace (`from PySide6.QtCore import Qt`)": _with(BARE, "from PySide6.QtCore import Qt"),
    "+ `import yaml`": _with(BARE, "import yaml"),
    "+ `import dataclasses`": _with(BARE, "import dataclasses"),
    "+ one QLabel of text (fonts)": LABEL,
    "+ all of the above": _with(LABEL, "from PySide6.QtCore import Qt\nimport yaml, dataclasses"),
}


HOME = (
    "+ the app's first screen itself: same widgets, texts, fonts and style sheet, absolute positions, "
    "no clinicapp code"
)  # fmt: skip
HOME_QT = "+ the app's first screen itself, and the Qt namespace (as code written with Qt's enums loads it)"
APP = "clinicapp itself (`--exit-after-paint`), for the gap"


def measure(
    env: dict[str, str], runs: int = 9, content: Path | None = None, with_app: bool = False
) -> list[tuple[str, float, float, float]]:
    """(variant, median wall ms, median CPU ms, median peak MiB), alternating the order each round.

    content: also time the home-screen floor for that content (its frame is dumped once first);
    with_app: and the app itself in the same alternation. A run that fails raises.
    """
    argv = {name: [PYTHON, "-c", code] for name, code in VARIANTS.items()}
    with tempfile.TemporaryDirectory() as tmp:
        if content is not None:
            frame = Path(tmp) / "frame.json"
            floor_home.make_frame(content, frame, env)
            argv[HOME] = floor_home.replay_argv(frame)
            argv[HOME_QT] = floor_home.replay_argv(frame, with_qt_namespace=True)
            if with_app:
                compile_bytecode()
                argv[APP] = app_argv(content)
        results: dict[str, list[Run]] = {name: [] for name in argv}
        for name in argv:
            if spawn(argv[name], env).exit_code:  # warm-up; a variant that cannot run stops the bench here
                raise RuntimeError(f"floor variant failed: {name}")
        names = list(argv)
        for i in range(runs):
            for name in names if i % 2 == 0 else reversed(names):
                results[name].append(spawn(argv[name], env))
    failed = {name: [r.exit_code for r in runs_ if r.exit_code] for name, runs_ in results.items()}
    if any(failed.values()):
        raise RuntimeError(f"floor runs failed: { {k: v for k, v in failed.items() if v} }")
    return [
        (
            name,
            statistics.median(r.wall_s for r in runs_) * 1000,
            statistics.median(r.cpu_s for r in runs_) * 1000,
            statistics.median(r.peak_kib for r in runs_) / 1024,
        )
        for name, runs_ in results.items()
    ]


if __name__ == "__main__":
    env = floor_home.child_env()
    for name, wall, cpu, peak in measure(env, runs=5, content=REPO / "content", with_app=True):
        print(f"{name[:60]:60s} {wall:7.1f} ms wall {cpu:7.1f} ms cpu {peak:6.1f} MiB")
