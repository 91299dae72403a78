"""The benchmark tools still work: a tiny synthetic library loads clean and the report formats.

No timings are asserted here; `make bench` measures, this only keeps the
generator and the formatter from rotting between benchmark runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clinicapp.content.loader import load_library

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(REPO))
    try:
        from benchmarks import bench_scale, report, synthetic

        yield synthetic, report, bench_scale
    finally:
        sys.path.remove(str(REPO))


def test_synthetic_library_loads_clean(tmp_path, bench):
    synthetic, _, _ = bench
    folder = synthetic.generate(tmp_path, 20)
    result = load_library(folder)
    assert result.problems == []
    assert len(result.library.topics) == 20
    assert len(result.library.therapies) >= 2


def test_synthetic_library_is_searchable(tmp_path, bench):
    synthetic, _, bench_scale = bench
    from clinicapp.content.search import SearchIndex

    index = SearchIndex.build(load_library(synthetic.generate(tmp_path, 20)).library)
    assert index.query("muscle")
    for query in bench_scale.QUERIES:  # none of the benchmark's queries may raise
        index.query(query)


def test_table_columns_line_up(bench):
    _, report, _ = bench
    table = report.format_table(["Size", "Load"], [[200, 0.5], [20000, "1.25 s"], ["a|b", 1234.5]])
    lines = table.splitlines()
    assert lines[0].startswith("| Size ")
    assert set(lines[1]) <= {"|", "-"}
    assert len({len(line) for line in lines}) == 1
    assert "a\\|b" in table and "1234" in table


def test_table_refuses_ragged_rows(bench):
    _, report, _ = bench
    with pytest.raises(ValueError):
        report.format_table(["a", "b"], [[1]])


def test_results_keep_the_hand_written_analysis(tmp_path, bench):
    _, report, _ = bench
    path = tmp_path / "RESULTS.md"
    report.write_results(path, "# first")
    path.write_text(path.read_text() + "\nWhy start-up misses its goal.\n")
    report.write_results(path, "# second")
    text = path.read_text()
    assert text.startswith("# second") and "Why start-up misses its goal." in text and "# first" not in text


def test_percentile_is_nearest_rank(bench):
    _, _, bench_scale = bench
    values = [float(v) for v in range(1, 101)]
    assert bench_scale.percentile(values, 0.95) == 95.0
    assert bench_scale.percentile(values, 0.5) == 50.0


def test_kiosk_soak_runs_a_few_visits(tmp_path):
    """The soak script itself keeps working as the app changes (it once broke on the 6-digit PIN rule)."""
    import json
    import os
    import subprocess

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINICAPP_STATE_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(root / "benchmarks" / "kiosk_soak.py"), "--visits", "3", "--warm-up", "1", "--json",
         "--content", str(root / "tests" / "fixtures" / "content" / "en")],
        capture_output=True, text=True, timeout=300, env=env, cwd=root,
    )  # fmt: skip
    # Exit 1 also means "memory grew", which three visits cannot judge: read the result instead.
    assert done.returncode in (0, 1) and done.stdout.strip(), done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["visits"] == 3 and result["failed_reset_count"] == 0, result["failed_resets"]


def test_home_floor_replays_the_apps_first_frame_pixel_for_pixel(tmp_path):
    """floor_home: the replay (PySide6 alone) paints exactly the app's first frame, and quits on that paint.

    In Spanish: the default locale changes text shaping (no "fi" ligature), which the replay must carry over.
    A replay that breaks, stops painting (the timeout) or paints anything else fails here.
    """
    import ast
    import os

    sys.path.insert(0, str(REPO))
    try:
        from benchmarks import floor_home
    finally:
        sys.path.remove(str(REPO))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINICAPP_STATE_DIR": str(tmp_path / "state")}
    result = floor_home.check(REPO / "content", "es", tmp_path, env)
    assert result["widgets"] >= 20  # top bar, home screen and notice: not an empty window
    assert result["grab"]["same_size"] and result["grab"]["differing"] == 0, result
    frame = (tmp_path / "frame-es.json").read_text(encoding="utf-8")
    assert "Temas" in frame and "Riverside Pain Clinic" in frame and "QPushButton[role=" in frame

    # The comparison itself sees a single pixel.
    from PySide6.QtGui import QImage

    changed = QImage(str(tmp_path / "replay-es.png"))
    changed.setPixel(700, 400, 0xFF00FF00)
    changed.save(str(tmp_path / "changed.png"))
    one = floor_home.compare_images(tmp_path / "app-es.png", tmp_path / "changed.png")
    assert one["differing"] == 1 and one["box"] == [700, 400, 700, 400]

    # No clinicapp code at run time: the replay imports only PySide6, json and sys.
    tree = ast.parse(floor_home.REPLAY_PATH.read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    }
    imported |= {
        node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert imported <= {"__future__", "json", "sys", "PySide6"}, imported


def test_floor_times_the_home_screen_floor(tmp_path, monkeypatch):
    """floor.measure dumps the frame once and times the replay (alone, and with the Qt namespace) with the others."""
    import os
    import shutil

    sys.path.insert(0, str(REPO))
    try:
        from benchmarks import floor
    finally:
        sys.path.remove(str(REPO))
    monkeypatch.setattr(floor, "VARIANTS", {"bare window": floor.BARE})
    # A replay that never paints never quits: coreutils' timeout ends it (exit 124, and measure raises).
    spawn, timeout = floor.spawn, shutil.which("timeout")
    assert timeout is not None
    monkeypatch.setattr(floor, "spawn", lambda argv, env: spawn([timeout, "-s", "KILL", "30", *argv], env))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINICAPP_STATE_DIR": str(tmp_path)}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    rows = floor.measure(env, runs=1, content=REPO / "tests" / "fixtures" / "content")
    assert [row[0] for row in rows] == ["bare window", floor.HOME, floor.HOME_QT]
    assert all(wall > 0 and cpu > 0 and peak > 0 for _, wall, cpu, peak in rows)
