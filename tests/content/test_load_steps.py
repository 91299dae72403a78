"""The library read a piece at a time (issue 16, item 8): same library, same problems, file by file."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from clinicapp.content.loader import load_library, load_library_steps, run_steps

FIXTURE_EN = Path(__file__).resolve().parents[1] / "fixtures" / "content" / "en"
TODAY = dt.date(2026, 11, 1)


def test_the_read_yields_after_each_file_and_returns_what_the_one_go_read_returns() -> None:
    steps = load_library_steps(FIXTURE_EN, today=TODAY, display_root=FIXTURE_EN.parent)
    pieces: list[object] = []
    while True:
        try:
            pieces.append(next(steps))
        except StopIteration as done:
            result = done.value
            break
    topics = len(list((FIXTURE_EN / "topics").glob("*.yaml")))
    therapies = len(list((FIXTURE_EN / "therapies").glob("*.yaml")))
    assert pieces.count("topic") == topics and pieces.count("therapy") == therapies
    assert pieces[:2] == ["yaml", "markdown"]  # the imports are pieces of their own, not the first file's
    assert {"clinic", "glossary", "comparison", "checklist"} <= set(pieces)
    whole = load_library(FIXTURE_EN, today=TODAY, display_root=FIXTURE_EN.parent)
    assert result.library == whole.library and result.problems == whole.problems
    assert result.files_read == whole.files_read


def test_problems_read_piece_by_piece_keep_their_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    shutil.copytree(FIXTURE_EN, folder)
    broken = sorted((folder / "topics").glob("*.yaml"))[0]
    broken.write_text(broken.read_text(encoding="utf-8").replace("title:", "title: [unclosed", 1), encoding="utf-8")
    (folder / "glossary.yaml").unlink()
    result = run_steps(load_library_steps(folder, today=TODAY, display_root=tmp_path))
    where = {(p.file, p.line) for p in result.problems}
    assert (f"en/topics/{broken.name}", 2) in where
    assert ("en/glossary.yaml", 1) in where
    assert result.problems == load_library(folder, today=TODAY, display_root=tmp_path).problems
    assert result.library.topics  # the rest still reads
