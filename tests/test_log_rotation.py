"""The log file rolls over at its size limit and keeps a fixed number of old files."""

from __future__ import annotations

import logging

from clinicapp.logging_setup import RotatingLog


def _log(handler: logging.Handler, text: str) -> None:
    handler.handle(logging.LogRecord("clinicapp", logging.INFO, __file__, 1, text, None, None))


def test_the_log_rolls_over_and_keeps_the_newest_backups(tmp_path):
    path = tmp_path / "clinicapp.log"
    handler = RotatingLog(path, max_bytes=100, backups=2)
    try:
        for number in range(8):
            _log(handler, f"line {number} " + "x" * 60)  # one line a file: each new line rolls over
    finally:
        handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinicapp.log", "clinicapp.log.1", "clinicapp.log.2"]
    assert path.read_text(encoding="utf-8").startswith("line 7 ")
    assert (tmp_path / "clinicapp.log.1").read_text(encoding="utf-8").startswith("line 6 ")
    assert (tmp_path / "clinicapp.log.2").read_text(encoding="utf-8").startswith("line 5 ")
    assert all(p.stat().st_size < 100 for p in tmp_path.iterdir())


def test_lines_under_the_limit_stay_in_one_file(tmp_path):
    path = tmp_path / "clinicapp.log"
    handler = RotatingLog(path, max_bytes=10_000, backups=2)
    try:
        for number in range(5):
            _log(handler, f"line {number}")
    finally:
        handler.close()
    assert [p.name for p in tmp_path.iterdir()] == ["clinicapp.log"]
    assert path.read_text(encoding="utf-8").splitlines() == [f"line {n}" for n in range(5)]
