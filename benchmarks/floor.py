"""What a first frame costs before clinicapp does anything of its own.

Each variant is the bare window (benchmarks/bare_window.py) plus one thing the
app cannot start without, run in alternation like the start-up benchmark. The
differences show how much of clinicapp's start-up is set by its libraries
(PySide6 building the Python enums of the Qt namespace on first use, PyYAML,
dataclasses) rather than by its own code.
"""

from __future__ import annotations

import statistics

from benchmarks.bench_startup import PYTHON, REPO, Run, spawn

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


def measure(env: dict[str, str], runs: int = 9) -> list[tuple[str, float, float, float]]:
    """(variant, median wall ms, median CPU ms, median peak MiB), alternating the order each round."""
    argv = {name: [PYTHON, "-c", code] for name, code in VARIANTS.items()}
    results: dict[str, list[Run]] = {name: [] for name in argv}
    for name in argv:
        spawn(argv[name], env)  # warm-up
    names = list(argv)
    for i in range(runs):
        for name in names if i % 2 == 0 else reversed(names):
            results[name].append(spawn(argv[name], env))
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
    import os

    for name, wall, cpu, peak in measure(dict(os.environ), runs=5):
        print(f"{name:55s} {wall:7.1f} ms wall {cpu:7.1f} ms cpu {peak:6.1f} MiB")
