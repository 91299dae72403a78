"""Formatting for the benchmark report: the machine, Markdown tables, and RESULTS.md.

Kept apart from the runner so the smoke test can check the table formatter
without running anything slow.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ANALYSIS_MARKER = "<!-- analysis: written by hand, kept by `make bench` -->"


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table whose columns line up in a terminal too."""
    cells = [[str(h) for h in headers], *[[_cell(v) for v in row] for row in rows]]
    for row in cells:
        if len(row) != len(headers):
            raise ValueError(f"row {row} has {len(row)} cells, expected {len(headers)}")
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return str(value).replace("|", "\\|")


def mib(kib: float) -> str:
    return f"{kib / 1024:.1f} MiB"


def machine() -> dict[str, str]:
    """CPU model, cores, RAM, OS, Python and PySide6 of this machine."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        meminfo = Path("/proc/meminfo").read_text().splitlines()
        ram_kib = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal"))
        ram = f"{ram_kib / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        ram = "unknown"
    os_name = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = f"{line.split('=', 1)[1].strip(chr(34))} ({platform.release()})"
    except OSError:
        pass
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:  # pragma: no cover
        pyside = "not installed"
    return {
        "CPU": cpu,
        "Cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": os_name,
        "Python": platform.python_version(),
        "PySide6": pyside,
        "Load average (1, 5, 15 min)": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def git_revision(repo: Path) -> str:
    try:
        rev = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return rev


def write_results(path: Path, generated: str) -> None:
    """Write the generated report, keeping any hand-written analysis after the marker."""
    kept = ""
    if path.is_file():
        old = path.read_text(encoding="utf-8")
        if ANALYSIS_MARKER in old:
            kept = old.split(ANALYSIS_MARKER, 1)[1]
    path.write_text(f"{generated.rstrip()}\n\n{ANALYSIS_MARKER}{kept or chr(10)}", encoding="utf-8")


def command_line() -> str:
    return " ".join([Path(sys.executable).name, *sys.argv])
