"""A whole kiosk visit writes nothing a patient entered to disk (logs may exist, without answers)."""

from __future__ import annotations

import builtins
import hashlib
import io
import logging
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from clinicapp.logging_setup import log_dir, remove_handlers, setup_logging
from clinicapp.pin import PinGuard
from clinicapp.ui.kiosk.controller import KioskController

SEARCH = "okonkwo knots"  # what a patient might type: their name and a word
ANSWERS = ("okonkwo", "stiffness", "months", "fever", "neck")
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    home = tmp_path / "home"
    dirs = {"home": home, "tmp": tmp_path / "tmp"}
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_STATE_HOME", ".state"),
                      ("XDG_CACHE_HOME", ".cache"), ("XDG_CONFIG_DIRS", "etc-xdg"),
                      ("XDG_DATA_HOME", ".local/share")):  # fmt: skip
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.delenv("CLINICAPP_CONFIG", raising=False)
    for folder in dirs.values():
        folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("TMPDIR", str(dirs["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(dirs["tmp"]))
    return dirs


def snapshot(*roots: Path) -> dict[Path, str]:
    files: dict[Path, str] = {}
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                files[path] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


@pytest.fixture
def write_log(monkeypatch) -> list[tuple[str, str]]:
    """Every open() / os.open() for writing from Python, with its path."""
    writes: list[tuple[str, str]] = []
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

    def recording_open(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)) and any(c in mode for c in "wax+"):
            writes.append((os.fsdecode(file), mode))
        return real_open(file, mode, *args, **kwargs)

    def recording_io_open(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)) and any(c in mode for c in "wax+"):
            writes.append((os.fsdecode(file), mode))
        return real_io_open(file, mode, *args, **kwargs)

    def recording_os_open(path, flags, *args, **kwargs):
        if flags & _WRITE_FLAGS:
            writes.append((os.fsdecode(path), f"os flags {flags:#o}"))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", recording_open)
    monkeypatch.setattr(io, "open", recording_io_open)
    monkeypatch.setattr(os, "open", recording_os_open)
    return writes


def test_a_whole_visit_leaves_no_answer_on_disk(window, qtbot, isolated_dirs, write_log, tmp_path):
    root_level = logging.getLogger().level
    logs = log_dir()
    log_file = setup_logging("DEBUG", secrets=lambda: (window.session.search_text, window.search_field.text()),
                             console=False)  # fmt: skip
    roots = (isolated_dirs["home"], isolated_dirs["tmp"], logs)
    before = snapshot(*roots)
    kiosk = KioskController(window, PinGuard(""), idle_timeout=120, idle_warning=30)
    kiosk.start()
    try:
        session = window.session
        # Navigate with real taps and search by typing into the real field.
        qtbot.mouseClick(window.home.buttons["topics"], Qt.MouseButton.LeftButton)
        window.go("topic:muscle-pain")
        window.search_field.setFocus()
        qtbot.keyClicks(window.search_field, SEARCH)
        qtbot.waitUntil(lambda: session.search_text == SEARCH, timeout=3000)
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
        # The checklist and the comparison, through the session they write to.
        session.set_item("stiffness", True)
        session.set_duration("months")
        session.set_region("neck", True)
        session.set_peg("pain", 7)
        session.set_peg("enjoyment", 6)
        session.set_warning_sign("fever", True)
        session.set_picked_therapies(["stretching", "self-care"])
        session.set_value("needles", 3)
        # The summary with its hand-off QR codes: made in memory, never written.
        assert window.go("checklist")
        summary = window.page("checklist")
        summary.show_summary()
        qtbot.waitUntil(lambda: summary.summary.note_qr.symbol is not None, timeout=3000)
        if "compare" in window.areas:
            window.go("compare")
        window.step_text(+1)
        qtbot.wait(50)
        # The visit ends: nobody touches the screen, the countdown runs out.
        kiosk.idle.poke()
        kiosk.idle.show_prompt()
        for _ in range(kiosk.idle.warning_s):
            kiosk.idle.count_down()
        assert window.current_location() == "home" and not session.has_answers
        assert summary.summary.note_qr.symbol is None and summary.summary.handoff_time is None
    finally:
        kiosk.leave()
        remove_handlers()
        logging.getLogger().setLevel(root_level)
    after = snapshot(*roots)

    changed = [p for p, digest in after.items() if before.get(p) != digest]
    for path in changed:
        text = path.read_bytes().decode("utf-8", "replace").lower()
        for answer in ANSWERS:
            assert answer not in text, f"{answer!r} written to {path}"
    assert all(p == log_file or p.parent == logs for p in changed), changed
    for path, mode in write_log:
        assert Path(path).parent == logs, f"unexpected write: {path} ({mode})"
    logged = log_file.read_text(encoding="utf-8")
    assert "visit reset" in logged  # the log works; it just holds no answers
